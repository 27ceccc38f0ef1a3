"""Read-only views for the dashboard: check-ins of a day, answer rates, districts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from watch.models import CHECKIN_ANSWERED, CHECKIN_CANCELLED, CHECKIN_OPEN, KIND_DAILY, CheckIn, Resident
from watch.schemas import AnswerRate, CheckInPublic

MAX_CHECKINS = 20_000
RATE_DAYS = 30


def checkin_public(checkin: CheckIn, resident: Resident) -> CheckInPublic:
    """The API view of a check-in."""
    return CheckInPublic(
        id=checkin.id, resident_id=checkin.resident_id, resident_name=resident.name, district=resident.district,
        kind=checkin.kind, campaign_id=checkin.campaign_id, local_date=checkin.local_date, message=checkin.message,
        status=checkin.status, step=checkin.step, opened_at=checkin.opened_at, delivered_at=checkin.delivered_at,
        answered_at=checkin.answered_at, outcome=checkin.outcome, answer_text=checkin.answer_text,
        classified_by=checkin.classified_by,
    )


def list_checkins(
    session: Session, *, local_date: date, districts: Sequence[str] | None = None, kind: str | None = None,
    status: str | None = None, resident_id: int | None = None, limit: int = 5000,
) -> list[CheckInPublic]:
    """Check-ins of one local date with their state (by district, then kana)."""
    query = (
        select(CheckIn, Resident)
        .join(Resident, Resident.id == CheckIn.resident_id)
        .where(CheckIn.local_date == local_date)
        .order_by(Resident.district, Resident.name_kana, CheckIn.id)
        .limit(min(limit, MAX_CHECKINS))
    )
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    if kind is not None:
        query = query.where(CheckIn.kind == kind)
    if status is not None:
        query = query.where(CheckIn.status == status)
    if resident_id is not None:
        query = query.where(CheckIn.resident_id == resident_id)
    return [checkin_public(c, r) for c, r in session.execute(query)]


def answer_rates(
    session: Session, *, today: date, days: int = RATE_DAYS, districts: Sequence[str] | None = None,
) -> list[AnswerRate]:
    """Share of daily check-ins answered, per district per day, for the ``days`` days ending ``today``.

    Today's questions still waiting for their answer (open) are left out of ``total`` and counted in
    ``pending``: a morning chart does not show the day's not-yet-answered questions as missed."""
    start = today - timedelta(days=days - 1)
    pending_today = and_(CheckIn.local_date == today, CheckIn.status == CHECKIN_OPEN)
    answered = func.sum(case((CheckIn.status == CHECKIN_ANSWERED, 1), else_=0))
    counted = func.sum(case((pending_today, 0), else_=1))
    pending = func.sum(case((pending_today, 1), else_=0))
    query = (
        select(Resident.district, CheckIn.local_date, counted, answered, pending)
        .join(Resident, Resident.id == CheckIn.resident_id)
        .where(CheckIn.kind == KIND_DAILY, CheckIn.status != CHECKIN_CANCELLED,
               CheckIn.local_date >= start, CheckIn.local_date <= today)
        .group_by(Resident.district, CheckIn.local_date)
        .order_by(Resident.district, CheckIn.local_date)
    )
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    rates = []
    for district, day, total, done, waiting in session.execute(query):
        done_count, total_count = int(done or 0), int(total or 0)
        rates.append(AnswerRate(district=district, local_date=day, total=total_count, answered=done_count,
                                pending=int(waiting or 0),
                                rate=round(done_count / total_count, 4) if total_count else 0.0))
    return rates


def active_counts(session: Session, *, districts: Sequence[str] | None = None) -> dict[str, int]:
    """Active residents per district."""
    query = (select(Resident.district, func.count(Resident.id)).where(Resident.active.is_(True))
             .group_by(Resident.district))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    return {district: int(n) for district, n in session.execute(query)}


def list_districts(session: Session) -> list[str]:
    """Every district that has at least one resident, sorted."""
    return list(session.scalars(select(Resident.district).distinct().order_by(Resident.district)))
