"""Today's board (/staff), its live updates (Server-Sent Events) and the 30-day answer-rate chart."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response, StreamingResponse
from markupsafe import Markup
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.deps import DbSession
from gateway.routes.staff_common import (
    LOGIN_REQUIRED_MESSAGE,
    CurrentStaff,
    NowDep,
    SettingsDep,
    database,
    render,
    staff_clock,
    staff_settings,
)
from staff import queries
from staff.auth import SESSION_COOKIE, Principal, resolve_session
from staff.authz import district_filter, visible_districts
from staff.board import STATE_LABELS, STATE_ORDER, DistrictBoard, board_summary, build_board
from staff.chart import rate_table, render_svg, series_by_district
from staff.errors import NotAuthenticatedError
from staff.settings import StaffSettings
from watch import store as watch_store
from watch.models import KIND_DAILY
from watch.schemas import AnswerRate

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])
log = logging.getLogger(__name__)

CHART_DAYS = 30
SSE_RETRY_MS = 3000  # the browser reconnects after this many milliseconds
SSE_PING_S = 15.0  # seconds between keep-alive comments


def local_today(now: datetime, settings: StaffSettings) -> date:
    """Today's date in the city's time zone."""
    return now.astimezone(ZoneInfo(settings.timezone)).date()


def staff_districts(db: Session, staff: Principal, settings: StaffSettings) -> list[str]:
    """The districts this staff member sees (admins: every configured or used district)."""
    all_districts = list(dict.fromkeys([*settings.districts, *watch_store.list_districts(db)]))
    return visible_districts(role=staff.role, districts=staff.districts, all_districts=all_districts)


def load_board(db: Session, staff: Principal, settings: StaffSettings, today: date) -> list[DistrictBoard]:
    """Today's board for the districts this staff member sees."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    districts = staff_districts(db, staff, settings)
    return build_board(
        districts=districts,
        residents=queries.active_residents(db, districts=limit),
        checkins=watch_store.list_checkins(db, local_date=today, districts=limit, kind=KIND_DAILY),
        away=queries.residents_away(db, day=today, districts=limit),
    )


def _chart(db: Session, staff: Principal, settings: StaffSettings, today: date) -> dict[str, Any]:
    limit = district_filter(role=staff.role, districts=staff.districts)
    rates = watch_store.answer_rates(db, today=today, days=CHART_DAYS, districts=limit)
    districts = staff_districts(db, staff, settings)
    start = today - timedelta(days=CHART_DAYS - 1)
    series = series_by_district(rates, districts=districts, start=start)
    return {
        "chart_svg": Markup(render_svg(series, start=start, days=CHART_DAYS)),
        "chart_series": series,
        "chart_rows": rate_table(rates, districts=districts),
        "chart_days": CHART_DAYS,
    }


def _board_context(db: Session, staff: Principal, settings: StaffSettings, now: datetime) -> dict[str, Any]:
    today = local_today(now, settings)
    boards = load_board(db, staff, settings, today)
    limit = district_filter(role=staff.role, districts=staff.districts)
    alerts = watch_store.list_alerts(db, districts=limit, statuses=("open",))
    return {
        "today": today, "boards": boards, "summary": board_summary(boards), "states": STATE_ORDER,
        "state_labels": STATE_LABELS, "open_alerts": len(alerts), "updated_at": now,
    }


@router.get("/staff")
def board_page(request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep) -> Response:
    """Today's board: per district, who answered, who is pending, who is escalated; live updates."""
    context = _board_context(db, staff, settings, now)
    context.update(_chart(db, staff, settings, context["today"]))
    return render(request, "board.html", context, staff=staff)


@router.get("/staff/board/fragment")
def board_fragment(
    request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep
) -> Response:
    """The board's live part (the page's script swaps it in when something changed)."""
    return render(request, "_board.html", _board_context(db, staff, settings, now), staff=staff)


class PersonPublic(BaseModel):
    """One resident on the board."""

    resident_id: int
    name: str
    state: str
    at: datetime | None
    checkin_id: int | None


class DistrictPublic(BaseModel):
    """One district's card."""

    district: str
    counts: dict[str, int]
    people: list[PersonPublic]


class BoardPublic(BaseModel):
    """Today's board as JSON."""

    date: date
    summary: dict[str, int]
    districts: list[DistrictPublic]
    open_alerts: int


@api.get("/board", response_model=BoardPublic)
def api_board(staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep) -> BoardPublic:
    """Today's board as JSON (same content as the page)."""
    context = _board_context(db, staff, settings, now)
    return BoardPublic(
        date=context["today"], summary=context["summary"], open_alerts=context["open_alerts"],
        districts=[
            DistrictPublic(
                district=b.district, counts=b.counts,
                people=[PersonPublic(resident_id=p.resident_id, name=p.name, state=p.state, at=p.at,
                                     checkin_id=p.checkin_id) for p in b.people],
            )
            for b in context["boards"]
        ],
    )


@api.get("/answer-rates", response_model=list[AnswerRate])
def api_answer_rates(staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep) -> list[AnswerRate]:
    """Daily answer rates per district over the last 30 days."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    return watch_store.answer_rates(db, today=local_today(now, settings), days=CHART_DAYS, districts=limit)


# --- live updates ----------------------------------------------------------------------------------
def _poll(app: FastAPI, cookie: str | None) -> str | None:
    """One short transaction: the change marker, or None when the session ended (logout, expiry)."""
    settings = staff_settings(app)
    now = staff_clock(app).now()
    db = app.state.db
    with db.sessions() as session, session.begin():
        if resolve_session(session, cookie_value=cookie, now=now, settings=settings) is None:
            return None
        return queries.change_marker(session, day=local_today(now, settings))


async def _event_stream(request: Request, cookie: str | None, first: str) -> AsyncIterator[str]:
    settings = staff_settings(request.app)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.live_stream_max_s
    last_sent = loop.time()
    marker = first
    yield f"retry: {SSE_RETRY_MS}\nevent: changed\ndata: {marker}\n\n"
    while loop.time() < deadline:
        await asyncio.sleep(settings.live_poll_s)
        if await request.is_disconnected():
            return
        current = await run_in_threadpool(_poll, request.app, cookie)
        if current is None:
            yield "event: logout\ndata: \n\n"
            return
        if current != marker:
            marker = current
            last_sent = loop.time()
            yield f"event: changed\ndata: {marker}\n\n"
        elif loop.time() - last_sent >= SSE_PING_S:
            last_sent = loop.time()
            yield ": ping\n\n"


@api.get("/events")
async def api_events(request: Request) -> Response:
    """Server-Sent Events: ``changed`` whenever check-ins or alerts change, ``logout`` when the session ends.

    The stream authenticates with its own short transactions (no database session is held open while it runs)
    and closes after STAFF_LIVE_STREAM_MAX_S seconds; the browser reconnects by itself.
    """
    database(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    first = await run_in_threadpool(_poll, request.app, cookie)
    if first is None:
        raise NotAuthenticatedError(LOGIN_REQUIRED_MESSAGE)
    return StreamingResponse(
        _event_stream(request, cookie, first),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


router.include_router(api)
