"""Round 56 (:data:`safety.events_life_words.NOT_A_BEAR`): a bear word's compound (熊よけ, 熊除けの鈴, 熊鈴, 熊
スプレー) names a thing, not a bear that is there. A bear seen now near people stays 110 (tested first), also where
the bell is told beside it."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BEAR_NOW = [
    ("熊よけの鈴鳴らしてたのに、熊が出てきた！目の前にいる", "110"),
    ("くまが はたけに いる", "110"),
]
BEAR_THINGS = [
    ("くまよけのすず どこで かえますか", "none"),
    ("熊鈴つけて山菜採り行ぐべ", "none"),
    ("熊除けスプレー買いてえんだけど、ホームセンターにあっぺか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BEAR_NOW + BEAR_THINGS)


@pytest.mark.parametrize(("text", "number"), BEAR_NOW)
def test_a_bear_seen_now_stays_a_police_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), BEAR_THINGS)
def test_a_bear_bell_or_spray_is_a_thing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
