"""Weak signs, danger words and the advice lines (:mod:`safety.events_advice`), on phrasings not in the set: word
boundaries that the devoiced reading creates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # itching (かゆがって) is a symptom; が+床 (おっとがゆか, devoiced かゆか) is not
    ("息子が湿疹をかゆがって眠れない", "#7119"),
    ("夫が床をワックスがけしてくれた", "none"),
    # threatened again and again, in kana (おどしてくる)
    ("となりの おじさんが いうこと きかないと ひどいめに あわせるって おどしてくる", "#9110"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_word_boundaries_of_the_advice_rules(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
