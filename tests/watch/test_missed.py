"""Missed days in a row: the pure run count, and the list staff call from (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storage.database import Database
from tests.watch.helpers import add_resident
from watch.missed import missed_in_a_row, missed_run
from watch.models import CheckIn
from watch.schemas import ContactCreate

TODAY = date(2026, 5, 10)


def days(*statuses: str) -> list[tuple[date, str]]:
    """Statuses from today backwards (the first is today's)."""
    return [(TODAY - timedelta(days=i), s) for i, s in enumerate(statuses)]


def test_a_run_counts_unanswered_days_back_to_the_last_answer() -> None:
    assert missed_run(days("escalated", "escalated", "answered", "escalated"), today=TODAY) == (
        2, TODAY - timedelta(days=2))
    assert missed_run(days("answered", "escalated", "escalated"), today=TODAY) == (0, TODAY)


def test_todays_pending_question_and_cancelled_days_neither_count_nor_break() -> None:
    run = missed_run(days("open", "escalated", "cancelled", "undelivered", "answered"), today=TODAY)
    assert run == (2, TODAY - timedelta(days=4))
    assert missed_run(days("open", "answered"), today=TODAY) == (0, TODAY - timedelta(days=1))
    # an earlier day still open (the gentle profile waits a day) is a missed day
    assert missed_run([(TODAY - timedelta(days=1), "open"), (TODAY - timedelta(days=2), "escalated")],
                      today=TODAY) == (2, None)


def add_day(db: Database, resident_id: int, day: date, status: str) -> None:
    with db.sessions() as session, session.begin():
        session.add(CheckIn(resident_id=resident_id, local_date=day, message="q", status=status,
                            opened_at=datetime(day.year, day.month, day.day, tzinfo=UTC)))


def test_the_list_shows_runs_of_two_or_more_with_numbers_to_call(db: Database) -> None:
    family = ContactCreate(name="大崎 一郎", relation="family", relation_label="長男", phone="090-1111-2222")
    no_phone = ContactCreate(name="近所 花子", relation="neighbour", email="hanako@example.jp")
    three = add_resident(db, name="三日 続く", phone="0229-11-2222", contacts=[family, no_phone])
    one = add_resident(db, name="一日 だけ")
    other = add_resident(db, name="他 地区", district="鳴子温泉")
    for i in range(3):
        add_day(db, three, TODAY - timedelta(days=i + 1), "escalated")
    add_day(db, three, TODAY, "open")
    add_day(db, one, TODAY - timedelta(days=1), "escalated")
    add_day(db, one, TODAY - timedelta(days=2), "answered")
    for i in range(2):
        add_day(db, other, TODAY - timedelta(days=i), "undelivered")
    with db.sessions() as session:
        listed = missed_in_a_row(session, today=TODAY)
        mine = missed_in_a_row(session, today=TODAY, districts=["古川"])
    assert [(m.name, m.days) for m in listed] == [("三日 続く", 3), ("他 地区", 2)]
    first = listed[0]
    assert first.phone == "0229-11-2222" and first.last_answered is None
    assert first.contacts == (("大崎 一郎（長男）", "090-1111-2222"),)  # only contacts with a phone
    assert [m.name for m in mine] == ["三日 続く"]
