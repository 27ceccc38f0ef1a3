"""Round 57 (:mod:`safety.events_generic`, :mod:`safety.events_gone_out_signs`): a farewell told in the humble form
(もう終わりにいたします) on a note left, or before walking towards a bridge, is a suicide threat (110) - while a
counter or a shop closing for the day in the same words stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("叔父が「もう終わりにいたします」と書いた手紙を残して、家を出ていきました", "110"),
    ("父が、もう終わりにいたしますって書いたメモを置いて、車で出て行った", "110"),
    ("母が「もう終わりにいたします」と申して、橋のほうへ歩いて行きました", "110"),
]
QUIET = [
    ("「本日の受付は終わりにいたします」と書いた紙を窓口に貼っておきました", "none"),
    ("今日の営業は終わりにいたしますと書いた札を下げました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_humble_farewell_left_is_a_suicide_threat(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_closing_for_the_day_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
