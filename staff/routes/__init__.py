"""The staff dashboard's web layer: one router for every page and JSON endpoint under ``/staff``, the
lifespan that prepares it, and the HTML error page the application's edge handler uses under ``/staff``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from core.errors import AppError
from staff.auth import purge_expired_sessions
from staff.deps import login_limiter, runtime_settings, staff_clock, staff_settings
from staff.errors import InvalidInputError, NotAuthenticatedError
from staff.routes import (
    admin,
    alerts,
    assets,
    auth,
    board,
    events,
    faq_improvement,
    imports,
    notices,
    reports,
    residents,
    residents_admin,
    safety,
    satellites,
)
from staff.views import render, wants_json

log = logging.getLogger(__name__)

router = APIRouter()
for module in (assets, auth, board, events, alerts, residents_admin, imports, residents, safety, notices, admin,
               reports, faq_improvement, satellites):
    router.include_router(module.router)


def render_error_page(request: Request, error: AppError) -> Response:
    """The dashboard's answer to an error: JSON for its API and fetch calls, a login redirect when the session
    is missing, else the error page in the dashboard's layout."""
    headers = {**error.headers, "Cache-Control": "no-store"}
    if wants_json(request):
        return JSONResponse(error.body(), status_code=error.status, headers=headers)
    if isinstance(error, NotAuthenticatedError):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/staff/login?next={quote(target, safe='')}", status_code=303, headers=headers)
    problems = error.problems if isinstance(error, InvalidInputError) else []
    context = {"status": error.status, "message": error.message, "problems": problems}
    staff = getattr(request.state, "staff", None)
    return render(request, "error.html", context, staff=staff, status_code=error.status, headers=headers)


def _purge_sessions(app: FastAPI) -> int:
    db = getattr(app.state, "db", None)
    if db is None:
        return 0
    with db.sessions() as session, session.begin():
        return purge_expired_sessions(session, now=staff_clock(app).now())


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Read (and validate) the settings, make the login limiter, delete expired sessions.

    Needs ``app.state.db`` (opened before); ``app.state.runtime`` is read from APP_* when absent.
    """
    staff_settings(app)
    runtime_settings(app)
    login_limiter(app)
    purged = await run_in_threadpool(_purge_sessions, app)
    log.info("staff dashboard ready; expired sessions removed: %d", purged)
    yield
