"""The escalation policy as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watch.policy import (
    STEP_FAMILY,
    STEP_NONE,
    STEP_REASKED,
    STEP_STAFF,
    AlertState,
    AskAgain,
    CheckInState,
    ContactRef,
    NotifyContact,
    NotifyStaff,
    OpenAlert,
    PolicyConfig,
    decide_alert,
    decide_answer,
    decide_silence,
    first_family,
    raise_priority,
    reminder_interval,
)

T0 = datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
CONFIG = PolicyConfig()
CONTACTS = (ContactRef(1, "volunteer"), ContactRef(2, "family"), ContactRef(3, "care_center"))


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def open_state(step: int = STEP_NONE) -> CheckInState:
    return CheckInState("open", T0, step)


def test_nothing_happens_before_the_first_deadline() -> None:
    decision = decide_silence(open_state(), CONTACTS, at(29.9), CONFIG)
    assert decision.actions == ()
    assert decision.step == STEP_NONE and decision.status == "open"
    assert decision.next_action_at == at(30)


def test_each_silence_step_at_its_deadline() -> None:
    first = decide_silence(open_state(), CONTACTS, at(30), CONFIG)
    assert first.actions == (AskAgain(),) and first.step == STEP_REASKED and first.next_action_at == at(120)
    second = decide_silence(open_state(first.step), CONTACTS, at(120), CONFIG)
    assert second.actions == (NotifyContact(position=2, reason="no_answer"),)  # the first FAMILY contact
    assert second.step == STEP_FAMILY and second.next_action_at == at(180)
    third = decide_silence(open_state(second.step), CONTACTS, at(180), CONFIG)
    assert third.actions == (OpenAlert(priority="high", reason="no_answer"),)
    assert third.step == STEP_STAFF and third.status == "escalated" and third.next_action_at is None


def test_a_worker_that_was_down_catches_up_every_missed_step_in_order() -> None:
    decision = decide_silence(open_state(), CONTACTS, at(500), CONFIG)
    assert decision.actions == (AskAgain(), NotifyContact(2, "no_answer"), OpenAlert("high", "no_answer"))
    assert decision.status == "escalated"


def test_steps_already_taken_are_not_repeated() -> None:
    decision = decide_silence(open_state(STEP_FAMILY), CONTACTS, at(150), CONFIG)
    assert decision.actions == () and decision.next_action_at == at(180)


def test_no_family_contact_skips_the_family_notice_but_still_alerts_staff() -> None:
    decision = decide_silence(open_state(), (ContactRef(1, "volunteer"),), at(200), CONFIG)
    assert decision.actions == (AskAgain(), OpenAlert("high", "no_answer"))


@pytest.mark.parametrize("status", ["answered", "escalated", "cancelled"])
def test_closed_checkins_are_left_alone(status: str) -> None:
    decision = decide_silence(CheckInState(status, T0, 1), CONTACTS, at(1000), CONFIG)
    assert decision.actions == () and decision.next_action_at is None and decision.status == status


def test_custom_minutes_from_config() -> None:
    config = PolicyConfig(reask_minutes=5, family_minutes=10, staff_minutes=15)
    assert decide_silence(open_state(), CONTACTS, at(10), config).step == STEP_FAMILY


def test_answers() -> None:
    state = open_state()
    assert decide_answer(state, "fine", unwell_before=0, keyword=False, contacts=CONTACTS, config=CONFIG) == ()
    assert decide_answer(state, "unwell", unwell_before=0, keyword=False, contacts=CONTACTS, config=CONFIG) == (
        OpenAlert("medium", "unwell"),)
    assert decide_answer(state, "help", unwell_before=0, keyword=False, contacts=CONTACTS, config=CONFIG) == (
        OpenAlert("urgent", "help"), NotifyContact(2, "alert"))
    assert decide_answer(state, "help", unwell_before=0, keyword=True, contacts=CONTACTS, config=CONFIG)[0] == (
        OpenAlert("urgent", "keyword"))
    assert decide_answer(state, "unclear", unwell_before=5, keyword=False, contacts=CONTACTS, config=CONFIG) == (
        AskAgain(),)


def test_third_unwell_day_in_a_row_is_high() -> None:
    second = decide_answer(open_state(), "unwell", unwell_before=1, keyword=False, contacts=CONTACTS, config=CONFIG)
    third = decide_answer(open_state(), "unwell", unwell_before=2, keyword=False, contacts=CONTACTS, config=CONFIG)
    assert second == (OpenAlert("medium", "unwell"),)
    assert third == (OpenAlert("high", "unwell_streak"),)


def test_family_told_when_the_resident_answers_after_they_were_notified() -> None:
    actions = decide_answer(open_state(STEP_FAMILY), "fine", unwell_before=0, keyword=False, contacts=CONTACTS,
                            config=CONFIG)
    assert actions == (NotifyContact(2, "answered_after_notice"),)


def alert(**changes: object) -> AlertState:
    values: dict[str, object] = {"status": "open", "priority": "medium", "level": 0, "contacts_notified": 0,
                                 "next_escalation_at": at(30)}
    values.update(changes)
    return AlertState(**values)  # type: ignore[arg-type]


def test_alert_waits_for_its_deadline() -> None:
    decision = decide_alert(alert(), CONTACTS, at(29), CONFIG)
    assert decision.actions == () and not decision.escalated and decision.next_escalation_at == at(30)


def test_unacknowledged_alert_escalates_to_the_next_contact_with_higher_priority() -> None:
    first = decide_alert(alert(), CONTACTS, at(30), CONFIG)
    assert first.escalated and first.priority == "high" and first.level == 1
    assert first.actions == (NotifyStaff("high"), NotifyContact(1, "alert"))
    assert first.next_escalation_at == at(90)  # the next reminder waits twice as long: 60 min
    second = decide_alert(alert(priority="high", level=1, contacts_notified=1, next_escalation_at=at(90)),
                          CONTACTS, at(90), CONFIG)
    assert second.priority == "urgent" and second.actions == (NotifyStaff("urgent"), NotifyContact(2, "alert"))
    assert second.next_escalation_at == at(210)  # 120 min
    last = decide_alert(alert(priority="urgent", level=5, contacts_notified=3, next_escalation_at=at(90)),
                        CONTACTS, at(95), CONFIG)
    assert last.priority == "urgent" and last.actions == (NotifyStaff("urgent"),)  # contacts exhausted: staff again
    assert last.next_escalation_at == at(215)  # capped at 120 min, from now (not the missed deadline): no burst


def test_staff_reminders_back_off_up_to_the_cap() -> None:
    waits = [reminder_interval(level, CONFIG) for level in range(6)]
    assert [w.total_seconds() / 60 for w in waits] == [30, 60, 120, 120, 120, 120]
    flat = PolicyConfig(ack_minutes=30, ack_backoff=1.0, ack_max_minutes=30)  # the old fixed interval
    assert {reminder_interval(level, flat) for level in range(5)} == {timedelta(minutes=30)}
    slow = PolicyConfig(ack_minutes=20, ack_backoff=1.5, ack_max_minutes=60)
    assert [reminder_interval(level, slow).total_seconds() / 60 for level in range(5)] == [20, 30, 45, 60, 60]
    assert reminder_interval(10_000, CONFIG) == timedelta(minutes=120)  # no overflow


@pytest.mark.parametrize("status", ["acknowledged", "resolved"])
def test_acknowledged_alert_never_escalates(status: str) -> None:
    decision = decide_alert(alert(status=status), CONTACTS, at(10_000), CONFIG)
    assert decision.actions == () and not decision.escalated


def test_helpers() -> None:
    assert first_family(CONTACTS) == 2 and first_family(()) is None
    assert [raise_priority(p) for p in ("medium", "high", "urgent")] == ["high", "urgent", "urgent"]


def test_config_from_settings() -> None:
    from watch.settings import WatchSettings

    settings = WatchSettings(_env_file=None, reask_minutes=10, family_minutes=20, staff_minutes=40, ack_minutes=7)
    assert PolicyConfig.from_settings(settings) == PolicyConfig(10, 20, 40, 7, 2.0, 120, 3, step_gap_minutes=5)


def test_catch_up_takes_one_step_at_a_time_with_a_gap() -> None:
    config = PolicyConfig(step_gap_minutes=5)
    first = decide_silence(open_state(), CONTACTS, at(500), config)
    assert first.actions == (AskAgain(),) and first.next_action_at == at(505)
    second = decide_silence(open_state(first.step), CONTACTS, at(505), config)
    assert second.actions == (NotifyContact(2, "no_answer"),) and second.next_action_at == at(510)
    third = decide_silence(open_state(second.step), CONTACTS, at(510), config)
    assert third.actions == (OpenAlert("high", "no_answer"),) and third.status == "escalated"


def test_gap_keeps_the_regular_deadline_when_it_is_later() -> None:
    decision = decide_silence(open_state(), CONTACTS, at(30), PolicyConfig(step_gap_minutes=5))
    assert decision.actions == (AskAgain(),) and decision.next_action_at == at(120)
