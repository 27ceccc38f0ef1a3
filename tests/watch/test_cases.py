"""One case per resident, with the real worker, a real SMTP sink and webhook receiver (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select

from devstack.receivers import MailHandler, SmtpServer, WebhookReceiver
from storage.database import Database
from tests.watch.conftest import STAFF_EMAIL, WEBHOOK_SECRET
from tests.watch.helpers import (
    FAMILY,
    FAMILY_EMAIL,
    VOLUNTEER,
    VOLUNTEER_EMAIL,
    add_resident,
    alerts,
    case_answer,
    checkins,
    outbox,
    worker,
)
from watch.case_lists import case_queue
from watch.cases import stop_case
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.delivery import pending_deliveries, waiting_for_resident
from watch.models import Alert
from watch.notify import Dispatcher
from watch.safety import start_safety_check
from watch.safety_schemas import SafetyStart
from watch.settings import WatchSettings
from watch.worker import Worker


@contextmanager
def live_worker(db: Database, settings: WatchSettings,
                clock: ManualClock) -> Iterator[tuple[Worker, SmtpServer, WebhookReceiver, WatchSettings]]:
    with SmtpServer(MailHandler()) as smtp, WebhookReceiver(WEBHOOK_SECRET) as hook:
        live = settings.model_copy(update={"smtp_port": smtp.port, "webhook_url": hook.url})
        dispatcher = Dispatcher.from_settings(live)
        try:
            yield worker(db, live, clock, dispatcher), smtp, hook, live
        finally:
            dispatcher.close()


def _three_open_items(db: Database, settings: WatchSettings, clock: ManualClock) -> int:
    """A resident with the daily check-in and two safety confirmations open (09:00)."""
    rid = add_resident(db)
    clock.advance(minutes=5)
    worker(db, settings, clock).schedule()
    for message in ("地震がありました。ご無事ですか？", "余震がありました。ご無事ですか？"):
        with db.sessions() as session, session.begin():
            start_safety_check(session, data=SafetyStart(message=message), started_by="福祉課 田中",
                               now=clock.now(), settings=settings)
    assert len(checkins(db, rid)) == 3
    return rid


def test_a_device_gets_one_current_question(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = _three_open_items(db, settings, clock)
    with db.sessions() as session:
        pending = pending_deliveries(session)
        waiting = waiting_for_resident(session, resident_id=rid, now=clock.now())
    newest = checkins(db, rid)[-1]
    assert [d.checkin_id for d in pending] == [newest.id] and len(pending[0].covers) == 2
    assert [d.checkin_id for d in waiting] == [newest.id]


def test_one_answer_closes_the_case_and_tells_each_alarmed_person_once(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = _three_open_items(db, settings, clock)
    with live_worker(db, settings, clock) as (work, smtp, hook, live):
        clock.advance(minutes=live.staff_minutes)
        work.tick()  # re-ask, family notice, one high alert to staff (not three)
        assert [a.reason for a in alerts(db)] == ["no_answer"]
        clock.advance(minutes=live.ack_minutes)
        work.tick()  # one reminder: staff again, the next contact (民生委員)
        before = smtp.handler.snapshot()
        told = Counter(r for m in before for r in m.recipients)
        assert told == {STAFF_EMAIL: 2, FAMILY.email: 1, VOLUNTEER.email: 1}

        result = case_answer(db, live, clock, rid, classify_button("fine"))
        assert result.outcome == "fine"
        assert {c.status for c in checkins(db, rid)} == {"answered"}
        [alert] = alerts(db)
        assert alert.status == "resolved" and alert.resolved_by == "ご本人の応答"
        for _ in range(3):  # hours later: nothing repeats
            work.tick()
            clock.advance(minutes=live.ack_minutes)
        after = smtp.handler.snapshot()[len(before):]
    assert sorted(r for m in after for r in m.recipients) == sorted([STAFF_EMAIL, FAMILY_EMAIL, VOLUNTEER_EMAIL])
    assert all("ご本人から応答がありました" in m.subject for m in after)
    assert all("元気です" in m.body and "お問い合わせ" in m.body for m in after)
    answered_hooks = [c for c in hook.calls if c.json()["event"] == "watch.case.answered"]
    assert len(answered_hooks) == 1
    assert not any("再通知" in m.subject for m in after)


def test_help_answer_stays_open_for_staff_but_stops_repeating(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    with live_worker(db, settings, clock) as (work, smtp, _hook, live):
        work.tick()
        case_answer(db, live, clock, rid, classify_button("help"))
        work.tick()
        clock.advance(minutes=live.ack_minutes)
        work.tick()  # one reminder (no acknowledgement yet)
        case_answer(db, live, clock, rid, classify_button("fine"), text="もう大丈夫です")
        [alert] = alerts(db)
        assert alert.status == "open" and alert.next_escalation_at is None  # stays for staff, silent
        count = len(smtp.handler.snapshot())
        for _ in range(4):
            clock.advance(minutes=live.ack_minutes)
            work.tick()
        later = smtp.handler.snapshot()[count:]
    assert not any("再通知" in m.subject for m in later)
    with db.sessions() as session:
        [card] = case_queue(session)
    assert card.resident_id == rid and card.lead.priority in ("urgent",)


def test_pending_no_answer_notice_is_cancelled_by_the_answer(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    work = worker(db, settings, clock)  # no sender: the family notice stays pending
    work.schedule()
    clock.advance(minutes=settings.family_minutes)
    work.schedule()
    [notice] = [r for r in outbox(db) if r.recipient == FAMILY.email]
    assert notice.status == "pending"
    clock.advance(minutes=1)
    result = case_answer(db, settings, clock, rid, classify_button("fine"))
    assert result.outcome == "fine"
    rows = {r.idempotency_key: r.status for r in outbox(db)}
    assert rows[notice.idempotency_key] == "cancelled"
    assert not any("answered:" in key for key in rows)  # nobody had been told: nobody to reassure


def test_many_alerts_of_one_person_remind_staff_once_per_round(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    work = worker(db, settings, clock)
    work.schedule()
    case_answer(db, settings, clock, rid, classify_button("unwell"))
    clock.advance(minutes=10)
    with db.sessions() as session, session.begin():
        for i in range(4):  # e.g. alerts opened by staff tools or earlier answers, all open
            session.add(Alert(resident_id=rid, reason="help", summary=f"test {i}", priority="urgent", priority_rank=3,
                              status="open", created_at=clock.now(), next_escalation_at=clock.now()))
    clock.advance(minutes=settings.ack_minutes)
    work.schedule()
    reminders = [r for r in outbox(db) if r.recipient == STAFF_EMAIL and ":L1:" in r.idempotency_key]
    assert len(reminders) == 1
    with db.sessions() as session:
        deadlines = set(session.scalars(select(Alert.next_escalation_at).where(Alert.status == "open")))
        cards = case_queue(session)
    assert len(deadlines) == 1  # every alert of the person waits for the same next reminder
    assert len(cards) == 1 and len(cards[0].alerts) == 5 and cards[0].lead.priority == "urgent"


def test_staff_acknowledgement_stops_every_step(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = _three_open_items(db, settings, clock)
    work = worker(db, settings, clock)
    clock.advance(minutes=settings.staff_minutes)
    work.schedule()
    with db.sessions() as session, session.begin():
        done = stop_case(session, resident_id=rid, by="福祉課 田中", now=clock.now())
    assert done.silenced_alerts and all(a.status == "acknowledged" for a in alerts(db))
    count = len(outbox(db))
    for _ in range(5):
        clock.advance(minutes=settings.ack_minutes)
        work.schedule()
    assert len(outbox(db)) == count


def test_later_questions_follow_the_lead_silently(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = _three_open_items(db, settings, clock)
    clock.advance(minutes=settings.staff_minutes)
    worker(db, settings, clock).schedule()
    family = [r for r in outbox(db) if r.recipient == FAMILY.email]
    assert len(family) == 1 and len(alerts(db)) == 1
    lead, *rest = checkins(db, rid)
    assert lead.ask_count == 2 and all(c.ask_count == 1 for c in rest)


def test_gentle_profile_tells_family_after_a_missed_day_and_staff_after_two(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db, escalation_profile="gentle")
    clock.advance(minutes=5)
    work = worker(db, settings, clock)
    work.schedule()  # day 1, 09:00
    clock.advance(minutes=settings.staff_minutes)
    work.schedule()  # the same-day ladder would alert staff by now: gentle only re-asked
    assert [c.ask_count for c in checkins(db, rid)] == [2] and outbox(db) == []
    clock.advance(hours=20)  # day 2, 08:00: a missed day
    work.schedule()
    assert [r.recipient for r in outbox(db)] == [FAMILY.email] and alerts(db) == []
    clock.advance(minutes=2)
    work.schedule()  # the staff step of a first missed day: nothing (the day before was not missed)
    assert checkins(db, rid)[0].status == "escalated" and alerts(db) == []
    clock.advance(minutes=58)  # day 2, 09:00: asked again
    work.schedule()
    clock.advance(hours=23)  # day 3, 08:00: two missed days in a row
    work.schedule()
    clock.advance(minutes=2)
    work.schedule()
    [alert] = alerts(db)
    assert alert.reason == "no_answer" and "2日続けて" in alert.summary
    assert [r.recipient for r in outbox(db)].count(FAMILY_EMAIL) == 2


def test_gentle_profile_with_an_answered_day_before_does_not_alert_staff(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    gentle = settings.model_copy(update={"default_profile": "gentle"})
    rid = add_resident(db)  # no profile of its own: the setting's default
    clock.advance(minutes=5)
    work = worker(db, gentle, clock)
    work.schedule()
    case_answer(db, gentle, clock, rid, classify_button("fine"))
    clock.advance(days=1)
    work.schedule()  # day 2 asked, never answered
    clock.advance(hours=23)
    work.schedule()
    clock.advance(minutes=2)
    work.schedule()
    assert alerts(db) == [] and [r.recipient for r in outbox(db)] == [FAMILY.email]


def test_shortened_settings_never_fire_several_steps_in_the_same_second(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    worker(db, settings, clock).schedule()  # asked at 09:00 under the default ladder
    shorter = settings.model_copy(update={"reask_minutes": 5, "family_minutes": 10, "staff_minutes": 15,
                                          "step_gap_minutes": 5})
    clock.advance(minutes=40)  # restarted with shorter steps: every step is overdue
    work = worker(db, shorter, clock)
    work.schedule()
    assert checkins(db, rid)[0].step == 1 and outbox(db) == [] and alerts(db) == []
    work.schedule()  # the same second: nothing more
    assert checkins(db, rid)[0].step == 1
    clock.advance(minutes=5)
    work.schedule()
    assert checkins(db, rid)[0].step == 2 and [r.recipient for r in outbox(db)] == [FAMILY.email]
    clock.advance(minutes=5)
    work.schedule()
    assert checkins(db, rid)[0].status == "escalated" and len(alerts(db)) == 1
