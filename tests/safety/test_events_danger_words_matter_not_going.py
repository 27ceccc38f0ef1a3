"""いき of a matter that does not go (納得がいきません) is no breath missing (:mod:`safety.events_danger_words`;
round 55, wide57), on tellings written for these tests, not phrases of the set; a father not breathing is still
119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

NOT_GOING = [
    ("リフォーム業者に見積もりの倍の代金を請求されました。納得がいきません", "188"),
    ("父が息をしていません", "119"),
]


def test_matter_not_going_is_no_breath_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_GOING)


@pytest.mark.parametrize(("text", "number"), NOT_GOING)
def test_matter_not_going_is_no_breath(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
