"""Database functions of report intake and lookup (keyword-only arguments)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from reports.categories import Category, categories
from reports.errors import InvalidReportError, ReportNotFoundError
from reports.geo import district_at
from reports.models import STATUS_LABELS, STATUS_RECEIVED, CitizenReport, ReportPhoto, ReportUpdate
from reports.schemas import ReportCreate, ReportPublic, ReportStatusView, StatusNote
from storage.base import utcnow

MAX_LIST_LIMIT = 500
TOKEN_BYTES = 24  # 192 random bits in the status link
RECEIVED_NOTE = "ご報告を受け付けました。担当課で内容を確認します。"
TOKYO = ZoneInfo("Asia/Tokyo")


def session_ref(session_id: str | None) -> str | None:
    """A one-way reference to a chat session (the session id itself is a secret)."""
    if not session_id:
        return None
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:32]


def token_hash(token: str) -> str:
    """What is stored of a status-link token (SHA-256; the token itself is shown once)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def receipt_number(*, report_id: int, created_at: datetime, tz: ZoneInfo = TOKYO) -> str:
    """The receipt number citizens read, e.g. R-2026-000123 (year of filing, the row's id)."""
    return f"R-{created_at.astimezone(tz).year}-{report_id:06d}"


def status_path(*, number: str, token: str) -> str:
    """The private status page of a report (relative to the public base URL)."""
    return f"/reports/status/{number}?token={token}"


def require_category(code: str) -> Category:
    """The category of a code, or a 422 naming the choices."""
    table = categories()
    if code not in table:
        choices = "、".join(category.label for category in table.values())
        raise InvalidReportError(f"種類は次から選んでください: {choices}", detail=f"unknown category {code!r}")
    return table[code]


def locate(*, latitude: float | None, longitude: float | None) -> str | None:
    """The district of a position (None without one); a 422 when it is outside Osaki or half given."""
    if latitude is None and longitude is None:
        return None
    if latitude is None or longitude is None:
        raise InvalidReportError("位置情報が正しくありません。", detail="latitude and longitude go together")
    district = district_at(latitude=latitude, longitude=longitude)
    if district is None:
        raise InvalidReportError(
            "その場所は大崎市の外のようです。市内の場所を指定するか、住所や目印を入力してください。",
            detail="position outside every district",
        )
    return district


def new_status_token() -> str:
    """A fresh unguessable token for a private status link."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def create_report(
    session: Session, *, report: ReportCreate, channel: str = "web_chat", now: datetime | None = None,
    tz: ZoneInfo = TOKYO, status_token: str | None = None,
) -> CitizenReport:
    """Insert one report with its first history step (flushed, numbered). With ``status_token`` (see
    :func:`new_status_token`) its hash is stored, so the token opens the report's private status link."""
    category = require_category(report.category)
    district = locate(latitude=report.latitude, longitude=report.longitude)
    created = now or utcnow()
    row = CitizenReport(
        token_hash=token_hash(status_token) if status_token else None, category=category.code,
        department=category.department,
        what=report.what, location=report.where, district=district,
        latitude=report.latitude, longitude=report.longitude, contact=report.contact,
        photo_url=str(report.photo_url) if report.photo_url else None,
        session_ref=session_ref(report.session_id), channel=channel, status=STATUS_RECEIVED,
        created_at=created, updated_at=created,
    )
    session.add(row)
    session.flush()
    row.number = receipt_number(report_id=row.id, created_at=created, tz=tz)
    session.add(ReportUpdate(report_id=row.id, status=STATUS_RECEIVED, public_note=RECEIVED_NOTE, actor="system",
                             at=created))
    session.flush()
    return row


def add_photo(
    session: Session, *, report_id: int, file_name: str, thumb_name: str, width: int, height: int,
) -> ReportPhoto:
    """Record a stored photo of a report (not public until staff approve it)."""
    photo = ReportPhoto(report_id=report_id, file_name=file_name, thumb_name=thumb_name, width=width,
                        height=height, approved=False)
    session.add(photo)
    session.flush()
    return photo


def by_number(session: Session, *, number: str) -> CitizenReport | None:
    """The report with this receipt number."""
    return session.scalar(select(CitizenReport).where(CitizenReport.number == number))


def by_number_and_token(session: Session, *, number: str, token: str) -> CitizenReport:
    """The report behind a status link; ReportNotFoundError for an unknown number OR a wrong token."""
    row = by_number(session, number=number)
    expected = row.token_hash if row is not None and row.token_hash else "0" * 64
    if row is None or not hmac.compare_digest(expected, token_hash(token or "")):
        raise ReportNotFoundError(detail="unknown number or wrong token")
    return row


def status_view(session: Session, *, row: CitizenReport) -> ReportStatusView:
    """The public side of a report: status and public notes, oldest first (never private notes or contact)."""
    updates = session.scalars(
        select(ReportUpdate).where(ReportUpdate.report_id == row.id).order_by(ReportUpdate.at, ReportUpdate.id)
    )
    merged_into = None
    if row.merged_into_id is not None:
        target = session.get(CitizenReport, row.merged_into_id)
        merged_into = target.number if target is not None else None
    category = categories().get(row.category)
    return ReportStatusView(
        number=row.number or str(row.id), category=row.category,
        category_label=category.label if category else row.category, status=row.status,
        status_label=STATUS_LABELS.get(row.status, row.status), district=row.district, created_at=row.created_at,
        merged_into=merged_into,
        history=[StatusNote(status=u.status, status_label=STATUS_LABELS.get(u.status, u.status), note=u.public_note,
                            at=u.at) for u in updates],
    )


def photos_of(session: Session, *, report_id: int, approved_only: bool = False) -> list[ReportPhoto]:
    """The photos of a report, oldest first."""
    query = select(ReportPhoto).where(ReportPhoto.report_id == report_id).order_by(ReportPhoto.id)
    if approved_only:
        query = query.where(ReportPhoto.approved.is_(True))
    return list(session.scalars(query))


def list_reports(
    session: Session, *, limit: int = 100, offset: int = 0, status: str | None = None,
    district: str | None = None, category: str | None = None, districts: list[str] | None = None,
) -> list[CitizenReport]:
    """Newest reports first, filtered; ``districts`` limits to those districts (None = every district)."""
    query = select(CitizenReport).order_by(CitizenReport.id.desc()).limit(min(limit, MAX_LIST_LIMIT)).offset(offset)
    return list(session.scalars(_filtered(query, status=status, district=district, category=category,
                                          districts=districts)))


def count_reports(
    session: Session, *, status: str | None = None, district: str | None = None, category: str | None = None,
    districts: list[str] | None = None,
) -> int:
    """How many reports match the filters."""
    query = select(func.count(CitizenReport.id))
    return int(session.scalar(_filtered(query, status=status, district=district, category=category,
                                        districts=districts)) or 0)


def _filtered(
    query: Select[Any], *, status: str | None, district: str | None, category: str | None,
    districts: list[str] | None,
) -> Select[Any]:
    clauses = []
    if status:
        clauses.append(CitizenReport.status == status)
    if district:
        clauses.append(CitizenReport.district == district)
    if category:
        clauses.append(CitizenReport.category == category)
    if districts is not None:  # reports without a district (typed address only) are everyone's
        clauses.append(CitizenReport.district.in_(districts) | CitizenReport.district.is_(None))
    return query.where(*clauses) if clauses else query


def to_public(row: CitizenReport) -> ReportPublic:
    """The staff-facing view of a row."""
    return ReportPublic(
        id=row.id, number=row.number, category=row.category, department=row.department, district=row.district,
        what=row.what, where=row.location, latitude=row.latitude, longitude=row.longitude, photo_url=row.photo_url,
        channel=row.channel, status=row.status, merged_into_id=row.merged_into_id, created_at=row.created_at,
    )
