"""One object for the application's database: engine, session factory, migrated at open."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.engine import READ_ONLY_OPTION, make_engine, make_session_factory
from storage.errors import DatabaseUnavailableError
from storage.migrate import upgrade
from storage.settings import StorageSettings


@dataclass
class Database:
    """The engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    def ping(self) -> bool:
        """True when a trivial read-only query succeeds (health checks).

        It never takes a write lock: on SQLite the transaction begins DEFERRED instead of IMMEDIATE, so a
        flood of health checks cannot make watch-over writes wait; on PostgreSQL it runs READ ONLY.
        """
        try:
            with self.engine.connect() as connection:
                options: dict[str, bool] = {READ_ONLY_OPTION: True}
                if connection.dialect.name == "postgresql":
                    options["postgresql_readonly"] = True
                connection.execution_options(**options)
                connection.execute(text("SELECT 1"))
                connection.rollback()
        except SQLAlchemyError:
            return False
        return True

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_database(settings: StorageSettings | None = None, *, url: str | None = None, migrate: bool = True) -> Database:
    """Connect (and migrate to the latest schema); DatabaseUnavailableError when that fails."""
    settings = settings or StorageSettings()
    try:
        engine = make_engine(settings, url=url)
        if migrate:
            upgrade(engine)
    except Exception as err:
        raise DatabaseUnavailableError(f"the database could not be opened or migrated: {err}") from err
    return Database(engine=engine, sessions=make_session_factory(engine))
