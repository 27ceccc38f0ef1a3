""":mod:`safety.vocabulary_denied`: the denials read on the text right after a rule's match - a negation, a symptom
denied, a simile of sleep, a denial before が "but" - and the words after a match that deny nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.normalize import views
from safety.vocabulary_denied import DENIED_AFTER, DENIED_BUT, NEGATED_AFTER
from tests.safety.helpers import assert_not_in_phrase_set

AFTERNOON = datetime(2026, 6, 10, 14, 0)
# round 57: a sting with breathing trouble denied in a list (asr, casual, kana, tohoku), and the same sign told
DENIED_IN_A_LIST = [
    "蜂に刺されて腕が腫れた。息が苦しいとかはない。病院行ったほうがいい？",
    "ハチに刺された、めまいとか息苦しいとかはないけど病院いくべき？",
    "はちに さされて はれてる いきぐるしいとかは ないです びょういん いったほうが いいですか",
    "ハチさ刺されで腫れでっけど、息苦しいとかはねえ、病院さ行ったほうがいいべか",
]
TOLD_WITH_TOKA = [
    "ハチに刺されて、息苦しいとか言ってる",
    "ハチに刺されて息苦しいとかじゃなくて、本当に息ができない",
    "蜂に刺されてから息苦しいとか吐き気とかがあります",
    "夫が胸が苦しいとか言い出して、顔も真っ青なんです",
]


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


@pytest.mark.parametrize("following", ["いとかはないです", "とかもないし", "なんかはありません", "とか吐き気とかはねえ",
                                       "とかは ないです"])
def test_a_sign_denied_in_a_list_with_toka(following: str) -> None:
    """Round 57: a sign denied in a list with とか / なんか (息苦しいとかはないです, めまいとか吐き気とかはねえ)."""
    assert DENIED_AFTER.search(after(following))


@pytest.mark.parametrize("following", ["いとか言ってる", "とかないの", "とかないか心配", "とかがあります",
                                       "とかじゃなくて本当に息ができない", "と書かれた今は何もないけど",
                                       "なんかいもこどもないてる"])
def test_a_list_with_toka_that_denies_nothing(following: str) -> None:
    """A quoted word, a question or a sign told present with とか stays: nothing is denied."""
    assert not DENIED_AFTER.search(after(following))


@pytest.mark.parametrize("text", DENIED_IN_A_LIST)
def test_a_sting_with_breathing_trouble_denied_in_a_list_is_advice(text: str) -> None:
    decision = assess(text, now=AFTERNOON, channel="chat")
    assert decision.number == "#7119"


@pytest.mark.parametrize("text", TOLD_WITH_TOKA)
def test_the_sign_told_or_quoted_with_toka_stays_an_emergency(text: str) -> None:
    decision = assess(text, now=AFTERNOON, channel="chat")
    assert decision.number == "119"


def test_the_tellings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set((text, "") for text in [*DENIED_IN_A_LIST, *TOLD_WITH_TOKA])
