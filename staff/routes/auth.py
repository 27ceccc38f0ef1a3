"""Staff login and logout: the HTML form and the JSON API."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from core.errors import RateLimitedError
from core.settings import RuntimeSettings
from core.web import client_key_of, enforce
from staff import auth
from staff.auth import LOGIN_COOKIE, SESSION_COOKIE, LoginOutcome, Principal, make_signer
from staff.csrf import login_form_token, login_token_valid
from staff.deps import (
    CurrentStaff,
    DbSession,
    NowDep,
    RuntimeDep,
    SettingsDep,
    database,
    login_limiter,
)
from staff.errors import CsrfError, LoginFailedError
from staff.schemas import LoginRequest, MePublic
from staff.settings import StaffSettings
from staff.views import render, see_other

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])
log = logging.getLogger(__name__)

LOGIN_CSRF_MESSAGE = "ログイン画面の有効期限が切れました。ページを読み込み直してから、もう一度ログインしてください。"
MISSING_FIELDS_MESSAGE = "ユーザー名とパスワードを入力してください。"
COOKIE_PATH = "/staff"
LOGIN_COOKIE_MAX_AGE_S = 3600


def _safe_next(target: str | None) -> str:
    """Only local dashboard paths are followed after login (no open redirect)."""
    if target and target.startswith("/staff") and not target.startswith("//") and "\\" not in target:
        return target
    return "/staff"


def _set_session_cookie(response: Response, value: str, settings: StaffSettings, runtime: RuntimeSettings) -> None:
    response.set_cookie(
        SESSION_COOKIE, value, max_age=settings.session_ttl_s, path=COOKIE_PATH, httponly=True,
        secure=runtime.is_production, samesite="strict",
    )


def _clear_session_cookie(response: Response, runtime: RuntimeSettings) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path=COOKIE_PATH, httponly=True, secure=runtime.is_production, samesite="strict"
    )


def _check_rate(request: Request) -> str:
    """Count the attempt against the address's limit (RateLimitedError, 429); returns the address key."""
    enforce(login_limiter(request.app), request)
    return client_key_of(request)


async def _attempt(request: Request, *, username: str, password: str, key: str, settings: StaffSettings,
                   now: datetime) -> LoginOutcome:
    # argon2 runs in a worker thread, outside any database transaction (see staff.auth.attempt_login)
    return await run_in_threadpool(auth.attempt_login, database(request), username=username, password=password,
                                   client_key=key, now=now, settings=settings)


def _login_page(request: Request, settings: StaffSettings, runtime: RuntimeSettings, *, next_url: str,
                error: str = "", username: str = "", status_code: int = 200,
                headers: dict[str, str] | None = None) -> Response:
    nonce = secrets.token_urlsafe(24)
    response = render(
        request, "login.html",
        {"login_token": login_form_token(nonce, secret=settings.secret_key), "next_url": next_url, "error": error,
         "username": username},
        status_code=status_code, headers=headers,
    )
    response.set_cookie(
        LOGIN_COOKIE, make_signer(settings.secret_key).dumps(nonce), max_age=LOGIN_COOKIE_MAX_AGE_S,
        path=COOKIE_PATH, httponly=True, secure=runtime.is_production, samesite="strict",
    )
    return response


@router.get("/staff/login")
def login_form(request: Request, settings: SettingsDep, runtime: RuntimeDep, db: DbSession, now: NowDep,
               next: str = "") -> Response:
    """The login page (an already logged-in member goes straight to the dashboard)."""
    if auth.resolve_session(db, cookie_value=request.cookies.get(SESSION_COOKIE), now=now, settings=settings):
        return see_other(_safe_next(next))
    return _login_page(request, settings, runtime, next_url=_safe_next(next))


@router.post("/staff/login")
async def login_submit(
    request: Request,
    settings: SettingsDep,
    runtime: RuntimeDep,
    now: NowDep,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
    csrf_token: Annotated[str, Form(max_length=128)] = "",
    next: Annotated[str, Form(max_length=500)] = "/staff",
) -> Response:
    """Check the password; on success set the session cookie and go to the dashboard."""
    next_url = _safe_next(next)
    try:
        key = _check_rate(request)
    except RateLimitedError as err:
        return _login_page(request, settings, runtime, next_url=next_url, error=err.message, username=username,
                           status_code=err.status, headers=err.headers)
    nonce = auth.read_signed_cookie(request.cookies.get(LOGIN_COOKIE), settings=settings)
    if not login_token_valid(nonce, csrf_token, secret=settings.secret_key):
        raise CsrfError(LOGIN_CSRF_MESSAGE)
    if not username or not password:
        return _login_page(request, settings, runtime, next_url=next_url, username=username, status_code=422,
                           error=MISSING_FIELDS_MESSAGE)
    outcome = await _attempt(request, username=username, password=password, key=key, settings=settings, now=now)
    if outcome.error is not None:
        return _login_page(request, settings, runtime, next_url=next_url, error=outcome.error.message,
                           username=username, status_code=outcome.error.status)
    response = see_other(next_url)
    _set_session_cookie(response, outcome.cookie_value, settings, runtime)
    response.delete_cookie(LOGIN_COOKIE, path=COOKIE_PATH)
    return response


@router.post("/staff/logout")
def logout_submit(request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep,
                  runtime: RuntimeDep) -> Response:
    """End the session (the cookie stops working at once) and show the login page."""
    auth.logout(db, cookie_value=request.cookies.get(SESSION_COOKIE), settings=settings)
    log.info("staff logout: user_id=%d session_id=%d", staff.user_id, staff.session_id)
    response = see_other("/staff/login")
    _clear_session_cookie(response, runtime)
    return response


def _me(principal: Principal) -> MePublic:
    return MePublic(id=principal.user_id, username=principal.username, display_name=principal.display_name,
                    role=principal.role, districts=list(principal.districts), csrf_token=principal.csrf_token)


@api.post("/login", response_model=MePublic)
async def api_login(request: Request, body: LoginRequest, settings: SettingsDep, runtime: RuntimeDep,
                    now: NowDep) -> Response:
    """JSON login: sets the session cookie and returns the CSRF token for later calls."""
    key = _check_rate(request)
    outcome = await _attempt(request, username=body.username, password=body.password, key=key, settings=settings,
                             now=now)
    if outcome.error is not None:
        raise outcome.error
    if outcome.principal is None:  # pragma: no cover  (attempt_login always sets one of the two)
        raise LoginFailedError()
    response = JSONResponse(_me(outcome.principal).model_dump())
    _set_session_cookie(response, outcome.cookie_value, settings, runtime)
    return response


@api.post("/logout", status_code=204)
def api_logout(request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep,
               runtime: RuntimeDep) -> Response:
    """JSON logout (needs the X-CSRF-Token header)."""
    auth.logout(db, cookie_value=request.cookies.get(SESSION_COOKIE), settings=settings)
    log.info("staff logout: user_id=%d session_id=%d", staff.user_id, staff.session_id)
    response = Response(status_code=204)
    _clear_session_cookie(response, runtime)
    return response


@api.get("/me", response_model=MePublic)
def api_me(staff: CurrentStaff) -> MePublic:
    """Who is logged in, and the CSRF token for fetch calls."""
    return _me(staff)


router.include_router(api)
