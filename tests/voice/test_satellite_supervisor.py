"""The supervisor against a real wyoming-satellite 1.0.0 process and a real database (SQLite and PostgreSQL):
killed and restarted -> offline then online, the check-in due meanwhile spoken once (not lost, not doubled);
two controllers and one satellite -> exactly one holds it, the other takes over when the first dies; a resident
whose only device is offline for the set time -> one staff alert, resolved when it is back."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from devstack.processes import free_port
from storage.database import Database
from tests.voice.satellite_support import (
    NINE,
    fast_engines,
    question_bytes,
    register,
    running,
    spoken_state,
    started_speaker,
    wait_until,
    watch_settings,
)
from tests.watch.helpers import add_resident, alerts, checkins, outbox, schedule
from voice.engines import VoiceEngines
from voice.satellite_supervisor import SatelliteSupervisor
from voice.satellite_watch import OFFLINE_REASON, raise_offline_alerts
from watch.clock import ManualClock
from watch.models import WatchEvent
from watch.satellite_claims import mark_heard
from watch.satellite_models import Satellite
from watch.satellite_registry import list_satellites


def shown_online(db: Database, clock: ManualClock) -> bool:
    with db.sessions() as session:
        [item] = list_satellites(session, now=clock.now())
    return item.online


def test_killed_satellite_goes_offline_and_gets_the_missed_checkin_once(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite, satellite_id = started_speaker(db, tmp_path)
    settings = watch_settings()
    expected = question_bytes(engines)

    async def scenario() -> None:
        async with running(SatelliteSupervisor(db=db, engines=fast_engines(engines), watch_settings=settings,
                                               clock=clock)):
            await wait_until(lambda: shown_online(db, clock), 60, "shown online")
            satellite.kill()
            await wait_until(lambda: not shown_online(db, clock), 30, "shown offline")
            clock.set(NINE)
            await asyncio.to_thread(schedule, db, settings, clock)  # due while the speaker is off
            await asyncio.sleep(1.5)  # several polls: nothing can be spoken
            assert spoken_state(db, satellite_id) == (None, 0)
            satellite.start()
            await wait_until(lambda: shown_online(db, clock), 60, "shown online again")
            await wait_until(lambda: satellite.played_bytes() >= expected * 0.9, 60, "the missed question")
            await asyncio.sleep(3.0)  # ten more polls and a few reconnect-free heartbeats

    try:
        asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    [checkin] = checkins(db)
    assert spoken_state(db, satellite_id) == (checkin.id, 1)
    assert satellite.played_bytes() < expected * 1.5  # played once
    with db.sessions() as session:
        delivered = session.scalars(select(WatchEvent).where(WatchEvent.checkin_id == checkin.id,
                                                             WatchEvent.kind == "delivered")).all()
    assert len(delivered) == 1 and "satellite-" in delivered[0].detail


def test_two_controllers_never_both_hold_one_satellite(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite, satellite_id = started_speaker(db, tmp_path)
    settings = watch_settings()
    fast = fast_engines(engines)

    def owner_in_db() -> str | None:
        with db.sessions() as session:
            row = session.get(Satellite, satellite_id)
            assert row is not None
            return row.claimed_by

    async def scenario() -> None:
        first = SatelliteSupervisor(db=db, engines=fast, watch_settings=settings, clock=clock, owner="controller-a")
        second = SatelliteSupervisor(db=db, engines=fast, watch_settings=settings, clock=clock, owner="controller-b")
        runs = [asyncio.create_task(first.run()), asyncio.create_task(second.run())]
        try:
            await wait_until(lambda: shown_online(db, clock), 60, "shown online")
            for _ in range(20):  # 4 s: many heartbeats of both
                holders = [s.owner for s in (first, second) if s.owned()]
                connected = [s.owner for s in (first, second) if any(v.online for v in s.owned())]
                assert len(holders) == 1 and connected == holders and owner_in_db() == holders[0], holders
                await asyncio.sleep(0.2)
            holder, other = (first, second) if first.owned() else (second, first)
            # The holder dies without releasing: its links drop, its claim is left to expire.
            holder._release = lambda: None  # type: ignore[method-assign]
            holder.stop()
            await runs[0 if holder is first else 1]
            assert owner_in_db() == holder.owner  # the dead claim is still there...
            clock.advance(seconds=fast.settings.satellite_claim_s + 1)  # ...until it expires
            await wait_until(lambda: owner_in_db() == other.owner, 30, "the other controller took over")
            await wait_until(lambda: any(v.online for v in other.owned()), 60, "reconnected by the other")
            await wait_until(lambda: shown_online(db, clock), 30, "shown online again")
        finally:
            first.stop()
            second.stop()
            await asyncio.gather(*runs)

    try:
        asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    assert owner_in_db() is None  # released on a clean stop


def test_only_device_offline_for_a_day_alerts_staff_once(db: Database, clock: ManualClock) -> None:
    settings = watch_settings()
    resident = add_resident(db)
    satellite_id = register(db, resident, f"tcp://127.0.0.1:{free_port()}")  # nothing listens there
    with db.sessions() as session, session.begin():
        row = session.get(Satellite, satellite_id)
        assert row is not None
        row.claimed_by, row.claim_expires_at = "a", clock.now() + timedelta(seconds=30)
        mark_heard(session, owner="a", satellite_ids=[satellite_id], now=clock.now())

    def check(at: datetime) -> list[int]:
        with db.sessions() as session, session.begin():
            return raise_offline_alerts(session, now=at, hours=24, settings=settings)

    assert check(clock.now() + timedelta(hours=23)) == []  # offline, but not for a day yet
    [alert_id] = check(clock.now() + timedelta(hours=24, minutes=1))
    assert check(clock.now() + timedelta(hours=30)) == []  # one alert, not one per check
    [alert] = alerts(db)
    assert alert.id == alert_id and alert.reason == OFFLINE_REASON and alert.status == "open"
    assert "24時間以上" in alert.summary
    [email] = outbox(db)
    assert "見守りスピーカーが長時間つながっていません" in email.subject, email.subject
    assert [m.recipient for m in outbox(db)] == ["fukushi@city.osaki.example"]
    later = clock.now() + timedelta(hours=31)
    with db.sessions() as session, session.begin():  # a controller reached it again
        row = session.get(Satellite, satellite_id)
        assert row is not None
        row.claim_expires_at = later + timedelta(seconds=30)
        mark_heard(session, owner="a", satellite_ids=[satellite_id], now=later)
    assert check(later) == []
    [alert] = alerts(db)
    assert alert.status == "resolved" and alert.resolved_by == "system"


def test_a_supervisor_heartbeat_raises_the_offline_alert(
    engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    resident = add_resident(db)
    register(db, resident, f"tcp://127.0.0.1:{free_port()}", now=clock.now())  # never reachable
    clock.advance(hours=25)
    supervisor = SatelliteSupervisor(db=db, engines=fast_engines(engines), watch_settings=watch_settings(),
                                     clock=clock)

    async def beat() -> None:
        await supervisor.heartbeat()
        await asyncio.gather(*(link.close() for link in supervisor.links.values()))

    asyncio.run(beat())
    assert [a.reason for a in alerts(db)] == [OFFLINE_REASON]


def test_a_claim_still_in_flight_at_stop_does_not_outlive_the_release(
    engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    # A heartbeat's claim runs in a worker thread; cancelling the heartbeat at stop() does not stop that thread.
    # Here it is held up by another writer (a staff edit, another controller) exactly when the stop comes: it
    # must not write the claim back after the release (the process would exit holding the satellite).
    resident = add_resident(db)
    satellite_id = register(db, resident, f"tcp://127.0.0.1:{free_port()}", now=clock.now())  # never reachable
    supervisor = SatelliteSupervisor(db=db, engines=fast_engines(engines), watch_settings=watch_settings(),
                                     clock=clock, owner="controller-a")

    def claimed_by() -> str | None:
        with db.sessions() as session:
            row = session.get(Satellite, satellite_id)
            assert row is not None
            return row.claimed_by

    async def scenario() -> None:
        run = asyncio.create_task(supervisor.run())
        await wait_until(lambda: claimed_by() == supervisor.owner, 60, "claimed")
        with db.engine.connect() as writer:  # SQLite: the database's write lock; PostgreSQL: the row's lock
            writer.execute(update(Satellite).where(Satellite.id == satellite_id).values(label="edited"))
            await asyncio.sleep(3 * supervisor.settings.satellite_heartbeat_s)  # the next claim waits for it
            supervisor.stop()
            await asyncio.sleep(0.3)  # the release is waiting too
            writer.rollback()
        await run

    asyncio.run(asyncio.wait_for(scenario(), timeout=120))
    assert claimed_by() is None
