"""Database side of pushing check-ins to connected devices (used by the gateway's DeviceHub).

The worker sets ``delivery_pending`` (new check-in, or ask again); the gateway that holds the resident's
WebSocket pushes the question and clears the flag with ``mark_delivered``, guarded by ``ask_count`` so a
re-ask that arrives in between is not lost.

One current question per person: when several questions of a resident wait (the daily check-in, a safety
confirmation, a re-ask), only the newest is pushed; the others are covered by it (their flag is cleared with it,
and the senior's answer answers them all, see ``watch.cases``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from watch.checkins import CHECKINS
from watch.models import CHECKIN_ESCALATED, CHECKIN_OPEN, CheckIn
from watch.writes import EVENTS

WAITING = (CHECKIN_OPEN, CHECKIN_ESCALATED)
SHOW_WINDOW = timedelta(hours=24)
MAX_IN_LIST = 500  # more connected residents than this: read every pending row and filter in Python
COLUMNS = (CheckIn.id, CheckIn.resident_id, CheckIn.kind, CheckIn.message, CheckIn.ask_count)
MARK = (
    update(CHECKINS)
    .where(CHECKINS.c.id == bindparam("cid"), CHECKINS.c.ask_count == bindparam("ask"))
    .values(delivery_pending=False, delivered_count=bindparam("ask"), delivered_at=bindparam("at"))
)


@dataclass(frozen=True)
class Delivery:
    """One question for one resident's device(s)."""

    checkin_id: int
    resident_id: int
    kind: str
    message: str
    ask_count: int
    covers: tuple[int, ...] = ()  # other waiting questions of the same person this one stands for


def _delivery(row: Any) -> Delivery:
    return Delivery(int(row[0]), int(row[1]), str(row[2]), str(row[3]), int(row[4]))


def current_only(items: Sequence[Delivery]) -> list[Delivery]:
    """One delivery per resident: the newest question, covering the others (input ordered by id)."""
    by_resident: dict[int, list[Delivery]] = {}
    for item in items:
        by_resident.setdefault(item.resident_id, []).append(item)
    current = []
    for group in by_resident.values():
        newest = max(group, key=lambda d: d.checkin_id)
        current.append(replace(newest, covers=tuple(d.checkin_id for d in group if d is not newest)))
    return sorted(current, key=lambda d: d.checkin_id)


def pending_deliveries(session: Session, *, resident_ids: Collection[int] | None = None) -> list[Delivery]:
    """Questions waiting to be pushed (all residents, or only ``resident_ids`` when given)."""
    query = select(*COLUMNS).where(CheckIn.delivery_pending.is_(True), CheckIn.status.in_(WAITING))
    if resident_ids is not None:
        if not resident_ids:
            return []
        if len(resident_ids) <= MAX_IN_LIST:
            query = query.where(CheckIn.resident_id.in_(list(resident_ids)))
        else:
            wanted = set(resident_ids)
            return [item for item in pending_deliveries(session) if item.resident_id in wanted]
    return current_only([_delivery(row) for row in session.execute(query.order_by(CheckIn.id))])


def waiting_for_resident(session: Session, *, resident_id: int, now: datetime) -> list[Delivery]:
    """The current unanswered question of the last 24 h (at most one): shown again when a device (re)connects."""
    query = (
        select(*COLUMNS)
        .where(CheckIn.resident_id == resident_id, CheckIn.status.in_(WAITING),
               CheckIn.opened_at >= now - SHOW_WINDOW)
        .order_by(CheckIn.id)
    )
    return current_only([_delivery(row) for row in session.execute(query)])


def mark_delivered(session: Session, *, deliveries: Sequence[Delivery], device_id: str, now: datetime) -> int:
    """Clear ``delivery_pending`` for what was pushed (unless asked again meanwhile) and log it."""
    return mark_delivered_many(session, sent={device_id: deliveries}, now=now)


def mark_delivered_many(session: Session, *, sent: Mapping[str, Sequence[Delivery]], now: datetime) -> int:
    """``mark_delivered`` for many devices at once: one executemany UPDATE and one INSERT of history lines."""
    items = [(device_id, item) for device_id, deliveries in sent.items() for item in deliveries]
    if not items:
        return 0
    result = session.execute(MARK, [{"cid": d.checkin_id, "ask": d.ask_count, "at": now} for _, d in items])
    covered = [cid for _, d in items for cid in d.covers]
    if covered:
        session.execute(update(CHECKINS).where(CHECKINS.c.id.in_(covered)).values(delivery_pending=False))
    session.execute(insert(EVENTS), [
        {"resident_id": d.resident_id, "checkin_id": d.checkin_id, "alert_id": None, "kind": "delivered",
         "actor": "system", "detail": f"端末 {device_id} に表示しました（{d.ask_count}回目）", "at": now}
        for device_id, d in items
    ])
    return int(getattr(result, "rowcount", 0))
