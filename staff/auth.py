"""Login, server-side sessions and logout (database functions; the throttle comes from staff.throttle)."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from staff.csrf import hash_session_token, new_token
from staff.errors import LoginFailedError, StaffError
from staff.models import LoginFailure, StaffSession, StaffUser
from staff.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from staff.settings import StaffSettings
from staff.throttle import wait_s
from storage.database import Database

log = logging.getLogger(__name__)

SESSION_COOKIE = "staff_session"
LOGIN_COOKIE = "staff_login"
LAST_SEEN_WRITE_S = 60  # seconds: refresh last_seen_at at most this often (one write per minute per session)


@dataclass(frozen=True)
class Principal:
    """The logged-in staff member, as routes see them."""

    user_id: int
    username: str
    display_name: str
    role: str
    districts: tuple[str, ...]
    csrf_token: str
    session_id: int


@dataclass
class LoginOutcome:
    """What a login attempt did: a principal and cookie, or an error to raise after the commit."""

    principal: Principal | None = None
    cookie_value: str = ""
    error: StaffError | None = None
    user_id: int | None = field(default=None)


def make_signer(secret: str) -> URLSafeSerializer:
    """The serializer that signs session ids and login nonces in cookies."""
    return URLSafeSerializer(secret, salt="staff-session")


def _principal(user: StaffUser, row: StaffSession) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        districts=tuple(user.districts or ()),
        csrf_token=row.csrf_token,
        session_id=row.id,
    )


@dataclass(frozen=True)
class LoginTarget:
    """An active account someone tries to log in to, and how long this address must still wait."""

    user_id: int
    password_hash: str
    wait_s: int


def find_login_target(session: Session, *, username: str, client_key: str, now: datetime,
                      settings: StaffSettings) -> LoginTarget | None:
    """The active account named ``username`` with its throttle for ``client_key`` (None: no such account)."""
    user = session.scalar(select(StaffUser).where(StaffUser.username == username))
    if user is None or not user.active:
        return None
    failure = session.scalar(
        select(LoginFailure).where(LoginFailure.user_id == user.id, LoginFailure.client_key == client_key)
    )
    wait = 0
    if failure is not None:
        wait = wait_s(failure.failed, failure.last_failed_at, now=now, free_failures=settings.login_free_failures,
                      max_delay_s=settings.login_max_delay_s)
    return LoginTarget(user_id=user.id, password_hash=user.password_hash, wait_s=wait)


def record_failure(session: Session, *, user_id: int, client_key: str, now: datetime) -> None:
    """Count one wrong password for the account and for the account from this address (atomic increments:
    parallel guesses never lose a count, on SQLite or PostgreSQL)."""
    counted = session.execute(
        update(LoginFailure)
        .where(LoginFailure.user_id == user_id, LoginFailure.client_key == client_key)
        .values(failed=LoginFailure.failed + 1, last_failed_at=now)
    )
    if not getattr(counted, "rowcount", 0):
        try:
            with session.begin_nested():
                session.add(LoginFailure(user_id=user_id, client_key=client_key, failed=1, last_failed_at=now))
        except IntegrityError:  # another attempt inserted the row first: count on it
            session.execute(
                update(LoginFailure)
                .where(LoginFailure.user_id == user_id, LoginFailure.client_key == client_key)
                .values(failed=LoginFailure.failed + 1, last_failed_at=now)
            )
    session.execute(update(StaffUser).where(StaffUser.id == user_id).values(failed_count=StaffUser.failed_count + 1))


def open_session(session: Session, *, user_id: int, client_key: str, now: datetime, settings: StaffSettings,
                 new_hash: str | None = None) -> tuple[Principal, str] | None:
    """After a right password: clear this address's failures and store a new session. Returns the principal
    and the session's secret token (the cookie carries it signed), or None when the account was deactivated."""
    user = session.get(StaffUser, user_id)
    if user is None or not user.active:
        return None
    session.execute(delete(LoginFailure).where(LoginFailure.user_id == user_id, LoginFailure.client_key == client_key))
    user.failed_count = 0
    user.last_login_at = now
    if new_hash is not None:
        user.password_hash = new_hash
    token = secrets.token_urlsafe(32)
    row = StaffSession(
        token_hash=hash_session_token(token),
        user_id=user.id,
        csrf_token=new_token(),
        created_at=now,
        expires_at=now + timedelta(seconds=settings.session_ttl_s),
        last_seen_at=now,
    )
    session.add(row)
    session.flush()
    log.info("staff login: user_id=%d session_id=%d", user.id, row.id)
    return _principal(user, row), token


def attempt_login(database: Database, *, username: str, password: str, client_key: str, now: datetime,
                  settings: StaffSettings) -> LoginOutcome:
    """Check a password in three steps: read the account and its throttle (a short read), verify argon2 with
    no transaction open, then write the outcome (the failure counts, or a new session) in its own short write.

    Every failure (unknown user, wrong password, an address that must still wait) gives the same
    LoginFailedError and costs one argon2 verification, so neither the answer nor its timing tells whether
    an account exists.
    """
    with database.sessions() as session, session.begin():
        target = find_login_target(session, username=username, client_key=client_key, now=now, settings=settings)
    if target is None or target.wait_s > 0:
        verify_password(dummy_hash(), password)  # same work and timing as a real check
        if target is not None:
            log.info("staff login throttled: user_id=%d wait_s=%d", target.user_id, target.wait_s)
        return LoginOutcome(error=LoginFailedError(), user_id=target.user_id if target else None)
    if not verify_password(target.password_hash, password):
        with database.sessions() as session, session.begin():
            record_failure(session, user_id=target.user_id, client_key=client_key, now=now)
        log.info("staff login failed: user_id=%d", target.user_id)
        return LoginOutcome(error=LoginFailedError(), user_id=target.user_id)
    new_hash = hash_password(password) if needs_rehash(target.password_hash) else None
    with database.sessions() as session, session.begin():
        opened = open_session(session, user_id=target.user_id, client_key=client_key, now=now,
                              settings=settings, new_hash=new_hash)
    if opened is None:
        return LoginOutcome(error=LoginFailedError(), user_id=target.user_id)
    principal, token = opened
    cookie = make_signer(settings.secret_key).dumps(token)
    return LoginOutcome(principal=principal, cookie_value=cookie, user_id=target.user_id)


def read_signed_cookie(cookie_value: str | None, *, settings: StaffSettings) -> str | None:
    """The non-empty string a cookie carries under the dashboard's signature (None: missing or tampered)."""
    if not cookie_value:
        return None
    try:
        token = make_signer(settings.secret_key).loads(cookie_value)
    except BadSignature:
        return None
    return token if isinstance(token, str) and token else None


def resolve_session(
    session: Session, *, cookie_value: str | None, now: datetime, settings: StaffSettings
) -> Principal | None:
    """The principal of a valid, unexpired session of an active account, or None (expired rows are deleted)."""
    token = read_signed_cookie(cookie_value, settings=settings)
    if token is None:
        return None
    row = session.scalar(select(StaffSession).where(StaffSession.token_hash == hash_session_token(token)))
    if row is None:
        return None
    idle_deadline = row.last_seen_at + timedelta(seconds=settings.session_idle_s)
    if now >= row.expires_at or now >= idle_deadline:
        session.delete(row)
        return None
    user = session.get(StaffUser, row.user_id)
    if user is None or not user.active:
        session.delete(row)
        return None
    if (now - row.last_seen_at).total_seconds() >= LAST_SEEN_WRITE_S:
        row.last_seen_at = now
    return _principal(user, row)


def logout(session: Session, *, cookie_value: str | None, settings: StaffSettings) -> bool:
    """Delete the session behind a cookie; True when one was deleted."""
    token = read_signed_cookie(cookie_value, settings=settings)
    if token is None:
        return False
    result = session.execute(delete(StaffSession).where(StaffSession.token_hash == hash_session_token(token)))
    return bool(getattr(result, "rowcount", 0))


def purge_expired_sessions(session: Session, *, now: datetime) -> int:
    """Delete sessions past their absolute expiry; returns how many."""
    result = session.execute(delete(StaffSession).where(StaffSession.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)
