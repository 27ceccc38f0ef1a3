"""Round 56 (:mod:`safety.events_seasonal_signs`, ``road_blocked``): something lying across a road or blocking it
while cars swerve or brake round it is a danger on the road now (110), whatever it is - a festival's bamboo or a
decoration is a thing that fell (:data:`safety.vocabulary.THINGS`), not a person collapsed. Asked about, supposed
or cleared, it stays quiet. Tellings written for these tests, not phrases of the set."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

DANGER = [
    ("国道の車線を、トラックから落ちた木材がふさいでいて、後ろの車が急ブレーキでよけています", "110"),  # plain
    ("七夕の竹が倒れて市道ふさいでる、車がよけきれなくてヤバい", "110"),  # casual
    ("県道の真ん中さ、看板横たわってで、車よけでっけど危ねえ", "110"),  # tohoku
    ("みちの まんなかに おおきな いたが よこたわってて くるまが きゅうはんどるで よけてる", "110"),  # kana
]
QUIET = [
    ("昨日は道をふさいでいた竹が片付けられて、もう車もよけずに通れます", "none"),
    ("もし道路に倒木が横たわっていたら、車がよけられないのでどこに連絡すればいいですか", "none"),
    ("祭りの飾りが倒れちゃったけど、境内の中だけなので直しておきます", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DANGER + QUIET)


@pytest.mark.parametrize(("text", "number"), DANGER)
def test_something_across_the_road_with_cars_swerving_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_a_person_collapsed_by_bamboo_stays_119() -> None:
    assert_decides("竹やぶで作業していた父が倒れて、呼んでも動きません", "119", now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_cleared_supposed_or_off_the_road_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
