"""Escalation end to end on a real database (SQLite and PostgreSQL) with the injected clock."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from storage.database import Database
from tests.watch.conftest import STAFF_EMAIL
from tests.watch.helpers import FAMILY, add_resident, alerts, answer, checkins, keys, outbox, schedule
from watch.alerts import acknowledge_alert, resolve_alert
from watch.classify import Classification, classify_button
from watch.clock import ManualClock
from watch.errors import NotFoundError
from watch.settings import WatchSettings


def test_fine_answer_closes_the_day(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    result = answer(db, settings, clock, rid, classify_button("fine"))
    assert result.outcome == "fine" and "ありがとうございます" in result.reply
    clock.advance(hours=6)
    schedule(db, settings, clock)
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.outcome == "fine" and checkin.classified_by == "button"
    assert alerts(db) == [] and outbox(db) == []


def test_unwell_opens_a_medium_alert_for_staff(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    result = answer(db, settings, clock, rid, Classification("unwell", 0.9, "rasa"), text="少し熱があります")
    [alert] = alerts(db)
    assert result.alert_ids == [alert.id]
    assert (alert.priority, alert.reason, alert.status) == ("medium", "unwell", "open")
    assert "少し熱があります" in alert.summary
    assert keys(db) == [f"alert:{alert.id}:L0:staff:{STAFF_EMAIL}", f"alert:{alert.id}:L0:webhook"]


def test_help_alerts_staff_and_family_now(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, classify_button("help"))
    [alert] = alerts(db)
    assert (alert.priority, alert.reason, alert.contacts_notified) == ("urgent", "help", 1)
    rows = outbox(db)
    assert [r.recipient for r in rows if r.channel == "email"] == [STAFF_EMAIL, FAMILY.email]
    assert any(r.channel == "webhook" for r in rows)
    assert "至急" in rows[-1].subject


def test_safety_net_word_raises_urgency(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, Classification("help", 1.0, "rasa", safety_net=True), text="元気だけど胸が痛い")
    [alert] = alerts(db)
    assert (alert.priority, alert.reason) == ("urgent", "keyword")


def test_silence_through_every_step(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)  # 09:00 asked
    schedule(db, settings, clock)
    [checkin] = checkins(db, rid)

    clock.advance(minutes=29)
    schedule(db, settings, clock)
    assert checkins(db, rid)[0].ask_count == 1

    clock.advance(minutes=1)  # +30 min: asked again
    schedule(db, settings, clock)
    again = checkins(db, rid)[0]
    assert again.ask_count == 2 and again.delivery_pending and again.step == 1 and outbox(db) == []

    clock.advance(minutes=90)  # +2 h: first family contact
    schedule(db, settings, clock)
    assert keys(db) == [f"checkin:{checkin.id}:no_answer:contact:1"]
    assert outbox(db)[0].recipient == FAMILY.email and "応答がありません" in outbox(db)[0].subject

    clock.advance(minutes=60)  # +3 h: staff alert, high
    schedule(db, settings, clock)
    [alert] = alerts(db)
    assert (alert.priority, alert.reason, alert.contacts_notified) == ("high", "no_answer", 1)
    assert checkins(db, rid)[0].status == "escalated"

    clock.advance(minutes=30)  # unacknowledged: next contact (民生委員), urgent, staff again
    schedule(db, settings, clock)
    [alert] = alerts(db)
    assert (alert.priority, alert.level, alert.contacts_notified) == ("urgent", 1, 2)
    assert f"alert:{alert.id}:L1:contact:" in " ".join(keys(db))
    assert f"alert:{alert.id}:L1:staff:{STAFF_EMAIL}" in keys(db)

    clock.advance(minutes=59)  # the next reminder waits twice as long (60 min): nothing yet
    n = len(outbox(db))
    schedule(db, settings, clock)
    assert len(outbox(db)) == n and alerts(db)[0].level == 1
    clock.advance(minutes=1)  # the 包括 contact has no email: the webhook carries its phone number
    schedule(db, settings, clock)
    last = outbox(db)[-1]
    assert last.channel == "webhook" and '"phone":"0229-22-3344"' in last.body
    assert alerts(db)[0].level == 2

    n = len(outbox(db))
    with db.sessions() as session, session.begin():
        acknowledge_alert(session, alert_id=alert.id, by="福祉課 田中", now=clock.now())
    clock.advance(hours=5)
    schedule(db, settings, clock)
    assert len(outbox(db)) == n  # acknowledgement stops escalation
    assert alerts(db)[0].status == "acknowledged" and alerts(db)[0].next_escalation_at is None


def test_answer_after_the_family_was_told_informs_them(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    clock.advance(hours=2, minutes=10)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, classify_button("fine"))
    clock.advance(hours=3)
    schedule(db, settings, clock)
    assert alerts(db) == []
    assert [r.subject for r in outbox(db)][-1].endswith("応答がありました")


def test_acknowledged_then_resolved(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, classify_button("unwell"))
    [alert] = alerts(db)
    with db.sessions() as session, session.begin():
        done = resolve_alert(session, alert_id=alert.id, by="福祉課 田中", note="電話で確認。通院済み。",
                                   now=clock.now())
    assert done.status == "resolved" and done.resolved_by == "福祉課 田中" and done.acknowledged_by == "福祉課 田中"
    clock.advance(hours=3)
    schedule(db, settings, clock)
    assert len(outbox(db)) == 2  # only the opening notices


def test_unclear_answer_counts_as_no_answer_and_asks_again(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    result = answer(db, settings, clock, rid, Classification("unclear", 0.2, "rasa"), text="うーん")
    assert result.outcome == "unclear" and "もう一度" in result.reply
    checkin = checkins(db, rid)[0]
    assert checkin.status == "open" and checkin.ask_count == 2 and checkin.delivery_pending
    clock.advance(hours=3)
    schedule(db, settings, clock)
    assert alerts(db)[0].reason == "no_answer"  # the deadlines kept running


def test_three_unwell_days_in_a_row_is_high(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    priorities = []
    for _ in range(3):
        schedule(db, settings, clock)
        answer(db, settings, clock, rid, classify_button("unwell"))
        priorities.append(alerts(db)[-1].priority)
        with db.sessions() as session, session.begin():  # staff took it (an open one would take the next answer)
            acknowledge_alert(session, alert_id=alerts(db)[-1].id, by="田中", now=clock.now())
        clock.advance(days=1)
    assert priorities == ["medium", "medium", "high"]
    assert alerts(db)[-1].reason == "unwell_streak"


def test_a_fine_day_breaks_the_unwell_streak(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    for button in ("unwell", "fine", "unwell", "unwell"):
        schedule(db, settings, clock)
        answer(db, settings, clock, rid, classify_button(button))
        with db.sessions() as session, session.begin():  # staff took each alert the same day
            for alert in alerts(db):
                if alert.status == "open":
                    acknowledge_alert(session, alert_id=alert.id, by="田中", now=clock.now())
        clock.advance(days=1)
    assert [a.reason for a in alerts(db)] == ["unwell", "unwell", "unwell"]  # never "unwell_streak"


def test_later_more_urgent_answer_upgrades_and_repeats_are_ignored(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, classify_button("fine"))
    answer(db, settings, clock, rid, classify_button("fine"))
    assert alerts(db) == []
    clock.advance(hours=5)
    answer(db, settings, clock, rid, classify_button("help"))
    assert [a.priority for a in alerts(db)] == ["urgent"]
    assert checkins(db)[0].outcome == "help"


def test_help_without_any_checkin_still_alerts(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    clock.advance(hours=-6)  # 02:55 at night, no question today yet
    result = answer(db, settings, clock, rid, classify_button("help"))
    assert result.checkin_id is None and len(result.alert_ids) == 1
    assert alerts(db)[0].priority == "urgent"


def test_answer_to_another_residents_checkin_is_refused(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    first = add_resident(db)
    second = add_resident(db, name="別 人", name_kana="べつ")
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    other = next(c for c in checkins(db) if c.resident_id == second)
    with pytest.raises(NotFoundError):
        answer(db, settings, clock, first, classify_button("fine"), checkin_id=other.id)
    assert all(c.status == "open" for c in checkins(db))


def test_worker_down_all_morning_catches_up_without_duplicates(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    clock.advance(hours=5)  # the worker was down from 09:00 to 14:00
    schedule(db, settings, clock)
    schedule(db, settings, clock)
    [checkin] = checkins(db, rid)
    assert checkin.status == "escalated" and checkin.step == 3 and checkin.ask_count == 2
    assert len(alerts(db)) == 1
    assert len(keys(db)) == len(set(keys(db))) == 3  # family + staff + webhook, once each
    assert clock.now() - timedelta(hours=5) == checkin.opened_at


def test_staff_reminders_of_a_case_back_off_and_say_when_the_next_comes(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db, contacts=[])
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    clock.advance(hours=3)  # staff alert (no contacts: only staff hear of it)
    schedule(db, settings, clock)
    answer(db, settings, clock, rid, classify_button("help"))  # a second alert of the same person (urgent)
    sent_at = []
    for _ in range(8 * 12):  # eight hours, five minutes at a time (every deadline is on that grid)
        clock.advance(minutes=5)
        before = len([r for r in outbox(db) if r.recipient == STAFF_EMAIL])
        schedule(db, settings, clock)
        after = [r for r in outbox(db) if r.recipient == STAFF_EMAIL]
        assert len(after) - before <= 1  # one reminder per case, never one per alert
        if len(after) > before:
            sent_at.append(clock.now())
    gaps = [round((b - a).total_seconds() / 60) for a, b in itertools.pairwise(sent_at)]
    assert gaps[:3] == [60, 120, 120] and set(gaps) <= {60, 120}  # 30 -> 60 -> 120 -> 120 ...
    assert "次は120分後" in [r for r in outbox(db) if r.recipient == STAFF_EMAIL][-1].body
