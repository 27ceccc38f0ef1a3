"""Answers to a safety confirmation (安否確認) read in the disaster's context, on a real database: 「無事です」 is
safe, 「けがをしました」 and 「無事じゃないです」 raise the urgent alert at once (help is being called, 119), a button
and a plain 「具合が悪い」 are unchanged, and a daily check-in is not affected. The campaign's summary counts them."""

from __future__ import annotations

import asyncio

import pytest

from storage.database import Database
from tests.watch.helpers import add_resident, alerts, case_answer, checkins, schedule
from watch.classify import Classification, classify_button, classify_text
from watch.clock import ManualClock
from watch.safety import SAFE_REPLY, safety_reading, safety_summary, start_safety_check
from watch.safety_schemas import SafetyStart
from watch.settings import WatchSettings

MESSAGE = "大雨の避難指示が出ています。ご無事ですか"


def classified(text: str) -> Classification:
    return asyncio.run(classify_text(text, None, min_confidence=0.6))


@pytest.mark.parametrize(("text", "outcome"), [
    ("無事です", "fine"), ("はい、ぶじです", "fine"), ("元気です", "fine"), ("無事じゃないです", "help"),
    ("けがをしました", "help"), ("たすけて", "help"), ("具合が悪いです", "unwell"), ("なんですか", "unclear"),
])
def test_safety_reading(text: str, outcome: str) -> None:
    assert safety_reading(classified(text), text).outcome == outcome


def test_buttons_are_taken_as_pressed() -> None:
    for button in ("fine", "unwell", "help"):
        assert safety_reading(classify_button(button), None) == classify_button(button)


def start(db: Database, clock: ManualClock, district: str) -> int:
    with db.sessions() as session, session.begin():
        return start_safety_check(session, data=SafetyStart(message=MESSAGE, district=district), started_by="職員",
                                  now=clock.now()).id


def test_answers_to_a_campaign_are_counted_and_injury_alerts_at_once(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    safe = add_resident(db, district="古川", name="無事 太郎")
    hurt = add_resident(db, district="古川", name="怪我 次郎")
    not_safe = add_resident(db, district="古川", name="危険 三郎")
    silent = add_resident(db, district="古川", name="無言 四郎")
    campaign_id = start(db, clock, "古川")

    fine = case_answer(db, settings, clock, safe, classified("無事です"), "無事です")
    assert fine.outcome == "fine" and fine.reply == SAFE_REPLY and fine.alert_ids == []
    injured = case_answer(db, settings, clock, hurt, classified("けがをしました"), "けがをしました")
    assert injured.outcome == "help" and "119" in injured.reply and "連絡しました" in injured.reply
    said_not_safe = case_answer(db, settings, clock, not_safe, classified("無事じゃないです"), "無事じゃないです")
    assert said_not_safe.outcome == "help"
    urgent = {a.resident_id: a for a in alerts(db)}
    assert set(urgent) == {hurt, not_safe}
    assert all(a.priority == "urgent" and a.status == "open" for a in urgent.values())

    with db.sessions() as session:
        summary = safety_summary(session, campaign_id=campaign_id)
    assert (summary.safe, summary.needs_help, summary.not_answered) == (1, 2, 1)
    assert {p.resident_id for p in summary.needs_help_list} == {hurt, not_safe}
    assert [p.resident_id for p in summary.not_answered_list] == [silent]
    assert {c.resident_id: c.outcome for c in checkins(db)} == {safe: "fine", hurt: "help", not_safe: "help",
                                                                silent: None}


def test_a_daily_check_in_is_read_as_before(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    resident = add_resident(db)
    clock.advance(minutes=10)  # 09:05: the daily check-in is asked
    schedule(db, settings, clock)
    [daily] = checkins(db, resident)
    assert daily.kind == "daily"
    result = case_answer(db, settings, clock, resident, classified("けがをしました"), "けがをしました")
    assert result.outcome == "unwell" and result.reply != SAFE_REPLY  # the daily ladder's reading, unchanged
    [alert] = alerts(db)
    assert alert.priority == "medium"
