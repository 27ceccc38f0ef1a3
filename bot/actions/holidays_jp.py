"""Japanese national holidays (国民の祝日) computed from the Holidays Act, without any data download.

Covers 2020-2099: the current law (天皇誕生日 on 2/23 since 2020), the equinox approximation
(valid 1980-2099), 振替休日 (substitute holidays) and 国民の休日 (a day between two holidays),
plus the one-off Olympic moves of 2020 and 2021.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

FIRST_YEAR = 2020
LAST_YEAR = 2099

# Fixed-date holidays (month, day, name)
FIXED_HOLIDAYS: tuple[tuple[int, int, str], ...] = (
    (1, 1, "元日"),
    (2, 11, "建国記念の日"),
    (2, 23, "天皇誕生日"),
    (4, 29, "昭和の日"),
    (5, 3, "憲法記念日"),
    (5, 4, "みどりの日"),
    (5, 5, "こどもの日"),
    (8, 11, "山の日"),
    (11, 3, "文化の日"),
    (11, 23, "勤労感謝の日"),
)
# Happy Monday holidays (month, n-th Monday, name)
MONDAY_HOLIDAYS: tuple[tuple[int, int, str], ...] = (
    (1, 2, "成人の日"),
    (7, 3, "海の日"),
    (9, 3, "敬老の日"),
    (10, 2, "スポーツの日"),
)
# Olympic special measures: holidays moved in these years (name -> date)
MOVED_HOLIDAYS: dict[int, dict[str, date]] = {
    2020: {"海の日": date(2020, 7, 23), "スポーツの日": date(2020, 7, 24), "山の日": date(2020, 8, 10)},
    2021: {"海の日": date(2021, 7, 22), "スポーツの日": date(2021, 7, 23), "山の日": date(2021, 8, 8)},
}
SUBSTITUTE_NAME = "振替休日"
CITIZENS_HOLIDAY_NAME = "国民の休日"


def nth_weekday(year: int, month: int, n: int, weekday: int = calendar.MONDAY) -> date:
    """The n-th given weekday (Monday by default) of a month."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def vernal_equinox_day(year: int) -> int:
    """Day of March of 春分の日 (standard approximation, valid 1980-2099)."""
    return int(20.8431 + 0.242194 * (year - 1980) - (year - 1980) // 4)


def autumnal_equinox_day(year: int) -> int:
    """Day of September of 秋分の日 (standard approximation, valid 1980-2099)."""
    return int(23.2488 + 0.242194 * (year - 1980) - (year - 1980) // 4)


@lru_cache(maxsize=128)
def holidays_of_year(year: int) -> dict[date, str]:
    """All public holidays of ``year`` (date -> Japanese name), including substitute holidays."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"holidays are computed for {FIRST_YEAR}-{LAST_YEAR} only, not {year}")
    named: dict[str, date] = {name: date(year, month, day) for month, day, name in FIXED_HOLIDAYS}
    named.update({name: nth_weekday(year, month, n) for month, n, name in MONDAY_HOLIDAYS})
    named["春分の日"] = date(year, 3, vernal_equinox_day(year))
    named["秋分の日"] = date(year, 9, autumnal_equinox_day(year))
    named.update(MOVED_HOLIDAYS.get(year, {}))
    holidays = {day: name for name, day in named.items()}

    # 国民の休日: an ordinary day whose previous and next days are both national holidays.
    for day in sorted(holidays):
        between = day + timedelta(days=1)
        if between not in holidays and between + timedelta(days=1) in holidays and between.weekday() != 6:
            holidays[between] = CITIZENS_HOLIDAY_NAME

    # 振替休日: a holiday on Sunday moves the rest to the next day that is not a holiday.
    for day in sorted(holidays):
        if day.weekday() == 6 and holidays[day] != SUBSTITUTE_NAME:
            substitute = day + timedelta(days=1)
            while substitute in holidays:
                substitute += timedelta(days=1)
            holidays[substitute] = SUBSTITUTE_NAME
    return dict(sorted(holidays.items()))


def holiday_name(day: date) -> str | None:
    """The holiday's Japanese name, or None on an ordinary day."""
    return holidays_of_year(day.year).get(day)


def is_holiday(day: date) -> bool:
    """Whether ``day`` is a Japanese public holiday (振替休日 and 国民の休日 included)."""
    return holiday_name(day) is not None
