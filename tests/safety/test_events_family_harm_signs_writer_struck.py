"""Round 58 (:mod:`safety.events_family_harm_signs`, ``WRITER_STRUCK``): the writer struck or pushed, told in the
active voice with the writer as its object (弟が私を突き飛ばしました, おればぶっ叩いで), is violence (110) - while a
sport, a kindness (肩を叩いてくれて) and being woken (叩き起こす) stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("息子が酔っぱらって、いま私を突き飛ばしました。頭を打って痛いです", "110"),
    ("夫がさっきから私を殴ってくる、助けて", "110"),
    ("おっとが わたしを けった いま へやに いる こわい", "110"),
    ("酔った親父がおればぶっ叩いで、まだ怒鳴ってる", "110"),
]
QUIET = [
    ("柔道の練習で先輩が私を投げて押し倒した", "none"),
    ("孫が私の肩を叩いてくれて気持ちいい", "none"),
    ("毎朝、母が私を叩き起こすのでつらい", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_the_writer_struck_in_the_active_voice_is_violence(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_sport_a_kindness_and_a_wake_up_stay_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
