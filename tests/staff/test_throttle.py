"""Login throttling (pure): free tries, then a doubling wait per failure, capped; never a hard lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from staff.throttle import delay_s, wait_s

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
FREE = 5
CAP_S = 900


def test_no_wait_during_the_free_failures() -> None:
    assert [delay_s(n, free_failures=FREE, max_delay_s=CAP_S) for n in range(FREE)] == [0] * FREE
    assert wait_s(FREE - 1, T0, now=T0, free_failures=FREE, max_delay_s=CAP_S) == 0


def test_the_wait_doubles_per_failure_and_is_capped() -> None:
    delays = [delay_s(n, free_failures=FREE, max_delay_s=CAP_S) for n in range(FREE, FREE + 12)]
    assert delays == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
    assert delay_s(10_000, free_failures=FREE, max_delay_s=CAP_S) == CAP_S


def test_wait_counts_down_from_the_last_failure() -> None:
    failed = FREE + 3  # 8 s after the last failure
    assert wait_s(failed, T0, now=T0, free_failures=FREE, max_delay_s=CAP_S) == 8
    assert wait_s(failed, T0, now=T0 + timedelta(seconds=7, milliseconds=100), free_failures=FREE,
                  max_delay_s=CAP_S) == 1
    assert wait_s(failed, T0, now=T0 + timedelta(seconds=8), free_failures=FREE, max_delay_s=CAP_S) == 0
    assert wait_s(failed, None, now=T0, free_failures=FREE, max_delay_s=CAP_S) == 0
