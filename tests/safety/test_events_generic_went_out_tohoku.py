"""Round 55 (``missing_person`` of :mod:`safety.events_generic`): a person gone out and not back, told with the
Tohoku 出はった and the Tohoku grandmother ばっぱ (a person word of :data:`safety.vocabulary.PERSON`), is 110 as
出かけたっきり is. Gone out for an errand and back, or gone into a room, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

GONE = [
    ("うぢのばっぱ、昼過ぎに畑さ行ぐって出はったっきり戻ってこねえ。認知症だがら心配だっちゃ", "110"),
    ("じいちゃん、散歩さ出はったっきり帰ってこねえんだ、もう暗ぐなった", "110"),
]
NOT_GONE = [
    ("ばっぱ、朝に畑さ出はったっきりだったけど、さっき帰ってきたがら大丈夫だ", "none"),
    ("ばっぱの介護保険の手続き、どごさ行げばいいべ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GONE + NOT_GONE)


@pytest.mark.parametrize(("text", "number"), GONE)
def test_gone_out_and_not_back_in_tohoku_is_a_search(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), NOT_GONE)
def test_back_home_or_an_errand_asked_about_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
