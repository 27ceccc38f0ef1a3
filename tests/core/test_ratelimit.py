"""RateLimiter on the limits library."""

from __future__ import annotations

import pytest

from core.ratelimit import RateLimiter


def test_requests_over_the_burst_wait_and_are_not_counted() -> None:
    limiter = RateLimiter("100/minute;3/10 seconds")
    assert [limiter.hit("a") for _ in range(3)] == [0, 0, 0]
    wait_s = limiter.hit("a")
    assert 1 <= wait_s <= 10
    assert limiter.hit("b") == 0  # other clients are unaffected


def test_reset_forgets_counts() -> None:
    limiter = RateLimiter("1/minute")
    assert limiter.hit("a") == 0 and limiter.hit("a") > 0
    limiter.reset()
    assert limiter.hit("a") == 0


def test_an_empty_rate_is_refused() -> None:
    with pytest.raises(ValueError):
        RateLimiter("")
