"""Charcoal and tape only bought, with an end told (:mod:`safety.events_routed_signs`, ``CHARCOAL_ONLY_BOUGHT``, and
the driven-off farewell of :mod:`safety.events_generic`'s ``suicide_threat``; round 58), on tellings written for these
tests. Real alarms in the setting first: charcoal burnt in a sealed room or car is still carbon monoxide, 119.
Then a purchase with the person's end told and gone is a threat of the act: 110, not 119. A drive home after work
ended for the day stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

STILL_BURNING = [
    ("練炭を買ってきた兄が、部屋にテープで目張りして中で焚いてるみたい、呼んでも返事がない", "119"),
    ("物置で七輪を焚いて、窓をテープで目張りしてる、中に弟がいる", "119"),
]

ONLY_BOUGHT = [
    ("練炭とガムテープを買っていった男性が、もう終わりにするって言って車で出て行った", "110"),
    ("れんたんと てーぷを かった おきゃくさんが おわりにすると いって くるまで いっちゃった", "110"),
    # not these
    ("今日の作業はここで終わりにすると言って、車で帰った", "none"),
    ("キャンプ用に練炭とテープを買いました", "none"),
]


def test_charcoal_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STILL_BURNING + ONLY_BOUGHT)


@pytest.mark.parametrize(("text", "number"), STILL_BURNING)
def test_charcoal_burnt_in_a_sealed_place_is_still_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ONLY_BOUGHT)
def test_charcoal_only_bought_with_an_end_told(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
