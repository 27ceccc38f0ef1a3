"""Residents, contacts and quiet periods, and the store functions the staff dashboard reads (both backends)."""

from __future__ import annotations

from datetime import date

import pytest

from storage.database import Database
from tests.watch.helpers import add_resident, answer, resident_data, schedule
from watch.alerts import acknowledge_alert, list_alerts, resolve_alert
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.devices import authenticate_device, create_device, hash_token, list_devices, revoke_device
from watch.errors import AuthError, ConflictError, DeviceRefusedError, InvalidInputError, NotFoundError
from watch.history import resident_history
from watch.queries import answer_rates, list_checkins, list_districts
from watch.residents import (
    add_quiet_period,
    count_residents,
    create_resident,
    delete_quiet_period,
    get_resident,
    list_quiet_periods,
    list_residents,
    resident_public,
    update_resident,
)
from watch.safety import list_safety_campaigns, safety_summary, start_safety_check
from watch.safety_schemas import SafetyStart
from watch.schemas import ContactCreate, QuietPeriodCreate, ResidentUpdate
from watch.settings import WatchSettings


def test_resident_create_update_list(db: Database) -> None:
    first = add_resident(db, code="F-1", district="古川")
    add_resident(db, name="伊藤 トメ", name_kana="いとう とめ", district="鹿島台")
    with db.sessions() as session, session.begin(), pytest.raises(ConflictError):
        create_resident(session, data=resident_data(code="F-1"))
    with db.sessions() as session, session.begin():
        update_resident(session, resident_id=first, data=ResidentUpdate(
            checkin_time="08:30", checkin_days=[0, 2, 4],
            contacts=[ContactCreate(name="新しい 家族", email="new@example.jp")]))
        public = resident_public(get_resident(session, resident_id=first))
        assert public.checkin_time == "08:30" and public.checkin_days == [0, 2, 4]
        assert [(c.name, c.position) for c in public.contacts] == [("新しい 家族", 1)]
        assert [r.district for r in list_residents(session, districts=["鹿島台"])] == ["鹿島台"]
        assert [r.name_kana for r in list_residents(session)] == ["いとう とめ", "さとう はなこ"]
        assert len(list_residents(session, search="トメ")) == 1
        assert count_residents(session, districts=["古川", "鹿島台"]) == 2
        assert list_districts(session) == ["古川", "鹿島台"]
        with pytest.raises(NotFoundError):
            get_resident(session, resident_id=999)
        with pytest.raises(InvalidInputError):
            update_resident(session, resident_id=first, data=ResidentUpdate(name=None, district=None,
                                                                                   **{"address": None}))


def test_device_token_is_shown_once_and_bound(db: Database) -> None:
    rid = add_resident(db)
    other = add_resident(db, name="別 人", name_kana="べつ")
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=rid, label="居間")
        second = create_device(session, resident_id=other)
    assert len(device.token) >= 40 and device.token not in hash_token(device.token)
    with db.sessions() as session, session.begin():
        assert authenticate_device(session, device_id=device.device_id, token=device.token).resident_id == rid
        listed = list_devices(session, resident_id=rid)
        assert [d.device_id for d in listed] == [device.device_id] and not hasattr(listed[0], "token")
        for device_id, token in [(device.device_id, second.token), (device.device_id, "x"), ("nope", device.token)]:
            with pytest.raises(AuthError):
                authenticate_device(session, device_id=device_id, token=token)
        revoke_device(session, device_id=device.device_id, by="田中")
        with pytest.raises(DeviceRefusedError):
            authenticate_device(session, device_id=device.device_id, token=device.token)


def test_quiet_periods(db: Database) -> None:
    rid = add_resident(db)
    with db.sessions() as session, session.begin():
        period = add_quiet_period(session, resident_id=rid, period=QuietPeriodCreate(
            start_date=date(2025, 7, 1), end_date=date(2025, 7, 3), reason="旅行"))
        assert [p.reason for p in list_quiet_periods(session, resident_id=rid)] == ["旅行"]
        delete_quiet_period(session, period_id=period.id)
        assert list_quiet_periods(session, resident_id=rid) == []
        with pytest.raises(NotFoundError):
            delete_quiet_period(session, period_id=period.id)
    with pytest.raises(ValueError, match="before start_date"):
        QuietPeriodCreate(start_date=date(2025, 7, 3), end_date=date(2025, 7, 1))


def test_checkins_alert_queue_history_and_rates(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    fine = add_resident(db, name="元気 な人", name_kana="げんき")
    unwell = add_resident(db, name="具合 悪い人", name_kana="ぐあい", district="鹿島台")
    helpme = add_resident(db, name="助け 求む人", name_kana="たすけ")
    silent = add_resident(db, name="応答 なし人", name_kana="おうとう")
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    answer(db, settings, clock, fine, classify_button("fine"))
    answer(db, settings, clock, unwell, classify_button("unwell"))
    answer(db, settings, clock, helpme, classify_button("help"))
    with db.sessions() as session, session.begin():
        day = list_checkins(session, local_date=date(2025, 6, 2))
        assert {c.resident_id: c.status for c in day} == {fine: "answered", unwell: "answered",
                                                         helpme: "answered", silent: "open"}
        assert [c.resident_id for c in list_checkins(session, local_date=date(2025, 6, 2),
                                                           districts=["鹿島台"])] == [unwell]
        queue = list_alerts(session)
        assert [a.resident_id for a in queue] == [helpme, unwell]  # urgent before medium
        acknowledge_alert(session, alert_id=queue[0].id, by="田中")
        queue = list_alerts(session)
        assert [a.resident_id for a in queue] == [unwell, helpme]  # unacknowledged first
        assert list_alerts(session, districts=["古川"])[0].resident_id == helpme
        with pytest.raises(InvalidInputError):
            resolve_alert(session, alert_id=queue[1].id, by="田中", note="  ")
        resolve_alert(session, alert_id=queue[1].id, by="田中", note="救急搬送を確認")
        with pytest.raises(ConflictError):
            acknowledge_alert(session, alert_id=queue[1].id, by="田中")
        assert [a.status for a in list_alerts(session, statuses=["resolved"])] == ["resolved"]
        history = resident_history(session, resident_id=helpme)
        kinds = [h.kind for h in history]
        assert kinds[0] == "alert_resolved" and "alert_opened" in kinds and "answer" in kinds and "asked" in kinds
        rates = answer_rates(session, today=date(2025, 6, 2))
        # today's still-open question (silent) is not counted as missed: it is pending
        assert {(r.district, r.total, r.answered, r.pending) for r in rates} == {("古川", 2, 2, 1), ("鹿島台", 1, 1, 0)}
        assert next(r.rate for r in rates if r.district == "古川") == 1.0
        tomorrow = answer_rates(session, today=date(2025, 6, 3))  # the next day it counts as not answered
        assert {(r.district, r.total, r.answered, r.pending) for r in tomorrow} == {("古川", 3, 2, 0),
                                                                                   ("鹿島台", 1, 1, 0)}


def test_safety_confirmation(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    safe = add_resident(db, name="無事 な人", name_kana="ぶじ")
    hurt = add_resident(db, name="けが 人", name_kana="けが")
    silent = add_resident(db, name="応答 なし", name_kana="おうとう")
    away = add_resident(db, name="旅行 中", name_kana="りょこう")
    add_resident(db, name="他の 地区", name_kana="ほか", district="鳴子温泉")
    with db.sessions() as session, session.begin():
        add_quiet_period(session, resident_id=away, period=QuietPeriodCreate(
            start_date=date(2025, 6, 1), end_date=date(2025, 6, 5)))
        campaign = start_safety_check(session, data=SafetyStart(message="地震がありました。ご無事ですか？",
                                                                      district="古川"),
                                            started_by="危機管理課", now=clock.now(), settings=settings)
    assert campaign.resident_count == 3 and campaign.away_count == 1
    answer(db, settings, clock, safe, classify_button("fine"))
    answer(db, settings, clock, hurt, classify_button("help"))
    with db.sessions() as session, session.begin():
        summary = safety_summary(session, campaign_id=campaign.id)
        assert (summary.safe, summary.needs_help, summary.not_answered, summary.away, summary.total) == (1, 1, 1, 1, 4)
        assert [p.resident_id for p in summary.needs_help_list] == [hurt]
        assert [p.resident_id for p in summary.not_answered_list] == [silent]
        assert [c.id for c in list_safety_campaigns(session)] == [campaign.id]
        with pytest.raises(InvalidInputError):
            start_safety_check(session, data=SafetyStart(message="x", district="無い地区"), started_by="a")
        with pytest.raises(NotFoundError):
            safety_summary(session, campaign_id=999)
    # The daily check-in is separate from the campaign's: both exist for the same resident and day.
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    with db.sessions() as session:
        kinds = sorted(c.kind for c in list_checkins(session, local_date=date(2025, 6, 2), resident_id=safe))
    assert kinds == ["daily", "safety"]


def test_phone_and_escalation_profile_can_be_set_and_cleared(db: Database) -> None:
    rid = add_resident(db, phone="0229-00-1111", escalation_profile="gentle")
    with db.sessions() as session, session.begin():
        row = get_resident(session, resident_id=rid)
        assert (row.phone, row.escalation_profile) == ("0229-00-1111", "gentle")
        update_resident(session, resident_id=rid, data=ResidentUpdate(phone=None, escalation_profile=None))
    with db.sessions() as session:
        row = get_resident(session, resident_id=rid)
        assert (row.phone, row.escalation_profile) == (None, None)


def test_an_update_logs_only_the_fields_that_really_change(db: Database) -> None:
    rid = add_resident(db, district="古川")
    with db.sessions() as session, session.begin():
        current = resident_public(get_resident(session, resident_id=rid))
        # A form sends every field; only the time differs from what is stored.
        update_resident(session, resident_id=rid, data=ResidentUpdate(
            name=current.name, district=current.district, checkin_days=current.checkin_days, checkin_time="07:45"))
        update_resident(session, resident_id=rid, data=ResidentUpdate(name=current.name))
    with db.sessions() as session:
        details = [item.detail for item in resident_history(session, resident_id=rid) if item.kind == "updated"]
    assert details == ["checkin_time"]  # the second update changed nothing and left no line
