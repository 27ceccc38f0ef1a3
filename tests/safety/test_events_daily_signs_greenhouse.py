"""Heatstroke in a greenhouse, and no sweat told as a state (:mod:`safety.events_daily_signs`, ``heatstroke``;
round 58), on tellings written for these tests: 119. A greenhouse with no sign, and sweat that stopped after a
shower, stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("ビニールハウスで作業していた父がふらふらして吐いています", "119"),
    ("おんしつで はたらいてた ひとが ふらふらで はいてる", "119"),
    ("温室の中で母が汗も出ていなくて、水も飲めないみたい", "119"),
    ("畑仕事のあと、じいちゃん汗が出でねくて、しゃべれねえの", "119"),
    # not these
    ("温室でトマトを育てるコツを教えてください", "none"),
    ("シャワーを浴びたら汗が出なくなってすっきりしました", "none"),
]


def test_greenhouse_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_heatstroke_in_a_greenhouse(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
