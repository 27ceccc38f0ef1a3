""":mod:`safety.vocabulary_topic`'s settings (``TOPIC``), on phrasings not in the set: a vaccination, an
emptied extinguisher or a festival named by a place or moment of it (予防接種したあと, 古川まつりの十日町のとこ,
花火大会で) is the setting of an event told, not the topic; the thing itself asked about (its schedule, a booking)
still is a topic (split from test_vocabulary_topic.py in round 45)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


@pytest.mark.parametrize(("text", "number", "hour"), [
    # a vaccination as the setting of a fever told now (blind16b): a child's symptom, not the topic "prevention"
    ("1歳の息子、予防接種したあと夜になって熱が出てきた", "#8000", 21),
    ("予防接種の予約をしたい", "none", 14),
    ("去年の予防接種のあとは熱も出なかったので今年も受けたい", "none", 14),
    # an extinguisher emptied with a burning smell is a fire going on, not the topic "extinguisher"
    ("焦げ臭いのがおさまらない、消火器もう空っぽだ", "119", 14),
    ("消火器が空になったので交換したい", "none", 14),
])
def test_a_setting_told_with_an_event_is_not_a_topic(text: str, number: str, hour: int) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY.replace(hour=hour))


# Round 37 (blind38, helper A42): a festival named by a place or moment of it (古川まつりの十日町のとこ,
# 秋祭りの綱引きのあとで) is the setting, not the topic (a festival as a setting: 10 other writers); its schedule
# still is a topic.
FESTIVAL_SETTING = [
    ("夏まつりの太鼓のとこで、おじいさんが倒れて動かない", "119"),
    ("秋祭りの綱引きのあとで、父が胸を押さえてうずくまってる", "119"),
    ("夏まつりの日程を教えて", "none"),
]


def test_festival_setting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FESTIVAL_SETTING)


@pytest.mark.parametrize(("text", "number"), FESTIVAL_SETTING)
def test_a_festival_named_by_a_place_or_moment_is_a_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): a festival named as the place (花火大会で) is a setting, the festival's programme
# still a topic.
ROUND41_MEET = [
    ("花火大会で子どもとはぐれた、もう1時間見つからない、携帯持ってない", "110"),
    ("花火大会の日程を教えて", "none"),
]


def test_round41_meet_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_MEET)


@pytest.mark.parametrize(("text", "number"), ROUND41_MEET)
def test_round41_a_meet_as_the_place(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
