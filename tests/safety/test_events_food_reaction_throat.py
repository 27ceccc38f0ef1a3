"""Round 54 (:mod:`safety.events_food_reaction` ``anaphylaxis``): a throat that closes after a food or a meal
(喉をかきむしる, 喉が苦しい, 喉が締め付けられる) is an anaphylaxis (119) with no breath word; a sore throat after a
meal, or a joke raises no alarm (a sore throat keeps its advice line)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

THROAT = [
    ("昼ご飯のあと、娘がのどをかきむしって顔がまっかです", "119"),
    ("えびを食べたら、のどが苦しいと言って顔がむくんできました", "119"),
    ("弁当の後がら孫が喉締め付けられるってしゃべってる", "119"),
]
QUIET = [
    ("給食のあと、喉が少し痛いと言っていますが熱はありません", "#7119"),
    ("お昼ご飯のあと、弟がのどをかきむしる真似をしてふざけていました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THROAT + QUIET)


@pytest.mark.parametrize(("text", "number"), THROAT)
def test_a_throat_closing_after_food_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_sore_throat_or_a_joke_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
