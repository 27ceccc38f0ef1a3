"""Database functions for reports (keyword-only arguments)."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reports.models import CitizenReport
from reports.schemas import ReportCreate, ReportPublic

MAX_LIST_LIMIT = 500


def session_ref(session_id: str | None) -> str | None:
    """A one-way reference to a chat session (the session id itself is a secret)."""
    if not session_id:
        return None
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:32]


def create_report(session: Session, *, report: ReportCreate, channel: str = "web_chat") -> CitizenReport:
    """Insert one report and flush it so it has an id."""
    row = CitizenReport(
        what=report.what,
        location=report.where,
        photo_url=str(report.photo_url) if report.photo_url else None,
        session_ref=session_ref(report.session_id),
        channel=channel,
    )
    session.add(row)
    session.flush()
    return row


def list_reports(
    session: Session, *, limit: int = 100, offset: int = 0, status: str | None = None
) -> list[CitizenReport]:
    """Newest reports first."""
    query = select(CitizenReport).order_by(CitizenReport.id.desc()).limit(min(limit, MAX_LIST_LIMIT)).offset(offset)
    if status:
        query = query.where(CitizenReport.status == status)
    return list(session.scalars(query))


def count_reports(session: Session, *, status: str | None = None) -> int:
    """How many reports exist (optionally with one status)."""
    query = select(func.count(CitizenReport.id))
    if status:
        query = query.where(CitizenReport.status == status)
    return int(session.scalar(query) or 0)


def to_public(row: CitizenReport) -> ReportPublic:
    """The staff-facing view of a row."""
    return ReportPublic(
        id=row.id, what=row.what, where=row.location, photo_url=row.photo_url, channel=row.channel,
        status=row.status, created_at=row.created_at,
    )
