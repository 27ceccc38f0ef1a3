"""The emergency classifier overruling the rules' "none" (round 36): only where the one closure that fired is a guard
that found a context it needs missing; every other closure (a guard that found a thing, a negation or a word before
the sign, a topic, a service frame, calm words, a "what if", a past scare) still holds back even a certain reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.assess import assess
from safety.data_file import default_safety_data
from safety.decide import OVERRULE_PROBABILITY, Signals, closures_yield, decide, overrules_none
from safety.evaluate import predicted_number
from safety.findings import Findings
from tests.safety.helpers import assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
CERTAIN = Signals(ngram=OVERRULE_PROBABILITY, ngram_threshold=0.8)


def closed(*closures: str, **flags: bool) -> Findings:
    return Findings(events={}, topic=flags.pop("topic", False), now=False, child=False, question=False,
                    closures=frozenset(closures), **flags)


NEEDS_ONLY = closed("guard", "guard_needs", guarded=True)


def test_a_guard_that_found_a_needed_context_missing_yields() -> None:
    assert closures_yield(NEEDS_ONLY)


@pytest.mark.parametrize("found", [
    closed("guard", "guard_unless", guarded=True),  # a thing, a toy, a fishing float
    closed("guard", "guard_before", guarded=True),  # 車が動かない: a word before the sign
    closed("guard", "guard_negated", guarded=True),  # 巻き込まれないよう
    closed("guard", "guard_needs", "guard_unless", guarded=True),
    closed("guard", "guard_needs", "topic", guarded=True, topic=True),  # 車が川に落ちたニュース
    closed("guard", "guard_needs", "service_frame", guarded=True, service=True),
    closed("guard", "guard_needs", "calm_word", guarded=True, calm=True),
    closed("guard", "guard_needs", "possibility", guarded=True, asks_possibility=True),
    closed("guard", guarded=True),  # a guard of no kind stands for itself
    closed(guarded=True),  # findings built by hand: the flag holds
    closed("guard_needs", guarded=True, calm=True),  # a flag with none of its closures holds too
    closed(),  # nothing closed: the usual path decides (the classifier's own bar)
])
def test_every_other_closure_holds(found: Findings) -> None:
    assert not closures_yield(found)


def test_the_bar_a_caller_bar_and_check_ins() -> None:
    assert overrules_none(NEEDS_ONLY, CERTAIN, "chat")
    assert overrules_none(NEEDS_ONLY, CERTAIN, "voice")
    assert not overrules_none(NEEDS_ONLY, Signals(ngram=OVERRULE_PROBABILITY - 0.001, ngram_threshold=0.8), "chat")
    assert not overrules_none(NEEDS_ONLY, Signals(ngram=0.985, ngram_threshold=0.99), "chat")
    assert not overrules_none(NEEDS_ONLY, Signals(ngram=1.0, ngram_threshold=0.98), "checkin")


def run(found: Findings, signals: Signals, channel: str = "chat") -> tuple[str, str, tuple[str, ...]]:
    decision = decide(found, local_now=DAY, channel="checkin" if channel == "checkin" else "chat", signals=signals,
                      data=default_safety_data())
    return predicted_number(decision), decision.certainty or "", decision.events


def test_the_overrule_is_an_unsure_alarm_and_the_police_line_picks_110() -> None:
    assert run(NEEDS_ONLY, CERTAIN) == ("119", "unsure", ("ngram_overrules",))
    police = Signals(ngram=1.0, ngram_threshold=0.8, police_line=True)
    assert run(NEEDS_ONLY, police) == ("110", "unsure", ("ngram_overrules",))
    assert run(NEEDS_ONLY, Signals(ngram=0.97, ngram_threshold=0.8))[0] == "none"
    assert run(NEEDS_ONLY, Signals(ngram=1.0, ngram_threshold=0.98), "checkin")[0] == "none"
    assert run(closed("guard", "guard_unless", guarded=True), Signals(ngram=1.0, ngram_threshold=0.8))[0] == "none"


# End to end: a person word the guard did not find (元彼, a kana 車上荒らし) beside a danger the classifier is sure
# of; and the closures the tests' hard negatives need, kept (round 35's list).
ALARMS = [
    ("元彼がいまドアをどんどん叩いてて帰ってくれない", "110"),
    ("しゃじょうあらしが いま ちゅうしゃじょうで くるまの まど まわってる ふたりぐみ", "110"),
]
KEPT = [
    "雪の中で車が動かなくなった、父に迎えに来てもらう",
    "釣りの浮きが浮いたり沈んだりしてる",
    "水路に一輪車が落ちてたから引き上げた",
    "大型トラックに巻き込まれないよう交差点では気をつけてね",
    "眼鏡をどこに置いたか、探しても見当たりません",
    "車が川に落ちたニュースを見た",
    "主人がトイレに入ってもう30分も出てこないけど、中から歌ってるのが聞こえる",
    "弟がプールで溺れかけましたが、すぐ引き上げられて今は元気に泳いでます",
    "線路の近くに住んでいて、電車が来る音がうるさい",
]


def test_end_to_end_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_missing_person_word_yields_to_a_certain_reading(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert (predicted_number(decision), decision.certainty, decision.events) == (number, "unsure", ("ngram_overrules",))
    assert not assess(text, now=DAY, channel="checkin").is_emergency


@pytest.mark.parametrize("text", KEPT)
def test_the_closures_of_the_hard_negatives_hold(text: str) -> None:
    assert predicted_number(assess(text, now=DAY, channel="chat")) == "none"
