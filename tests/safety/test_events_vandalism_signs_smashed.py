"""Round 57 (:mod:`safety.events_vandalism_signs`): a showcase or a window smashed with blows now (叩き割ってる,
ぶち割ってる), by someone seen or a figure on a security camera (人物), is vandalism in progress (110) - while one's
own child breaking a plate stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("防犯カメラに、倉庫の窓ガラスを叩き割っている人物が映ってます", "110"),
    ("知らない男が店の自販機をぶち割ってる、早く来て", "110"),
    ("だれかが 公民館の まどを たたきわってる", "110"),
]
QUIET = [
    ("息子がふざけてお皿を叩き割ってしまいました", "none"),
    ("人物画の額のガラスを割ってしまいました。直せますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_smashing_now_is_vandalism_in_progress(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_ones_own_breakage_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
