"""Alembic environment: the engine comes from storage.migrate (config.attributes["engine"])."""

from __future__ import annotations

from alembic import context

import storage.models  # noqa: F401  (registers every table on Base.metadata)
from storage.base import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from storage.engine import make_engine

    engine = make_engine()

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
