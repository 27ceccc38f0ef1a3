"""Round 51 (:mod:`safety.events_climbing_in_signs`, wide53): someone climbing the outside of a home up to a balcony or
an upper window is a break-in under way (110), where the emergency classifier alone had sent a person at a height to
119; a roofer, a household clearing snow, a boy at play, a story and the writer's own family locked out are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("向かいの家で、知らない男が雨どいをつたって二階の窓に上がろうとしてる", "110"),
    ("むかいの いえの べらんだに しらない おとこが よじのぼってる", "110"),
    ("夜中に誰かが隣の部屋のベランダの手すりを乗り越えて入ろうとしております", "110"),
    ("となりのアパートさ、怪しい男が物干し台から二階のベランダさよじ登ってるっちゃ", "110"),
    ("今、不審な人が一人暮らしのおばあさんの家の二階の窓に這い上がってる", "110"),
]
LOOK_ALIKES = [
    ("屋根屋の職人さんが二階のベランダに上がって雨どいを直しています", "none"),
    ("主人が鍵を忘れて、二階のベランダによじ登って入りました", "none"),
    ("ドラマで男が二階のベランダによじ登るシーンがこわかった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_someone_climbing_up_to_a_balcony_or_an_upper_window_is_a_break_in(text: str, number: str) -> None:
    assert "intruder" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_a_tradesman_the_household_or_a_story_is_not(text: str, number: str) -> None:
    assert "intruder" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
