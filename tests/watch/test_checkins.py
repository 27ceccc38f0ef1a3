"""Check-ins created at their time, once per day, on the resident's days only; quiet periods skip days and cancel
an open check-in (SQLite and PostgreSQL, the injected clock)."""

from __future__ import annotations

from datetime import date

from storage.database import Database
from tests.watch.helpers import add_resident, alerts, checkins, outbox, schedule
from watch.clock import ManualClock
from watch.residents import add_quiet_period
from watch.schemas import QuietPeriodCreate
from watch.settings import WatchSettings


def test_checkin_is_created_at_its_time_once(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    assert schedule(db, settings, clock).created == 0  # 08:55
    clock.advance(minutes=5)
    assert schedule(db, settings, clock).created == 1
    assert schedule(db, settings, clock).created == 0  # idempotent
    clock.advance(minutes=20)
    assert schedule(db, settings, clock).created == 0
    [checkin] = checkins(db, rid)
    assert checkin.local_date == date(2025, 6, 2) and checkin.status == "open" and checkin.delivery_pending
    assert checkin.message == settings.greeting


def test_quiet_days_and_unscheduled_days(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    away = add_resident(db, name="入院 中", name_kana="にゅういん")
    tuesday_only = add_resident(db, name="火曜 だけ", name_kana="かよう", checkin_days=[1])
    with db.sessions() as session, session.begin():
        add_quiet_period(session, resident_id=away, period=QuietPeriodCreate(
            start_date=date(2025, 6, 1), end_date=date(2025, 6, 2), reason="入院"))
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    assert checkins(db) == []
    clock.advance(days=1)  # Tuesday: both are asked
    schedule(db, settings, clock)
    assert sorted(c.resident_id for c in checkins(db)) == sorted([away, tuesday_only])


def test_quiet_period_added_later_cancels_the_open_checkin(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    with db.sessions() as session, session.begin():
        add_quiet_period(session, resident_id=rid, period=QuietPeriodCreate(
            start_date=date(2025, 6, 2), end_date=date(2025, 6, 9), reason="旅行"))
    clock.advance(hours=4)
    schedule(db, settings, clock)
    assert checkins(db)[0].status == "cancelled" and alerts(db) == [] and outbox(db) == []
