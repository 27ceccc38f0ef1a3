"""Round 57 (:mod:`safety.normalize`): 蛍光 of a light tube (蛍光灯) is read けいこうとう, which holds 強盗 once
devoiced - it stays in kanji in the reading view, so a fall while changing a light tube is no robbery, while a
robbery told beside a light tube is still one."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("蛍光灯の明かりの下で強盗に刃物を向けられてる、助けて", "110"),
    ("夜中に強盗が入ってきて、蛍光灯を割って暴れてる", "110"),
]
QUIET = [
    ("事務所の蛍光灯を交換していて脚立から落ち、膝をすりむいて少し腫れています。病院に行ったほうがいいでしょうか",
     "#7119"),
    ("倉庫の蛍光灯を替えた帰りに車に乗ったら、タイヤが勝手に回って怖かった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_robbery_beside_a_light_tube_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_light_tube_is_no_robbery(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
