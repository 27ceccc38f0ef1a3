"""The append-only event log of each resident and its reader."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.models import WatchEvent
from watch.schemas import HistoryItem

MAX_HISTORY = 1000


def log_event(
    session: Session,
    *,
    resident_id: int,
    kind: str,
    detail: str = "",
    actor: str = "system",
    checkin_id: int | None = None,
    alert_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """Append one history line (in the caller's transaction)."""
    session.add(
        WatchEvent(
            resident_id=resident_id, kind=kind, detail=detail, actor=actor, checkin_id=checkin_id,
            alert_id=alert_id, at=at or utcnow(),
        )
    )


def resident_history(session: Session, *, resident_id: int, limit: int = 200) -> list[HistoryItem]:
    """The resident's events, newest first (asked, delivered, answered, notified, acknowledged, resolved...)."""
    rows = session.scalars(
        select(WatchEvent)
        .where(WatchEvent.resident_id == resident_id)
        .order_by(WatchEvent.at.desc(), WatchEvent.id.desc())
        .limit(min(limit, MAX_HISTORY))
    )
    return [
        HistoryItem(at=r.at, kind=r.kind, detail=r.detail, actor=r.actor, checkin_id=r.checkin_id, alert_id=r.alert_id)
        for r in rows
    ]
