"""/internal/reports: the action server files citizen reports here (loopback, shared token)."""

from __future__ import annotations

from fastapi import APIRouter, Query, status

from gateway.deps import DbSession, InternalOnly
from reports.schemas import ReportCreate, ReportFiled, ReportPublic
from reports.store import MAX_LIST_LIMIT, create_report, list_reports, to_public

router = APIRouter(prefix="/internal/reports", tags=["internal"], dependencies=[InternalOnly])


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
