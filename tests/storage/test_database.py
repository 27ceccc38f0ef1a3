"""The shared database: migrations, SQLite pragmas, aware timestamps."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from devstack.postgres import start_postgres
from reports.models import CitizenReport
from storage.__main__ import main as storage_cli
from storage.database import Database, open_database
from storage.engine import make_engine, make_session_factory
from storage.errors import DatabaseUnavailableError
from storage.settings import StorageSettings

LOCK_WAIT_MS = 3000  # how long a SQLite reader would wait for the lock (the old ping waited this long, then failed)
PING_BUDGET_S = 1.0


def test_open_migrates_to_head_and_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    first = open_database(url=url)
    tables = set(inspect(first.engine).get_table_names())
    assert {"alembic_version", "citizen_reports"} <= tables
    first.close()
    second = open_database(url=url)  # a second upgrade is a no-op
    assert second.ping()
    second.close()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'b.db'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.close()


def test_timestamps_come_back_aware_utc_and_naive_ones_are_refused(tmp_path: Path) -> None:
    database = open_database(url=f"sqlite:///{tmp_path / 'c.db'}")
    tokyo = timezone(timedelta(hours=9))
    with database.sessions() as session, session.begin():
        session.add(CitizenReport(what="穴", location="古川", created_at=datetime(2026, 11, 26, 9, 0, tzinfo=tokyo)))
    with database.sessions() as session:
        row = session.query(CitizenReport).one()
        assert row.created_at == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    with pytest.raises(Exception, match="naive"), database.sessions() as session, session.begin():
        session.add(CitizenReport(what="x", location="y", created_at=datetime(2026, 11, 26, 9, 0)))
    database.close()


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="could not be opened"):
        open_database(url="postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")


def test_cli_upgrade_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
                                ) -> None:
    monkeypatch.setenv("STORAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'd.db'}")
    assert storage_cli(["upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out
    monkeypatch.setenv("STORAGE_DATABASE_URL", "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")
    assert storage_cli(["upgrade"]) == 2
    assert "could not migrate" in capsys.readouterr().err


def test_ping_does_not_wait_for_a_writer_holding_the_sqlite_lock(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'e.db'}"
    open_database(url=url).close()
    engine = make_engine(StorageSettings(sqlite_busy_timeout_ms=LOCK_WAIT_MS), url=url)
    database = Database(engine=engine, sessions=make_session_factory(engine))
    impatient = make_engine(StorageSettings(sqlite_busy_timeout_ms=1), url=url)
    try:
        with engine.connect() as writer:
            writer.execute(text("UPDATE alembic_version SET version_num = version_num"))  # holds the write lock
            with pytest.raises(OperationalError, match="locked"), impatient.connect() as other:
                other.execute(text("SELECT 1"))  # what the old ping did: BEGIN IMMEDIATE, waits, fails
            started = time.monotonic()
            assert database.ping()
            assert time.monotonic() - started < PING_BUDGET_S
            writer.rollback()
    finally:
        database.close()
        impatient.dispose()


def test_ping_reports_an_unreachable_database_as_down() -> None:
    engine = make_engine(url="postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")
    database = Database(engine=engine, sessions=make_session_factory(engine))
    assert database.ping() is False
    database.close()


def test_ping_on_postgresql_runs_read_only() -> None:
    server = start_postgres()
    try:
        name = server.create_database()
        database = open_database(url=server.url(name))
        try:
            assert database.ping()
            with database.engine.connect() as connection:  # the pooled connection is writable again afterwards
                assert connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "off"
        finally:
            database.close()
    finally:
        server.stop()
