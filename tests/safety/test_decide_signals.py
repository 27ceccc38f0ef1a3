"""The pure decision's second signals (Findings built by hand): Rasa's intent only when confident and corroborated,
the n-gram classifier alone at its threshold (and a near-certain reading past a service frame), the advice signal
when nothing else placed the message; none of them overrules a rule, a topic, a guard or calm words."""

from __future__ import annotations

import pytest

from safety.overrule import NEAR_CERTAIN_NGRAM, near_certain_despite_frame
from safety.signals import INTENT_MIN_CONFIDENCE, INTENT_NGRAM_FLOOR, Signals
from tests.safety.decide_support import NOTHING, OPEN_NGRAM, findings, run
from tests.safety.helpers import NIGHT


def test_a_rule_is_never_overruled_by_the_second_signals() -> None:
    # the consumer line and the disaster page, never; since round 37 a near-certain n-gram reading (not the intent)
    # lifts an advice line with an emergency line beside it (#7119, #8000, #9110: test_decide_overrule.py)
    signals = Signals(intent="emergency", intent_confidence=1.0, ngram=1.0, ngram_threshold=0.8)
    assert run(findings({"consumer": "consumer"}), signals).number == "188"
    assert run(findings({"evacuation": "disaster"}), signals).kind == "disaster"
    intent_only = Signals(intent="emergency", intent_confidence=1.0, ngram=0.99, ngram_threshold=0.8)
    assert run(findings({"scam": "scam"}), intent_only).number == "#9110"
    assert run(findings({"fever": "symptom"}), intent_only).number == "#7119"


def test_a_confident_corroborated_intent_gives_an_unsure_119() -> None:
    signals = Signals(intent="emergency", intent_confidence=INTENT_MIN_CONFIDENCE, ngram=INTENT_NGRAM_FLOOR)
    decision = run(NOTHING, signals)
    assert decision.number == "119" and decision.certainty == "unsure" and decision.events == ("intent:emergency",)


@pytest.mark.parametrize(
    "signals",
    [Signals(intent="emergency", intent_confidence=INTENT_MIN_CONFIDENCE - 0.01, ngram=0.5),  # not confident
     Signals(intent="emergency", intent_confidence=1.0, ngram=INTENT_NGRAM_FLOOR - 0.01),  # uncorroborated
     Signals(intent="ask_city_info", intent_confidence=1.0, ngram=0.5)],  # another intent
)
def test_an_unsure_or_uncorroborated_intent_is_ignored(signals: Signals) -> None:
    assert run(NOTHING, signals).kind == "none"


def test_the_ngram_classifier_alone_fires_at_its_threshold_with_the_line_classifier() -> None:
    assert run(NOTHING, Signals(ngram=0.79, ngram_threshold=0.8)).kind == "none"
    decision = run(NOTHING, Signals(ngram=0.8, ngram_threshold=0.8))
    assert decision.number == "119" and decision.events == ("ngram",) and decision.certainty == "unsure"
    police = run(NOTHING, Signals(ngram=0.8, ngram_threshold=0.8, police_line=True))
    assert police.number == "110" and police.events == ("ngram_police",)


@pytest.mark.parametrize("flag", ["topic", "guarded", "service", "calm"])
def test_second_signals_stay_quiet_on_topics_guards_services_and_pleasure(flag: str) -> None:
    below = NEAR_CERTAIN_NGRAM - 0.01
    signals = Signals(intent="emergency", intent_confidence=1.0, ngram=below, ngram_threshold=0.8)
    assert run(findings(None, **{flag: True}), signals).kind == "none"


@pytest.mark.parametrize("flags", [{"topic": True}, {"calm": True}, {"guarded": True}, {"service": True, "topic": True},
                                   {"service": True, "calm": True}, {"service": True, "guarded": True},
                                   {"service": True, "asks_possibility": True}, {"service": True, "question": True}])
def test_a_guard_topic_pleasure_or_question_holds_back_even_a_certain_reading(flags: dict[str, bool]) -> None:
    assert run(findings(None, **flags), Signals(ngram=1.0, ngram_threshold=0.8)).kind == "none"


@pytest.mark.parametrize("flag", ["service"])
def test_a_service_frame_in_a_statement_alone_yields_to_a_near_certain_reading(flag: str) -> None:
    decision = run(findings(None, **{flag: True}), Signals(ngram=NEAR_CERTAIN_NGRAM, ngram_threshold=0.8))
    assert (decision.number, decision.certainty, decision.events) == ("119", "unsure", ("ngram",))
    police = run(findings(None, **{flag: True}), Signals(ngram=1.0, ngram_threshold=0.8, police_line=True))
    assert police.number == "110" and police.events == ("ngram_police",)
    # a police matter consulted about still goes to the consultation line
    consulted = run(findings(None, consulting=True, **{flag: True}),
                    Signals(ngram=1.0, ngram_threshold=0.8, police_line=True))
    assert consulted.number == "#9110"


def test_the_near_certain_reading_keeps_a_callers_higher_bar() -> None:
    assert near_certain_despite_frame(findings(service=True), Signals(ngram=NEAR_CERTAIN_NGRAM, ngram_threshold=0.8))
    assert not near_certain_despite_frame(findings(service=True), Signals(ngram=0.995, ngram_threshold=0.999))
    assert not near_certain_despite_frame(NOTHING, Signals(ngram=1.0, ngram_threshold=0.8))  # open: the usual path
    assert run(findings(service=True), Signals(ngram=0.995, ngram_threshold=0.999), channel="checkin").kind == "none"


def test_a_question_of_possibility_keeps_only_the_emergency_ngram_quiet() -> None:
    assert run(findings(asks_possibility=True), OPEN_NGRAM).kind == "none"
    # the advice classifiers may still answer it
    advised = run(findings(asks_possibility=True), Signals(ngram=0.95, ngram_threshold=0.8, advice="consumer"))
    assert advised.number == "188"


def test_the_ngram_classifier_alone_raises_a_checkin_answer_only_at_the_callers_bar() -> None:
    assert run(NOTHING, Signals(ngram=0.95, ngram_threshold=0.98), channel="checkin").kind == "none"
    raised = run(NOTHING, Signals(ngram=0.99, ngram_threshold=0.98), channel="checkin")
    assert (raised.checkin_floor, raised.certainty, raised.number) == ("help", "unsure", "119")
    # a police matter to consult about is no check-in floor, and no advice line is one alone
    consulting = Signals(ngram=0.99, ngram_threshold=0.98, police_line=True)
    assert run(findings(consulting=True), consulting, channel="checkin").kind == "none"
    assert run(NOTHING, Signals(advice="consumer"), channel="checkin").kind == "none"
    # a corroborated emergency intent still counts there
    signals = Signals(intent="emergency", intent_confidence=0.9, ngram=0.5, ngram_threshold=0.8)
    assert run(NOTHING, signals, channel="checkin").checkin_floor == "help"


def test_the_advice_signal_gives_its_line_when_nothing_else_placed_the_message() -> None:
    assert run(NOTHING, Signals(advice="consumer")).number == "188"
    assert run(NOTHING, Signals(advice="police_consultation")).number == "#9110"
    assert run(NOTHING, Signals(advice="disaster")).kind == "disaster"
    assert run(NOTHING, Signals(advice="medical")).number == "#7119"
    assert run(findings(child=True), Signals(advice="medical"), now=NIGHT).number == "#8000"
    assert not run(NOTHING, Signals(advice="medical")).is_emergency


def test_the_advice_signal_yields_to_rules_emergency_signals_topics_and_checkins() -> None:
    assert run(findings({"fire": "fire"}), Signals(advice="consumer")).number == "119"
    assert run(NOTHING, Signals(ngram=0.9, ngram_threshold=0.8, advice="consumer")).number == "119"
    assert run(findings(topic=True), Signals(advice="consumer")).kind == "none"
    assert run(NOTHING, Signals(advice="medical"), channel="checkin").checkin_floor is None
