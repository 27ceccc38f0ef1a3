"""A serow or a crow lying still is an animal, not a person (:mod:`safety.rule`, ``ANIMAL``; round 58), and the 車
of 駐車場 is a car park, not an overturned car (:mod:`safety.events_scene_signs`, ``overturned_vehicle``). Real alarms
in the setting first: a person collapsed beside the animal, glass broken and a person bleeding, a car overturned in a
car park stay emergencies."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

STILL_ALARMS = [
    ("駐車場で軽トラがひっくり返ってる、運転手は自分で出てきた", "110"),
    ("窓ガラスが割れて、父の腕から血が止まらない", "119"),
    ("カモシカを見に行った祖父が山道で倒れて動きません", "119"),
]

ANIMALS = [
    ("畑の真ん中にカモシカがいて、ずっと動かない。役場に言えばいいの?", "none"),
    ("かもしかが にわで たおれて うごかない どこに でんわ すれば いい", "none"),
    ("店の駐車場で烏が死んでるんだけど、どうしたらいい", "none"),
    ("学校の裏でカラスが倒れてて動かないんだけど、どこに言えばいいの", "none"),
]


def test_animal_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STILL_ALARMS + ANIMALS)


@pytest.mark.parametrize(("text", "number"), STILL_ALARMS)
def test_real_alarms_beside_an_animal_or_in_a_car_park(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ANIMALS)
def test_a_serow_or_a_crow_lying_still(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
