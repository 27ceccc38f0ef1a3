"""After blind26's final score (:mod:`safety.vocabulary_settled`, ``HARMLESS_SMOKE``), on phrasings not in the set:
food one burnt oneself and then smoke (やきいも こがしちゃった けむり でた) is harmless smoke - 11 of 12 phrases of
the set with 焦がし are none. The same burning told with a fire catching or spreading still alarms."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("おもち こがしちゃった けむり でてる", "none"),
    ("ホットケーキを焦がして煙が出ました", "none"),
    ("鍋を焦がして煙が出て、火がコンロの壁に燃え移った", "119"),
    ("なべ こがしちゃった けむり まっくろ ひろがってる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_burnt_food_smoke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
