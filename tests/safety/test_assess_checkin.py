"""Check-in answers (``assess_checkin_answer``): the floor they raise (help, unwell) or none for vague and everyday
answers, by the rules and, when nearly certain, the n-gram classifier."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from safety.assess import assess_checkin_answer
from tests.safety.helpers import DAY


@pytest.mark.parametrize("text", ["まあまあ", "なんともねえ", "いずいけど平気", "元気です", "大丈夫"])
def test_vague_checkin_answers_are_not_raised(text: str) -> None:
    assert assess_checkin_answer(text, now=DAY).checkin_floor is None


def test_checkin_emergency_raises_help_and_says_staff_are_told() -> None:
    decision = assess_checkin_answer("転んで起き上がれません", now=DAY)
    assert decision.checkin_floor == "help" and decision.message is not None
    assert any("見守り" in line for line in decision.message.lines)


def test_checkin_symptom_is_at_least_unwell() -> None:
    assert assess_checkin_answer("熱があります", now=DAY).checkin_floor == "unwell"


def test_checkin_help_intent_alone_does_not_raise() -> None:
    decision = assess_checkin_answer("まあまあ", now=DAY, intent="checkin_help", intent_confidence=0.9)
    assert decision.checkin_floor is None


@pytest.mark.parametrize("answer", ["はい、大丈夫です", "はい大丈夫", "はいだいじょぶ"])
def test_a_plain_yes_before_daijoubu_is_not_vomiting(answer: str) -> None:
    # はい + 大丈夫 once read as はいた (吐いた): a common check-in answer must not open an unwell alert.
    morning = datetime(2026, 7, 15, 9, 0, tzinfo=UTC)
    assert assess_checkin_answer(answer, now=morning).checkin_floor is None
    assert assess_checkin_answer("さっき吐いたんです", now=morning).checkin_floor == "unwell"


# Round 18: on check-ins the n-gram classifier raises help too, when it is nearly certain (CHECKIN_NGRAM_THRESHOLD);
# vague, dialect and everyday answers stay below it. (さっきから同じ男が家の周りを回ってて… is placed by a rule since
# round 25, `same_person`: test_checkin_answer_a_rule_places_raises_help.)
@pytest.mark.parametrize("text", [
    "男の人が家の周りをうろうろして、窓から中をのぞいてる",
    # (a window being smashed now is placed by a rule since round 57, `vandalism_in_progress`; about to be smashed
    # is the classifier's alone)
    "駐車場で誰かが車のガラスを割ろうとしてる",
])
def test_checkin_answer_the_classifier_is_sure_of_raises_help(text: str) -> None:
    decision = assess_checkin_answer(text, now=DAY)
    assert decision.checkin_floor == "help" and decision.is_emergency, (text, decision.events)
    assert set(decision.events) <= {"ngram", "ngram_police"}  # no rule places it: the classifier does
    assert decision.message is not None and "見守り" in decision.message.text


def test_checkin_answer_a_rule_places_raises_help() -> None:
    decision = assess_checkin_answer("さっきから同じ男が家の周りを回ってて、今は窓から中をのぞいてる", now=DAY)
    assert decision.checkin_floor == "help" and decision.is_emergency and "same_person" in decision.events


@pytest.mark.parametrize("text", [
    "まあまあ", "なんともねえ", "いずいけど平気", "ぼちぼちでんな", "息子さ電話してけろ", "体が重い",
    "胃がもたれて食べられない", "寂しくて気分が落ち込んでる", "問題ないです",
])
def test_vague_and_everyday_checkin_answers_are_not_raised_by_the_classifier(text: str) -> None:
    assert assess_checkin_answer(text, now=DAY).checkin_floor != "help", text
