"""What the public sees: reports on the map and the open-data export (no personal data: no description,
no contact, no typed address; positions rounded; photos only after staff approved them)."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable
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


@dataclass(slots=True)
class PublicReport:
    """One report as the public may see it."""

    id: int
    number: str
    category: str
    status: str
    district: str
    latitude: float | None
    longitude: float | None
    created_at: datetime | None  # None until add_details when listed without details
    updated_at: datetime | None
    closed_at: datetime | None
    public_note: str
    photo_ids: tuple[int, ...] = ()

    def as_values(self) -> tuple[Any, ...]:
        """The open-data record in OPEN_DATA_FIELDS order (timestamps ISO 8601 in UTC)."""
        return (
            self.number, self.category, category_label(self.category), self.status,
            STATUS_LABELS.get(self.status, self.status), self.district, self.latitude, self.longitude,
            _iso(self.created_at), _iso(self.updated_at), _iso(self.closed_at), self.public_note,
        )

    def as_row(self) -> dict[str, Any]:
        """The open-data record as a mapping."""
        return dict(zip(OPEN_DATA_FIELDS, self.as_values(), strict=True))


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def fingerprint(session: Session) -> tuple[object, ...]:
    """A cheap key that changes whenever anything the public sees changes (every change bumps updated_at)."""
    row = session.execute(select(func.count(CitizenReport.id), func.max(CitizenReport.id),
                                 func.max(CitizenReport.updated_at))).one()
    return tuple(row)


class PublishedCache:
    """Rendered public outputs (map pages, exports) by key. A value younger than ``max_age_s`` is served as
    is (not even the fingerprint is read); an older one is served while :func:`fingerprint` is unchanged, else
    it is rendered again. So the public map and open data lag at most ``max_age_s`` behind the database, and a
    stream of changes costs at most one render per output per ``max_age_s``. Bounded: oldest entries drop."""

    def __init__(self, *, max_age_s: float, max_entries: int = 64) -> None:
        self.max_age_s = max_age_s
        self.max_entries = max_entries
        self._entries: dict[tuple[object, ...], tuple[Any, tuple[object, ...], float]] = {}

    def get(self, key: tuple[object, ...], *, current: Callable[[], tuple[object, ...]]) -> Any:
        """The cached value while it is fresh or its data unchanged (``current()`` gives the fingerprint)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        value, made_from, made_at = entry
        now = time.monotonic()
        if now - made_at < self.max_age_s:
            return value
        if current() == made_from:
            self._entries[key] = (value, made_from, now)
            return value
        return None

    def put(self, key: tuple[object, ...], value: Any, *, made_from: tuple[object, ...]) -> None:
        """Remember a value rendered from data with fingerprint ``made_from`` (dropping the oldest when full)."""
        if key not in self._entries and len(self._entries) >= self.max_entries:
            self._entries.pop(next(iter(self._entries)))
        self._entries[key] = (value, made_from, time.monotonic())


def public_reports(
    session: Session, *, now: datetime, precision: int, recently_closed_days: int | None, details: bool = True,
) -> list[PublicReport]:
    """Unmerged reports: open ones and (when ``recently_closed_days`` is given) those closed within it;
    newest first. Positions rounded to ``precision`` decimal places. ``details=False`` leaves out the public
    notes and photos (see :func:`add_details`, for the few reports a page lists)."""
    # Timestamps cost most to load (~10 us each on SQLite): without details they come later, for the few
    # reports a page lists.
    times = (CitizenReport.created_at, CitizenReport.updated_at, CitizenReport.closed_at) if details else ()
    query = (
        select(CitizenReport.id, CitizenReport.number, CitizenReport.category, CitizenReport.status,
               CitizenReport.district, CitizenReport.latitude, CitizenReport.longitude, *times)
        .where(CitizenReport.merged_into_id.is_(None))
        .order_by(CitizenReport.id.desc())
    )
    if recently_closed_days is not None:
        since = now - timedelta(days=recently_closed_days)
        query = query.where(or_(CitizenReport.status.in_(OPEN_STATUSES),
                                (CitizenReport.status.in_(CLOSED_STATUSES)) & (CitizenReport.closed_at >= since)))
    reports = [
        PublicReport(
            id=row[0], number=row[1] or "", category=row[2], status=row[3], district=row[4] or "",
            latitude=None if row[5] is None else round(row[5], precision),
            longitude=None if row[6] is None else round(row[6], precision),
            created_at=row[7] if details else None, updated_at=row[8] if details else None,
            closed_at=row[9] if details else None, public_note="",
        )
        for row in session.execute(query)
    ]
    if details:
        add_details(session, reports, every=True)
    return reports


def add_details(session: Session, reports: list[PublicReport], *, every: bool = False) -> None:
    """Fill in the latest public note and the approved photos (``every``: the list is all reports, so no
    id filter is needed)."""
    ids = [report.id for report in reports]
    notes_query = select(ReportUpdate.report_id, ReportUpdate.public_note).where(ReportUpdate.public_note != "")
    photos_query = select(ReportPhoto.report_id, ReportPhoto.id).where(ReportPhoto.approved.is_(True))
    if not every:
        notes_query = notes_query.where(ReportUpdate.report_id.in_(ids))
        photos_query = photos_query.where(ReportPhoto.report_id.in_(ids))
    notes: dict[int, str] = {row[0]: row[1] for row in session.execute(notes_query.order_by(ReportUpdate.id))}
    photos: dict[int, list[int]] = {}
    for report_id, photo_id in session.execute(photos_query.order_by(ReportPhoto.id)):
        photos.setdefault(report_id, []).append(photo_id)
    if not every:
        times_query = select(CitizenReport.id, CitizenReport.created_at, CitizenReport.updated_at,
                             CitizenReport.closed_at).where(CitizenReport.id.in_(ids))
        times = {row[0]: row[1:] for row in session.execute(times_query)}
        for report in reports:
            report.created_at, report.updated_at, report.closed_at = times[report.id]
    for report in reports:
        report.public_note = notes.get(report.id, "")
        report.photo_ids = tuple(photos.get(report.id, ()))


def to_csv(reports: list[PublicReport], *, license_line: str) -> str:
    """CSV (UTF-8, header row) preceded by one ``#`` licence line."""
    buffer = io.StringIO()
    buffer.write(f"# {license_line}\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(OPEN_DATA_FIELDS)
    writer.writerows(report.as_values() for report in reports)
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
