"""What the rule-module tests (tests/safety/test_events_*.py) expect of a phrasing: it gets the given number,
and it is an emergency exactly when that number is 119 or 110."""

from __future__ import annotations

from datetime import datetime

from safety.assess import assess
from safety.evaluate import predicted_number

EMERGENCY_NUMBERS = frozenset({"119", "110"})


def assert_decides(text: str, number: str, *, now: datetime) -> None:
    decision = assess(text, now=now, channel="chat")
    assert predicted_number(decision) == number, (text, predicted_number(decision), number)
    assert decision.is_emergency == (number in EMERGENCY_NUMBERS), (text, decision.is_emergency)
