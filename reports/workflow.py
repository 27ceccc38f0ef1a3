"""What staff do to reports (database functions, keyword-only): status changes with public and private
notes, department assignment, photo approval, likely duplicates and merging. Audit and notifications are
the staff package's part (staff/reports_queue.py) in the same transaction."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.categories import departments
from reports.errors import InvalidReportError, StatusChangeError
from reports.geo import degree_box, distance_m
from reports.models import (
    CLOSED_STATUSES,
    NEXT_STATUSES,
    REPORT_STATUSES,
    STATUS_LABELS,
    CitizenReport,
    ReportPhoto,
    ReportUpdate,
)
from reports.schemas import StatusChange
from storage.base import utcnow


def change_status(
    session: Session, *, row: CitizenReport, change: StatusChange, actor: str, now: datetime
) -> list[CitizenReport]:
    """Move a report (and every report merged into it) to a new status with its notes; the rows changed."""
    if change.status not in REPORT_STATUSES:
        raise StatusChangeError(
            "状態は " + "・".join(STATUS_LABELS.values()) + " から選んでください。", detail=f"status {change.status!r}"
        )
    if change.status not in NEXT_STATUSES.get(row.status, ()):
        current = STATUS_LABELS.get(row.status, row.status)
        raise StatusChangeError(
            f"「{current}」から「{STATUS_LABELS[change.status]}」には変更できません。",
            detail=f"{row.status} -> {change.status}",
        )
    if row.merged_into_id is not None:
        raise StatusChangeError("統合されたご報告は、統合先で状態を変更してください。", detail="merged report")
    changed = [row, *merged_children(session, target_id=row.id)]
    for report in changed:
        report.status = change.status
        report.updated_at = now
        report.closed_at = now if change.status in CLOSED_STATUSES else None
        session.add(ReportUpdate(
            report_id=report.id, status=change.status, public_note=change.public_note.strip(),
            private_note=change.private_note.strip() if report.id == row.id else "", actor=actor[:100], at=now,
        ))
    session.flush()
    return changed


def assign_department(session: Session, *, row: CitizenReport, department: str, now: datetime) -> None:
    """Hand a report to a department of the category table."""
    if department not in departments():
        raise InvalidReportError("担当課は一覧から選んでください。", detail=f"department {department!r}")
    row.department = department
    row.updated_at = now
    session.flush()


def set_photo_approval(session: Session, *, row: CitizenReport, photo_id: int, approved: bool) -> ReportPhoto:
    """Publish (or hide again) one photo of a report on the map."""
    photo = session.get(ReportPhoto, photo_id)
    if photo is None or photo.report_id != row.id:
        raise InvalidReportError("写真が見つかりません。", detail=f"photo {photo_id} of report {row.id}")
    photo.approved = approved
    row.updated_at = utcnow()  # the public exports' cache key changes with it
    session.flush()
    return photo


def merged_children(session: Session, *, target_id: int) -> list[CitizenReport]:
    """Reports merged into a report."""
    return list(session.scalars(select(CitizenReport).where(CitizenReport.merged_into_id == target_id)
                                .order_by(CitizenReport.id)))


def likely_duplicates(
    session: Session, *, row: CitizenReport, radius_m: float, window_days: int
) -> list[tuple[CitizenReport, float]]:
    """Other reports of the same category within ``radius_m`` and ``window_days``, nearest first, with distance."""
    if row.latitude is None or row.longitude is None:
        return []
    min_lat, max_lat, min_lon, max_lon = degree_box(latitude=row.latitude, longitude=row.longitude,
                                                    radius_m=radius_m)
    window = timedelta(days=window_days)
    candidates = session.scalars(
        select(CitizenReport).where(
            CitizenReport.category == row.category, CitizenReport.id != row.id,
            CitizenReport.merged_into_id.is_(None),
            CitizenReport.latitude.between(min_lat, max_lat), CitizenReport.longitude.between(min_lon, max_lon),
            CitizenReport.created_at.between(row.created_at - window, row.created_at + window),
        )
    )
    found = []
    for other in candidates:
        assert other.latitude is not None and other.longitude is not None  # filtered above
        metres = distance_m(row.latitude, row.longitude, other.latitude, other.longitude)
        if metres <= radius_m:
            found.append((other, metres))
    return sorted(found, key=lambda item: item[1])


def merge(session: Session, *, duplicate: CitizenReport, target: CitizenReport, actor: str, now: datetime) -> None:
    """Fold ``duplicate`` (and anything merged into it) into ``target``: they follow the target's status from
    now on, and their reporters see a public note naming the target's number."""
    if duplicate.id == target.id or target.merged_into_id is not None:
        raise InvalidReportError("この組み合わせでは統合できません。", detail="self or chained merge")
    for report in [duplicate, *merged_children(session, target_id=duplicate.id)]:
        report.merged_into_id = target.id
        report.status = target.status
        report.closed_at = target.closed_at
        report.updated_at = now
        session.add(ReportUpdate(
            report_id=report.id, status=target.status, actor=actor[:100], at=now,
            public_note=f"同じ場所の同じ内容のご報告「{target.number}」と一緒に対応します。",
            private_note=f"merged into {target.number}",
        ))
    session.flush()
