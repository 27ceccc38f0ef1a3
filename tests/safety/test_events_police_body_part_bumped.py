"""Round 57 (:mod:`safety.events_police`): a body part bumped, told with the respectful passive (頭をぶつけられ
まして: "he bumped his head"), is a person's own knock to ask about - not a vehicle that hit someone, while a car
or a bicycle that hit someone is still a collision."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("後ろから車をぶつけられて、相手はそのまま逃げていきました", "110"),
    ("自転車にぶつけられて祖母が倒れて起き上がれない", "119"),
]
QUIET = [
    ("父が戸棚の角に頭をぶつけられまして、少しこぶになっております。病院へ行くべきでしょうか", "#7119"),
    ("先生が机の角に膝をぶつけられて、痛そうにしておられます。冷やせばよいでしょうか", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_vehicle_that_hit_someone_is_a_collision(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_body_part_bumped_respectfully_is_a_knock_to_ask_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
