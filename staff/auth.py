"""Login, server-side sessions and logout (database functions; decisions come from lockout/passwords)."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from staff.csrf import hash_session_token, new_token
from staff.errors import AccountLockedError, LoginFailedError, StaffError
from staff.lockout import LockState, after_failure, after_success, is_locked, seconds_left
from staff.models import StaffSession, StaffUser
from staff.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from staff.settings import StaffSettings

log = logging.getLogger(__name__)

SESSION_COOKIE = "staff_session"
LOGIN_COOKIE = "staff_login"
LAST_SEEN_WRITE_S = 60  # seconds: refresh last_seen_at at most this often (one write per minute per session)
LOGIN_FAILED_MESSAGE = "ユーザー名またはパスワードが正しくありません。"


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


def locked_message(retry_after_s: int) -> str:
    """The Japanese message for a locked account."""
    minutes = max(1, -(-retry_after_s // 60))
    return (
        "ログインに続けて失敗したため、このアカウントは一時的にロックされています。"
        f"約{minutes}分後にもう一度お試しください。"
    )


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


def attempt_login(
    session: Session, *, username: str, password: str, now: datetime, settings: StaffSettings
) -> LoginOutcome:
    """Check the password, update the lockout counters, and open a session when it is right.

    Returns the error instead of raising it, so the caller commits the counters first.
    """
    user = session.scalar(select(StaffUser).where(StaffUser.username == username))
    if user is None or not user.active:
        verify_password(dummy_hash(), password)  # same timing as a real account
        return LoginOutcome(error=LoginFailedError(LOGIN_FAILED_MESSAGE))
    state = LockState(failed_count=user.failed_count, locked_until=user.locked_until)
    if is_locked(state, now=now):
        wait = seconds_left(state, now=now)
        return LoginOutcome(error=AccountLockedError(locked_message(wait), retry_after_s=wait), user_id=user.id)
    if not verify_password(user.password_hash, password):
        state = after_failure(state, now=now, max_failures=settings.max_failed_logins, lock_s=settings.lockout_s)
        user.failed_count, user.locked_until = state.failed_count, state.locked_until
        log.info("staff login failed: user_id=%d failures=%d", user.id, state.failed_count)
        if is_locked(state, now=now):
            log.warning("staff account locked: user_id=%d", user.id)
            wait = seconds_left(state, now=now)
            return LoginOutcome(error=AccountLockedError(locked_message(wait), retry_after_s=wait), user_id=user.id)
        return LoginOutcome(error=LoginFailedError(LOGIN_FAILED_MESSAGE), user_id=user.id)
    state = after_success()
    user.failed_count, user.locked_until = state.failed_count, state.locked_until
    user.last_login_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
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
    cookie = make_signer(settings.secret_key).dumps(token)
    return LoginOutcome(principal=_principal(user, row), cookie_value=cookie, user_id=user.id)


def _token_from_cookie(cookie_value: str | None, *, settings: StaffSettings) -> str | None:
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
    token = _token_from_cookie(cookie_value, settings=settings)
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
    token = _token_from_cookie(cookie_value, settings=settings)
    if token is None:
        return False
    result = session.execute(delete(StaffSession).where(StaffSession.token_hash == hash_session_token(token)))
    return bool(getattr(result, "rowcount", 0))


def purge_expired_sessions(session: Session, *, now: datetime) -> int:
    """Delete sessions past their absolute expiry; returns how many."""
    result = session.execute(delete(StaffSession).where(StaffSession.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)
