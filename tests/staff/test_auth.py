"""Login, sessions and logout against a real SQLite database."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from staff.auth import LoginOutcome, Principal, attempt_login, logout, purge_expired_sessions, resolve_session
from staff.errors import AccountLockedError, LoginFailedError
from staff.models import StaffSession
from staff.schemas import StaffUserCreate, StaffUserUpdate
from staff.settings import StaffSettings
from staff.users import create_user, update_user
from storage.database import Database, open_database

T0 = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)
PASSWORD = "a-long-enough-password"
SETTINGS = StaffSettings(environment="test", secret_key=secrets.token_urlsafe(48), session_ttl_s=3600,
                         session_idle_s=600)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(url=f"sqlite:///{tmp_path / 'auth.db'}")
    with db.sessions() as session, session.begin():
        create_user(session, user=StaffUserCreate(username="sato", display_name="佐藤", role="staff",
                                                  districts=["古川"], password=PASSWORD))
        create_user(session, user=StaffUserCreate(username="boss", display_name="管理者", role="admin",
                                                  districts=[], password=PASSWORD))
    yield db
    db.close()


def login(db: Database, password: str, when: datetime, username: str = "sato") -> LoginOutcome:
    with db.sessions() as session, session.begin():
        return attempt_login(session, username=username, password=password, now=when, settings=SETTINGS)


def resolve(db: Database, cookie: str | None, when: datetime) -> Principal | None:
    with db.sessions() as session, session.begin():
        return resolve_session(session, cookie_value=cookie, now=when, settings=SETTINGS)


def test_login_opens_a_session_the_cookie_resolves(database: Database) -> None:
    outcome = login(database, PASSWORD, T0)
    assert outcome.error is None and outcome.principal is not None
    principal = resolve(database, outcome.cookie_value, T0 + timedelta(seconds=5))
    assert principal is not None
    assert (principal.username, principal.role, principal.districts) == ("sato", "staff", ("古川",))
    assert principal.csrf_token == outcome.principal.csrf_token


def test_unknown_user_and_wrong_password_give_the_same_message(database: Database) -> None:
    unknown = login(database, PASSWORD, T0, username="nobody")
    wrong = login(database, "wrong-password-123", T0)
    assert isinstance(unknown.error, LoginFailedError) and isinstance(wrong.error, LoginFailedError)
    assert unknown.error.message == wrong.error.message


def test_five_failures_lock_even_the_right_password_until_the_lock_ends(database: Database) -> None:
    for i in range(4):
        assert isinstance(login(database, "wrong-password-123", T0 + timedelta(seconds=i)).error, LoginFailedError)
    fifth = login(database, "wrong-password-123", T0 + timedelta(seconds=4))
    assert isinstance(fifth.error, AccountLockedError) and fifth.error.retry_after_s == 900
    locked = login(database, PASSWORD, T0 + timedelta(minutes=14))
    assert isinstance(locked.error, AccountLockedError)
    assert "ロック" in locked.error.message
    assert login(database, PASSWORD, T0 + timedelta(minutes=15, seconds=5)).error is None


def test_a_tampered_or_foreign_cookie_resolves_to_nobody(database: Database) -> None:
    outcome = login(database, PASSWORD, T0)
    assert resolve(database, outcome.cookie_value + "x", T0) is None
    assert resolve(database, "garbage", T0) is None
    assert resolve(database, None, T0) is None
    other = StaffSettings(environment="test", secret_key=secrets.token_urlsafe(48))
    with database.sessions() as session, session.begin():
        assert resolve_session(session, cookie_value=outcome.cookie_value, now=T0, settings=other) is None


def test_sessions_expire_by_idle_time_and_by_age(database: Database) -> None:
    cookie = login(database, PASSWORD, T0).cookie_value
    assert resolve(database, cookie, T0 + timedelta(seconds=601)) is None  # idle > 600 s
    cookie = login(database, PASSWORD, T0).cookie_value
    for minutes in (5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55):  # active, but the absolute age still ends it
        assert resolve(database, cookie, T0 + timedelta(minutes=minutes)) is not None
    assert resolve(database, cookie, T0 + timedelta(minutes=60)) is None


def test_logout_revokes_and_purge_removes_old_rows(database: Database) -> None:
    cookie = login(database, PASSWORD, T0).cookie_value
    with database.sessions() as session, session.begin():
        assert logout(session, cookie_value=cookie, settings=SETTINGS)
    assert resolve(database, cookie, T0) is None
    login(database, PASSWORD, T0)
    with database.sessions() as session, session.begin():
        assert purge_expired_sessions(session, now=T0 + timedelta(hours=2)) >= 1
        assert session.scalar(select(func.count(StaffSession.id))) == 0


def test_deactivating_an_account_ends_its_sessions(database: Database) -> None:
    cookie = login(database, PASSWORD, T0).cookie_value
    admin = login(database, PASSWORD, T0, username="boss").principal
    assert admin is not None
    with database.sessions() as session, session.begin():
        sato = resolve_session(session, cookie_value=cookie, now=T0, settings=SETTINGS)
        assert sato is not None
        update_user(session, user_id=sato.user_id, acting_user_id=admin.user_id,
                    changes=StaffUserUpdate(display_name="佐藤", role="staff", districts=["古川"], active=False))
    assert resolve(database, cookie, T0) is None
    assert isinstance(login(database, PASSWORD, T0).error, LoginFailedError)
