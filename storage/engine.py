"""Engine and session factory; SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from storage.settings import StorageSettings


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself (pysqlite's implicit transactions break BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    return on_connect


# Execution option of a read-only connection (Database.ping): on SQLite it begins DEFERRED, without the lock.
READ_ONLY_OPTION = "storage_read_only"


def _sqlite_begin(conn: Any) -> None:
    # Every transaction takes the write lock up front: one writer at a time, no upgrade deadlocks.
    # A read-only connection never writes, so it begins deferred and (in WAL mode) never waits for a writer.
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN DEFERRED")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(settings: StorageSettings | None = None, *, url: str | None = None) -> Engine:
    """Create the engine for the configured URL (creates the SQLite file's folder)."""
    settings = settings or StorageSettings()
    database_url = make_url(url or settings.database_url)
    if database_url.get_backend_name() == "sqlite":
        if database_url.database and database_url.database != ":memory:":
            Path(database_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            database_url, echo=settings.echo_sql, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_pragmas(settings.sqlite_busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(database_url, echo=settings.echo_sql, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory that keeps loaded objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction: commit on success, roll back on error."""
    with factory() as session, session.begin():
        yield session
