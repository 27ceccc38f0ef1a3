"""Round 56 (:data:`safety.vocabulary.STOOL_BEFORE`): blood in a baby's or a child's stool or nappy is a symptom
(#8000 at night, #7119 by day), not the bare alarm word 血. Blood with a graver sign, or blood from a wound, stays
119 (tested first); a red stool after a red food stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

GRAVE = [
    ("うんちに血が混じってて、ぐったりして呼んでも反応が薄い、1歳", "119"),
    ("転んで頭から血が出てる、止まらない", "119"),
]
STOOL_BLOOD = [
    ("赤ちゃんのウンチに血がついてる、元気はある", "#8000"),
    ("孫のおむつに血ぃついでだ、まだ2歳だ", "#8000"),
    ("8ヶ月の娘の便に赤い血が少し。どうしたらいい", "#8000"),
]
FOOD_COLOUR = [
    ("赤ちゃんのうんちが赤い、昨日トマト食べさせた", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GRAVE + STOOL_BLOOD + FOOD_COLOUR)


@pytest.mark.parametrize(("text", "number"), GRAVE)
def test_blood_with_a_grave_sign_or_a_wound_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), STOOL_BLOOD)
def test_blood_in_a_small_childs_stool_is_the_childrens_line(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
    assert_decides(text, "#7119", now=DAY)


@pytest.mark.parametrize(("text", "number"), FOOD_COLOUR)
def test_a_red_stool_after_a_red_food_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
