"""A faint or a held breath that came back at once, the person talking or playing now
(:data:`safety.vocabulary_settled.SETTLED`; round 47, wide49b's four bath-faint tellings read 119 for #8000): the signs
become symptoms to ask about; a sign told after the recovery (今は話せるが吐いている) or no recovery at all keeps the
emergency."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EVENING = datetime(2026, 7, 15, 21, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

RECOVERED_AT_ONCE = [
    ("父が倒れて気を失ったけどすぐ気がついて、今は話せます", "#7119", DAY),
    ("祖父が風呂で一瞬気を失ったけど、すぐ気がついて今は話せる", "#7119", DAY),
    ("じいちゃん風呂で気ぃ失ったけど、すぐ気がついで今はしゃべってる", "#7119", DAY),
    ("2歳の息子が大泣きして息を止めて唇が紫になったけど、すぐ泣き出して今はもう笑ってる", "#8000", EVENING),
    ("むすめ おふろで きを うしなった すぐ きがついて いまは はなせる", "#8000", EVENING),
    ("父が倒れて頭を打った。すぐ気がついたけど、今は話せるが吐いている", "119", DAY),
    ("母が倒れて気を失ったまま、呼んでも返事がない", "119", DAY),
]


def test_recovered_at_once_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in RECOVERED_AT_ONCE])


@pytest.mark.parametrize(("text", "number", "now"), RECOVERED_AT_ONCE)
def test_a_faint_that_came_back_at_once_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
