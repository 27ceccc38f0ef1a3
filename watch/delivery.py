"""Database side of pushing check-ins to connected devices (used by the gateway's DeviceHub).

The worker sets ``delivery_pending`` (new check-in, or ask again); the gateway that holds the resident's
WebSocket pushes the question and clears the flag with ``mark_delivered``, guarded by ``ask_count`` so a
re-ask that arrives in between is not lost.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from watch.models import CHECKIN_ESCALATED, CHECKIN_OPEN, CheckIn, WatchEvent

WAITING = (CHECKIN_OPEN, CHECKIN_ESCALATED)
SHOW_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Delivery:
    """One question for one resident's device(s)."""

    checkin_id: int
    resident_id: int
    kind: str
    message: str
    ask_count: int


def _delivery(row: CheckIn) -> Delivery:
    return Delivery(row.id, row.resident_id, row.kind, row.message, row.ask_count)


def pending_deliveries(session: Session, *, resident_ids: Collection[int] | None = None) -> list[Delivery]:
    """Questions waiting to be pushed (all residents, or only ``resident_ids`` when given)."""
    query = select(CheckIn).where(CheckIn.delivery_pending.is_(True), CheckIn.status.in_(WAITING))
    if resident_ids is not None:
        if not resident_ids:
            return []
        query = query.where(CheckIn.resident_id.in_(list(resident_ids)))
    return [_delivery(row) for row in session.scalars(query.order_by(CheckIn.id))]


def waiting_for_resident(session: Session, *, resident_id: int, now: datetime) -> list[Delivery]:
    """Unanswered questions of the last 24 h: shown again when a device (re)connects."""
    query = (
        select(CheckIn)
        .where(CheckIn.resident_id == resident_id, CheckIn.status.in_(WAITING),
               CheckIn.opened_at >= now - SHOW_WINDOW)
        .order_by(CheckIn.opened_at)
    )
    return [_delivery(row) for row in session.scalars(query)]


def mark_delivered(session: Session, *, deliveries: Sequence[Delivery], device_id: str, now: datetime) -> int:
    """Clear ``delivery_pending`` for what was pushed (unless asked again meanwhile) and log it."""
    done = 0
    for item in deliveries:
        result = session.execute(
            update(CheckIn)
            .where(CheckIn.id == item.checkin_id, CheckIn.ask_count == item.ask_count)
            .values(delivery_pending=False, delivered_count=item.ask_count, delivered_at=now)
        )
        done += int(getattr(result, "rowcount", 0))
    if deliveries:
        session.execute(insert(WatchEvent), [
            {"resident_id": d.resident_id, "checkin_id": d.checkin_id, "kind": "delivered", "actor": "system",
             "detail": f"to {device_id} (ask {d.ask_count})", "at": now}
            for d in deliveries
        ])
    return done
