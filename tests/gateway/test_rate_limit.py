"""Token bucket (pure, injected clock)."""

from __future__ import annotations

from gateway.rate_limit import RateLimiter


def test_burst_then_refill() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=3, clock=lambda: now[0])
    assert [limiter.acquire("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.acquire("a")
    assert 0.9 < wait <= 1.0
    assert limiter.acquire("b") == 0.0  # other clients are not affected
    now[0] += 1.0
    assert limiter.acquire("a") == 0.0
    assert RateLimiter.retry_after_header(0.2) == "1" and RateLimiter.retry_after_header(2.1) == "3"
