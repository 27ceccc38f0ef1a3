"""Shared parts of the staff dashboard routes: dependencies (CurrentStaff, RequireAdmin), errors, rendering."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import ImmutableMultiDict

from gateway.deps import DbSession
from gateway.errors import error_body
from staff import errors as staff_errors
from staff.auth import SESSION_COOKIE, Principal, purge_expired_sessions, resolve_session
from staff.authz import can_see_district, is_admin
from staff.csrf import CSRF_FIELD, CSRF_HEADER, tokens_match
from staff.ratelimit import LoginRateLimiter
from staff.settings import StaffSettings
from staff.templating import STATIC_DIR, templates
from storage.database import Database
from storage.errors import DatabaseUnavailableError
from watch import errors as watch_errs
from watch.clock import Clock, SystemClock

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
API_PREFIX = "/staff/api"
CSRF_MESSAGE = (
    "セキュリティ確認に失敗しました(CSRFトークンが一致しません)。ページを読み込み直してから、もう一度操作してください。"
)
LOGIN_REQUIRED_MESSAGE = "ログインしてください。"
ADMIN_ONLY_MESSAGE = "この操作は管理者だけが行えます。"


# --- application state ---------------------------------------------------------------------------
def staff_settings(app: FastAPI) -> StaffSettings:
    """The app's StaffSettings (read from STAFF_* variables on first use unless a test put one in place)."""
    settings: StaffSettings | None = getattr(app.state, "staff_settings", None)
    if settings is None:
        settings = StaffSettings()
        app.state.staff_settings = settings
    return settings


def staff_clock(app: FastAPI) -> Clock:
    """The clock of the dashboard (tests may set ``app.state.staff_clock``)."""
    clock: Clock | None = getattr(app.state, "staff_clock", None)
    return clock if clock is not None else SystemClock()


def login_limiter(app: FastAPI) -> LoginRateLimiter:
    """The per-address login limiter (one per app)."""
    limiter: LoginRateLimiter | None = getattr(app.state, "staff_login_limiter", None)
    if limiter is None:
        settings = staff_settings(app)
        limiter = LoginRateLimiter(limit=settings.login_attempts_per_ip, window_s=settings.login_window_s)
        app.state.staff_login_limiter = limiter
    return limiter


def database(request: Request) -> Database:
    """The app's database (503 while it is not open)."""
    db: Database | None = getattr(request.app.state, "db", None)
    if db is None:
        raise DatabaseUnavailableError("the database is not open yet")
    return db


def client_address(request: Request, settings: StaffSettings) -> str:
    """The client's address (X-Forwarded-For only when the proxy is trusted)."""
    if settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        if forwarded.strip():
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


def get_settings(request: Request) -> StaffSettings:
    """Dependency: the StaffSettings."""
    return staff_settings(request.app)


def get_now(request: Request) -> datetime:
    """Dependency: the current time from the dashboard's clock."""
    return staff_clock(request.app).now()


SettingsDep = Annotated[StaffSettings, Depends(get_settings)]
NowDep = Annotated[datetime, Depends(get_now)]


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
        raise staff_errors.NotAuthenticatedError(LOGIN_REQUIRED_MESSAGE)
    return principal


async def current_staff(request: Request, principal: Annotated[Principal, Depends(authenticated_staff)]) -> Principal:
    """The logged-in staff member; state-changing requests must also carry the session's CSRF token."""
    if request.method not in SAFE_METHODS:
        given = await _submitted_csrf_token(request)
        if not tokens_match(principal.csrf_token, given):
            log.warning("staff csrf rejected: user_id=%d path=%s", principal.user_id, request.url.path)
            raise staff_errors.CsrfError(CSRF_MESSAGE)
    request.state.staff = principal
    return principal


def require_admin(staff: Annotated[Principal, Depends(current_staff)]) -> Principal:
    """The logged-in staff member, who must be an admin."""
    if not is_admin(staff.role):
        raise staff_errors.ForbiddenError(ADMIN_ONLY_MESSAGE)
    return staff


CurrentStaff = Annotated[Principal, Depends(current_staff)]
RequireAdmin = Annotated[Principal, Depends(require_admin)]


def ensure_district(staff: Principal, district: str, *, what: str = "住民") -> None:
    """NotFoundError when the staff member may not see the district (hides that the record exists)."""
    if not can_see_district(role=staff.role, districts=staff.districts, district=district):
        raise staff_errors.NotFoundError(f"{what}が見つかりません。")


@contextmanager
def watch_errors() -> Iterator[None]:
    """Translate watch-over errors into the dashboard's errors (with Japanese messages)."""
    try:
        yield
    except watch_errs.NotFoundError as err:
        raise staff_errors.NotFoundError("対象が見つかりません。") from err
    except watch_errs.ConflictError as err:
        raise staff_errors.ConflictError(f"現在の状態ではこの操作はできません。({err.message})") from err
    except watch_errs.InvalidInputError as err:
        raise staff_errors.InvalidInputError(f"入力内容を確認してください。({err.message})") from err


# --- rendering -----------------------------------------------------------------------------------
def render(
    request: Request,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    staff: Principal | None = None,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """Render a page with the logged-in staff member and the CSRF token in the context."""
    full: dict[str, Any] = {"me": staff, "csrf_token": staff.csrf_token if staff else "", "path": request.url.path}
    full.update(context or {})
    response = templates().TemplateResponse(request, name, full, status_code=status_code, headers=headers)
    response.headers["Cache-Control"] = "no-store"
    return response


def see_other(url: str) -> RedirectResponse:
    """A 303 redirect (after a form POST)."""
    return RedirectResponse(url, status_code=303)


def done(request: Request, url: str, payload: Mapping[str, Any] | None = None) -> Response:
    """After a form POST: JSON for fetch calls, else a 303 redirect to ``url``."""
    if wants_json(request):
        return JSONResponse(dict(payload or {"ok": True}))
    return see_other(url)


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


def wants_json(request: Request) -> bool:
    """True for the JSON API (and for fetch calls that ask for JSON)."""
    return request.url.path.startswith(API_PREFIX) or "application/json" in request.headers.get("accept", "")


def _error_response(request: Request, err: staff_errors.StaffError) -> Response:
    headers: dict[str, str] = {"Cache-Control": "no-store"}
    retry_after = getattr(err, "retry_after_s", None)
    if retry_after:
        headers["Retry-After"] = str(retry_after)
    problems = getattr(err, "problems", None) or []
    if wants_json(request):
        body: dict[str, Any] = error_body(err.code, err.message)
        if problems:
            body["error"]["problems"] = problems
        return JSONResponse(body, status_code=err.status, headers=headers)
    if isinstance(err, staff_errors.NotAuthenticatedError):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/staff/login?next={quote(target, safe='')}", status_code=303, headers=headers)
    staff = getattr(request.state, "staff", None)
    context = {"status": err.status, "message": err.message, "problems": problems}
    return render(request, "error.html", context, staff=staff, status_code=err.status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the dashboard's error handler and its static files (called once by create_app)."""

    @app.exception_handler(staff_errors.StaffError)
    async def _staff_error(request: Request, err: staff_errors.StaffError) -> Response:
        return _error_response(request, err)

    app.mount("/staff/static", StaticFiles(directory=STATIC_DIR), name="staff_static")


def startup(app: FastAPI) -> None:
    """Lifespan hook: read (and validate) the settings, then delete expired sessions."""
    settings = staff_settings(app)
    db: Database | None = getattr(app.state, "db", None)
    if db is None:
        return
    with db.sessions() as session, session.begin():
        purged = purge_expired_sessions(session, now=staff_clock(app).now())
    log.info("staff dashboard ready (%s); expired sessions removed: %d", settings.environment, purged)
