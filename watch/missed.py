"""Residents who missed their daily question several days in a row (the usual trigger of a call or a visit).

A day counts as missed when its daily check-in was not answered (escalated, undelivered, or still open from an
earlier day); cancelled questions and days without a question (quiet days, days off) neither count nor break
the run; today's question still waiting for its answer is not judged yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from watch.models import CHECKIN_ANSWERED, CHECKIN_CANCELLED, CHECKIN_OPEN, KIND_DAILY, CheckIn, Resident

MIN_MISSED_DAYS = 2
LOOKBACK_DAYS = 14
MAX_LISTED = 500


def missed_run(days: Sequence[tuple[date, str]], *, today: date) -> tuple[int, date | None]:
    """(missed days in a row ending with the latest judged question, the last answered day) from
    ``(local_date, status)`` pairs of one resident's daily questions, in any order."""
    run, last_answered, broken = 0, None, False
    for day, status in sorted(days, reverse=True):
        if status == CHECKIN_CANCELLED or (day == today and status == CHECKIN_OPEN):
            continue
        if status == CHECKIN_ANSWERED:
            last_answered = last_answered or day
            broken = True
        elif not broken:
            run += 1
    return run, last_answered


@dataclass(frozen=True)
class MissedResident:
    """A resident with a run of missed days, and whom to call (phones of the resident and contacts)."""

    resident_id: int
    name: str
    district: str
    days: int
    last_answered: date | None
    phone: str | None
    contacts: tuple[tuple[str, str], ...]  # (name and relation, phone)


def missed_in_a_row(session: Session, *, today: date, districts: Sequence[str] | None = None,
                    min_days: int = MIN_MISSED_DAYS, lookback_days: int = LOOKBACK_DAYS) -> list[MissedResident]:
    """Active residents whose last ``min_days``+ judged daily questions went unanswered; longest runs first."""
    since = today - timedelta(days=lookback_days - 1)
    query = (select(Resident.id, CheckIn.local_date, CheckIn.status)
             .join(CheckIn, CheckIn.resident_id == Resident.id)
             .where(Resident.active.is_(True), CheckIn.kind == KIND_DAILY, CheckIn.local_date >= since,
                    CheckIn.local_date <= today))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    days: dict[int, list[tuple[date, str]]] = {}
    for resident_id, day, status in session.execute(query):
        days.setdefault(resident_id, []).append((day, status))
    runs = {rid: missed_run(rows, today=today) for rid, rows in days.items()}
    wanted = [rid for rid, (run, _) in runs.items() if run >= min_days]
    out = []
    for start in range(0, len(wanted), MAX_LISTED):
        residents = session.scalars(select(Resident).options(selectinload(Resident.contacts))
                                    .where(Resident.id.in_(wanted[start:start + MAX_LISTED])))
        for r in residents:
            contacts = tuple((f"{c.name}（{c.relation_label or c.relation}）", c.phone) for c in r.contacts if c.phone)
            run, last = runs[r.id]
            out.append(MissedResident(r.id, r.name, r.district, run, last, r.phone, contacts))
    out.sort(key=lambda m: (-m.days, m.district, m.name))
    return out[:MAX_LISTED]
