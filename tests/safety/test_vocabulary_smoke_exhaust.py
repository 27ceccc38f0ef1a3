"""Smoke a vehicle's exhaust or steam explains, told after it (排気だったみたい, 湯気でした), is harmless
(:mod:`safety.vocabulary_smoke`; round 55, wide57), on tellings written for these tests, not phrases of the set;
smoke with a fire told is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EXHAUST = [
    ("踏切で待っていたら車から白い煙が出ていて驚いたけど、寒い朝の排気だったみたい。バスの時刻を教えて", "none"),
    ("ボイラー室から煙が出てたけど湯気でした。温泉の営業時間は？", "none"),
    ("バスのエンジンから煙が出てる、燃えてる！", "119"),
]


def test_exhaust_or_steam_explained_is_harmless_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXHAUST)


@pytest.mark.parametrize(("text", "number"), EXHAUST)
def test_exhaust_or_steam_explained_is_harmless(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
