"""A worry about what is ahead, told as such (今から不安, 今から案じております: :mod:`safety.vocabulary_hypothetical`
and :mod:`safety.vocabulary_time`'s ``LEARNING_AHEAD``; round 58), and a count of sheets read on into the next word
(一枚混ざって: ``SHEETS_COUNTED_BEFORE``) are no "now". Real alarms in the setting first: someone collapsed now on a
night shift, a fall told with 今 stay emergencies."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

STILL_ALARMS = [
    ("夜勤の同僚が今、倉庫で倒れて動かない", "119"),
    ("いま よるの しごとちゅうに せんぱいが たおれて いきを してない", "119"),
]

WORRY_AHEAD = [
    ("来週から一人で夜勤です。倒れても誰にも見つけてもらえないかもと今から不安です", "none"),
    ("らいげつから よるの しごとを ひとりで します なにか あっても だれも きづかないかと いまから しんぱい", "none"),
    ("札を数えたら千円札が二枚まとめて折れてました。どこに連絡すればいいの", "none"),
]


def test_worry_ahead_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STILL_ALARMS + WORRY_AHEAD)


@pytest.mark.parametrize(("text", "number"), STILL_ALARMS)
def test_real_alarms_on_a_night_shift(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WORRY_AHEAD)
def test_a_worry_ahead_is_no_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
