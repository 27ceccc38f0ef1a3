"""A boat or a ship sunk or raised with no person told (:mod:`safety.detect_cues_vessel`; round 48: the n-gram read
119 on such news): the classifier stays quiet; a person in the water or missing keeps the alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

VESSELS = [
    ("沈んだ船はまだ引き上げられていない", "none"),
    ("沈没した漁船はまだ引き上げられていないそうだ", "none"),
    ("港で転覆したボート、今日クレーンで引き上げてたよ", "none"),
    ("ちんぼつした ふねは まだ そのまま らしい", "none"),
    # a person aboard or in the water
    ("船が沈んで人が溺れてる", "119"),
    ("釣り船が転覆して、乗ってた人が流されてる", "119"),
]


def test_vessel_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(VESSELS)


@pytest.mark.parametrize(("text", "number"), VESSELS)
def test_a_vessel_sunk_with_no_one_told_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_vessel_closure_is_named() -> None:
    assert "vessel_only" in find(views("沈んだ船はまだ引き上げられていない")).closures
