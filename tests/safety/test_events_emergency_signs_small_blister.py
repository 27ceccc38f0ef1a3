"""A single blister on a hand or a finger told small (一円玉くらい, 十円玉くらい) after a hot drink or water is a
small scald to ask about (#7119) (:mod:`safety.events_emergency_signs`; round 55, wide57), on tellings written for
these tests, not phrases of the set; peeling skin or a chest covered in blisters is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BLISTER = [
    ("熱いお茶が指にかかって、一円玉くらいの水ぶくれができました。冷やしていますが病院に行くべきですか", "#7119"),
    ("やかんのお湯が手にかかって、手の甲に十円玉くらいの水ぶくれができました。冷やしていますが、受診したほうが"
     "いいですか", "#7119"),
    ("熱湯を浴びて腕の皮がべろっとむけてる", "119"),
    ("熱い味噌汁を子どもが胸にかぶって、胸一面が赤く水ぶくれ", "119"),
]


def test_small_blister_is_advice_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLISTER)


@pytest.mark.parametrize(("text", "number"), BLISTER)
def test_small_blister_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
