"""Account lockout after repeated failed passwords (pure functions over the counters)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LockState:
    """The lockout counters of one account."""

    failed_count: int
    locked_until: datetime | None


def is_locked(state: LockState, *, now: datetime) -> bool:
    """True while the account's lock has not expired."""
    return state.locked_until is not None and now < state.locked_until


def seconds_left(state: LockState, *, now: datetime) -> int:
    """Whole seconds until the lock ends (0 when not locked)."""
    if not is_locked(state, now=now) or state.locked_until is None:
        return 0
    return max(1, math.ceil((state.locked_until - now).total_seconds()))


def after_failure(state: LockState, *, now: datetime, max_failures: int, lock_s: int) -> LockState:
    """The counters after one more wrong password: the Nth failure in a row locks the account for lock_s."""
    count = 0 if state.locked_until is not None and now >= state.locked_until else state.failed_count
    count += 1
    if count >= max_failures:
        return LockState(failed_count=0, locked_until=now + timedelta(seconds=lock_s))
    return LockState(failed_count=count, locked_until=None if count == 1 else state.locked_until)


def after_success() -> LockState:
    """The counters after a correct password (everything cleared)."""
    return LockState(failed_count=0, locked_until=None)
