"""Web layer of citizen reports: the router the gateway mounts and its lifespan.

- ``/internal/reports`` (here): the action server files chat reports (X-Internal-Token = REPORTS_INTERNAL_TOKEN
  always, no loopback trust) and asks a report's status for the chat (``/internal/reports/status?text=...``).
- ``/report``, ``POST /api/reports`` and the private status link: ``reports.routes_intake``.
- ``/reports/map``, the open data and the approved photos: ``reports.routes_public``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request, status

from core.web import add_static_files
from reports import routes_intake, routes_public
from reports.schemas import ReportCreate, ReportFiled, ReportPublic
from reports.status import lookup_status
from reports.store import MAX_LIST_LIMIT, create_report, list_reports, new_status_token, status_path, to_public
from reports.templating import STATIC_DIR
from reports.web import DbSession, reports_settings, require_internal_token, runtime_settings

STATIC_FILES = {"reports.css": "text/css", "report.js": "text/javascript"}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Read (and so validate) the reports settings at start; tests may preset ``app.state.reports_settings``."""
    reports_settings(app)
    yield


internal = APIRouter(prefix="/internal/reports", tags=["internal"], dependencies=[Depends(require_internal_token)])


# --- internal: the action server ------------------------------------------------------------------------
@internal.post("", response_model=ReportFiled, status_code=status.HTTP_201_CREATED)
def file_chat_report(report: ReportCreate, session: DbSession, request: Request) -> ReportFiled:
    """Store one chat report; its receipt number and private status link."""
    token = new_status_token()
    row = create_report(session, report=report, tz=runtime_settings(request).tz, status_token=token)
    number = row.number or str(row.id)
    url = runtime_settings(request).public_base_url.rstrip("/") + status_path(number=number, token=token)
    return ReportFiled(id=number, number=number, status_url=url)


@internal.get("/status")
def chat_status(session: DbSession, text: Annotated[str, Query(max_length=500)]) -> dict[str, str]:
    """The chat's answer to 「受付番号 R-2026-000123 はどうなりましたか」 (public status and note only)."""
    return {"reply": lookup_status(session, text=text)}


@internal.get("", response_model=list[ReportPublic])
def reports(
    session: DbSession, limit: int = Query(100, ge=1, le=MAX_LIST_LIMIT), offset: int = Query(0, ge=0)
) -> list[ReportPublic]:
    """Newest reports first."""
    return [to_public(row) for row in list_reports(session, limit=limit, offset=offset)]


static = APIRouter()
add_static_files(static, url_prefix="/reports/static", directory=STATIC_DIR, files=STATIC_FILES)

router = APIRouter()
router.include_router(internal)
router.include_router(routes_intake.router)
router.include_router(routes_public.router)
router.include_router(static)
