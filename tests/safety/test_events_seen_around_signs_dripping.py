"""Round 55 (``bleeding_not_stopping`` of :mod:`safety.events_seen_around_signs`): the cloth pressed on a wound soaked
red and dripping (タオルが真っ赤でぽたぽた) is bleeding that does not stop (119), a hand crushed or caught counting as
the wound. A cloth red and the bleeding stopped stays an advice case."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("父が機械に手を挟まれて、当てたタオルが真っ赤でぼたぼた落ちてる", "119"),
    ("ガラスで腕を切った、ハンカチ真っ赤で血がしたたってる", "119"),
    ("料理中に指を切ってタオルが赤く染まったけど、もう止まってます。消毒だけでいい?", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_cloth_soaked_and_dripping_is_bleeding_not_stopping(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
