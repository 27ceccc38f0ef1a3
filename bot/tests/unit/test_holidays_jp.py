"""Japanese public holidays against the Cabinet Office's published lists."""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.holidays_jp import holiday_name, holidays_of_year, is_holiday, nth_weekday

# 内閣府「国民の祝日について」 2026
HOLIDAYS_2026 = {
    date(2026, 1, 1), date(2026, 1, 12), date(2026, 2, 11), date(2026, 2, 23), date(2026, 3, 20),
    date(2026, 4, 29), date(2026, 5, 3), date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6),
    date(2026, 7, 20), date(2026, 8, 11), date(2026, 9, 21), date(2026, 9, 22), date(2026, 9, 23),
    date(2026, 10, 12), date(2026, 11, 3), date(2026, 11, 23),
}
# 2025 (two substitute holidays: 2/24 and 11/24; 5/6 for 5/4 on Sunday)
HOLIDAYS_2025 = {
    date(2025, 1, 1), date(2025, 1, 13), date(2025, 2, 11), date(2025, 2, 23), date(2025, 2, 24),
    date(2025, 3, 20), date(2025, 4, 29), date(2025, 5, 3), date(2025, 5, 4), date(2025, 5, 5),
    date(2025, 5, 6), date(2025, 7, 21), date(2025, 8, 11), date(2025, 9, 15), date(2025, 9, 23),
    date(2025, 10, 13), date(2025, 11, 3), date(2025, 11, 23), date(2025, 11, 24),
}


def test_2026_matches_the_official_list() -> None:
    assert set(holidays_of_year(2026)) == HOLIDAYS_2026


def test_2025_matches_the_official_list() -> None:
    assert set(holidays_of_year(2025)) == HOLIDAYS_2025


def test_names_of_special_days() -> None:
    assert holiday_name(date(2026, 5, 6)) == "振替休日"
    assert holiday_name(date(2026, 9, 22)) == "国民の休日"
    assert holiday_name(date(2026, 1, 12)) == "成人の日"
    assert holiday_name(date(2026, 3, 20)) == "春分の日"
    assert holiday_name(date(2026, 9, 23)) == "秋分の日"


def test_olympic_moves_of_2021() -> None:
    assert holiday_name(date(2021, 7, 22)) == "海の日"
    assert holiday_name(date(2021, 7, 23)) == "スポーツの日"
    assert holiday_name(date(2021, 8, 8)) == "山の日"
    assert holiday_name(date(2021, 8, 9)) == "振替休日"
    assert not is_holiday(date(2021, 7, 19))


def test_ordinary_days_are_not_holidays() -> None:
    assert not is_holiday(date(2026, 11, 26))
    assert not is_holiday(date(2026, 12, 29))  # year-end closure is not a national holiday


def test_nth_weekday() -> None:
    assert nth_weekday(2026, 1, 2) == date(2026, 1, 12)
    assert nth_weekday(2026, 6, 1) == date(2026, 6, 1)  # June 1st 2026 is a Monday


def test_years_outside_the_supported_range_are_refused() -> None:
    with pytest.raises(ValueError):
        holidays_of_year(2019)
    with pytest.raises(ValueError):
        holidays_of_year(2100)
