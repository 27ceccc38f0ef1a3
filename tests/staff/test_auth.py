"""Login, throttling, sessions and logout against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import secrets
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from staff.auth import LoginOutcome, Principal, attempt_login, logout, purge_expired_sessions, resolve_session
from staff.errors import LoginFailedError
from staff.models import LoginFailure, StaffSession, StaffUser
from staff.schemas import StaffUserCreate, StaffUserUpdate
from staff.settings import StaffSettings
from staff.users import create_user, find_user, set_password, update_user
from storage.database import Database

T0 = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)
PASSWORD = "a-long-enough-password"
WRONG = "wrong-password-123"
HOME = "198.51.100.7"
SETTINGS = StaffSettings(_env_file=None, secret_key=secrets.token_urlsafe(48), session_ttl_s=3600,
                         session_idle_s=600, login_free_failures=5, login_max_delay_s=900)


@pytest.fixture
def database(backend_db: Database) -> Database:
    with backend_db.sessions() as session, session.begin():
        create_user(session, user=StaffUserCreate(username="sato", display_name="佐藤", role="staff",
                                                  districts=["古川"], password=PASSWORD))
        create_user(session, user=StaffUserCreate(username="boss", display_name="管理者", role="admin",
                                                  districts=[], password=PASSWORD))
    return backend_db


def login(db: Database, password: str, when: datetime, username: str = "sato", address: str = HOME) -> LoginOutcome:
    return attempt_login(db, username=username, password=password, client_key=address, now=when, settings=SETTINGS)


def resolve(db: Database, cookie: str | None, when: datetime) -> Principal | None:
    with db.sessions() as session, session.begin():
        return resolve_session(session, cookie_value=cookie, now=when, settings=SETTINGS)


def failures(db: Database, username: str = "sato") -> tuple[int, dict[str, int]]:
    """(the account's failure count, failures per address)."""
    with db.sessions() as session:
        user = find_user(session, username=username)
        assert user is not None
        rows = session.scalars(select(LoginFailure).where(LoginFailure.user_id == user.id))
        return user.failed_count, {r.client_key: r.failed for r in rows}


def test_login_opens_a_session_the_cookie_resolves(database: Database) -> None:
    outcome = login(database, PASSWORD, T0)
    assert outcome.error is None and outcome.principal is not None
    principal = resolve(database, outcome.cookie_value, T0 + timedelta(seconds=5))
    assert principal is not None
    assert (principal.username, principal.role, principal.districts) == ("sato", "staff", ("古川",))
    assert principal.csrf_token == outcome.principal.csrf_token


def test_every_failure_gives_the_same_message(database: Database) -> None:
    unknown = login(database, PASSWORD, T0, username="nobody")
    wrong = [login(database, WRONG, T0 + timedelta(seconds=i)) for i in range(5)]
    throttled = login(database, PASSWORD, T0 + timedelta(seconds=4.5))  # right password, but this address waits
    errors = [unknown.error, *(w.error for w in wrong), throttled.error]
    assert all(isinstance(e, LoginFailedError) for e in errors)
    assert {(e.code, e.status, e.message) for e in errors if e is not None} == {
        (LoginFailedError.code, 401, LoginFailedError.default_message)
    }


def test_after_the_free_failures_each_try_from_that_address_waits_twice_as_long(database: Database) -> None:
    for i in range(5):
        login(database, WRONG, T0 + timedelta(seconds=i))
    last = T0 + timedelta(seconds=4)
    assert isinstance(login(database, PASSWORD, last).error, LoginFailedError)  # must wait 1 s
    assert login(database, WRONG, last + timedelta(seconds=1)).error is not None  # counted: 6 failures
    last += timedelta(seconds=1)
    assert isinstance(login(database, PASSWORD, last + timedelta(seconds=1)).error, LoginFailedError)  # 2 s
    assert failures(database) == (6, {HOME: 6})  # refused tries are not counted
    assert login(database, PASSWORD, last + timedelta(seconds=2)).error is None
    assert failures(database) == (0, {})  # a login clears this address's failures


def test_failures_from_other_addresses_never_lock_the_owner_out(database: Database) -> None:
    for i in range(5):
        for attempt in range(6):
            login(database, WRONG, T0 + timedelta(seconds=attempt), username="boss", address=f"192.0.2.{i}")
    count, by_address = failures(database, "boss")
    assert count == 30 and len(by_address) == 5
    later = T0 + timedelta(seconds=6.5)  # the 6th failure (at 5 s) makes each attacker's address wait 2 s
    assert isinstance(login(database, PASSWORD, later, username="boss", address="192.0.2.1").error,
                      LoginFailedError)
    owner = login(database, PASSWORD, later, username="boss", address=HOME)
    assert owner.error is None and owner.principal is not None and owner.principal.role == "admin"


def test_parallel_wrong_passwords_are_all_counted(database: Database) -> None:
    """The counters are incremented in SQL (no read-modify-write): no increment is lost."""
    attempts = 8
    with ThreadPoolExecutor(max_workers=attempts) as pool:
        outcomes = list(pool.map(lambda i: login(database, f"{WRONG}-{i}", T0), range(attempts)))
    assert all(isinstance(o.error, LoginFailedError) for o in outcomes)
    assert failures(database) == (attempts, {HOME: attempts})


def test_a_new_password_forgets_the_failures(database: Database) -> None:
    for i in range(7):
        login(database, WRONG, T0 + timedelta(seconds=i * 100))
    with database.sessions() as session, session.begin():
        user = find_user(session, username="sato")
        assert user is not None
        set_password(session, user_id=user.id, password="another-long-password-2026")
    assert failures(database) == (0, {})
    assert login(database, "another-long-password-2026", T0 + timedelta(seconds=701)).error is None


def test_a_tampered_or_foreign_cookie_resolves_to_nobody(database: Database) -> None:
    outcome = login(database, PASSWORD, T0)
    assert resolve(database, outcome.cookie_value + "x", T0) is None
    assert resolve(database, "garbage", T0) is None
    assert resolve(database, None, T0) is None
    other = StaffSettings(_env_file=None, secret_key=secrets.token_urlsafe(48))
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
    with database.sessions() as session:
        assert session.scalar(select(StaffUser.active).where(StaffUser.username == "sato")) is False
