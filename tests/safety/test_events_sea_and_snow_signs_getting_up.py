"""おき is the offshore sea (沖) only before a particle: getting up (起き) and then holding on to a pillar is
dizziness, not a person clinging in the water (:mod:`safety.events_sea_and_snow_signs`; round 55, wide57), on
tellings written for these tests, not phrases of the set; someone swept offshore clinging to a buoy is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

GETTING_UP = [
    ("母が朝起きたら天井が回ると言って、柱につかまっています。話はできます。病院に行ったほうがいいですか", "#7119"),
    ("おきに ながされた ひとが ぶいに つかまってる", "119"),
]


def test_getting_up_is_not_the_sea_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GETTING_UP)


@pytest.mark.parametrize(("text", "number"), GETTING_UP)
def test_getting_up_is_not_the_sea(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
