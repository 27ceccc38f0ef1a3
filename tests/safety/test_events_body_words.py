""":mod:`safety.events_body_words`: a seizure told long is not over, and a knock on the head is its sound word ended -
not the start of another word nor a throbbing ache."""

from __future__ import annotations

import pytest

from safety.events_body_words import HEAD_KNOCK, SEIZURE_LONG
from safety.normalize import views
from safety.vocabulary import compile_folded

SEIZURES = [("けいれんが五分以上続いてる", True), ("ひきつけが とまらない", True), ("けいれんは一分で止まった", False)]
KNOCKS = [("頭ゴンってぶつけた", True), ("あたま がつんって", True), ("頭がガンガンする", False), ("今回は平気", False)]


@pytest.mark.parametrize(("text", "long"), SEIZURES)
def test_a_seizure_told_long(text: str, long: bool) -> None:
    assert bool(compile_folded(SEIZURE_LONG).search(views(text).devoiced)) is long


@pytest.mark.parametrize(("text", "knock"), KNOCKS)
def test_a_knock_on_the_head_by_its_sound(text: str, knock: bool) -> None:
    assert bool(compile_folded(HEAD_KNOCK).search(views(text).devoiced)) is knock
