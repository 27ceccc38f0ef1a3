"""Forty-ninth session (:mod:`safety.events_life` ``fell_from_height``): a person told between the place and the fall
(ベランダから1歳の子が落ちた, やねから ちちが おちて) is a fall from a height; a thing or an animal there
(屋根から雪が, 窓から猫が) and a near miss told over (落ちそうになったけど) are not; one still hanging there
(落ちそうになって今ぶら下がってる) stays a fall from a height. Tellings written for these tests,
not phrases of the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

PERSON_FELL = [
    ("二階のベランダから三歳の娘が落ちて、泣きもしないで動かない", "119"),
    ("やねから ちちが おちて うごかない", "119"),
    ("屋根さ上がった親父が、屋根から親父が落ぢで動がねえ", "119"),
    ("えっと 脚立から 父が 落ちて 頭打って 動かない", "119"),
    ("二階の窓から息子が落ちそうになって、今さっしにぶら下がってる", "119"),
]
NOT_A_PERSON_FALLING = [
    "窓からうちの猫が落ちたけど、すぐ走っていった",
    "二階のまどから むすこが おちそうに なったけど すぐ つかまえた",
    "ベランダから洗濯物が落ちて、下の家の庭に入った",
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PERSON_FELL + [(text, "none") for text in NOT_A_PERSON_FALLING])


@pytest.mark.parametrize(("text", "number"), PERSON_FELL)
def test_a_person_between_the_place_and_the_fall_fell_from_a_height(text: str, number: str) -> None:
    assert "fell_from_height" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", NOT_A_PERSON_FALLING)
def test_a_cat_a_near_miss_or_the_washing_is_no_fall_from_a_height(text: str) -> None:
    assert "fell_from_height" not in find(views(text)).names("medical")
