"""Round 56 (:data:`safety.vocabulary.NOT_A_CHILD`): someone else's son or daughter (近所の娘さん) and the writer who
is the child (東京にいる娘です) are grown people to ask about (#7119 at night), not a small child (#8000). A small
child's age told with them, or the writer's own daughter, stays the children's line (tested first)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

SMALL_CHILD = [
    ("お向かいの3歳の娘さんが夜中に熱出して、お母さん困ってる", "#8000"),
    ("娘が熱出して、まだ2歳", "#8000"),
    ("うちの娘です、熱が40度あって", "#8000"),
    ("6歳の息子ですが、夜になって耳を痛がって泣いています", "#8000"),
]
GROWN = [
    ("東京にいる娘です。父が熱を出して", "#7119"),
    ("隣の息子さんが熱出して寝込んでるって、30代の", "#7119"),
    ("長男ですが、母が夜中に腹痛を訴えています", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SMALL_CHILD + GROWN)


@pytest.mark.parametrize(("text", "number"), SMALL_CHILD)
def test_a_small_child_told_by_its_age_stays_the_childrens_line(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), GROWN)
def test_someone_elses_or_the_writers_grown_child_is_an_adult(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
