"""Roads and traffic in :mod:`safety.events_police`, on phrasings not in the set: a person walking in a busy road, a
near miss that is no accident, a road blocked by a fallen tree or a vehicle stopped in it, a vehicle run into
something fixed by the road."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind29b: a person walking in the middle of a busy road is 110.
BLIND29_ROAD = [
    ("車の多い道の真ん中を酔っぱらいがふらふら歩いてる", "110"),
]


def test_blind29_road_middle_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_ROAD)


@pytest.mark.parametrize(("text", "number"), BLIND29_ROAD)
def test_blind29_road_middle(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): a near miss (ひかれそうになった, ぶつかりそうになった) is no accident.
BLIND34_NEAR_MISS = [
    ("車にはねられそうになった交差点にミラーをつけてもらえますか", "none"),
    ("自転車にぶつかりそうになったので、歩道に柵をつけてほしい", "none"),
    ("子どもが車にはねられた", "119"),
]


def test_blind34_near_miss_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND34_NEAR_MISS)


@pytest.mark.parametrize(("text", "number"), BLIND34_NEAR_MISS)
def test_blind34_a_near_miss_is_no_accident(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): a fallen tree across the road, a danger to traffic (8 other writers, 110), and a
# lane blocked (車線ふさいでる; 11 other writers, 110); a fallen tree and where to call is a city matter.
ROAD_BLOCKED = [
    ("大きな木が倒れて道路をふさいでる、車が来たら危ない", "110"),
    ("トラックが横向きに止まって両方の車線ふさいでる", "110"),
    ("強風で木が倒れて道をふさいでる、どこに電話すればいいですか", "none"),
]


def test_road_blocked_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROAD_BLOCKED)


@pytest.mark.parametrize(("text", "number"), ROAD_BLOCKED)
def test_a_tree_or_a_vehicle_blocking_the_road(text: str, number: str) -> None:
    assert ("road_blocked" in find(views(text)).events) == (number == "110")
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): a vehicle run into something fixed by the road (運転してて ガードレールに ぶつかった;
# 6 phrases of 6 other writers, all emergencies) is a traffic accident, 119 with an injury told; a repair asked about
# is not, and a child running into a wall is no traffic accident.
VEHICLE_INTO_OBJECT_CASES = [
    ("母が運転してて電柱にぶつかった、けがはないけど車が動かない", "110"),
    ("夫が運転中に塀に突っ込んで、頭から血が出てる", "119"),
    ("去年、車を電柱にぶつけた修理代の保険について聞きたい", "none"),
    ("子どもが走っていて壁にぶつかって泣いてる", "#7119"),
]


def test_vehicle_into_object_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(VEHICLE_INTO_OBJECT_CASES)


@pytest.mark.parametrize(("text", "number"), VEHICLE_INTO_OBJECT_CASES)
def test_a_vehicle_run_into_something_fixed_is_an_accident(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: a vehicle stopped in the middle of a crossing, road or lane is a danger to traffic (110), even with
# "not moving" told of it (blind43a/b: 119 for 110); an animal standing there, or a person down, is not this.
ROUND42_ROAD_CASES = [
    ("バスが道路の真ん中で止まったまま動きません、後ろの車がクラクション鳴らしてる", "110"),
    ("トラックがエンストして交差点の真ん中で動けなくなってる", "110"),
    ("県道の真ん中さ軽トラ止まって動がねえ、後ろがら車来っと危ねえ", "110"),
    ("散歩していたら道路の真ん中でたぬきがじっとして動かないんです", "none"),
    ("交差点の真ん中でおばあさんが倒れて動かない", "119"),
]


def test_round42_road_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_ROAD_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_ROAD_CASES)
def test_round42_road_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
