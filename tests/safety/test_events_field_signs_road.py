"""A danger on the road (110; :mod:`safety.events_field_signs`), on phrasings not in the set: animals on a road that
cars brake for or a car hit, a vehicle weaving over the centre line (ふらつい, 蛇行, ふらふら走って); animals loose in a
field, a wobbly cyclist or a question of driving on snow is not (split from test_events_field_signs.py in
round 47)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 23 (the misses of blind19a and blind20b): animals on a road that cars brake hard for, or a car that hit one,
# is a danger on the road (110); animals loose in a field with no road named stay quiet.
ROAD_ANIMAL_CASES = [
    ("国道に牛が出て、車がみんなブレーキ踏んでる", "110"),
    ("県道でイノシシとぶつかった、車は動くけど相手がいない", "110"),
    ("牛が柵から出て田んぼで草を食べてる、誰に言えばいい？", "none"),
]


def test_road_animal_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROAD_ANIMAL_CASES)


@pytest.mark.parametrize(("text", "number"), ROAD_ANIMAL_CASES)
def test_animals_on_a_road_or_hit_by_a_car(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [("前のトラックがふらついてセンターラインはみ出してる", "110"),
                                              ("バイクが蛇行運転してる、危ない", "110"),
                                              ("雪道で蛇行しないように運転するには", "none")])
def test_a_vehicle_weaving_over_the_centre_line(text: str, number: str) -> None:
    # round 23 (the training writers' misses): a danger on the road (110), not a person's dizziness (#7119)
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): a car weaving told by ふらふら走って or over the centre line (中央線; a weaving car:
# 6 other writers, all 110); a wobbly cyclist is not.
WEAVING_CASES = [
    ("酒臭い男の車がふらふら走ってった、国道を北へ", "110"),
    ("前の車がふらつきながら中央線を越えてる", "110"),
    ("自転車でふらふら走ってたら転んだ", "#7119"),
]


def test_weaving_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WEAVING_CASES)


@pytest.mark.parametrize(("text", "number"), WEAVING_CASES)
def test_a_weaving_car_is_a_road_danger(text: str, number: str) -> None:
    assert ("road_danger" in find(views(text)).events) == (number == "110")
    assert_decides(text, number, now=DAY)


# Round 47 (B54's typed gap, met writing blind48's heard cases): a car that hit a deer or a boar on a pass, a forest
# road or the expressway, or left unable to move, is an accident for the police (110); talk of such accidents is not.
ANIMAL_COLLISION_CASES = [
    ("峠で鹿とぶつかって車が動かなくなりました", "110"),
    ("鹿とぶつかって車が動かない", "110"),
    ("林道でイノシシと衝突した、車のバンパーが外れてる", "110"),
    ("しかと ぶつかって くるま うごかない とうげ", "110"),
    ("鹿とぶつかる事故が多いって聞いたけど対策ある？", "none"),
    ("去年峠で鹿とぶつかったことがある", "none"),
]


def test_animal_collision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ANIMAL_COLLISION_CASES)


@pytest.mark.parametrize(("text", "number"), ANIMAL_COLLISION_CASES)
def test_a_car_that_hit_an_animal_is_a_road_danger(text: str, number: str) -> None:
    assert ("road_danger" in find(views(text)).events) == (number == "110")
    assert_decides(text, number, now=DAY)



# Round 58 (merging; wide60b's Tohoku telling 除雪してだら県道で車ぁ雪山さ突っ込んで): a vehicle told with が dropped
# and the place's さ kept ran into something as 車が does, and a while told before it (してだら, 走ってたら: "as I
# was ...") is no "what if" that makes the accident a topic; a real conditional and a thing pushed in stay quiet.
CRASH_TOLD_CASES = [
    ("雪かぎしてだら、前の車ぁ雪山さ突っ込んで道ふさいでる", True),
    ("夜道を走ってたら、前の車がスリップして電柱にぶつかった。運転手は無事みたい", True),
    ("畑さ行ぐ途中、軽トラ用水路さ突っ込んで止まってる", True),
    ("雪道で車がスリップしたら、保険はどうなりますか", False),
    ("車の鍵をカバンさ突っ込んで出がげだ", False),
]


def test_crash_told_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "110" if crash else "none") for text, crash in CRASH_TOLD_CASES])


@pytest.mark.parametrize(("text", "crash"), CRASH_TOLD_CASES)
def test_a_crash_told_in_dialect_or_after_a_while_is_read(text: str, crash: bool) -> None:
    assert ("traffic_accident" in find(views(text)).events) is crash
