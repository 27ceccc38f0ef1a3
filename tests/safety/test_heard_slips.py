"""The slip table: each slip is put back in its frame, and the everyday word is left alone (other wordings than the
transcripts the slips were counted on); round 26's and 27's slips change no typed text."""

from __future__ import annotations

import pytest

from safety.heard import APPLIED_SLIPS, prepare, repair, slips_in
from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS
from tests.safety.heard_slips_cases import PUT_BACK, UNCHANGED
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, typed_texts_a_round_changes


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


def test_every_slip_names_its_cause() -> None:
    causes = {cause for cause, _, _ in APPLIED_SLIPS}
    # round 33 (V33): "nasal" (the particle が heard な), "reading" (a key word heard in katakana), "number" (119)
    assert causes <= {"homophone", "mora", "compound", "age", "negation", "time", "nasal", "reading", "number"}


def test_round26_and_27_slips_change_no_typed_text() -> None:
    """No slip of rounds 26-27 finds its frame in a typed text of the phrase set, the training set or the check-in
    answers (read as the earlier slips leave it): a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND26_SLIPS, earlier=SLIPS) == []
    assert typed_texts_a_round_changes(ROUND27_SLIPS, earlier=SLIPS + ROUND26_SLIPS) == []


def test_mail_coming_in_again_and_again_is_no_vomiting() -> None:
    # After blind30 (helper A30): 吐いて heard 入って is not put back after mail as the subject
    assert repair("手紙が何度も入っていて怖い") == repair("手紙が何度も入っていて怖い").replace("吐い", "入っ")
    assert "吐い" not in repair("差出人のないはがきがずっと入っている")
    assert "吐い" in repair("子どもが何度も入っていて")


# Round 42: a paper or a note as the subject (「次はないぞ」と書いた紙が何度も入っていて, blind43a typed: #7119)
# is mail, no vomiting; a child who keeps vomiting (何度も吐いて) stays #7119.
ROUND42_NOTE_CASES = [
    ("玄関のドアに変なメモが何度も入ってて気味が悪い、どこに相談すれば", "#9110"),
    ("子どもが何度も吐いていて、熱もあります", "#7119"),
]


def test_round42_note_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_NOTE_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_NOTE_CASES)
def test_round42_note_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
