"""Round 53 (:mod:`safety.events_body`): an ambulance seen come, told in the past (近所に救急車が来ていた, 来てたけど)
is no request for one; one asked to come now (救急車来て, 来てください, 来てたすけて) still is (119)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# asked for now, and signs told after a past arrival: tested first
ASKED_OR_SIGNS = [
    ("救急車きて！父が倒れた", "119"),
    ("救急車来てたすけて", "119"),
    ("救急車はやく来てください、母がうごかない", "119"),
    ("救急車が来てたけど、祖母がまだ息をしていない", "119"),
]
SEEN = [
    ("おとといの夜、向かいの家に救急車が来ていましたが、うちは関係ないです", "none"),
    ("きのう となりに きゅうきゅうしゃが きてました なにが あったのか しりません", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ASKED_OR_SIGNS + SEEN)


@pytest.mark.parametrize(("text", "number"), ASKED_OR_SIGNS)
def test_an_ambulance_asked_to_come_now_still_is(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SEEN)
def test_an_ambulance_seen_come_is_no_request(text: str, number: str) -> None:
    assert "ambulance_request" not in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)
