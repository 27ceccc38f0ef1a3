"""Login throttling (pure): after some failed passwords for one account from one address, each further try
from that address must wait twice as long as the one before (1, 2, 4... seconds, capped).

An attacker guessing from many addresses slows only their own addresses; the account itself is never locked,
so its owner can still log in from their own machine.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta


def delay_s(failed: int, *, free_failures: int, max_delay_s: int) -> int:
    """Seconds the next try must wait after the last failure (0 while under ``free_failures``)."""
    if failed < free_failures:
        return 0
    exponent = min(failed - free_failures, 62)  # 2**62 s is far past any cap
    return int(min(2**exponent, max_delay_s))


def wait_s(failed: int, last_failed_at: datetime | None, *, now: datetime, free_failures: int,
           max_delay_s: int) -> int:
    """Whole seconds left before another try is allowed (0: allowed now)."""
    if last_failed_at is None:
        return 0
    allowed_at = last_failed_at + timedelta(seconds=delay_s(failed, free_failures=free_failures,
                                                            max_delay_s=max_delay_s))
    if now >= allowed_at:
        return 0
    return max(1, math.ceil((allowed_at - now).total_seconds()))
