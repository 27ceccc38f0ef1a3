"""The satellite registry and the controller claims (watch.satellite_registry, watch.satellite_claims) on a real
database (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from pydantic import ValidationError

from storage.database import Database
from tests.watch.helpers import add_resident
from watch.clock import ManualClock
from watch.satellite_claims import claim_satellites, mark_heard, mark_offline, release_all
from watch.satellite_errors import SatelliteInvalidError, SatelliteNotFoundError
from watch.satellite_registry import add_satellite, list_satellites, remove_satellite, update_satellite
from watch.satellite_schemas import SatelliteCreate, SatelliteUpdate

LEASE_S = 30.0


def _add(db: Database, uri: str, **fields: object) -> int:
    with db.sessions() as session, session.begin():
        return add_satellite(session, data=SatelliteCreate(uri=uri, **fields), by="test").id


def _claim(db: Database, owner: str, clock: ManualClock, limit: int = 100) -> list[int]:
    with db.sessions() as session, session.begin():
        return [c.id for c in claim_satellites(session, owner=owner, now=clock.now(), lease_s=LEASE_S, limit=limit)]


def test_add_takes_the_residents_district_and_lists_offline(db: Database, clock: ManualClock) -> None:
    resident = add_resident(db, district="鳴子")
    first = _add(db, "tcp://192.0.2.10:10700", resident_id=resident, label="居間")
    second = _add(db, "tcp://192.0.2.11:10700", district="古川")
    with db.sessions() as session:
        items = list_satellites(session, now=clock.now())
    by_id = {item.id: item for item in items}
    assert by_id[first].district == "鳴子" and by_id[first].resident_name == "佐藤 花子"
    assert by_id[second].district == "古川" and by_id[second].resident_id is None
    assert not any(item.online for item in items) and all(item.last_heard_at is None for item in items)


@pytest.mark.parametrize("uri", ["http://x:1", "tcp://host", "tcp://:10700", "tcp://h:99999", "tcp://h:1/path"])
def test_bad_uri_is_refused(uri: str) -> None:
    with pytest.raises(ValidationError):
        SatelliteCreate(uri=uri, district="古川")


def test_duplicate_uri_unknown_resident_and_no_district_are_refused(db: Database) -> None:
    _add(db, "tcp://192.0.2.10:10700", district="古川")
    with pytest.raises(SatelliteInvalidError):
        _add(db, "tcp://192.0.2.10:10700", district="鳴子")
    with pytest.raises(SatelliteNotFoundError):
        _add(db, "tcp://192.0.2.12:10700", resident_id=999)
    with pytest.raises(SatelliteInvalidError):
        _add(db, "tcp://192.0.2.13:10700")
    with db.sessions() as session:
        assert len(list_satellites(session)) == 1


def test_online_needs_a_valid_claim(db: Database, clock: ManualClock) -> None:
    satellite = _add(db, "tcp://192.0.2.10:10700", district="古川")
    assert _claim(db, "a", clock) == [satellite]
    with db.sessions() as session, session.begin():
        mark_heard(session, owner="a", satellite_ids=[satellite], now=clock.now())
    with db.sessions() as session:
        [item] = list_satellites(session, now=clock.now())
    assert item.online and item.last_heard_at == clock.now() and item.claimed_by == "a"
    clock.advance(seconds=LEASE_S + 1)  # the owner died: its flag stays, its claim expired
    with db.sessions() as session:
        [item] = list_satellites(session, now=clock.now())
    assert not item.online
    with db.sessions() as session, session.begin():
        assert mark_heard(session, owner="b", satellite_ids=[satellite], now=clock.now()) == 0  # not b's


def test_one_owner_at_a_time_and_takeover_after_expiry(db: Database, clock: ManualClock) -> None:
    ids = [_add(db, f"tcp://192.0.2.{n}:10700", district="古川") for n in range(1, 5)]
    assert _claim(db, "a", clock, limit=3) == ids[:3]
    assert _claim(db, "b", clock) == ids[3:]  # a's claims are valid: b gets only the free one
    clock.advance(seconds=10)
    assert _claim(db, "a", clock, limit=3) == ids[:3]  # renewed
    clock.advance(seconds=LEASE_S - 1)
    assert _claim(db, "b", clock) == ids[3:]  # a's renewal still holds
    clock.advance(seconds=2)  # a stopped renewing: its claims expired
    assert _claim(db, "b", clock) == ids
    assert _claim(db, "a", clock) == []
    with db.sessions() as session, session.begin():
        assert release_all(session, owner="b") == 4
    assert _claim(db, "a", clock, limit=2) == ids[:2]


def test_concurrent_claims_never_share_a_satellite(db: Database, clock: ManualClock) -> None:
    ids = [_add(db, f"tcp://192.0.2.{n}:10700", district="古川") for n in range(1, 41)]
    results: dict[str, list[int]] = {}
    barrier = threading.Barrier(4)

    def run(owner: str) -> None:
        barrier.wait()
        results[owner] = _claim(db, owner, clock)

    threads = [threading.Thread(target=run, args=(f"p{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    held = [sid for owned in results.values() for sid in owned]
    assert sorted(held) == ids  # each satellite held by exactly one process


def test_disable_releases_and_hides_it_from_claims(db: Database, clock: ManualClock) -> None:
    satellite = _add(db, "tcp://192.0.2.10:10700", district="古川")
    assert _claim(db, "a", clock) == [satellite]
    with db.sessions() as session, session.begin():
        changed = update_satellite(session, satellite_id=satellite, data=SatelliteUpdate(enabled=False), by="t")
    assert not changed.enabled and changed.claimed_by is None
    assert _claim(db, "a", clock) == []
    with db.sessions() as session, session.begin():
        assert mark_offline(session, owner="a", satellite_ids=[satellite]) == 0
        update_satellite(session, satellite_id=satellite, data=SatelliteUpdate(enabled=True, label="台所"), by="t")
    assert _claim(db, "a", clock) == [satellite]
    with db.sessions() as session, session.begin():
        remove_satellite(session, satellite_id=satellite, by="t")
    with db.sessions() as session:
        assert list_satellites(session) == []
    with db.sessions() as session, session.begin(), pytest.raises(SatelliteNotFoundError):
        remove_satellite(session, satellite_id=satellite, by="t")


def test_lease_length_is_the_setting(db: Database, clock: ManualClock) -> None:
    _add(db, "tcp://192.0.2.10:10700", district="古川")
    _claim(db, "a", clock)
    with db.sessions() as session:
        [item] = list_satellites(session, now=clock.now())
    assert item.claim_expires_at == clock.now() + timedelta(seconds=LEASE_S)
