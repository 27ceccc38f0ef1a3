"""Per-client token-bucket rate limiting for the public endpoints."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

MAX_TRACKED_CLIENTS = 50_000  # beyond this, idle buckets are dropped


class RateLimiter:
    """A token bucket per client key: ``burst`` tokens, refilled at ``per_minute`` per minute."""

    def __init__(self, *, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        """Configure the limits; ``clock`` returns seconds (injectable for tests)."""
        self.rate_per_s = per_minute / 60.0
        self.burst = float(burst)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        """Take one token for ``key``: 0.0 when allowed, else the seconds to wait before retrying."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate_per_s)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_TRACKED_CLIENTS:
                    self._drop_full_buckets(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate_per_s

    def _drop_full_buckets(self, now: float) -> None:
        full_after_s = self.burst / self.rate_per_s
        for key, (_, last) in list(self._buckets.items()):
            if now - last >= full_after_s:
                del self._buckets[key]

    @staticmethod
    def retry_after_header(wait_s: float) -> str:
        """Retry-After value in whole seconds (at least 1)."""
        return str(max(1, math.ceil(wait_s)))
