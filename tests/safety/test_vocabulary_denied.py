""":mod:`safety.vocabulary_denied`: the denials read on the text right after a rule's match - a negation, a symptom
denied, a simile of sleep, a denial before が "but" - and the words after a match that deny nothing."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_denied import DENIED_AFTER, DENIED_BUT, NEGATED_AFTER


def after(text: str) -> str:
    """The devoiced view of what follows a match, as :mod:`safety.detect_hits` reads it."""
    return views(text).devoiced


@pytest.mark.parametrize("following", ["ない", "じゃないです", "かと思ったら", "ないように"])
def test_a_negation_or_a_turn_after_the_match(following: str) -> None:
    assert NEGATED_AFTER.search(after(following))


@pytest.mark.parametrize("following", ["くはないです", "様子はありません", "みたいにぐっすり寝てる", "は大丈夫です"])
def test_a_sign_denied_after_the_match(following: str) -> None:
    assert DENIED_AFTER.search(after(following))


@pytest.mark.parametrize("following", ["てます", "はないか心配", "は大丈夫ですか", "で離さない"])
def test_words_that_deny_nothing(following: str) -> None:
    assert not DENIED_AFTER.search(after(following))


def test_a_denial_before_but_is_read_on_the_voiced_view() -> None:
    assert DENIED_BUT.search(views("は起きていませんが").joined)
    assert not DENIED_BUT.search(views("が起きています").joined)
