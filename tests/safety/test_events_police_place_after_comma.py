"""帰ってきて followed by a place read なる- once the comma goes (帰ってきて、鳴子で) is no one who has not come
back (:mod:`safety.events_police`; round 55, wide57), on tellings written for these tests, not phrases of the set;
a son not back from school at night is still 110."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

PLACE_AFTER_BACK = [
    ("夫がゆうべ仕事から帰ってきて、鳴子で買ったお土産をくれました", "none"),
    ("息子が学校から帰ってきてないんです、もう夜の九時です", "110"),
]


def test_place_after_back_is_no_missing_person_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PLACE_AFTER_BACK)


@pytest.mark.parametrize(("text", "number"), PLACE_AFTER_BACK)
def test_place_after_back_is_no_missing_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
