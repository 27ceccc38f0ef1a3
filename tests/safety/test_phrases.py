"""The labelled phrase set (safety/eval/phrases.tsv): targets over the examined splits for every channel.

The former unexamined splits (blind, blind3, blind5, blind7, and the coordinator's blind9) were examined in the second
session of 2026-11-30 and now fall under the same targets; the estimate for unseen phrases is each split's first score
(docs/safety.md), recorded before it was examined. Each session's fresh blind pair then waits in
:data:`safety.evaluate.UNEXAMINED_SPLITS` until the next session merges it (the tools accept an empty set)."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess, assess_checkin_answer, warm_up
from safety.evaluate import (
    EXAMINED_SPLITS,
    UNEXAMINED_SPLITS,
    Outcome,
    Phrase,
    load_checkin_answers,
    load_phrases,
    run,
    score,
)
from safety.models import Channel

MIN_RECALL = 0.98
MAX_FALSE_ALARMS = 0.05
MIN_RIGHT_NUMBER = 0.95
MAX_MEDIAN_MS = 5.0
LATENCY_PASSES = 2
ALL_PHRASES = load_phrases()
PHRASES = [p for p in ALL_PHRASES if p.split in EXAMINED_SPLITS]
TOPIC_NEGATIVES = ("救急の日", "報知器", "罹災", "消防団", "講習", "イベント", "フェア")


def outcomes(channel: Channel, *, intent: str | None = None, confidence: float | None = None) -> list[Outcome]:
    return run(PHRASES, lambda p: assess(p.text, now=p.moment, channel=channel, intent=intent,
                                         intent_confidence=confidence))


def assert_targets(results: list[Outcome]) -> None:
    result = score(results)
    missed = [o.phrase.text for o in results if o.phrase.label == "emergency" and not o.decision.is_emergency]
    alarms = [o.phrase.text for o in results if o.phrase.label != "emergency" and o.decision.is_emergency]
    assert result.recall >= MIN_RECALL, missed
    assert result.false_alarm_rate <= MAX_FALSE_ALARMS, alarms
    assert result.right_number_rate >= MIN_RIGHT_NUMBER


def test_the_set_is_big_and_covers_every_style_and_label() -> None:
    assert len(PHRASES) >= 300
    styles = {"plain", "casual", "senior", "tohoku", "kana", "asr", "indirect"}
    assert set(Counter(p.style for p in ALL_PHRASES)) == styles
    assert set(Counter(p.label for p in ALL_PHRASES)) == {"emergency", "urgent", "disaster", "none"}
    assert len({p.text for p in ALL_PHRASES}) == len(ALL_PHRASES)
    assert set(EXAMINED_SPLITS) <= {p.split for p in ALL_PHRASES} <= set(EXAMINED_SPLITS) | UNEXAMINED_SPLITS
    assert not UNEXAMINED_SPLITS & set(EXAMINED_SPLITS)


@pytest.mark.parametrize("split", ["blind", "blind3", "blind5", "blind7", "blind9"])
def test_each_formerly_unexamined_split_meets_the_targets_on_its_own(split: str) -> None:
    assert split in EXAMINED_SPLITS
    assert_targets(run([p for p in PHRASES if p.split == split],
                       lambda p: assess(p.text, now=p.moment, channel="chat")))


def test_chat_degraded_without_rasa() -> None:
    assert_targets(outcomes("chat"))


def test_chat_with_rasa_giving_a_wrong_intent_everywhere() -> None:
    assert_targets(outcomes("chat", intent="ask_city_info", confidence=0.99))


def test_chat_with_rasa_calling_topics_emergencies() -> None:
    topics = [p for p in PHRASES if p.label == "none" and any(word in p.text for word in TOPIC_NEGATIVES)]
    assert len(topics) >= 15
    for phrase in topics:
        decision = assess(phrase.text, now=phrase.moment, channel="chat", intent="emergency", intent_confidence=0.97)
        assert not decision.is_emergency, phrase.text


def test_voice_text_path_and_spoken_first_message() -> None:
    results = outcomes("voice")
    assert_targets(results)
    for outcome in results:
        if outcome.decision.message is not None:
            assert outcome.decision.message.speech


def test_report_form_channel_interrupts_on_emergencies() -> None:
    results = outcomes("form")
    assert_targets(results)
    assert all(o.decision.interrupts == o.decision.is_emergency for o in results)


def test_checkin_answers_emergencies_raise_help() -> None:
    emergencies = [p for p in PHRASES if p.label == "emergency"]
    raised = sum(assess_checkin_answer(p.text, now=p.moment).checkin_floor == "help" for p in emergencies)
    assert raised / len(emergencies) >= MIN_RECALL


@pytest.mark.parametrize(("text", "floor", "style"), load_checkin_answers())
def test_checkin_answer_floors(text: str, floor: str, style: str) -> None:
    when = datetime(2026, 7, 15, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert (assess_checkin_answer(text, now=when).checkin_floor or "none") == floor, (text, style)


def test_added_latency_is_small() -> None:
    """The median over a third of the set, the better of two passes (as ``timeit`` advises: the slower pass measures
    the process around the layer - late in the suite, a heap of earlier tests' objects - not the layer)."""
    warm_up()
    sample: list[Phrase] = PHRASES[::3]
    medians_ms = []
    for _ in range(LATENCY_PASSES):
        timings_ms = []
        for phrase in sample:
            start = time.perf_counter()
            assess(phrase.text, now=phrase.moment, channel="chat")
            timings_ms.append((time.perf_counter() - start) * 1000)
        medians_ms.append(statistics.median(timings_ms))
    assert min(medians_ms) <= MAX_MEDIAN_MS, medians_ms
