"""Round 56 (:mod:`safety.events_scene_signs` ``suicide_threat``): a farewell written in a letter they left (「…お別れ
だ」と書いた手紙を置いて) and someone gone out since (出て行ったきり, 出ていったまま) is a farewell message with no way
to reach them - 110; a farewell letter handed over with no one gone is not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("兄が「子どもたちをよろしく」と書いた手紙を残して、出ていったきり戻りません", "110"),
    ("夫が「いままでありがとう」って書いたメモを台所に置いて、出て行ったままなんです", "110"),
    ("じっちゃが「みんなに世話になったな、ありがとう」と書いた紙置いで、出で行ったきりだ", "110"),
]
# a farewell letter with everyone where they should be, or a letter the writer wrote
QUIET = [
    ("卒業する孫が「みんなありがとう、これでお別れだ」と書いた手紙を担任の先生に渡していました", "none"),
    ("「子どもたちをよろしく」と書いた手紙を、私が保育園の先生に渡しました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_farewell_letter_left_and_gone_since_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_letter_with_no_one_gone_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
