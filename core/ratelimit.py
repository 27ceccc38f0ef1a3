"""Rate limiting on the maintained ``limits`` library: memory by default, a shared storage (e.g. Redis)
by URI when several gateway processes run."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter


class RateLimiter:
    """Every limit in ``rates`` (e.g. ``"60/minute;20/10 seconds"``) applies per key and namespace."""

    def __init__(self, rates: str, *, storage_uri: str = "memory://", namespace: str = "default") -> None:
        self.items: Sequence[RateLimitItem] = parse_many(rates)
        if not self.items:
            raise ValueError(f"no rate limit in {rates!r}")
        self.namespace = namespace
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))

    def hit(self, key: str) -> int:
        """Count one request for ``key``: 0 when allowed, else whole seconds to wait (nothing counted)."""
        for item in self.items:
            if not self._limiter.test(item, self.namespace, key):
                return self._wait_s(item, key)
        for item in self.items:
            self._limiter.hit(item, self.namespace, key)
        return 0

    def _wait_s(self, item: RateLimitItem, key: str) -> int:
        reset_at = self._limiter.get_window_stats(item, self.namespace, key).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def reset(self) -> None:
        """Forget every count (tests, and an operator's reset)."""
        self._limiter.storage.reset()
