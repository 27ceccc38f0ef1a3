"""City hall opening hours: is the office open at a given moment, and when does it open next."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import jpholiday

TOKYO = ZoneInfo("Asia/Tokyo")
OFFICE_OPEN = time(8, 30)  # local time (Asia/Tokyo)
OFFICE_CLOSE = time(17, 15)  # local time (Asia/Tokyo), exclusive
# Year-end and New Year closure (年末年始): 12/29 - 1/3 inclusive, as (month, day) pairs
YEAR_END_CLOSURE: frozenset[tuple[int, int]] = frozenset({(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)})
SATURDAY = 5  # date.weekday()
WEEKDAY_NAMES = "月火水木金土日"
OFFICE_HOURS_TEXT = "平日 8時30分〜17時15分(土日・祝日・年末年始12月29日〜1月3日はお休み)"
MAX_DAYS_AHEAD = 30  # the longest possible closed stretch is far shorter


def to_tokyo(moment: datetime) -> datetime:
    """``moment`` in Asia/Tokyo; a naive datetime is taken as already being Tokyo time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TOKYO)
    return moment.astimezone(TOKYO)


def closure_reason(day: date) -> str | None:
    """Why the office is closed all day on ``day`` (土曜日, 日曜日, holiday name, 年末年始) or None."""
    if (day.month, day.day) in YEAR_END_CLOSURE:
        return "年末年始"
    if day.weekday() >= SATURDAY:
        return "土曜日" if day.weekday() == SATURDAY else "日曜日"
    name: str | None = jpholiday.is_holiday_name(day)  # national holidays and substitute days
    return name


def is_business_day(day: date) -> bool:
    """Whether the office opens at all on ``day``."""
    return closure_reason(day) is None


def is_office_open(moment: datetime) -> bool:
    """Whether the city hall counters are open at ``moment`` (converted to Tokyo time)."""
    local = to_tokyo(moment)
    return is_business_day(local.date()) and OFFICE_OPEN <= local.time() < OFFICE_CLOSE


def next_opening(moment: datetime) -> datetime:
    """The next time the office opens after ``moment`` (``moment`` itself if it is open then)."""
    local = to_tokyo(moment)
    if is_office_open(local):
        return local
    day = local.date()
    if is_business_day(day) and local.time() < OFFICE_OPEN:
        return datetime.combine(day, OFFICE_OPEN, TOKYO)
    for offset in range(1, MAX_DAYS_AHEAD + 1):
        candidate = day + timedelta(days=offset)
        if is_business_day(candidate):
            return datetime.combine(candidate, OFFICE_OPEN, TOKYO)
    raise RuntimeError("no business day found within the next 30 days")  # unreachable with real calendars


def format_day_time(moment: datetime) -> str:
    """Japanese date and time like '12月1日(月) 8時30分'."""
    local = to_tokyo(moment)
    return f"{local.month}月{local.day}日({WEEKDAY_NAMES[local.weekday()]}) {local.hour}時{local.minute:02d}分"


def office_status_text(moment: datetime) -> str:
    """One polite sentence saying whether the office is open now and, if not, when it opens next."""
    local = to_tokyo(moment)
    if is_office_open(local):
        return f"ただいま開庁時間中です(本日は{OFFICE_CLOSE.hour}時{OFFICE_CLOSE.minute:02d}分まで)。"
    opening = next_opening(local)
    return f"ただいまは閉庁時間です。次の開庁は{format_day_time(opening)}です。"
