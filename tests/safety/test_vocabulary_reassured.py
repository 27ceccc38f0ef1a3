""":mod:`safety.vocabulary_reassured`'s ``REASSURED``, on phrasings not in the set: the breath told fine (呼吸は大丈夫)
softens a sting's alarm to advice; asked about (息は大丈夫かな) it does not (moved from test_vocabulary_settled.py in
round 45)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# After blind31 (helper A31): the breath told fine (呼吸は大丈夫) softens a sting's alarm to advice; asked about
# (息は大丈夫かな) it does not.
BREATH_FINE = [
    ("ハチに刺されて手が腫れた、呼吸は大丈夫、病院いるかな", "#7119"),
    ("ハチに刺されて息が苦しい、息は大丈夫かな", "119"),
]


def test_blind31_breath_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BREATH_FINE)


@pytest.mark.parametrize(("text", "number"), BREATH_FINE)
def test_blind31_the_breath_told_fine(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
