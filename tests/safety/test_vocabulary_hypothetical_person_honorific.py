"""Round 57 (:mod:`safety.vocabulary_hypothetical` ``HYPOTHETICAL``): 方 after の is a person (知らない男の方,
見慣れない女の方), not a way of doing (転ばない歩き方): a stranger told politely at the door, trying to get in, is
no "how not to" question and stays 110; the ways of doing so that it does not happen stay none."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_hypothetical import HYPOTHETICAL
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("さきほどから見かけない男の方が勝手口におりまして、お断りしても戸を開けようとなさるのです", "110"),
    ("知らない男の方が、断っても玄関の戸をこじ開けようとしてるんです", "110"),
]
QUIET = [
    ("詰まらせない餅の食べ方を教えてください", "none"),
    ("転ばない雪道の歩き方ってありますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_stranger_told_politely_trying_the_door_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_way_of_doing_so_it_does_not_happen_stays_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_person_after_no_is_no_way_of_doing() -> None:
    assert not HYPOTHETICAL.search(views("知らない男の方が玄関にいます").devoiced)
    assert HYPOTHETICAL.search(views("転ばない歩き方").devoiced)
