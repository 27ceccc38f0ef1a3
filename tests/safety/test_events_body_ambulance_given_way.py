"""An ambulance met on the road that traffic made way for (道をあけて, 路肩に, 脇に寄せて) is a question about the
rule, not a call for one (:mod:`safety.events_body`; round 55, wide57), on tellings written for these tests, not
phrases of the set; an ambulance called for is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

GIVEN_WAY = [
    ("交差点で救急車が来て、車がみんな道をあけて止まりました。あれは義務なんですか", "none"),
    ("きゅうきゅうしゃ きて みんな ろかたに よってた あれって きまり？", "none"),
    ("散歩中に救急車来て、自転車も脇に寄せて止まったけど、歩行者も止まらなきゃいけないの？", "none"),
    ("救急車来て！母が倒れて息してない", "119"),
    ("道で人が倒れてます、救急車を呼んでください", "119"),
]


def test_ambulance_given_way_is_no_call_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GIVEN_WAY)


@pytest.mark.parametrize(("text", "number"), GIVEN_WAY)
def test_ambulance_given_way_is_no_call(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
