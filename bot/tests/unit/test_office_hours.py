"""Opening hours of the city hall: weekdays 8:30-17:15, closed on weekends, holidays and 12/29-1/3."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.actions.office_hours import (
    TOKYO,
    closure_reason,
    format_day_time,
    is_office_open,
    next_opening,
    office_status_text,
)


def tokyo(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TOKYO)


def test_open_during_weekday_hours() -> None:
    assert is_office_open(tokyo(2026, 11, 26, 8, 30))  # Thursday, opening minute
    assert is_office_open(tokyo(2026, 11, 26, 12, 0))
    assert is_office_open(tokyo(2026, 11, 26, 17, 14))


def test_closed_outside_hours() -> None:
    assert not is_office_open(tokyo(2026, 11, 26, 8, 29))
    assert not is_office_open(tokyo(2026, 11, 26, 17, 15))  # closing time is exclusive
    assert not is_office_open(tokyo(2026, 11, 26, 23, 0))


def test_closed_on_weekends_holidays_and_year_end() -> None:
    assert not is_office_open(tokyo(2026, 11, 28, 10))  # Saturday
    assert not is_office_open(tokyo(2026, 11, 29, 10))  # Sunday
    assert not is_office_open(tokyo(2026, 11, 23, 10))  # 勤労感謝の日 (Monday)
    assert not is_office_open(tokyo(2026, 12, 29, 10))  # 年末年始 (Tuesday)
    assert is_office_open(tokyo(2027, 1, 4, 10))  # Monday 1/4 is open again
    assert closure_reason(date(2026, 12, 31)) == "年末年始"
    assert closure_reason(date(2026, 11, 23)) == "勤労感謝の日"
    assert closure_reason(date(2026, 11, 28)) == "土曜日"
    assert closure_reason(date(2026, 11, 26)) is None


def test_utc_input_is_converted_to_tokyo() -> None:
    # 2026-11-26 00:00 UTC = 09:00 in Tokyo (open); 09:00 UTC = 18:00 in Tokyo (closed)
    assert is_office_open(datetime(2026, 11, 26, 0, 0, tzinfo=UTC))
    assert not is_office_open(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))


def test_naive_datetimes_are_tokyo_time() -> None:
    assert is_office_open(datetime(2026, 11, 26, 9, 0))


def test_next_opening() -> None:
    open_now = tokyo(2026, 11, 26, 10)
    assert next_opening(open_now) == open_now
    assert next_opening(tokyo(2026, 11, 26, 7, 0)) == tokyo(2026, 11, 26, 8, 30)
    assert next_opening(tokyo(2026, 11, 27, 18, 0)) == tokyo(2026, 11, 30, 8, 30)  # Friday evening -> Monday
    assert next_opening(tokyo(2026, 12, 28, 18, 0)) == tokyo(2027, 1, 4, 8, 30)  # over the New Year
    assert next_opening(tokyo(2026, 9, 18, 18, 0)) == tokyo(2026, 9, 24, 8, 30)  # over the Silver Week


def test_status_texts() -> None:
    assert "開庁時間中" in office_status_text(tokyo(2026, 11, 26, 10))
    closed = office_status_text(tokyo(2026, 11, 28, 10))
    assert "閉庁時間" in closed
    assert "11月30日(月) 8時30分" in closed
    assert format_day_time(tokyo(2027, 1, 4, 8, 30)) == "1月4日(月) 8時30分"


def test_holidays_come_from_jpholiday_beyond_2099() -> None:
    # Substitute holidays and the citizens' holiday sandwiched between two holidays, in any year.
    assert closure_reason(date(2026, 5, 6)) == "憲法記念日 振替休日"
    assert closure_reason(date(2026, 9, 22)) == "国民の休日"
    assert closure_reason(date(2120, 11, 4)) == "文化の日 振替休日"  # past the old hand-written table
    assert not is_office_open(datetime(2120, 11, 4, 10, 0, tzinfo=TOKYO))
    assert is_office_open(datetime(2120, 11, 5, 10, 0, tzinfo=TOKYO))
