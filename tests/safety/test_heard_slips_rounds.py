"""The recogniser-slip rounds 37-50 and the breadth tables of rounds 43-45
(:data:`tests.safety.heard_slips_round_cases.ROUNDS`) checked the same way: each slip put back in its frame, everyday
words left alone, the decision cases outside the phrase set and decided as pinned, and no typed text of the phrase set,
the training set or the check-in answers read differently."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.heard import repair, slips_in
from tests.safety.heard_slips_round_cases import ROUNDS, SlipRoundCases
from tests.safety.helpers import (
    DAY,
    assert_decides,
    assert_not_in_phrase_set,
    round_finds_its_frame,
    typed_texts_a_round_changes,
)

# Round 37: messages whose line stays but becomes sure (unsure with ROUND37_SLIPS emptied).
ROUND37_MADE_SURE = [
    "孫が川さを知事だ",
    "じいちゃん脛切って、ちいとまんねえのっしゃ",
    "転んで口からち出てる",
]

PUT_BACK = [pytest.param(heard, expected, id=f"{cases.name}-{index}")
            for cases in ROUNDS for index, (heard, expected) in enumerate(cases.put_back)]
UNCHANGED = [pytest.param(cases, text, id=f"{cases.name}-{index}")
             for cases in ROUNDS for index, text in enumerate(cases.unchanged)]
DECISIONS = [pytest.param(text, number, now, id=f"{cases.name}-{index}")
             for cases in ROUNDS for index, (text, number, now) in enumerate(cases.decisions)]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize(("cases", "text"), UNCHANGED)
def test_the_everyday_word_is_left_alone(cases: SlipRoundCases, text: str) -> None:
    assert not round_finds_its_frame(text, cases.slips, earlier=cases.earlier), text


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for cases in ROUNDS for text, number, _ in cases.decisions]
                             + [(text, "") for text in ROUND37_MADE_SURE])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize("cases", [pytest.param(cases, id=cases.name) for cases in ROUNDS])
def test_the_round_changes_no_typed_text(cases: SlipRoundCases) -> None:
    """No slip of the round finds its frame in a typed text, read as the earlier rounds leave it."""
    assert typed_texts_a_round_changes(cases.slips, earlier=cases.earlier) == []


@pytest.mark.parametrize("text", ROUND37_MADE_SURE)
def test_a_round37_transcript_is_read_sure(text: str) -> None:
    decision = assess(text, now=DAY, channel="voice")
    assert decision.number == "119" and decision.certainty == "sure", decision


def test_an_address_heard_as_a_number_is_no_will() -> None:
    """住所 heard 10所 read 住所書いたら as a will written (110); put back, a sales call is no emergency."""
    assert not assess("アンケートに10所書いたら、毎日勧誘の電話が来る", now=DAY, channel="voice").is_emergency
