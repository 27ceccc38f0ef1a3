"""The injected clock: production uses the system time, tests move time by hand."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


class Clock(Protocol):
    """Something that tells the current time (timezone-aware)."""

    def now(self) -> datetime:
        """The current instant, aware (any zone)."""
        ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        """The current instant in UTC."""
        return datetime.now(UTC)


class ManualClock:
    """A clock tests set and advance (thread-safe)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The time the test set."""
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (aware)."""
        if when.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        with self._lock:
            self._now = when

    def advance(self, **delta: float) -> datetime:
        """Move forward by a timedelta given as keywords (minutes=30, hours=2...); returns the new time."""
        with self._lock:
            self._now = self._now + timedelta(**delta)
            return self._now


def local_now(clock: Clock, tz: ZoneInfo = TOKYO) -> datetime:
    """The current time in the city's time zone."""
    return clock.now().astimezone(tz)


def local_today(clock: Clock, tz: ZoneInfo = TOKYO) -> date:
    """Today's date in the city's time zone."""
    return local_now(clock, tz).date()


def local_datetime(day: date, hhmm: str, tz: ZoneInfo = TOKYO) -> datetime:
    """The instant (UTC) of ``HH:MM`` local time on ``day``."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).astimezone(UTC)
