"""Round 57 (:mod:`safety.events_consultation`): ストーカー folds to すとか, which a polite verb's ます before と書いた
also holds (終わりにいたしますと書いた -> ますとかいた) - no stalker, while a stalker told is still one."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("元夫がストーカーになって、毎日家の前で待ち伏せしています", "#9110"),
]
QUIET = [
    ("「今までありがとうございます」と書いたカードを担任の先生に渡しました", "none"),
    ("「いつもお世話になっております」と書いた年賀状を出しました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_stalker_told_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_polite_verb_before_written_is_no_stalker(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
