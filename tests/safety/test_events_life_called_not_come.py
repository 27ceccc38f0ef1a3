"""Round 58 (:mod:`safety.events_life`): someone called for who has not come (放送でお母さんを呼んでも見えません,
呼んでも来ない) is not unresponsive; one called who does not answer or wake still is."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("迷子の子のお父さんを呼んでも来ない", "110"),
    ("父を呼んでも起きてこない", "119"),
    ("ばあちゃん呼んでも反応ねえ", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_called_and_not_come_is_not_unresponsive(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
