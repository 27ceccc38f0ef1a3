"""One object for the application's database: engine, session factory, migrated at open."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from storage.engine import make_engine, make_session_factory
from storage.errors import DatabaseUnavailableError
from storage.migrate import upgrade
from storage.settings import StorageSettings


@dataclass
class Database:
    """The engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    def ping(self) -> bool:
        """True when a trivial query succeeds."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:
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
