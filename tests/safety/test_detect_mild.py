"""After blind29's final score (:func:`safety.detect.find`), on phrasings not in the set: a chest pain told as mild
with a question of calling the ambulance is a question for #7119; one with cold sweat stays 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("さっきから少し胸がちくちく痛みます。救急車を呼ぶほどでしょうか", "#7119"),
    ("胸が痛くて冷や汗が止まらない、救急車を呼ぶほどかな", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_mild_chest_pain_asked_about_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
