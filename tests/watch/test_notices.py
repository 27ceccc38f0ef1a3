"""Disaster notices in the database (both backends): writing with its rules, which are active for which district,
ending, the tablet delivery log and the acknowledgement."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from storage.database import Database
from tests.watch.helpers import add_resident
from watch.clock import ManualClock
from watch.devices import create_device
from watch.errors import ConflictError, InvalidInputError, NotFoundError
from watch.notices import (
    TabletPush,
    acknowledge,
    active_notices,
    create_notice,
    delivery_log,
    end_notice,
    list_notices,
    record_tablet_pushes,
    spoken_text,
)
from watch.notices_schemas import NO_DISTRICT, NoticeCreate
from watch.satellite_registry import add_satellite
from watch.satellite_schemas import SatelliteCreate
from watch.settings import WatchSettings


def notice_data(clock: ManualClock, **overrides: object) -> NoticeCreate:
    values: dict[str, object] = {
        "level": "evacuate", "title": "避難指示(土砂災害)", "text": "古川第一小学校へ避難してください。",
        "districts": ["古川"], "expires_at": clock.now() + timedelta(hours=6), **overrides,
    }
    return NoticeCreate.model_validate(values)


def issue(db: Database, clock: ManualClock, settings: WatchSettings, **overrides: object) -> int:
    with db.sessions() as session, session.begin():
        return create_notice(session, data=notice_data(clock, **overrides), created_by="防災課 職員",
                             now=clock.now(), settings=settings).id


def test_bad_input_is_refused_with_japanese_messages(db: Database, clock: ManualClock,
                                                     settings: WatchSettings) -> None:
    with pytest.raises(ValidationError) as no_district:
        notice_data(clock, districts=[])
    assert NO_DISTRICT in str(no_district.value)
    with pytest.raises(ValidationError) as empty_text:
        notice_data(clock, text="   ")
    assert empty_text.value.errors()[0]["loc"] == ("text",)
    with pytest.raises(ValidationError):
        notice_data(clock, level="panic")
    with db.sessions() as session, session.begin():
        with pytest.raises(InvalidInputError) as past:
            create_notice(session, data=notice_data(clock, expires_at=clock.now() - timedelta(minutes=1)),
                          created_by="職員", now=clock.now(), settings=settings)
        assert past.value.status == 422 and "過ぎています" in past.value.message
        with pytest.raises(InvalidInputError) as far:
            create_notice(session, data=notice_data(clock, expires_at=clock.now() + timedelta(days=30)),
                          created_by="職員", now=clock.now(), settings=settings)
        assert "168時間以内" in far.value.message
    with db.sessions() as session:
        assert list_notices(session, now=clock.now()) == []  # nothing half-written


def test_active_notices_by_level_district_and_time(db: Database, clock: ManualClock, settings: WatchSettings) -> None:
    caution = issue(db, clock, settings, level="caution", title="大雨に注意", districts=["鹿島台", "古川"])
    evacuate = issue(db, clock, settings)
    everyone = issue(db, clock, settings, level="info", title="給水所", all_districts=True, districts=["無視"],
                     expires_at=clock.now() + timedelta(hours=1))
    with db.sessions() as session:
        active = active_notices(session, now=clock.now())
        assert [n.id for n in active] == [evacuate, caution, everyone]  # most urgent first
        assert active[1].districts == ["古川", "鹿島台"] and active[2].districts == [] and active[2].all_districts
        assert active[0].level_label == "避難指示"
        assert spoken_text(active[0]) == ("避難指示のお知らせです。避難指示(土砂災害)。"
                                          "古川第一小学校へ避難してください。")
        assert [n.id for n in list_notices(session, now=clock.now(), districts=["鹿島台"])] == [everyone, caution]
    clock.advance(hours=2)  # the all-district notice expired
    with db.sessions() as session, session.begin():
        assert [n.id for n in active_notices(session, now=clock.now())] == [evacuate, caution]
        ended = end_notice(session, notice_id=caution, ended_by="職員", now=clock.now())
        assert not ended.active and ended.ended_by == "職員"
        with pytest.raises(ConflictError):
            end_notice(session, notice_id=caution, ended_by="職員", now=clock.now())
    with db.sessions() as session:
        assert [n.id for n in active_notices(session, now=clock.now())] == [evacuate]


def test_delivery_log_counts_pushes_acknowledgements_and_tablets_not_reached(
        db: Database, clock: ManualClock, settings: WatchSettings) -> None:
    here = [add_resident(db, name=f"古川 {i}", name_kana=f"ふるかわ{i}") for i in range(3)]
    away = add_resident(db, name="鹿島台 一", name_kana="かしまだい", district="鹿島台")
    with db.sessions() as session, session.begin():
        devices = [create_device(session, resident_id=rid).device_id for rid in [*here, away]]
        speaker = add_satellite(session, data=SatelliteCreate(uri="tcp://192.0.2.10:10700", resident_id=here[2]),
                                by="test").id
        add_satellite(session, data=SatelliteCreate(uri="tcp://192.0.2.11:10700", resident_id=away), by="test")
    notice_id = issue(db, clock, settings)
    with db.sessions() as session, session.begin():
        record_tablet_pushes(session, now=clock.now(), pushes=[
            TabletPush(notice_id, devices[0], here[0], "古川", ok=True),
            TabletPush(notice_id, devices[1], here[1], "古川", ok=False, error="切れました"),
        ])
    clock.advance(minutes=5)
    with db.sessions() as session, session.begin():
        record_tablet_pushes(session, now=clock.now(),
                             pushes=[TabletPush(notice_id, devices[0], here[0], "古川", ok=True)])
        heard = acknowledge(session, notice_id=notice_id, device_id=devices[0], resident_id=here[0], now=clock.now())
        assert heard.id == notice_id
        with pytest.raises(NotFoundError):  # not for the other district
            acknowledge(session, notice_id=notice_id, device_id=devices[3], resident_id=away, now=clock.now())
    with db.sessions() as session:
        log = delivery_log(session, notice_id=notice_id, now=clock.now())
    rows = {r.device_id: r for r in log.rows if r.device_kind == "tablet"}
    assert set(rows) == set(devices[:3])  # the other district's tablet is not listed
    assert [(r.device_id, r.status) for r in log.rows if r.device_kind == "speaker"] == [(str(speaker), "not_yet")]
    assert (rows[devices[0]].status, rows[devices[0]].attempts, rows[devices[0]].plays) == ("acknowledged", 2, 2)
    assert rows[devices[0]].acknowledged_at == clock.now() and rows[devices[0]].resident_name == "古川 0"
    assert (rows[devices[1]].status, rows[devices[1]].last_error) == ("failed", "切れました")
    assert rows[devices[2]].status == "not_yet"
    assert log.counts == {"acknowledged": 1, "failed": 1, "not_yet": 2}
    with db.sessions() as session:
        only_away = delivery_log(session, notice_id=notice_id, now=clock.now(), districts=["鹿島台"])
    assert only_away.rows == []
