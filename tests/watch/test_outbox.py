"""The outbox protocol: claiming, and the "sent" mark prepared before the point of no return (both backends)."""

from __future__ import annotations

import threading

from storage.database import Database
from tests.watch.helpers import add_resident, outbox
from watch.clock import ManualClock
from watch.messages import enqueue_email
from watch.outbox import ClaimedMessage, SentMark, claim_next

LEASE_S = 10.0


def _queue(db: Database, clock: ManualClock, *names: str) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        for name in names:
            enqueue_email(session, key=name, to=f"{name}@example.jp", subject=name, body="本文", now=clock.now(),
                          resident_id=rid)


def _claim(db: Database, clock: ManualClock) -> ClaimedMessage | None:
    with db.sessions() as session, session.begin():
        return claim_next(session, now=clock.now(), lease_s=LEASE_S)


def test_an_expired_lease_is_claimed_before_pending_rows(db: Database, clock: ManualClock) -> None:
    _queue(db, clock, "first")
    first = _claim(db, clock)  # a worker claims it, then dies
    assert first is not None and first.idempotency_key == "first"
    clock.advance(seconds=1)
    _queue(db, clock, "second", "third")
    second = _claim(db, clock)
    assert second is not None and second.idempotency_key == "second"  # "first" is leased: skipped
    clock.advance(seconds=LEASE_S)
    again = _claim(db, clock)  # "first" and "second" expired, "third" pending: the oldest lease goes first
    assert again is not None and again.idempotency_key == "first" and again.attempts == 2
    assert again.claim_token != first.claim_token
    after = [_claim(db, clock), _claim(db, clock), _claim(db, clock)]
    assert [m.idempotency_key if m else None for m in after] == ["second", "third", None]


def test_prepared_mark_commits_sent(db: Database, clock: ManualClock) -> None:
    _queue(db, clock, "a")
    message = _claim(db, clock)
    assert message is not None
    lock = threading.Lock()
    mark = SentMark(db.engine, message, now=clock.now(), write_lock=lock)
    mark.prepare()
    mark.prepare()  # idempotent
    assert lock.locked()  # the worker's own batches wait while the receiver decides
    assert mark.commit() is True
    assert not lock.locked()
    [row] = outbox(db)
    assert row.status == "sent" and row.sent_at == clock.now() and row.lease_until is None


def test_commit_without_prepare_and_lost_lease(db: Database, clock: ManualClock) -> None:
    _queue(db, clock, "a")
    stale = _claim(db, clock)
    assert stale is not None
    clock.advance(seconds=LEASE_S)
    fresh = _claim(db, clock)  # the lease expired: another worker owns the row now
    assert fresh is not None and fresh.id == stale.id
    assert SentMark(db.engine, stale, now=clock.now()).commit() is False
    assert outbox(db)[0].status == "sending"
    assert SentMark(db.engine, fresh, now=clock.now()).commit() is True
    assert outbox(db)[0].status == "sent"


def test_abort_leaves_the_row_to_be_retried(db: Database, clock: ManualClock) -> None:
    _queue(db, clock, "a")
    message = _claim(db, clock)
    assert message is not None
    lock = threading.Lock()
    mark = SentMark(db.engine, message, now=clock.now(), write_lock=lock)
    mark.prepare()
    mark.abort()
    mark.abort()  # harmless twice
    assert not lock.locked()
    [row] = outbox(db)
    assert row.status == "sending" and row.claim_token == message.claim_token
