"""Round 56 (:mod:`safety.vocabulary_things` ``LEAVES_AFLAME``): a sunset or a dawn sky likened to a fire (夕焼けで空が
燃えてるみたい) is a figure of speech, as autumn leaves were; a fire seen at sunset stays 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("夕焼けかと思ったら、山の向こうが燃えてる、煙もすごい", "119"),
    ("夕日が沈むころ、向かいの家が燃えてて、窓から火が出てる", "119"),
]
QUIET = [
    ("朝焼けで空が燃えてるようで、思わず写真を撮りました", "none"),
    ("ゆうやけ きれい そらが もえてる みたい", "none"),
    ("今日の夕日、海が燃えてるかのようだったべ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_fire_seen_at_sunset_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_sky_likened_to_a_fire_is_a_figure(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
