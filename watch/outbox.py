"""The outbox protocol: claim one row with a lease -> send -> mark sent (or schedule a retry).

Guarantees: a row is written in the same transaction as its cause, so a notification is never lost; a crash
after the claim leaves the row ``sending`` until ``lease_until`` passes, then any worker claims it again.
Duplicates are impossible except in one window: the receiver accepted the message (SMTP ``250`` after DATA, or
a webhook 2xx) and the process died before the ``mark_sent`` commit that follows immediately (a few ms).
SMTP offers no way to ask "did you already get this?", so that residual risk is reduced, not removed: each
email carries a Message-ID derived from the idempotency key (mail stores and people can spot a repeat) and each
webhook carries an ``Idempotency-Key`` header the receiver can deduplicate on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from watch.history import log_event
from watch.models import OUTBOX_FAILED, OUTBOX_PENDING, OUTBOX_SENDING, OUTBOX_SENT, OutboxMessage

MAX_ERROR_CHARS = 1000


@dataclass(frozen=True)
class ClaimedMessage:
    """A snapshot of a claimed outbox row (safe to use after its transaction ended)."""

    id: int
    idempotency_key: str
    channel: str
    recipient: str
    subject: str
    body: str
    attempts: int
    claim_token: str


def retry_delay(attempts: int, *, base_s: float, max_s: float) -> float:
    """Exponential backoff: base, 2*base, 4*base ... capped at ``max_s`` (``attempts`` >= 1)."""
    return float(min(max_s, base_s * (2 ** max(0, min(attempts - 1, 30)))))


def claim_next(session: Session, *, now: datetime, lease_s: float) -> ClaimedMessage | None:
    """Claim the oldest due row (pending, or sending with an expired lease): FOR UPDATE SKIP LOCKED."""
    due = or_(
        (OutboxMessage.status == OUTBOX_PENDING) & (OutboxMessage.next_attempt_at <= now),
        (OutboxMessage.status == OUTBOX_SENDING) & (OutboxMessage.lease_until <= now),
    )
    row = session.scalar(
        select(OutboxMessage).where(due).order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1)
        .with_for_update(skip_locked=True)
    )
    if row is None:
        return None
    row.status = OUTBOX_SENDING
    row.claim_token = str(uuid.uuid4())
    row.lease_until = now + timedelta(seconds=lease_s)
    row.attempts += 1
    session.flush()
    return ClaimedMessage(row.id, row.idempotency_key, row.channel, row.recipient, row.subject, row.body,
                          row.attempts, row.claim_token)


def mark_sent(session: Session, *, message: ClaimedMessage, now: datetime) -> bool:
    """Record delivery; False when the lease was lost meanwhile (another worker owns the row now)."""
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message.id, OutboxMessage.claim_token == message.claim_token,
               OutboxMessage.status == OUTBOX_SENDING)
        .values(status=OUTBOX_SENT, sent_at=now, lease_until=None, last_error=None)
    )
    return bool(getattr(result, "rowcount", 0))


def mark_failed(session: Session, *, message: ClaimedMessage, error: str, permanent: bool, now: datetime,
                base_s: float, max_s: float) -> bool:
    """Schedule a retry with backoff (or give up on a permanent refusal, logged in the resident's history)."""
    values: dict[str, object] = {"last_error": error[:MAX_ERROR_CHARS], "lease_until": None, "claim_token": None}
    if permanent:
        values["status"] = OUTBOX_FAILED
    else:
        values["status"] = OUTBOX_PENDING
        values["next_attempt_at"] = now + timedelta(seconds=retry_delay(message.attempts, base_s=base_s,
                                                                          max_s=max_s))
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message.id, OutboxMessage.claim_token == message.claim_token)
        .values(**values)
    )
    if permanent:
        row = session.get(OutboxMessage, message.id)
        if row is not None and row.resident_id is not None:
            log_event(session, resident_id=row.resident_id, alert_id=row.alert_id, kind="notification_failed",
                      detail=f"{message.channel} to {message.recipient}: {error[:300]}", at=now)
    return bool(getattr(result, "rowcount", 0))


def outbox_counts(session: Session) -> dict[str, int]:
    """How many outbox rows are in each status (pending, sending, sent, failed)."""
    rows = session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
    return {status: int(count) for status, count in rows}


def list_failed_notifications(session: Session, *, limit: int = 100) -> list[OutboxMessage]:
    """Notifications that could not be delivered (failed for good, or retried 3+ times): for the dashboard."""
    query = (
        select(OutboxMessage)
        .where(or_(OutboxMessage.status == OUTBOX_FAILED,
                   (OutboxMessage.status != OUTBOX_SENT) & (OutboxMessage.attempts >= 3)))
        .order_by(OutboxMessage.id.desc())
        .limit(min(limit, 1000))
    )
    return list(session.scalars(query))
