"""The outbox protocol: claim one row with a lease -> send -> mark sent (or schedule a retry).

Guarantees: a row is written in the same transaction as its cause, so a notification is never lost; a crash
after the claim leaves the row ``sending`` until ``lease_until`` passes, then any worker claims it again.
Duplicates are impossible except in one window: the receiver accepted the message (SMTP ``250`` after DATA, or
a webhook 2xx) and the process died before the "sent" mark was committed. ``SentMark`` keeps that window as
short as it can be: everything but the final COMMIT is done before the point of no return (see its docstring),
so the window is the reply's trip over the network plus one commit (well under a millisecond on loopback when the
machine is not overloaded; ``bench/bench_watch.py`` measures the rate of duplicates under random SIGKILLs).
SMTP offers no way to ask "did you already get this?", so that residual risk is reduced, not removed: each
email carries a Message-ID derived from the idempotency key (mail stores and people can spot a repeat) and each
webhook carries an ``Idempotency-Key`` header the receiver can deduplicate on.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, RootTransaction, Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from watch.history import log_event
from watch.models import OUTBOX_FAILED, OUTBOX_PENDING, OUTBOX_SENDING, OUTBOX_SENT, OutboxMessage

MAX_ERROR_CHARS = 1000
OUTBOX = cast(Table, OutboxMessage.__table__)
MARK_SENT = (
    update(OUTBOX)
    .where(OUTBOX.c.id == bindparam("row_id"), OUTBOX.c.claim_token == bindparam("token"),
           OUTBOX.c.status == OUTBOX_SENDING)
    .values(status=OUTBOX_SENT, sent_at=bindparam("sent_at"), lease_until=None, last_error=None)
)


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
    """Claim the oldest due row: a lease that expired first, else a pending row; FOR UPDATE SKIP LOCKED.

    Two index range scans on (status, next_attempt_at) with LIMIT 1, not one OR query that must sort every
    due row: the cost stays flat with thousands of messages waiting.
    """
    expired = (select(OutboxMessage)
               .where(OutboxMessage.status == OUTBOX_SENDING, OutboxMessage.lease_until <= now)
               .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1).with_for_update(skip_locked=True))
    pending = (select(OutboxMessage)
               .where(OutboxMessage.status == OUTBOX_PENDING, OutboxMessage.next_attempt_at <= now)
               .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1).with_for_update(skip_locked=True))
    row = session.scalar(expired) or session.scalar(pending)
    if row is None:
        return None
    row.status = OUTBOX_SENDING
    row.claim_token = str(uuid.uuid4())
    row.lease_until = now + timedelta(seconds=lease_s)
    row.attempts += 1
    session.flush()
    return ClaimedMessage(row.id, row.idempotency_key, row.channel, row.recipient, row.subject, row.body,
                          row.attempts, row.claim_token)


class SentMark:
    """Marks one claimed row sent, leaving as little work as possible after the receiver's verdict.

    ``prepare`` (called by the sender right before the point of no return) takes the worker's ``write_lock``, so
    none of the worker's own batches runs while the receiver decides (its commit would then queue behind them,
    on SQLite's single write lock or on the interpreter lock), and checks a connection out of the pool (with its
    liveness ping). On PostgreSQL it also runs the UPDATE in an open transaction (the row is ours: claimed, and
    now locked), so ``commit`` only sends COMMIT. On SQLite a transaction takes the database's single write lock,
    which must not be held while a remote server thinks (it would stall the gateway), so ``commit`` runs
    BEGIN IMMEDIATE; UPDATE; COMMIT, with the WAL auto-checkpoint switched off on that connection meanwhile (a
    checkpoint syncs the file: milliseconds inside the window; the next claim's commit runs it instead).
    ``abort`` undoes ``prepare``.
    """

    def __init__(self, engine: Engine, message: ClaimedMessage, *, now: datetime,
                 write_lock: threading.Lock | None = None) -> None:
        self._engine = engine
        self._params = {"row_id": message.id, "token": message.claim_token, "sent_at": now}
        self._lock = write_lock
        self._early = engine.dialect.name != "sqlite"  # run the UPDATE in prepare
        self._connection: Connection | None = None
        self._transaction: RootTransaction | None = None
        self._rowcount = 0
        self._locked = False
        self._checkpoint: int | None = None

    def prepare(self) -> None:
        """Everything but the commit (idempotent)."""
        if self._connection is not None:
            return
        if self._lock is not None:
            self._lock.acquire()
            self._locked = True
        try:
            self._connection = self._engine.connect()
            if self._early:
                self._transaction = self._connection.begin()
                self._rowcount = self._connection.execute(MARK_SENT, self._params).rowcount
            else:
                self._checkpoint = _sqlite_pragma(self._connection, "wal_autocheckpoint")
                _sqlite_pragma(self._connection, "wal_autocheckpoint", 0)
        except BaseException:
            self._release()
            raise

    def commit(self) -> bool:
        """Commit the mark; False when the lease was lost meanwhile (another worker owns the row now)."""
        self.prepare()
        connection = self._connection
        assert connection is not None
        try:
            if self._transaction is not None:
                self._transaction.commit()
            else:
                with connection.begin():
                    self._rowcount = connection.execute(MARK_SENT, self._params).rowcount
        finally:
            self._release()
        return bool(self._rowcount)

    def abort(self) -> None:
        """Roll back what ``prepare`` did (the send failed)."""
        if self._transaction is not None and self._transaction.is_active:
            self._transaction.rollback()
        self._release()

    def _release(self) -> None:
        connection, self._connection, self._transaction = self._connection, None, None
        checkpoint, self._checkpoint = self._checkpoint, None
        try:
            if connection is not None:
                try:
                    if checkpoint is not None:
                        _sqlite_pragma(connection, "wal_autocheckpoint", checkpoint)
                finally:
                    connection.close()
        finally:
            if self._locked and self._lock is not None:
                self._locked = False
                self._lock.release()


def _sqlite_pragma(connection: Connection, name: str, value: int | None = None) -> int | None:
    """Read or set an integer PRAGMA on the raw SQLite connection (no implicit BEGIN IMMEDIATE)."""
    raw: Any = connection.connection.dbapi_connection
    cursor = raw.cursor()
    try:
        if value is None:
            row = cursor.execute(f"PRAGMA {name}").fetchone()
            return int(row[0]) if row else None
        cursor.execute(f"PRAGMA {name}={int(value)}")
        return None
    finally:
        cursor.close()


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
                      detail=f"{'メール' if message.channel == 'email' else '連携システム'}（{message.recipient}）に"
                             f"送れませんでした：{error[:300]}", at=now)
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
