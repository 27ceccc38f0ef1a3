"""The database side of pushing questions to devices (both backends)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from storage.database import Database
from tests.watch.helpers import add_resident, checkins
from watch import delivery
from watch.checkins import insert_checkins
from watch.clock import ManualClock
from watch.delivery import mark_delivered, mark_delivered_many, pending_deliveries, waiting_for_resident
from watch.models import CheckIn, WatchEvent


def _asked(db: Database, clock: ManualClock, count: int) -> list[int]:
    ids = [add_resident(db, name_kana=f"じゅうみん{i}") for i in range(count)]
    with db.sessions() as session, session.begin():
        insert_checkins(session, resident_ids=ids, local_date=clock.now().date(), slot="daily", kind="daily",
                        message="おはようございます", now=clock.now(), reask_minutes=30)
    return ids


def test_pending_filters_by_connected_residents(db: Database, clock: ManualClock,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _asked(db, clock, 4)
    with db.sessions() as session:
        assert [d.resident_id for d in pending_deliveries(session)] == ids
        assert [d.resident_id for d in pending_deliveries(session, resident_ids={ids[1], ids[3]})] == [ids[1], ids[3]]
        assert pending_deliveries(session, resident_ids=set()) == []
        monkeypatch.setattr(delivery, "MAX_IN_LIST", 1)  # many residents connected: filtered in Python
        assert [d.resident_id for d in pending_deliveries(session, resident_ids={ids[0], ids[2]})] == [ids[0], ids[2]]
        first = pending_deliveries(session)[0]
        assert (first.kind, first.message, first.ask_count) == ("daily", "おはようございます", 1)
        assert waiting_for_resident(session, resident_id=ids[0], now=clock.now()) == [first]


def test_mark_many_is_guarded_by_ask_count(db: Database, clock: ManualClock) -> None:
    ids = _asked(db, clock, 3)
    with db.sessions() as session:
        pushed = pending_deliveries(session)
    with db.sessions() as session, session.begin():  # the worker asks the second one again meanwhile
        session.execute(update(CheckIn).where(CheckIn.resident_id == ids[1]).values(ask_count=2))
    clock.advance(seconds=1)
    with db.sessions() as session, session.begin():
        done = mark_delivered_many(session, sent={"dev-a": pushed[:2], "dev-c": pushed[2:]}, now=clock.now())
        assert mark_delivered_many(session, sent={}, now=clock.now()) == 0
    assert done == 2
    rows = {c.resident_id: c for c in checkins(db)}
    assert [rows[rid].delivery_pending for rid in ids] == [False, True, False]  # the re-ask stays pending
    assert rows[ids[0]].delivered_count == 1 and rows[ids[0]].delivered_at == clock.now()
    with db.sessions() as session:
        details = list(session.scalars(select(WatchEvent.detail).where(WatchEvent.kind == "delivered")
                                       .order_by(WatchEvent.id)))
        assert [d.resident_id for d in pending_deliveries(session)] == [ids[1]]
    assert details == ["端末 dev-a に表示しました（1回目）", "端末 dev-a に表示しました（1回目）",
                       "端末 dev-c に表示しました（1回目）"]
    with db.sessions() as session, session.begin():
        again = pending_deliveries(session)
        assert mark_delivered(session, deliveries=again, device_id="dev-b", now=clock.now()) == 1
    assert all(not c.delivery_pending for c in checkins(db))
