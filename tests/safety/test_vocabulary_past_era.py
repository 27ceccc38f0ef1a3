"""Round 55 (:data:`safety.vocabulary_time.PAST`): a year of a past era (平成二十七年, 昭和五十年) dates what is told
as the past, as 去年 does - a past flood's records asked about are no disaster now. A flood now, with the era named for
something else, keeps the disaster page."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("平成十年に吉田川があふれて家が床上浸水しました。当時の写真を市で保存していますか", "none"),
    ("昭和六十一年の水害で堤防が切れた話を祖父から聞きました。資料館はありますか", "none"),
    ("平成元年に建てた家ですが、いま裏の川があふれて床下まで水が来ています", "disaster"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_past_era_year_dates_the_flood(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
