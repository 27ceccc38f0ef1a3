"""Read-only queries over the watch-over tables that watch.store does not offer (the dashboard's own views)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from watch.models import Alert, CheckIn, QuietPeriod, Resident, WatchEvent
from watch.queries import checkin_public
from watch.schemas import CheckInPublic

MAX_RESIDENT_CHECKINS = 400


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


def change_marker(session: Session, *, day: date) -> str:
    """A short string that changes whenever check-ins, alerts, answers or residents change (live pages poll it)."""
    events = session.scalar(select(func.max(WatchEvent.id))) or 0
    alerts = session.execute(
        select(func.max(Alert.id), func.count(Alert.id), func.max(Alert.level),
               func.count(Alert.acknowledged_at), func.count(Alert.resolved_at))
    ).one()
    by_status = session.execute(
        select(CheckIn.status, func.count(CheckIn.id), func.max(CheckIn.id), func.sum(CheckIn.step))
        .where(CheckIn.local_date >= day)
        .group_by(CheckIn.status)
        .order_by(CheckIn.status)
    ).all()
    checkins = ",".join(f"{s}={n}/{m}/{st}" for s, n, m, st in by_status)
    residents = session.execute(select(func.count(Resident.id), func.max(Resident.updated_at))).one()
    parts = [events, *alerts, checkins, residents[0], residents[1].isoformat() if residents[1] else ""]
    return ":".join(str(p or 0) for p in parts)


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
