"""What the public sees: reports on the map and the open-data export (no personal data: no description,
no contact, no typed address; positions rounded; photos only after staff approved them)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reports.categories import category_label
from reports.models import CLOSED_STATUSES, OPEN_STATUSES, STATUS_LABELS, CitizenReport, ReportPhoto, ReportUpdate

# Open-data columns, documented in docs/protocols/reports.md.
OPEN_DATA_FIELDS = ("number", "category", "category_label", "status", "status_label", "district", "latitude",
                    "longitude", "created_at", "updated_at", "closed_at", "public_note")


@dataclass(frozen=True)
class PublicReport:
    """One report as the public may see it."""

    id: int
    number: str
    category: str
    status: str
    district: str
    latitude: float | None
    longitude: float | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    public_note: str
    photo_ids: tuple[int, ...] = ()

    def as_row(self) -> dict[str, Any]:
        """The open-data record (timestamps ISO 8601 in UTC)."""
        return {
            "number": self.number, "category": self.category, "category_label": category_label(self.category),
            "status": self.status, "status_label": STATUS_LABELS.get(self.status, self.status),
            "district": self.district, "latitude": self.latitude, "longitude": self.longitude,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else "", "public_note": self.public_note,
        }


def fingerprint(session: Session) -> tuple[object, ...]:
    """A cheap key that changes whenever anything the public sees changes (every change bumps updated_at)."""
    row = session.execute(select(func.count(CitizenReport.id), func.max(CitizenReport.id),
                                 func.max(CitizenReport.updated_at))).one()
    return tuple(row)


class PublishedCache:
    """Rendered public outputs (map pages, exports) by key; the key includes :func:`fingerprint`, so a change
    is visible on the next request. Bounded: the oldest entries are dropped."""

    def __init__(self, max_entries: int = 64) -> None:
        self.max_entries = max_entries
        self._entries: dict[tuple[object, ...], Any] = {}

    def get(self, key: tuple[object, ...]) -> Any:
        """The cached value, or None."""
        return self._entries.get(key)

    def put(self, key: tuple[object, ...], value: Any) -> None:
        """Remember a value (dropping the oldest when full)."""
        if len(self._entries) >= self.max_entries:
            self._entries.pop(next(iter(self._entries)))
        self._entries[key] = value


def _round(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


def public_reports(
    session: Session, *, now: datetime, precision: int, recently_closed_days: int | None, with_photos: bool = False,
) -> list[PublicReport]:
    """Unmerged reports: open ones and (when ``recently_closed_days`` is given) those closed within it;
    newest first. Positions rounded to ``precision`` decimal places."""
    query = (
        select(CitizenReport.id, CitizenReport.number, CitizenReport.category, CitizenReport.status,
               CitizenReport.district, CitizenReport.latitude, CitizenReport.longitude, CitizenReport.created_at,
               CitizenReport.updated_at, CitizenReport.closed_at)
        .where(CitizenReport.merged_into_id.is_(None))
        .order_by(CitizenReport.id.desc())
    )
    if recently_closed_days is not None:
        since = now - timedelta(days=recently_closed_days)
        query = query.where(or_(CitizenReport.status.in_(OPEN_STATUSES),
                                (CitizenReport.status.in_(CLOSED_STATUSES)) & (CitizenReport.closed_at >= since)))
    rows = session.execute(query).all()
    notes = _latest_public_notes(session)
    photos = _approved_photos(session) if with_photos else {}
    return [
        PublicReport(
            id=r.id, number=r.number or "", category=r.category, status=r.status, district=r.district or "",
            latitude=_round(r.latitude, precision), longitude=_round(r.longitude, precision),
            created_at=r.created_at, updated_at=r.updated_at, closed_at=r.closed_at,
            public_note=notes.get(r.id, ""), photo_ids=tuple(photos.get(r.id, ())),
        )
        for r in rows
    ]


def _latest_public_notes(session: Session) -> dict[int, str]:
    """The newest non-empty public note of every report (one query)."""
    notes: dict[int, str] = {}
    query = select(ReportUpdate.report_id, ReportUpdate.public_note).where(ReportUpdate.public_note != "")
    for report_id, note in session.execute(query.order_by(ReportUpdate.id)):
        notes[report_id] = note
    return notes


def _approved_photos(session: Session) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    query = select(ReportPhoto.report_id, ReportPhoto.id).where(ReportPhoto.approved.is_(True))
    for report_id, photo_id in session.execute(query.order_by(ReportPhoto.id)):
        found.setdefault(report_id, []).append(photo_id)
    return found


def to_csv(reports: list[PublicReport], *, license_line: str) -> str:
    """CSV (UTF-8, header row) preceded by one ``#`` licence line."""
    buffer = io.StringIO()
    buffer.write(f"# {license_line}\n")
    writer = csv.DictWriter(buffer, fieldnames=OPEN_DATA_FIELDS, lineterminator="\n")
    writer.writeheader()
    for report in reports:
        writer.writerow({key: "" if value is None else value for key, value in report.as_row().items()})
    return buffer.getvalue()


def to_geojson(reports: list[PublicReport], *, license_line: str) -> str:
    """A GeoJSON FeatureCollection (reports without a position have a null geometry) with the licence."""
    features = [
        {
            "type": "Feature",
            "geometry": (
                {"type": "Point", "coordinates": [report.longitude, report.latitude]}
                if report.latitude is not None and report.longitude is not None else None
            ),
            "properties": report.as_row(),
        }
        for report in reports
    ]
    return json.dumps({"type": "FeatureCollection", "license": license_line, "features": features},
                      ensure_ascii=False, separators=(",", ":"))
