"""Rows collected while a batch is processed and inserted at its end: one statement per table, not one per row.

The worker handles up to ``batch_size`` check-ins or alerts per transaction; each may queue emails, webhooks and
history lines. Inserting them one by one costs a round trip each (and an ORM autoflush before each), which made a
10,000-resident escalation step take tens of seconds; collected here they go out as two executemany statements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from watch.models import OUTBOX_PENDING, OutboxMessage, WatchEvent

OUTBOX = cast(Table, OutboxMessage.__table__)
EVENTS = cast(Table, WatchEvent.__table__)


def outbox_insert(session: Session) -> Any:
    """INSERT INTO outbox ... ON CONFLICT (idempotency_key) DO NOTHING for the session's database."""
    dialect = session.get_bind().dialect.name
    statement: Any = postgresql.insert(OUTBOX) if dialect == "postgresql" else sqlite.insert(OUTBOX)
    return statement.on_conflict_do_nothing(index_elements=["idempotency_key"])


def outbox_row(*, key: str, channel: str, recipient: str, subject: str, body: str, now: datetime,
               resident_id: int | None, alert_id: int | None) -> dict[str, Any]:
    """Every column of a new pending outbox row (the same keys for every row, as executemany needs)."""
    return {"idempotency_key": key, "channel": channel, "recipient": recipient, "subject": subject[:300],
            "body": body, "resident_id": resident_id, "alert_id": alert_id, "status": OUTBOX_PENDING, "attempts": 0,
            "next_attempt_at": now, "created_at": now}


@dataclass
class Writes:
    """Outbox rows and history events waiting to be inserted in the caller's transaction (see ``flush``)."""

    outbox: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def event(self, *, resident_id: int, kind: str, at: datetime, detail: str = "", actor: str = "system",
              checkin_id: int | None = None, alert_id: int | None = None) -> None:
        """Queue one history line (kept in order: history shows events of the same instant by id)."""
        self.events.append({"resident_id": resident_id, "checkin_id": checkin_id, "alert_id": alert_id,
                            "kind": kind, "detail": detail, "actor": actor, "at": at})

    def message(self, row: dict[str, Any]) -> None:
        """Queue one outbox row (built by ``outbox_row``); a key already queued or stored is skipped."""
        self.outbox.append(row)

    def flush(self, session: Session) -> None:
        """Insert everything queued (executemany), then forget it; call before the transaction commits."""
        if self.outbox:
            session.execute(outbox_insert(session), self.outbox)
            self.outbox = []
        if self.events:
            session.execute(insert(EVENTS), self.events)
            self.events = []
