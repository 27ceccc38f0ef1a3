"""Round 53 (:mod:`safety.events_mishap_signs` ``chemical_exposure``, blind54a/b): a solvent, a neat liquid, a
household chemical or a caustic splashed onto someone, with the eyes told unable to open further on (words between),
is a chemical injury (119). Splashed on a hand, in an eye still seeing, or eyes shut from sleepiness is no alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EYES_SHUT = [
    ("溶剤が跳ねて娘の顔にかかった、目ぇ開けらんねって泣いてる", "119"),
    ("漂白剤の原液を父が頭からかぶってしまい、顔がひりひりして目をあけられないそうです", "119"),
    ("しんなーが むすこの かおに いっぱい かかって めが あけられない", "119"),
]
NOT_AN_ALARM = [
    ("シンナーが手にかかってヒリヒリする、洗ったけど大丈夫？", "none"),
    ("ペンキを塗ってて疲れて目が開けられないくらい眠い", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EYES_SHUT + NOT_AN_ALARM)


@pytest.mark.parametrize(("text", "number"), EYES_SHUT)
def test_a_splash_with_eyes_that_will_not_open_is_119(text: str, number: str) -> None:
    assert "chemical_exposure" in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_AN_ALARM)
def test_a_splash_on_a_hand_or_sleepy_eyes_is_no_alarm(text: str, number: str) -> None:
    assert "chemical_exposure" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
