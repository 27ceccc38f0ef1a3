"""Per-address login rate limit with an injected clock."""

from __future__ import annotations

from staff.ratelimit import LoginRateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_limit_per_window_then_wait_then_allowed_again() -> None:
    clock = FakeClock()
    limiter = LoginRateLimiter(limit=3, window_s=60, clock=clock)
    assert [limiter.hit("1.2.3.4") for _ in range(3)] == [0, 0, 0]
    assert limiter.hit("1.2.3.4") == 60
    clock.t += 30
    assert limiter.hit("1.2.3.4") == 30
    assert limiter.hit("5.6.7.8") == 0  # other addresses are independent
    clock.t += 30
    assert limiter.hit("1.2.3.4") == 0


def test_refused_attempts_do_not_extend_the_wait() -> None:
    clock = FakeClock()
    limiter = LoginRateLimiter(limit=1, window_s=10, clock=clock)
    assert limiter.hit("a") == 0
    for _ in range(5):
        assert limiter.hit("a") == 10
    clock.t += 10
    assert limiter.hit("a") == 0
