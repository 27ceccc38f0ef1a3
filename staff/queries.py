"""Read-only queries over the watch-over tables that watch.store does not offer (the dashboard's own views)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from watch.models import OUTBOX_FAILED, Alert, CheckIn, Device, OutboxMessage, QuietPeriod, Resident, WatchEvent
from watch.notices_models import Notice, NoticeDelivery
from watch.queries import checkin_public
from watch.schemas import CheckInPublic

MAX_RESIDENT_CHECKINS = 400
AnySelect = TypeVar("AnySelect", bound=Select[*tuple[Any, ...]])
MARKER_CHARS = 16  # a digest: the marker shows that something changed, never counts
NOTICE_MARKER_WINDOW = timedelta(days=1)  # notices that expired longer ago than this no longer move the marker


@dataclass(frozen=True)
class ResidentBrief:
    """The few resident fields the board shows."""

    id: int
    name: str
    name_kana: str
    district: str


def active_residents(session: Session, *, districts: Sequence[str] | None) -> list[ResidentBrief]:
    """Every active resident (id, name, kana, district), optionally limited to some districts."""
    query = select(Resident.id, Resident.name, Resident.name_kana, Resident.district).where(
        Resident.active.is_(True)
    )
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    query = query.order_by(Resident.district, Resident.name_kana, Resident.id)
    return [ResidentBrief(id=i, name=n, name_kana=k, district=d) for i, n, k, d in session.execute(query)]


def residents_away(session: Session, *, day: date, districts: Sequence[str] | None) -> set[int]:
    """Ids of residents in a quiet period (hospital, travel) on ``day``."""
    query = (
        select(QuietPeriod.resident_id)
        .join(Resident, Resident.id == QuietPeriod.resident_id)
        .where(QuietPeriod.start_date <= day, QuietPeriod.end_date >= day)
    )
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    return set(session.scalars(query))


def resident_checkins(session: Session, *, resident_id: int, limit: int = 60) -> list[CheckInPublic]:
    """The resident's check-ins, newest first."""
    query = (
        select(CheckIn, Resident)
        .join(Resident, Resident.id == CheckIn.resident_id)
        .where(CheckIn.resident_id == resident_id)
        .order_by(CheckIn.local_date.desc(), CheckIn.id.desc())
        .limit(min(limit, MAX_RESIDENT_CHECKINS))
    )
    return [checkin_public(c, r) for c, r in session.execute(query)]


def alert_district(session: Session, *, alert_id: int) -> tuple[int, str] | None:
    """(resident id, district) of an alert, or None when it does not exist."""
    row = session.execute(
        select(Alert.resident_id, Resident.district).join(Resident, Resident.id == Alert.resident_id)
        .where(Alert.id == alert_id)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def resident_district(session: Session, *, resident_id: int) -> str | None:
    """The district of a resident, or None when the resident does not exist."""
    return session.scalar(select(Resident.district).where(Resident.id == resident_id))


def change_marker(session: Session, *, day: date, districts: Sequence[str] | None) -> str:
    """A short string that changes whenever check-ins, alerts, answers or residents change (live pages poll it).

    Computed only over ``districts`` (None: every district, for admins): the marker of a district's staff
    member never moves because of, or reveals counts of, residents elsewhere.
    """

    def only_visible(query: AnySelect, resident_id: Any) -> AnySelect:
        if districts is None:
            return query
        return query.where(resident_id.in_(select(Resident.id).where(Resident.district.in_(list(districts)))))

    events = session.scalar(only_visible(select(func.max(WatchEvent.id)), WatchEvent.resident_id)) or 0
    alerts = session.execute(only_visible(
        select(func.max(Alert.id), func.count(Alert.id), func.max(Alert.level),
               func.count(Alert.acknowledged_at), func.count(Alert.resolved_at)), Alert.resident_id)
    ).one()
    by_status = session.execute(
        only_visible(select(CheckIn.status, func.count(CheckIn.id), func.max(CheckIn.id), func.sum(CheckIn.step))
                     .where(CheckIn.local_date >= day), CheckIn.resident_id)
        .group_by(CheckIn.status)
        .order_by(CheckIn.status)
    ).all()
    checkins = ",".join(f"{s}={n}/{m}/{st}" for s, n, m, st in by_status)
    residents = session.execute(only_visible(select(func.count(Resident.id), func.max(Resident.updated_at)),
                                             Resident.id)).one()
    parts = [events, *alerts, checkins, residents[0], residents[1].isoformat() if residents[1] else ""]
    raw = ":".join(str(p or 0) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:MARKER_CHARS]


def notice_marker(session: Session, *, now: datetime, districts: Sequence[str] | None) -> str:
    """A short string that changes whenever a notice is written or ended, or one of its deliveries changes (a
    device shown/played it, it failed, 「聞きました」), over the notices of the last day and ``districts`` (None:
    all); the notice pages poll it (``notices`` live event)."""
    recent = select(Notice.id).where(Notice.expires_at >= now - NOTICE_MARKER_WINDOW)
    notices = session.execute(select(func.max(Notice.id), func.count(Notice.ended_at))
                              .where(Notice.id.in_(recent))).one()
    deliveries = select(func.count(NoticeDelivery.id), func.max(NoticeDelivery.id), func.sum(NoticeDelivery.attempts),
                        func.sum(NoticeDelivery.plays), func.count(NoticeDelivery.first_delivered_at),
                        func.count(NoticeDelivery.acknowledged_at), func.max(NoticeDelivery.last_attempt_at)
                        ).where(NoticeDelivery.notice_id.in_(recent))
    if districts is not None:
        deliveries = deliveries.where(NoticeDelivery.district.in_(list(districts)))
    row = session.execute(deliveries).one()
    parts = [*notices, *row[:6], row[6].isoformat() if row[6] else ""]
    raw = ":".join(str(p or 0) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:MARKER_CHARS]


def failed_notifications(session: Session, *, resident_id: int, alert_id: int | None = None,
                         limit: int = 50) -> list[OutboxMessage]:
    """Notifications about a resident (or one alert) that failed for good, newest first."""
    query = (
        select(OutboxMessage)
        .where(OutboxMessage.resident_id == resident_id, OutboxMessage.status == OUTBOX_FAILED)
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    if alert_id is not None:
        query = query.where(OutboxMessage.alert_id == alert_id)
    return list(session.scalars(query))


def device_resident(session: Session, *, device_id: str) -> int | None:
    """The resident id of a device by its public id, or None."""
    return session.scalar(select(Device.resident_id).where(Device.device_id == device_id))


def safety_counts(session: Session, *, campaign_id: int, districts: Sequence[str]) -> dict[str, int]:
    """Safe / needs help / not answered / cancelled counts of one campaign within some districts."""
    rows = session.execute(
        select(CheckIn.status, CheckIn.outcome, func.count(CheckIn.id))
        .join(Resident, Resident.id == CheckIn.resident_id)
        .where(CheckIn.campaign_id == campaign_id, Resident.district.in_(list(districts)))
        .group_by(CheckIn.status, CheckIn.outcome)
    )
    counts = {"safe": 0, "needs_help": 0, "not_answered": 0, "away": 0}
    for status, outcome, n in rows:
        if status == "answered":
            counts["safe" if outcome == "fine" else "needs_help"] += int(n)
        elif status == "cancelled":
            counts["away"] += int(n)
        else:
            counts["not_answered"] += int(n)
    return counts


def resident_notifications(session: Session, *, resident_id: int, limit: int = 100) -> list[OutboxMessage]:
    """Every notification about a resident (sent, waiting, failed, cancelled), newest first."""
    query = (select(OutboxMessage).where(OutboxMessage.resident_id == resident_id)
             .order_by(OutboxMessage.id.desc()).limit(limit))
    return list(session.scalars(query))


def unreachable_contacts(session: Session, *, resident_id: int, limit: int = 50) -> list[WatchEvent]:
    """Notices that could not go out at all (a contact with no email and no webhook), newest first."""
    query = (select(WatchEvent).where(WatchEvent.resident_id == resident_id, WatchEvent.kind == "contact_unreachable")
             .order_by(WatchEvent.id.desc()).limit(limit))
    return list(session.scalars(query))
