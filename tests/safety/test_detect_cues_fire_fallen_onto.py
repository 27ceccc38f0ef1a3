"""Round 58 (:mod:`safety.detect_cues_fire`, ``_FIRE_SPREAD``): incense or a candle fallen or tipped onto something
that burns (座布団, 畳, 布団, 障子) is a fire out of its place - whatever smoke follows is no incense's - while incense
or a candle in its place stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("仏壇のろうそくが畳に倒れて、焦げてる", "119"),
    ("ろうそくの火が座布団に燃え移って消えない", "119"),
    ("お線香が布団に落ちてしまって、煙が出ています", "119"),
]
QUIET = [
    ("お線香の煙がもくもくしてるけど、いい香り", "none"),
    ("お盆なので仏壇にろうそくと線香をあげました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_flame_fallen_onto_something_that_burns_is_a_fire(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_incense_or_a_candle_in_its_place_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
