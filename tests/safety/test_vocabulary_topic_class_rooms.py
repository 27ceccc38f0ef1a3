"""Round 56 (:mod:`safety.vocabulary_topic`): a class told by one of its rooms or its equipment as the place of an
event (陶芸教室の窯の近くから火が, 料理教室のコンロで) is a setting, not a class asked about as a topic - while a class
asked about, its equipment included, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("料理教室のコンロから火が上がって、壁の紙に燃え移ってる", "119"),
    ("そば打ち教室の調理台で先生が倒れて、呼んでも返事がありません", "119"),
    ("じいちゃん 陶芸教室の かまで やけどして 手の皮が むけてる", "119"),
    ("書道教室の階段で母が転んで、頭から血がたくさん出ております", "119"),
    ("絵画教室の部屋さ 煙 いっぺえ出でる、火事だ", "119"),
]
QUIET = [
    ("陶芸教室の窯はいつ使えますか", "none"),
    ("料理教室のコンロの使い方を教えてほしい", "none"),
    ("公民館の陶芸教室の窯の予約方法を知りたいです", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_in_a_classs_room_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_class_asked_about_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
