"""Round 56 (:mod:`safety.events_scene_signs` ``road_danger``): a fallen thing or a large animal lying on a road
with the cars that come told as the danger (道に大きな木が倒れて…車が来たら危ない, 道路に鹿が倒れて…車が次々来て
危ない) is 110; a carcass to be cleared, a person lying there (119) and a story stay what they were."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("県道のカーブに電柱が倒れてて、車が来たらぶつかりそうで危ない", "110"),
    ("峠の道に、猪が一頭倒れておりまして、車が来ますと危のうございます", "110"),
    ("みちに くまが しんでて くるまが くるから あぶない", "110"),
    ("うちの前の道さ、でっけえ木が倒れでで、車来たら危ねえ", "110"),
    ("国道に牛が横たわっていて、トラックが通ると危ないんですが", "110"),
]
# a person lying on the road is a collapse first (119)
PERSON = [("道に男の人が倒れてて、車が来たら危ない", "119")]
QUIET = [
    ("道路で狸が車にひかれて死んでいます。どこに片付けを頼めばいいですか", "none"),
    ("夢で道路に鹿が倒れてて、車が来て危ないところだった", "none"),
    ("倒れた木が道にあると車が来たら危ないので、台風の前に庭木を切りたい", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + PERSON + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_thing_or_an_animal_across_the_road_with_cars_coming_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), PERSON)
def test_a_person_lying_on_the_road_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_carcass_a_dream_or_a_plan_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
