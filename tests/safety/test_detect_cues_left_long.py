""":mod:`safety.detect_cues_left_long`: a vehicle or a machine left overturned or wrecked for months or years is no
accident now (round 49, blind50a); the same machines overturned with someone under them or hurt still alarm.

Tellings written for this test (plain, casual, kana, indirect)."""

from __future__ import annotations

import pytest

from safety.detect_cues_left_long import LEFT_FOR_LONG
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("空き地に横転した軽トラが半年以上そのままになってる、誰が片付けるの", "none"),
    ("うちの たんぼの よこに ふるい こううんきが ひっくりかえったまま なんねんも おいてある", "none"),
    ("裏山の林道に、ひっくり返ったバスが十年も放置されているのを見つけました", "none"),
    # real alarms told in the same setting
    ("畑でトラクターがひっくり返って、父が下敷きになっている", "119"),
    ("田んぼの脇で軽トラが横転してて、運転してた人が動かない", "119"),
]


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_cases_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize("text", ["何年も放置されたトラクター", "そのまま三年たってる", "置きっぱなしで三年たつ"])
def test_left_for_long(text: str) -> None:
    assert LEFT_FOR_LONG.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["さっき横転してそのまま", "放置されていた"])
def test_not_left_for_long(text: str) -> None:
    assert not LEFT_FOR_LONG.search(views(text).devoiced)
