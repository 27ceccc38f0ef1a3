"""Round 56 (:mod:`safety.detect_cues_creature_told` ``FISH_CAUGHT``): a fish caught (釣った鮎, 釣れたヤマメ) gone
still, with no person in the message, is a fish - not a person who does not move; a person collapsed while fishing, or a
wound from cleaning the catch, stays 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("川で釣りをしていた男の人が岸で倒れて、動かないんです", "119"),
    ("釣った魚を持ったまま、じいちゃんが倒れて動かねえ", "119"),
    ("釣ったイワナをさばいてたら包丁で手を深く切って、血が止まらない", "119"),
]
QUIET = [
    ("さっき釣れたヤマメ、もう動かねえから焼いて食うべ", "none"),
    ("つった あゆ もう うごかない こおりに いれた", "none"),
    ("釣り上げたハゼがバケツの中で動かなくなりました。唐揚げにします", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_at_the_river_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_fish_caught_gone_still_is_not_a_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
