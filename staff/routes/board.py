"""Today's board (/staff), the answer-rate chart and missed days in a row: page, live fragment and JSON."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from staff.authz import district_filter
from staff.chart import CHART_DAYS
from staff.deps import CurrentStaff, DbSession, NowDep, RuntimeDep
from staff.overview import board_context, board_public, chart_context, local_today
from staff.schemas import BoardPublic
from staff.views import render
from watch.queries import answer_rates
from watch.schemas import AnswerRate

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])


@router.get("/staff")
def board_page(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
               chart: Annotated[Literal["daily", "weekly"] | None, Query()] = None) -> Response:
    """Today's board: per district, who answered, who is pending, who is escalated; live updates; the answer-rate
    chart (``?chart=daily|weekly``; by default weekly when a district is small) and missed days in a row."""
    context = board_context(db, staff, runtime, now)
    context.update(chart_context(db, staff, runtime, context["today"], chart))
    return render(request, "board.html", context, staff=staff)


@router.get("/staff/board/fragment")
def board_fragment(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep,
                   now: NowDep) -> Response:
    """The board's live part (the page's script swaps it in when something changed)."""
    return render(request, "_board.html", board_context(db, staff, runtime, now), staff=staff)


@api.get("/board", response_model=BoardPublic)
def api_board(staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep) -> BoardPublic:
    """Today's board as JSON (same content as the page)."""
    return board_public(board_context(db, staff, runtime, now))


@api.get("/answer-rates", response_model=list[AnswerRate])
def api_answer_rates(staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep) -> list[AnswerRate]:
    """Daily answer rates per district over the last 30 days."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    return answer_rates(db, today=local_today(now, runtime), days=CHART_DAYS, districts=limit)


router.include_router(api)
