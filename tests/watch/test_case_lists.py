"""What staff read of the cases: the alert queue (one card per person) and the phone list (SQLite and PostgreSQL)."""

from __future__ import annotations

from storage.database import Database
from tests.watch.helpers import add_resident, alerts, case_answer, checkins, outbox, worker
from watch.case_lists import case_queue, phone_list
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.models import Alert
from watch.settings import WatchSettings

PRIORITY_RANK = {"medium": 1, "high": 2, "urgent": 3}


def test_the_queue_is_one_card_per_person_waiting_ones_first_then_the_most_urgent(
    db: Database, clock: ManualClock
) -> None:
    taken = add_resident(db, name="鈴木 次郎", name_kana="すずき じろう")  # only an alert staff acknowledged
    waiting = add_resident(db)  # an open medium alert and an acknowledged urgent one
    naruko = add_resident(db, name="高橋 三郎", name_kana="たかはし さぶろう", district="鳴子温泉")
    rows = [(taken, "urgent", "acknowledged"), (waiting, "medium", "open"), (waiting, "urgent", "acknowledged"),
            (naruko, "high", "open"), (naruko, "urgent", "resolved")]
    with db.sessions() as session, session.begin():
        for rid, priority, status in rows:
            session.add(Alert(resident_id=rid, reason="help", summary="test", priority=priority,
                              priority_rank=PRIORITY_RANK[priority], status=status, created_at=clock.now()))
    with db.sessions() as session:
        cards = case_queue(session)
        in_naruko = case_queue(session, districts=["鳴子温泉"])
    assert [c.resident_id for c in cards] == [waiting, naruko, taken]
    assert [(a.priority, a.status) for a in cards[0].alerts] == [("medium", "open"), ("urgent", "acknowledged")]
    assert cards[0].lead.priority == "medium" and cards[0].unacknowledged and not cards[2].unacknowledged
    assert [a.priority for a in cards[1].alerts] == ["high"]  # a resolved alert is not in the queue
    assert [c.resident_id for c in in_naruko] == [naruko]


def test_an_undelivered_question_goes_to_the_phone_list_not_the_ladder(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    strict = settings.model_copy(update={"escalate_undelivered": False})
    rid = add_resident(db)  # no device: nobody can receive the question
    clock.advance(minutes=5)
    work = worker(db, strict, clock)
    work.schedule()
    for _ in range(6):
        clock.advance(minutes=strict.reask_minutes)
        work.schedule()
    [checkin] = checkins(db, rid)
    assert checkin.status == "undelivered" and checkin.next_action_at is None and checkin.ask_count == 1
    assert alerts(db) == [] and outbox(db) == []
    with db.sessions() as session:
        listed = phone_list(session, day=checkin.local_date)
    assert [(p.resident_id, p.checkin_id) for p in listed] == [(rid, checkin.id)]
    assert listed[0].contacts == [("古川包括（地域包括支援センター）", "0229-22-3344")]
    case_answer(db, strict, clock, rid, classify_button("fine"))  # e.g. the help/fine button later on
    assert checkins(db, rid)[0].status == "answered"
