"""A leg numb with the lower back aching (腰が痛くて左足がしびれる) is a back strain to ask about (#7119)
(:mod:`safety.events_body`; round 55, wide57), on tellings written for these tests, not phrases of the set;
numbness with slurred speech or an arm and a leg together is still a stroke, 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

NUMB_LEG = [
    ("重い荷物を持ってから腰が痛くて左足がしびれます。歩けますが整形外科に行くべきですか", "#7119"),
    ("こしを ひねってから ひだりあしが じんじん しびれます あるけます どこの びょういんですか", "#7119"),
    ("急に右の手足がしびれて、ろれつが回らない", "119"),
    ("父が急に左手と左足がしびれて力が入らないと言っています", "119"),
]


def test_numb_leg_from_the_back_is_advice_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NUMB_LEG)


@pytest.mark.parametrize(("text", "number"), NUMB_LEG)
def test_numb_leg_from_the_back_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
