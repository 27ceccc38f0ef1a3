"""Round 54 (:mod:`safety.events_generic` ``abduction``): a child pushed into a car told with the Tohoku さ for に
(子どもば車さ押し込んだ) is an abduction (110), as with に; a child put in the family car, or luggage, is not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ABDUCTION = [
    ("知らね男が娘ば車さ押し込んで行ったっちゃ", "110"),
    ("公園の前で女の子が白い車の中さ押し込まれだの見だ", "110"),
]
QUIET = [
    ("孫ば車さ乗せで、これがら病院さ行ぐどごだっちゃ", "none"),
    ("まつりの買い物、全部車さ積んで帰ってきたっちゃ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ABDUCTION + QUIET)


@pytest.mark.parametrize(("text", "number"), ABDUCTION)
def test_pushed_into_a_car_with_sa_is_an_abduction(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_car_ride_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
