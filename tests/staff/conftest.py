"""Staff dashboard fixtures: the dashboard's router and lifespan over a real SQLite file (no knowledge search,
no embedding model), accounts and residents made through the real store functions, and a login helper.

``build_app`` is the one place that assembles the app: switch it to
``gateway.main.create_app(..., knowledge=None)`` once that is the committed factory.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from core.errors import AppError
from core.settings import RuntimeSettings
from gateway.errors import install_error_handlers
from staff import routes as staff_routes
from staff.schemas import StaffUserCreate
from staff.settings import StaffSettings
from staff.users import create_user
from storage.database import Database, open_database
from tests.watch.conftest import postgres  # noqa: F401  (the watch suite's PostgreSQL server, shared)
from watch import routes as watch_routes
from watch.clock import TOKYO, ManualClock
from watch.notify import Dispatcher
from watch.residents import create_resident
from watch.schemas import ContactCreate, ResidentCreate
from watch.settings import WatchSettings
from watch.worker import Worker

PASSWORD = "correct horse battery staple"
HTML = "text/html,application/xhtml+xml"


def build_app(database_url: str, *, runtime: RuntimeSettings, settings: StaffSettings) -> FastAPI:
    """The staff and watch routers, the staff lifespan and the edge error handler, over ``database_url``
    (the watch-over delivery poller is not needed by the dashboard and is not started)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            app.state.db = open_database(url=database_url)
            stack.callback(app.state.db.close)
            await stack.enter_async_context(staff_routes.lifespan(app))
            yield

    app = FastAPI(lifespan=lifespan)
    app.state.runtime = runtime
    app.state.staff_settings = settings
    app.state.db = None
    install_error_handlers(app, html_renderers={"/staff": staff_routes.render_error_page})
    assert AppError in app.exception_handlers
    app.include_router(watch_routes.router)
    app.include_router(staff_routes.router)
    return app


def make_settings(**changes: object) -> StaffSettings:
    """Staff settings for tests: a random secret, fast live pages."""
    values: dict[str, object] = {"secret_key": secrets.token_urlsafe(48), **changes}
    return StaffSettings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def staff_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """The dashboard over a fresh SQLite file, with test settings."""
    db_path = tmp_path_factory.mktemp("staff-db") / "staff.db"
    return build_app(f"sqlite:///{db_path}", runtime=RuntimeSettings(_env_file=None, environment="test"),
                     settings=make_settings())


@pytest.fixture(scope="session")
def running_app(staff_app: FastAPI) -> Iterator[FastAPI]:
    """The app with its lifespan entered once for the whole session."""
    with TestClient(staff_app):
        yield staff_app


@pytest.fixture(autouse=True)
def _fresh_login_limiter(request: pytest.FixtureRequest) -> None:
    """Each test starts with an empty per-address login limiter."""
    if "running_app" in request.fixturenames:
        request.getfixturevalue("running_app").state.staff_login_limiter.reset()


@pytest.fixture
def db(running_app: FastAPI) -> Database:
    """The app's database."""
    database: Database = running_app.state.db
    return database


def new_client(app: FastAPI, *, address: str = "203.0.113.10") -> TestClient:
    """A browser-like client (pages ask for HTML) with its own cookies and address; the lifespan already runs."""
    return TestClient(app, base_url="http://testserver", headers={"Accept": HTML}, client=(address, 50000))


@dataclass
class Account:
    """A staff account made for a test."""

    id: int
    username: str
    password: str


def make_account(db: Database, *, role: str = "staff", districts: tuple[str, ...] = ()) -> Account:
    """Create an account with a unique username through staff.users."""
    username = f"{role}-{secrets.token_hex(4)}"
    with db.sessions() as session, session.begin():
        row = create_user(session, user=StaffUserCreate(
            username=username, display_name=f"テスト {username}", role=role, districts=list(districts),
            password=PASSWORD,
        ))
        return Account(id=row.id, username=username, password=PASSWORD)


def login(client: TestClient, account: Account) -> str:
    """Log in through the JSON API; returns the CSRF token."""
    response = client.post("/staff/api/login", json={"username": account.username, "password": account.password})
    assert response.status_code == 200, response.text
    token: str = response.json()["csrf_token"]
    return token


def make_resident(db: Database, *, district: str, name: str = "大崎 花子", checkin_time: str = "09:00") -> int:
    """Enroll a resident through watch.residents; returns the id."""
    data = ResidentCreate(
        name=name, name_kana="おおさき はなこ", district=district, address=f"大崎市{district}1-2-3", birth_year=1940,
        checkin_time=checkin_time, consent_date=date(2025, 4, 1),
        contacts=[ContactCreate(name="大崎 太郎", relation="family", relation_label="長男", phone="090-1234-5678")],
    )
    with db.sessions() as session, session.begin():
        return create_resident(session, data=data).id


def unique_district() -> str:
    """A district name no other test uses (tests share one database)."""
    return f"テスト地区{secrets.token_hex(3)}"


def silence_until_alert(db: Database, clock: ManualClock) -> None:
    """Run the real watch worker over a resident's silence: ask, re-ask, family step, then the staff alert."""
    worker = Worker(db=db, settings=WatchSettings(_env_file=None, escalate_undelivered=True), clock=clock,
                    dispatcher=Dispatcher({}))
    worker.tick()  # the daily check-in is created (its time has passed)
    for minutes in (31, 90, 61):  # 30 min: ask again; 120: family; 180: staff alert
        clock.advance(minutes=minutes)
        worker.tick()


@pytest.fixture
def manual_clock(running_app: FastAPI) -> Iterator[ManualClock]:
    """A clock shared by the dashboard and the watch worker: 10:00 in Osaki on 2026-06-01 (a Monday)."""
    clock = ManualClock(datetime(2026, 6, 1, 10, 0, tzinfo=TOKYO))
    running_app.state.staff_clock = clock
    yield clock
    running_app.state.staff_clock = None


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A fresh, migrated database on each backend."""
    if request.param == "sqlite":
        database = open_database(url=f"sqlite:///{tmp_path_factory.mktemp('auth') / 'auth.db'}")
        yield database
        database.close()
        return
    server, template = request.getfixturevalue("postgres")
    name = server.create_database(template=template)
    database = open_database(url=server.url(name), migrate=False)
    try:
        yield database
    finally:
        database.close()
        server.drop_database(name)
