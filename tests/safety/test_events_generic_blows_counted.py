"""A blow told how often or how hard (何度も, 思い切り) between the person and the blow, and staff at work struck
(駅員, 運転手, 車掌) (:mod:`safety.events_generic`; round 55, wide57), on tellings written for these tests, not
phrases of the set; a ball kicked and staff called for are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

STRUCK = [
    ("ホームで酔っ払いが駅員さんを何度も殴ってる、早く来て", "110"),
    ("改札の前で男が車掌を思いっきり蹴ってます", "110"),
    ("きゃくが うんてんしゅさんを なんかいも たたいてる いま", "110"),
    ("バス停で若いのが運転手ば何べんも殴ってんの", "110"),
    ("子どもたちがサッカーボールを何度も蹴ってます", "none"),
    ("駅員を何度も呼んだのに来てくれません", "none"),
]


def test_blows_counted_and_staff_struck_are_110_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STRUCK)


@pytest.mark.parametrize(("text", "number"), STRUCK)
def test_blows_counted_and_staff_struck_are_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
