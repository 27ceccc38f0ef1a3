"""Live updates of the dashboard's pages: Server-Sent Events (sse-starlette).

``changed`` is sent whenever check-ins, alerts, answers or residents change in the districts the staff
member sees (the data is an opaque digest, never counts); ``notices`` whenever a disaster notice of those
districts is written or ended or one of its deliveries changes (the notice page's per-device log); ``logout``
when the session ends. A page's live part names the event it follows (``data-live-event``, default ``changed``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from staff import queries
from staff.auth import SESSION_COOKIE, resolve_session
from staff.authz import district_filter
from staff.deps import database, runtime_settings, staff_clock, staff_settings
from staff.errors import NotAuthenticatedError
from staff.overview import local_today

router = APIRouter(prefix="/staff/api", tags=["staff"])
log = logging.getLogger(__name__)

SSE_RETRY_MS = 3000  # the browser reconnects after this many milliseconds
SSE_PING_S = 15  # seconds between keep-alive comments


def poll_marker(app: FastAPI, cookie: str | None) -> tuple[str, str] | None:
    """One short transaction: the change marker and the notice marker over the member's districts, or None when
    the session ended."""
    settings = staff_settings(app)
    now = staff_clock(app).now()
    with app.state.db.sessions() as session, session.begin():
        principal = resolve_session(session, cookie_value=cookie, now=now, settings=settings)
        if principal is None:
            return None
        districts = district_filter(role=principal.role, districts=principal.districts)
        return (queries.change_marker(session, day=local_today(now, runtime_settings(app)), districts=districts),
                queries.notice_marker(session, now=now, districts=districts))


async def _events(request: Request, cookie: str | None, first: tuple[str, str]) -> AsyncIterator[ServerSentEvent]:
    settings = staff_settings(request.app)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.live_stream_max_s
    marker, notices = first
    yield ServerSentEvent(data=marker, event="changed", retry=SSE_RETRY_MS)
    yield ServerSentEvent(data=notices, event="notices")
    while loop.time() < deadline:
        await asyncio.sleep(settings.live_poll_s)
        if await request.is_disconnected():
            return
        current = await run_in_threadpool(poll_marker, request.app, cookie)
        if current is None:
            yield ServerSentEvent(data="", event="logout")
            return
        if current[0] != marker:
            marker = current[0]
            yield ServerSentEvent(data=marker, event="changed")
        if current[1] != notices:
            notices = current[1]
            yield ServerSentEvent(data=notices, event="notices")


@router.get("/events")
async def api_events(request: Request) -> Response:
    """Server-Sent Events for live pages.

    The stream authenticates with its own short transactions (no database session is held open while it runs)
    and closes after STAFF_LIVE_STREAM_MAX_S seconds; the browser reconnects by itself.
    """
    database(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    first = await run_in_threadpool(poll_marker, request.app, cookie)
    if first is None:
        raise NotAuthenticatedError()
    return EventSourceResponse(
        _events(request, cookie, first), ping=SSE_PING_S, headers={"Cache-Control": "no-store",
                                                                    "X-Accel-Buffering": "no"},
    )
