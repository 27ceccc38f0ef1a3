"""Lockout counters (pure): the 5th failure in a row locks for 15 minutes; success clears."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from staff.lockout import LockState, after_failure, after_success, is_locked, seconds_left

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
LOCK_S = 900
MAX = 5


def fail(state: LockState, when: datetime) -> LockState:
    return after_failure(state, now=when, max_failures=MAX, lock_s=LOCK_S)


def test_four_failures_do_not_lock_the_fifth_does() -> None:
    state = LockState(failed_count=0, locked_until=None)
    for i in range(4):
        state = fail(state, T0 + timedelta(seconds=i))
        assert not is_locked(state, now=T0 + timedelta(seconds=i))
    assert state.failed_count == 4
    state = fail(state, T0 + timedelta(seconds=5))
    assert is_locked(state, now=T0 + timedelta(seconds=6))
    assert state.locked_until == T0 + timedelta(seconds=5 + LOCK_S)
    assert seconds_left(state, now=T0 + timedelta(seconds=5)) == LOCK_S


def test_lock_expires_after_the_lock_time() -> None:
    state = LockState(failed_count=0, locked_until=T0 + timedelta(seconds=LOCK_S))
    assert is_locked(state, now=T0 + timedelta(seconds=LOCK_S - 1))
    assert not is_locked(state, now=T0 + timedelta(seconds=LOCK_S))
    assert seconds_left(state, now=T0 + timedelta(seconds=LOCK_S)) == 0


def test_a_failure_after_an_expired_lock_starts_counting_again() -> None:
    state = LockState(failed_count=0, locked_until=T0)
    state = fail(state, T0 + timedelta(minutes=1))
    assert state.failed_count == 1 and state.locked_until is None


def test_success_clears_everything() -> None:
    assert after_success() == LockState(failed_count=0, locked_until=None)


def test_seconds_left_rounds_up() -> None:
    state = LockState(failed_count=0, locked_until=T0 + timedelta(seconds=10, milliseconds=200))
    assert seconds_left(state, now=T0) == 11
