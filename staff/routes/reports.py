"""Citizen reports (road damage, dumping, street lights...) for logged-in staff: page and JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from reports.models import REPORT_STATUSES
from reports.schemas import ReportPublic
from reports.store import count_reports, list_reports, to_public
from staff.deps import CurrentStaff, DbSession
from staff.errors import InvalidInputError
from staff.views import render

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

PAGE_SIZE = 50
BAD_STATUS = "status は " + ", ".join(REPORT_STATUSES) + " のいずれかです。"


def _status(status: str) -> str | None:
    if status and status not in REPORT_STATUSES:
        raise InvalidInputError(BAD_STATUS)
    return status or None


@router.get("/staff/reports")
def reports_page(
    request: Request, staff: CurrentStaff, db: DbSession,
    status: Annotated[str, Query(max_length=16)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """Reports filed by citizens through the chat, newest first."""
    wanted = _status(status)
    rows = list_reports(db, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE, status=wanted)
    return render(request, "reports.html", {
        "reports": [to_public(r) for r in rows[:PAGE_SIZE]], "has_next": len(rows) > PAGE_SIZE, "page": page,
        "status": status, "statuses": REPORT_STATUSES, "total": count_reports(db, status=wanted),
    }, staff=staff)


@api.get("/reports", response_model=list[ReportPublic])
def api_reports(
    staff: CurrentStaff, db: DbSession,
    status: Annotated[str, Query(max_length=16)] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ReportPublic]:
    """Citizen reports as JSON, newest first."""
    return [to_public(r) for r in list_reports(db, limit=limit, offset=offset, status=_status(status))]


router.include_router(api)
