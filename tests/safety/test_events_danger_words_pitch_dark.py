"""Round 58 (:mod:`safety.events_danger_words`): もう before 真っ暗, 真っ白 (もうまっくら) holds no うまっ, buried - a
child left alone after dark stays the police line; a person buried, in kana or kanji, is still read."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("しょうがくせいが ひとりで まってる もう まっくら おやが こない", "110"),
    ("孫がまだ戻らねえ。雪で、もう真っ暗だ", "110"),
    ("じいちゃんが土砂にうまってる", "119"),
    ("車が雪に埋まって、中に人がいる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_pitch_dark_is_not_buried(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
