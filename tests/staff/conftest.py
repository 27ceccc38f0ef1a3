"""Staff dashboard fixtures: the real app (real index, real SQLite file), accounts and residents made through
the real store functions, and a login helper."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from gateway.main import create_app
from gateway.settings import GatewaySettings
from knowledge.settings import KnowledgeSettings
from staff.schemas import StaffUserCreate
from staff.settings import StaffSettings
from staff.users import create_user
from storage.database import Database
from storage.settings import StorageSettings
from watch import store as watch_store
from watch.clock import TOKYO, ManualClock
from watch.notify import Dispatcher
from watch.schemas import ContactCreate, ResidentCreate
from watch.settings import WatchSettings
from watch.worker import Worker

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def staff_app(
    knowledge_settings: KnowledgeSettings, built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> FastAPI:
    """The real application over a fresh SQLite file, with test staff settings."""
    db_path = tmp_path_factory.mktemp("staff-db") / "staff.db"
    app = create_app(
        knowledge=knowledge_settings,
        gateway=GatewaySettings(environment="test", build_index_on_start=False),
        storage=StorageSettings(database_url=f"sqlite:///{db_path}"),
    )
    app.state.staff_settings = StaffSettings(environment="test", secret_key=secrets.token_urlsafe(48))
    return app


@pytest.fixture(scope="session")
def running_app(staff_app: FastAPI) -> Iterator[FastAPI]:
    """The app with its lifespan entered once for the whole session (model, index and database loaded)."""
    with TestClient(staff_app):
        yield staff_app


@pytest.fixture(autouse=True)
def _fresh_login_limiter(request: pytest.FixtureRequest) -> None:
    """Each test starts with an empty per-address login limiter."""
    if "running_app" in request.fixturenames:
        request.getfixturevalue("running_app").state.staff_login_limiter = None


@pytest.fixture
def db(running_app: FastAPI) -> Database:
    """The app's database."""
    database: Database = running_app.state.db
    return database


def new_client(app: FastAPI) -> TestClient:
    """A browser-like client with its own cookies (the app's lifespan is already running)."""
    return TestClient(app, base_url="http://testserver")


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
    """Enroll a resident through watch.store; returns the id."""
    data = ResidentCreate(
        name=name, name_kana="おおさき はなこ", district=district, address=f"大崎市{district}1-2-3", birth_year=1940,
        checkin_time=checkin_time, consent_date=date(2025, 4, 1),
        contacts=[ContactCreate(name="大崎 太郎", relation="family", relation_label="長男", phone="090-1234-5678")],
    )
    with db.sessions() as session, session.begin():
        return watch_store.create_resident(session, data=data).id


def unique_district() -> str:
    """A district name no other test uses (tests share one database)."""
    return f"テスト地区{secrets.token_hex(3)}"


def silence_until_alert(db: Database, clock: ManualClock) -> None:
    """Run the real watch worker over a resident's silence: ask, re-ask, family step, then the staff alert."""
    worker = Worker(db=db, settings=WatchSettings(environment="test"), clock=clock, dispatcher=Dispatcher({}))
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
