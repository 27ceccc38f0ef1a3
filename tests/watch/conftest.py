"""Fixtures of the watch suite: every database test runs on SQLite AND on PostgreSQL."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from devstack.postgres import PostgresServer, start_postgres
from storage.database import Database, open_database
from storage.engine import make_engine, make_session_factory
from tests.watch.device_socket_support import Env, running_device_app
from watch.clock import TOKYO, ManualClock
from watch.models import CheckIn
from watch.settings import WatchSettings

START = datetime(2025, 6, 2, 8, 55, tzinfo=TOKYO)  # a Monday, five minutes before the default check-in time
STAFF_EMAIL = "fukushi@city.osaki.example"
WEBHOOK_SECRET = "test-webhook-secret-0123456789abcdef"


@pytest.fixture(scope="session")
def postgres() -> Iterator[tuple[PostgresServer, str]]:
    """A private PostgreSQL server and a migrated template database."""
    server = start_postgres()
    try:
        template = server.create_database()
        open_database(url=server.url(template)).close()
        yield server, template
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that tests copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    open_database(url=f"sqlite:///{path}").close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "watch.db"
        shutil.copyfile(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    server, template = request.getfixturevalue("postgres")
    name = server.create_database(template=template)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open database (already migrated)."""
    engine = make_engine(url=db_url)
    database = Database(engine=engine, sessions=make_session_factory(engine))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def clock() -> ManualClock:
    """Time under the test's control, starting Monday 2025-06-02 08:55 in Tokyo."""
    return ManualClock(START)


@pytest.fixture
def settings() -> WatchSettings:
    """The default policy, one staff address and a webhook (not contacted unless a test sends).

    The SMTP timeout is 6 s, not 2: the loopback aiosmtpd server of the live tests can take more than 2 s to answer
    on a loaded 2-core machine (a send failed with "timed out" and shifted test_cases' counts); the lease still
    exceeds both timeouts, as the settings require.
    """
    return WatchSettings(
        _env_file=None, staff_emails=[STAFF_EMAIL], webhook_url="http://127.0.0.1:9/hooks",
        webhook_secret=WEBHOOK_SECRET, smtp_host="127.0.0.1", smtp_port=9, smtp_timeout_s=6, webhook_timeout_s=2,
        outbox_lease_s=10, retry_base_s=1, retry_max_s=4, step_gap_minutes=0,
        escalate_undelivered=True,  # the ladder tests run without devices (test_cases covers 未配信)
    )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def device_app(request: pytest.FixtureRequest, sqlite_template: Path,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    """The watch app of the device WebSocket tests with its lifespan running, a fresh database, a manual clock and
    fast delivery polling (one per test module and backend)."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("watch-ws") / "watch.db"
        shutil.copyfile(sqlite_template, path)
        url, cleanup = f"sqlite:///{path}", None
    else:
        server, template = request.getfixturevalue("postgres")
        name = server.create_database(template=template)
        url, cleanup = server.url(name), (lambda: server.drop_database(name))
    try:
        with running_device_app(url, ManualClock(START)) as env:
            yield env
    finally:
        if cleanup:
            cleanup()


@pytest.fixture
def device_env(device_app: Env) -> Env:
    """``device_app`` at ``START`` with every question closed."""
    device_app.clock.set(START)
    with device_app.db.sessions() as session, session.begin():
        session.execute(update(CheckIn).values(status="cancelled", delivery_pending=False, next_action_at=None))
    return device_app
