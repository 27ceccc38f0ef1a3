"""今から told of learning or preparing ahead (今から覚えておきたい, 今から知っておきたい) is no "now" cue: the
"what if" stays a question (:mod:`safety.vocabulary`; round 55, wide57), on tellings written for these tests, not
phrases of the set; 今から来て with someone not breathing is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

LEARNING_AHEAD = [
    ("来年から介護の仕事。もし利用者さんが倒れたらどうするか今から覚えておきたい", "none"),
    ("もし家で親が倒れたら何をすればいいか、今から知っておきたいです", "none"),
    ("今から来て！父が倒れて息してない", "119"),
]


def test_learning_ahead_is_no_now_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LEARNING_AHEAD)


@pytest.mark.parametrize(("text", "number"), LEARNING_AHEAD)
def test_learning_ahead_is_no_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
