"""Alembic environment: the engine and the model modules come from storage.migrate (``config.attributes``)."""

from __future__ import annotations

from alembic import context

from storage.migrate import load_models

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from storage.engine import make_engine

    engine = make_engine()

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=load_models(config.attributes.get("model_modules", ())),
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
