"""A scene at the house front told of a past night (:mod:`safety.vocabulary_front_past`): cut before the "now" cues
are read, so an uneasy sense about last night goes to the consultation line while a visitor there now stays 110."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_front_past import FRONT_TOLD_PAST
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Real alarms told at the house front first: a person there now, a now told after the past, a night "since".
FRONT_NOW = [
    ("家の前に知らない男がずっと立ってる、気味が悪い", "110"),
    ("ゆうべ家の前に知らない男が立ってました、今もまだいます、怖い", "110"),
    ("昨日の夜から玄関の前に知らない車が止まってて、気味が悪い", "110"),
    ("きのうの夜、げんかんの前で知らない男が叫んでいました。今また来てる", "110"),
]
# A scene of last night at the front, the writer uneasy now: the consultation line.
FRONT_PAST = [
    ("ゆうべ家の前に知らない男がじっと立ってました、気味が悪いです", "#9110"),
    ("おとといの夜、うちの前さ見だごどねえ車止まってだっけ、気味悪いんだ", "#9110"),
    ("先週の夜 家の前に 黒い車が 何時間も 止まってた なんか 気味悪い", "#9110"),
]


def test_round54_front_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FRONT_NOW + FRONT_PAST)


@pytest.mark.parametrize(("text", "number"), FRONT_NOW)
def test_someone_at_the_front_now_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FRONT_PAST)
def test_a_front_scene_of_last_night_is_no_visitor_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", [
    "昨日の夜から家の前に車が止まってる",  # since last night: still there
    "家の前に車が止まってた",  # no past day told
    "昨日の夜、家の前に車が止まってたら教えて",  # a condition, not a scene
])
def test_the_span_needs_a_past_day_the_front_and_a_past_verb(text: str) -> None:
    assert FRONT_TOLD_PAST.search(views(text).devoiced) is None


def test_the_span_ends_before_a_now_told_after_it() -> None:
    found = FRONT_TOLD_PAST.search(views("ゆうべ家の前に男が立ってました今もいます").devoiced)
    assert found is not None and "いま" not in found.group() and "今" not in found.group()


# Round 55: someone waiting for the writer, told of a past night and in the past (the same span, SCAM_NOW's 待ってい).
WAITING_NOW = [
    ("ゆうべ駅で同じ男が待っていました。今もアパートの前で待ってるんです", "110"),
    ("昨日の夜、知らない男の人が駐車場で私を待ってたみたい。今また外にいる", "110"),
    ("ゆうべから知らない男がずっと店の裏で待ってる、怖い", "110"),
]
WAITED_PAST = [
    ("ゆうべ塾の帰り、この前と同じ男の人がまた駐輪場で娘を待っていたそうです。今は家にいます", "#9110"),
    ("きのうの よる えき で まえ と おなじ おとこ が また わたし を まってた いまは いえに いる", "#9110"),
]


def test_round55_waiting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WAITING_NOW + WAITED_PAST)


@pytest.mark.parametrize(("text", "number"), WAITING_NOW)
def test_someone_waiting_now_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), WAITED_PAST)
def test_someone_who_waited_last_night_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
