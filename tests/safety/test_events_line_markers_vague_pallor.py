"""Round 55 (:mod:`safety.events_line_markers` ``said_mild``): a pallor told as vague (なんとなく顔色が悪い) with a
symptom is a question for the advice line, not the emergency line first; a graver sign beside it (ぐったり, 息が苦しい,
no answer, chest pain) keeps 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("じいちゃん なんとなく かおいろ わるくて ぐったり してる", "119"),
    ("祖父がなんとなく顔色が悪くて、息が苦しそう", "119"),
    ("父がなんとなく顔色が悪くて、さっきから胸が痛いって言ってる", "119"),
    ("祖母がどことなく顔色悪くて、呼んでも返事がない", "119"),
]
ASK = [
    ("夫が仕事から帰ってきて、なんとなく顔色が悪くて食欲もないみたい。熱は37度8分", "#7119"),
    ("ばあちゃん、なんとなぐ顔色悪ぐて、ご飯もあんまり食べねえんだ。熱は37度2分だっちゃ", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + ASK)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_graver_sign_beside_the_pallor_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ASK)
def test_a_vague_pallor_with_a_symptom_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
