"""Round 48 (:mod:`safety.events_life`): a stone or the roof's ice lying on a road that cars must swerve round is a
road danger for the police (110), not a person kicked (よけられない, Tohoku よげられねえ, read as けられ) nor a person
fallen from the roof (屋根から落ちた大きな氷の塊); a person kicked, or fallen from the roof onto the snow, stays 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49a's and blind49b's tellings, then other tellings of the same kind
FROM_THE_SET = [
    ("道路さでっけえ石転がってきて、車よげられねえで止まってっちゃ", "110"),
    ("家の前の道路に屋根から落ちた大きな氷の塊が転がっていて、車が次々とよけて通っています。", "110"),
]
CASES = [
    ("国道のまんなかに屋根から落ちた瓦が散らばってて、車がよけて走ってる", "110"),
    ("どうろに おおきな いし ころがってて くるま よけられない", "110"),
    ("県道さ屋根がら落ぢだでっけえ雪の塊転がってで、車よげらんねえで止まってる", "110"),
]
# a person kicked, a person fallen from the roof (onto the snow, buried in it): 119
STILL_HURT = [
    ("駅前で知らない男に蹴られて、血が止まらない", "119"),
    ("屋根から落ちたじいちゃんが雪の上で動かない", "119"),
    ("屋根から落ちた雪に息子が埋まって見えない", "119"),
    ("父が屋根の雪下ろし中に屋根から落ちた", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + STILL_HURT)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_thing_on_the_road_cars_swerve_round_is_for_the_police(text: str, number: str) -> None:
    medical = find(views(text)).names("medical")
    assert "injured_by_violence" not in medical
    assert "fell_from_height" not in medical
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_HURT)
def test_a_person_kicked_or_fallen_from_the_roof_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
