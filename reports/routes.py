"""/internal/reports: the action server files citizen reports here; staff tools may list them.

Every call needs the shared ``X-Internal-Token`` (REPORTS_INTERNAL_TOKEN), whoever the client seems to be:
no loopback trust (uvicorn rewrites the client address from X-Forwarded-For, so "127.0.0.1" proves nothing).
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request, status
from sqlalchemy.orm import Session

from core.errors import ServiceUnavailableError
from reports.errors import InternalTokenError
from reports.schemas import ReportCreate, ReportFiled, ReportPublic
from reports.settings import INTERNAL_TOKEN_HEADER, ReportsSettings
from reports.store import MAX_LIST_LIMIT, create_report, list_reports, to_public
from storage.database import Database

SETTINGS_STATE = "reports_settings"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Read (and so validate) the reports settings at start; tests may preset ``app.state.reports_settings``."""
    if getattr(app.state, SETTINGS_STATE, None) is None:
        setattr(app.state, SETTINGS_STATE, ReportsSettings())
    yield


def _settings(request: Request) -> ReportsSettings:
    """The reports settings (``app.state.reports_settings`` when preset, else read once from the environment)."""
    settings: ReportsSettings | None = getattr(request.app.state, SETTINGS_STATE, None)
    if settings is None:
        settings = ReportsSettings()
        setattr(request.app.state, SETTINGS_STATE, settings)
    return settings


def require_internal_token(request: Request) -> None:
    """401 unless ``X-Internal-Token`` equals REPORTS_INTERNAL_TOKEN (compared in constant time)."""
    expected = _settings(request).internal_token.encode("utf-8")
    given = request.headers.get(INTERNAL_TOKEN_HEADER, "").encode("utf-8")
    if not hmac.compare_digest(given, expected):
        raise InternalTokenError(detail=f"missing or wrong {INTERNAL_TOKEN_HEADER}")


def _db_session(request: Request) -> Iterator[Session]:
    database: Database | None = getattr(request.app.state, "db", None)
    if database is None:
        raise ServiceUnavailableError(detail="the database is not open yet")
    with database.sessions() as session, session.begin():
        yield session


DbSession = Annotated[Session, Depends(_db_session)]
router = APIRouter(prefix="/internal/reports", tags=["internal"], dependencies=[Depends(require_internal_token)])


@router.post("", response_model=ReportFiled, status_code=status.HTTP_201_CREATED)
def file_report(report: ReportCreate, session: DbSession) -> ReportFiled:
    """Store one report; its number."""
    row = create_report(session, report=report)
    return ReportFiled(id=str(row.id))


@router.get("", response_model=list[ReportPublic])
def reports(
    session: DbSession, limit: int = Query(100, ge=1, le=MAX_LIST_LIMIT), offset: int = Query(0, ge=0)
) -> list[ReportPublic]:
    """Newest reports first."""
    return [to_public(row) for row in list_reports(session, limit=limit, offset=offset)]
