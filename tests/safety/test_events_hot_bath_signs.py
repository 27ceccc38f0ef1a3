""":mod:`safety.events_hot_bath_signs`: dizzy or sick after a hot bath (湯あたり, のぼせ) is the advice line; how to
avoid it is none; one who fell and does not answer stays 119. Round 46 (blind47a)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Tellings of the kind written for this test (plain, casual, kana, tohoku) and look-alikes.
CASES = [
    ("長風呂でのぼせたみたいで、立ちくらみがしてふらふらします", "#7119"),
    ("サウナと温泉はしごしたら湯あたりしたっぽい、気持ち悪い", "#7119"),
    ("おんせんで ゆあたり したみたい めが まわる", "#7119"),
    ("湯さ長ぐ入ってだら のぼせで頭くらくらすんだ、休んでれば治っぺか", "#7119"),
    ("湯あたりしないコツはありますか", "none"),
    ("のぼせないように気をつけることは何ですか", "none"),
    ("風呂でのぼせて倒れて、呼んでも返事がありません", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
