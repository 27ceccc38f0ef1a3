"""Round 53 (:mod:`safety.events_strung_across_signs`, wide55): a rope or wire strung across a way at the height of a
rider's neck or face is a trap (110); a rope barrier of road works, a washing line and a tug of war are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("河川敷のサイクリングロードに、ワイヤーが顔の高さで張られています", "110"),
    ("さかみちに はりがねが くびの たかさで はって あります", "110"),
    ("通学路の歩道に釣り糸がぴんと張ってある。ちょうど首のあたりの高さ", "110"),
    ("林道さ紐張ってあんだ、バイク乗ったら首さ引っかかる高さだっちゃ", "110"),
]
LOOK_ALIKES = [
    ("道路工事でロープが胸の高さに張ってあります。いつまで通行止めですか", "none"),
    ("庭に物干しのロープを首の高さで張りたい", "none"),
    ("運動会の綱引きのロープはどこで借りられますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_line_strung_at_neck_height_across_a_way_is_a_trap(text: str, number: str) -> None:
    assert "road_danger" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_road_works_washing_or_a_game_is_not(text: str, number: str) -> None:
    assert "road_danger" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
