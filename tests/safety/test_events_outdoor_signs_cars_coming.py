"""Round 55 (``road_danger`` of :mod:`safety.events_outdoor_signs`): a road caved in with cars coming on towards it
(車が次々に近づいて, どんどん通ってる) is a danger on the road now (110), as a wheel already caught is. A hole asked
to be mended, or mended, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    ("水道管が破裂して交差点の真ん中が陥没してる、車がどんどん来る", "110"),
    ("県道の路面が崩れて大きな穴になっております。暗い中を車が近づいてまいります", "110"),
    ("家の前の道路の穴、去年直してもらったけど、また車が通るたびに音がします", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_caved_road_with_cars_coming_is_a_police_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
