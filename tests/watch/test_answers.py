"""Recording answers: repeated help/unwell answers fold into the one open alert (both backends)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select, update
from sqlalchemy import text as sql

from storage.database import Database
from tests.watch.conftest import STAFF_EMAIL
from tests.watch.helpers import FAMILY, add_resident, alerts, answer, checkins, outbox, schedule
from tests.watch.test_classify import FixedNlu, classify
from watch.alerts import acknowledge_alert
from watch.answers import REPLIES, AnswerResult
from watch.classify import Classification, classify_button
from watch.clock import ManualClock
from watch.delivery import mark_delivered, pending_deliveries
from watch.models import CheckIn, WatchEvent
from watch.settings import WatchSettings


def family_mails(db: Database) -> int:
    return sum(1 for row in outbox(db) if row.recipient == FAMILY.email)


def test_help_pressed_three_times_at_night_is_one_alert_one_family_email(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    results = [answer(db, settings, clock, rid, classify_button("help")) for _ in range(3)]
    assert [(a.priority, a.reason) for a in alerts(db)] == [("urgent", "help")]
    assert {tuple(r.alert_ids) for r in results} == {(alerts(db)[0].id,)}
    assert family_mails(db) == 1
    assert sum(1 for row in outbox(db) if row.recipient == STAFF_EMAIL) == 1
    with db.sessions() as session:
        repeats = list(session.scalars(select(WatchEvent).where(WatchEvent.kind == "answer_repeated")))
    assert len(repeats) == 2 and all(e.alert_id == alerts(db)[0].id for e in repeats)


def test_a_more_urgent_answer_opens_a_new_alert(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    rid = add_resident(db)
    answer(db, settings, clock, rid, classify_button("unwell"))
    answer(db, settings, clock, rid, classify_button("unwell"))
    answer(db, settings, clock, rid, Classification("help", 1.0, "keywords", safety_net=True), text="胸が苦しい")
    answer(db, settings, clock, rid, classify_button("help"))
    assert [(a.priority, a.reason) for a in alerts(db)] == [("medium", "unwell"), ("urgent", "keyword")]
    assert family_mails(db) == 1


def test_after_acknowledgement_a_new_press_opens_a_new_alert(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    answer(db, settings, clock, rid, classify_button("help"))
    with db.sessions() as session, session.begin():
        acknowledge_alert(session, alert_id=alerts(db)[0].id, by="田中", now=clock.now())
    clock.advance(minutes=20)
    answer(db, settings, clock, rid, classify_button("help"))
    assert [a.status for a in alerts(db)] == ["acknowledged", "open"]
    assert family_mails(db) == 2


def test_a_no_answer_alert_does_not_swallow_a_help_press(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    clock.advance(minutes=settings.staff_minutes)
    schedule(db, settings, clock)  # silence: a high no_answer alert
    answer(db, settings, clock, rid, classify_button("unwell"))  # late answer: its own alert
    assert [a.reason for a in alerts(db)] == ["no_answer", "unwell"]


def test_an_emergency_answer_raises_the_urgent_alert_and_the_device_is_told_to_call_119(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    result = classify("台所から火が出た", FixedNlu("checkin_fine", 0.9))
    saved = answer(db, settings, clock, rid, result, text="台所から火が出た")
    assert saved.outcome == "help" and saved.alert_ids
    assert [(a.priority, a.reason) for a in alerts(db)] == [("urgent", "keyword")]
    lines = saved.reply.split("\n")
    assert "119" in lines[0] and any("見守り" in line for line in lines)  # the safety message first
    assert lines[-1] == REPLIES["help"]  # then the usual "staff and family were told"


def test_vague_answers_are_recorded_as_the_classifier_said(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    for text in ("まあまあ", "なんともねえ", "いずいけど平気"):
        saved = answer(db, settings, clock, rid, classify(text, FixedNlu("checkin_fine", 0.9)), text=text)
        assert saved.outcome == "fine" and saved.reply == REPLIES["fine"]
    assert alerts(db) == []


def test_an_answer_while_its_question_is_marked_delivered_does_not_deadlock(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    # The hub marks a pushed question delivered (the check-in's row, then history lines whose foreign key
    # reads the resident's row) while the device's answer is recorded (the resident's row, then the check-in's):
    # the answer's lock on the resident must not block that foreign key check (PostgreSQL found a deadlock and
    # aborted one of them: the delivery mark was lost).
    rid = add_resident(db)
    clock.advance(minutes=5)
    schedule(db, settings, clock)
    [checkin] = checkins(db, rid)
    recorded: list[AnswerResult] = []
    failed: list[BaseException] = []

    def answering() -> None:
        try:
            recorded.append(answer(db, settings, clock, rid, classify_button("fine"), checkin_id=checkin.id))
        except BaseException as err:  # reported by the test thread below
            failed.append(err)

    with db.sessions() as hub, hub.begin():
        [delivery] = pending_deliveries(hub, resident_ids=[rid])
        hub.execute(update(CheckIn).where(CheckIn.id == checkin.id).values(delivery_pending=False))
        thread = threading.Thread(target=answering, name="answering")
        thread.start()
        waiting_for_lock(db)  # the answer holds the resident's row and waits for the check-in's
        mark_delivered(hub, deliveries=[delivery], device_id="tablet-1", now=clock.now())
    thread.join(timeout=60)
    assert not thread.is_alive() and failed == [], failed
    assert [r.outcome for r in recorded] == ["fine"]
    [checkin] = checkins(db, rid)
    assert checkin.status == "answered" and checkin.delivered_at is not None and not checkin.delivery_pending


def waiting_for_lock(db: Database) -> None:
    """PostgreSQL: until another session of this database waits for a lock; SQLite (one writer at a time, the
    answer waits at BEGIN): a moment for it to get there."""
    if db.engine.dialect.name != "postgresql":
        time.sleep(0.5)
        return
    deadline = time.monotonic() + 30
    with db.engine.connect() as connection:
        while not connection.scalar(sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                         "AND datname = current_database()")):
            assert time.monotonic() < deadline, "the answer never waited for the check-in"
            connection.rollback()
            time.sleep(0.05)
