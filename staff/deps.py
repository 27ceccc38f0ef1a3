"""FastAPI dependencies of the dashboard: database session, settings, clock, the logged-in staff member.

Shared by every module of ``staff.routes`` (route modules never import each other).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict

from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from staff.auth import SESSION_COOKIE, Principal, resolve_session
from staff.authz import can_see_district, is_admin
from staff.csrf import CSRF_FIELD, CSRF_HEADER, tokens_match
from staff.errors import CsrfError, ForbiddenError, NotAuthenticatedError, NotFoundError
from staff.settings import StaffSettings
from storage.database import Database
from storage.errors import DatabaseUnavailableError
from watch.clock import Clock, SystemClock
from watch.settings import WatchSettings

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


# --- application state (set up by staff.routes.lifespan; tests may preset staff_settings / staff_clock) -----
def staff_settings(app: FastAPI) -> StaffSettings:
    """The app's StaffSettings (read from STAFF_* variables on first use unless a test put one in place)."""
    settings: StaffSettings | None = getattr(app.state, "staff_settings", None)
    if settings is None:
        settings = StaffSettings()
        app.state.staff_settings = settings
    return settings


def runtime_settings(app: FastAPI) -> RuntimeSettings:
    """The shared runtime configuration (``app.state.runtime``, read from APP_* variables when absent)."""
    runtime: RuntimeSettings | None = getattr(app.state, "runtime", None)
    if runtime is None:
        runtime = RuntimeSettings()
        app.state.runtime = runtime
    return runtime


def watch_settings(app: FastAPI) -> WatchSettings:
    """The watch-over settings the gateway runs under (``app.state.watch_settings``, else WATCH_* variables)."""
    settings: WatchSettings | None = getattr(app.state, "watch_settings", None)
    if settings is None:
        settings = WatchSettings().with_runtime(runtime_settings(app))
        app.state.watch_settings = settings
    return settings


def staff_clock(app: FastAPI) -> Clock:
    """The clock of the dashboard (tests may set ``app.state.staff_clock``)."""
    clock: Clock | None = getattr(app.state, "staff_clock", None)
    return clock if clock is not None else SystemClock()


def login_limiter(app: FastAPI) -> RateLimiter:
    """The per-address login limiter (one per app, made on first use)."""
    limiter: RateLimiter | None = getattr(app.state, "staff_login_limiter", None)
    if limiter is None:
        settings = staff_settings(app)
        limiter = RateLimiter(settings.login_rate, storage_uri=settings.rate_limit_storage_uri,
                              namespace="staff-login")
        app.state.staff_login_limiter = limiter
    return limiter


def database(request: Request) -> Database:
    """The app's database (503 while it is not open)."""
    db: Database | None = getattr(request.app.state, "db", None)
    if db is None:
        raise DatabaseUnavailableError("the database is not open yet")
    return db


def db_session(request: Request) -> Iterator[Session]:
    """A database session in one transaction (commit on success, rollback on error)."""
    with database(request).sessions() as session, session.begin():
        yield session


def get_settings(request: Request) -> StaffSettings:
    """Dependency: the StaffSettings."""
    return staff_settings(request.app)


def get_runtime(request: Request) -> RuntimeSettings:
    """Dependency: the shared RuntimeSettings."""
    return runtime_settings(request.app)


def get_watch_settings(request: Request) -> WatchSettings:
    """Dependency: the WatchSettings (setup code lifetime...)."""
    return watch_settings(request.app)


def get_now(request: Request) -> datetime:
    """Dependency: the current time from the dashboard's clock."""
    return staff_clock(request.app).now()


DbSession = Annotated[Session, Depends(db_session)]
SettingsDep = Annotated[StaffSettings, Depends(get_settings)]
RuntimeDep = Annotated[RuntimeSettings, Depends(get_runtime)]
NowDep = Annotated[datetime, Depends(get_now)]
WatchSettingsDep = Annotated[WatchSettings, Depends(get_watch_settings)]


# --- authentication and authorization ------------------------------------------------------------
async def _submitted_csrf_token(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def authenticated_staff(request: Request, db: DbSession, settings: SettingsDep, now: NowDep) -> Principal:
    """The member behind the session cookie (a sync dependency: database work never runs on the event loop)."""
    principal = resolve_session(db, cookie_value=request.cookies.get(SESSION_COOKIE), now=now, settings=settings)
    if principal is None:
        raise NotAuthenticatedError()
    request.state.staff = principal
    return principal


async def current_staff(request: Request, principal: Annotated[Principal, Depends(authenticated_staff)]) -> Principal:
    """The logged-in staff member; state-changing requests must also carry the session's CSRF token."""
    if request.method not in SAFE_METHODS:
        given = await _submitted_csrf_token(request)
        if not tokens_match(principal.csrf_token, given):
            log.warning("staff csrf rejected: user_id=%d path=%s", principal.user_id, request.url.path)
            raise CsrfError()
    return principal


def require_admin(staff: Annotated[Principal, Depends(current_staff)]) -> Principal:
    """The logged-in staff member, who must be an admin."""
    if not is_admin(staff.role):
        raise ForbiddenError()
    return staff


def require_admin_session(staff: Annotated[Principal, Depends(authenticated_staff)]) -> Principal:
    """An admin's session, checked WITHOUT reading the body (uploads: refuse before parsing anything)."""
    if not is_admin(staff.role):
        raise ForbiddenError()
    return staff


CurrentStaff = Annotated[Principal, Depends(current_staff)]
RequireAdmin = Annotated[Principal, Depends(require_admin)]
AdminSession = Annotated[Principal, Depends(require_admin_session)]


def ensure_district(staff: Principal, district: str, *, what: str = "住民") -> None:
    """NotFoundError when the staff member may not see the district (hides that the record exists)."""
    if not can_see_district(role=staff.role, districts=staff.districts, district=district):
        raise NotFoundError(f"{what}が見つかりません。")


def actor_name(staff: Principal) -> str:
    """How a staff member is named in alert and history records."""
    return f"{staff.display_name} ({staff.username})"[:100]


async def form_fields(request: Request) -> ImmutableMultiDict[str, str]:
    """Dependency: the submitted form's text fields, read before the (sync) route runs; files are dropped."""
    form = await request.form()
    fields = ImmutableMultiDict([(key, value) for key, value in form.multi_items() if isinstance(value, str)])
    await form.close()
    return fields


FormFields = Annotated[ImmutableMultiDict[str, str], Depends(form_fields)]
