"""Rows collected per batch and inserted with one statement per table (both backends)."""

from __future__ import annotations

from sqlalchemy import select

from storage.database import Database
from tests.watch.helpers import add_resident, keys, outbox
from watch.clock import ManualClock
from watch.history import resident_history
from watch.messages import email_row, enqueue_email, webhook_row
from watch.models import WatchEvent
from watch.writes import Writes


def test_flush_inserts_everything_once_in_order(db: Database, clock: ManualClock) -> None:
    rid = add_resident(db)
    now = clock.now()
    with db.sessions() as session, session.begin():
        enqueue_email(session, key="k:stored", to="a@example.jp", subject="s", body="b", now=now, resident_id=rid)
    writes = Writes()
    writes.message(email_row(key="k:1", to="b@example.jp", subject="件名", body="本文", now=now, resident_id=rid))
    writes.message(email_row(key="k:stored", to="c@example.jp", subject="again", body="x", now=now))  # queued before
    writes.message(email_row(key="k:1", to="d@example.jp", subject="twice", body="x", now=now))  # twice in the batch
    writes.message(webhook_row(key="k:2", url="http://127.0.0.1:9/h", payload={"event": "e", "n": 1}, now=now))
    for kind in ("first", "second", "third"):
        writes.event(resident_id=rid, kind=kind, at=now, detail=kind)
    with db.sessions() as session, session.begin():
        writes.flush(session)
    assert writes.outbox == [] and writes.events == []
    assert keys(db) == ["k:stored", "k:1", "k:2"]
    rows = {row.idempotency_key: row for row in outbox(db)}
    assert rows["k:1"].recipient == "b@example.jp" and rows["k:1"].status == "pending"
    assert rows["k:stored"].recipient == "a@example.jp"  # the stored row is untouched
    assert rows["k:2"].channel == "webhook" and '"idempotency_key":"k:2"' in rows["k:2"].body
    with db.sessions() as session:
        kinds = list(session.scalars(select(WatchEvent.kind).where(WatchEvent.kind.in_(("first", "second", "third")))
                                     .order_by(WatchEvent.id)))
        history = [item.kind for item in resident_history(session, resident_id=rid)]
    assert kinds == ["first", "second", "third"]
    assert [kind for kind in history if kind in kinds] == ["third", "second", "first"]  # by id in the same instant


def test_flush_of_nothing_does_nothing(db: Database) -> None:
    with db.sessions() as session, session.begin():
        Writes().flush(session)
    assert outbox(db) == []
