"""What the rule-module tests (tests/safety/test_events_*.py) expect of a phrasing: it gets the given number,
and it is an emergency exactly when that number is 119 or 110; and their own wordings are not phrases of the
labelled set (they test that a rule generalises)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache

from safety.assess import assess
from safety.evaluate import load_phrases, predicted_number

EMERGENCY_NUMBERS = frozenset({"119", "110"})


def assert_decides(text: str, number: str, *, now: datetime) -> None:
    decision = assess(text, now=now, channel="chat")
    assert predicted_number(decision) == number, (text, predicted_number(decision), number)
    assert decision.is_emergency == (number in EMERGENCY_NUMBERS), (text, decision.is_emergency)


@cache
def phrase_set_texts() -> frozenset[str]:
    """The texts of safety/eval/phrases.tsv, read once for all the rule-module tests."""
    return frozenset(phrase.text for phrase in load_phrases())


def assert_not_in_phrase_set(cases: Iterable[tuple[str, str]]) -> None:
    overlap = phrase_set_texts() & {text for text, _ in cases}
    assert not overlap, sorted(overlap)
