"""A past word that dates a person's leaving, not the event told (:mod:`safety.vocabulary_past_dated`; round 50,
wide51b's former worker ramming the factory gate now, closed as past by 先月辞めた), on tellings written for these
tests in several styles, not phrases of the set: 110. A leaving told as the writer's own past stays past."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_past_dated import PAST_DATES_A_PERSON
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("去年退職した元社員が、いま事務所の入口で刃物を持って暴れています", "110"),
    ("先月別れた男が今うちの玄関のドアを何度も蹴ってる、怖い", "110"),
    ("先月やめだ男が、今さっきから店のシャッターさ車で何回もぶつけでんだ", "110"),
    ("せんげつ やめた ひとが いま こうじょうの もんに くるまで なんども ぶつかってる", "110"),
    # the writer's own leaving, told past: no alarm
    ("先月辞めたんですが、上司に怒鳴られたことを思い出して眠れません", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_only_a_leaving_with_a_person_after_it_is_cut() -> None:
    assert PAST_DATES_A_PERSON.search(views("先月辞めた人の車が門にぶつかってる").devoiced) is not None
    assert PAST_DATES_A_PERSON.search(views("先月辞めたんですが眠れません").devoiced) is None
