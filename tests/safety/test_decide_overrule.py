"""The emergency classifier overruling the rules' "none" (round 36): only where the one closure that fired is a guard
that found a context it needs missing; every other closure (a guard that found a thing, a negation or a word before
the sign, a topic, a service frame, calm words, a "what if", a past scare) still holds back even a certain reading.
Since round 37 it lifts an advice line too, on the same terms (no closure at all counts as yielding) at a higher bar
(ADVICE_OVERRULE_PROBABILITY)."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.data_file import default_safety_data
from safety.decide import decide
from safety.evaluate import predicted_number
from safety.findings import Findings
from safety.overrule import (
    ADVICE_OVERRULE_PROBABILITY,
    LIFTED_ADVICE,
    OVERRULE_PROBABILITY,
    advice_yields,
    closures_yield,
    overrules_advice,
    overrules_none,
)
from safety.signals import Signals
from tests.safety.helpers import DAY, NEEDS_ONLY, assert_not_in_phrase_set, closed

CERTAIN = Signals(ngram=OVERRULE_PROBABILITY, ngram_threshold=0.8)




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


# Round 37: the overrule of advice lines. A symptom with no other sign is a question for #7119; a reading at the
# advice bar lifts it, on the same closures as "none" (none at all, or the ``needs`` guard).
SURE = Signals(ngram=ADVICE_OVERRULE_PROBABILITY, ngram_threshold=0.8)


def advised(*closures: str, **flags: bool) -> Findings:
    return Findings(events={"symptom": "symptom"}, topic=flags.pop("topic", False), now=False, child=False,
                    question=False, closures=frozenset(closures), **flags)


def test_the_advice_bar_is_above_the_bar_for_none_and_188_is_not_lifted() -> None:
    assert OVERRULE_PROBABILITY < ADVICE_OVERRULE_PROBABILITY < 1.0
    assert {"adult_medical", "child_night", "child_day", "police_consultation"} == LIFTED_ADVICE


@pytest.mark.parametrize("found", [advised(), advised("guard", "guard_needs", guarded=True)])
def test_an_advice_line_with_no_closure_or_a_needs_guard_yields(found: Findings) -> None:
    assert advice_yields(found)
    assert run(found, Signals(ngram=0.9, ngram_threshold=0.8)) == ("#7119", "sure", ("symptom",))
    assert run(found, SURE) == ("119", "unsure", ("ngram_overrules",))
    police = Signals(ngram=1.0, ngram_threshold=0.8, police_line=True)
    assert run(found, police) == ("110", "unsure", ("ngram_overrules",))


@pytest.mark.parametrize("found", [
    advised("guard", "guard_unless", guarded=True),
    advised("guard", "guard_needs", "calm_word", guarded=True, calm=True),
    advised("service_frame", service=True),
    advised("possibility", asks_possibility=True),
    advised("resolved", topic=True),
    advised("guard", guarded=True),
    advised(guarded=True),  # findings built by hand: the flag holds
    advised(calm=True),
])
def test_every_other_closure_holds_an_advice_line(found: Findings) -> None:
    assert not advice_yields(found)
    assert run(found, Signals(ngram=1.0, ngram_threshold=0.8)) == ("#7119", "sure", ("symptom",))


def test_the_advice_bar_a_caller_bar_check_ins_and_the_disaster_page() -> None:
    data = default_safety_data()
    advice = decide(advised(), local_now=DAY, channel="chat", signals=Signals(), data=data)
    assert advice.kind == "urgent_advice"
    assert overrules_advice(advice, advised(), SURE, "chat")
    assert overrules_advice(advice, advised(), SURE, "voice")
    below = Signals(ngram=ADVICE_OVERRULE_PROBABILITY - 0.0005, ngram_threshold=0.8)
    assert not overrules_advice(advice, advised(), below, "chat")
    assert run(advised(), below) == ("#7119", "sure", ("symptom",))
    assert not overrules_advice(advice, advised(), Signals(ngram=0.9995, ngram_threshold=0.9999), "chat")
    assert not overrules_advice(advice, advised(), Signals(ngram=1.0, ngram_threshold=0.98), "checkin")
    page = decide(Findings(events={"evacuation": "disaster"}, topic=False, now=False, child=False, question=False),
                  local_now=DAY, channel="chat", signals=Signals(ngram=1.0, ngram_threshold=0.8), data=data)
    assert page.kind == "disaster"  # the disaster page is no advice line: never lifted
    assert not overrules_advice(page, advised(), SURE, "chat")
    consumer = decide(Findings(events={"consumer": "consumer"}, topic=False, now=False, child=False, question=False),
                      local_now=DAY, channel="chat", signals=Signals(ngram=1.0, ngram_threshold=0.8), data=data)
    assert consumer.number == "188"  # a matter of contracts: no emergency line beside it, never lifted
    assert not overrules_advice(consumer, advised(), SURE, "chat")
    none = decide(closed(), local_now=DAY, channel="chat", signals=Signals(), data=data)
    assert not overrules_advice(none, closed(), SURE, "chat")  # "none" is overrules_none's


# End to end: advice lines the shipped classifier reads as near certain (a child followed, then silent; a junior
# dazed at practice) - and the tests' hard negatives given an advice line with no closure that read highest
# (0.994-0.9988: under the advice bar), which keep their lines.
ADVICE_ALARMS = [
    ("塾帰りの息子から、知らない車にずっとついてこられているとメッセージが来て、その後既読がつきません", "110"),
    ("部活中に後輩がふらふらになって、呼んでもぼうっとしていて返事がおかしい", "119"),
]
ADVICE_KEPT = [
    ("夫が朝からなんとなく顔が青白くて、食欲もないと言っています", "#7119"),
    ("となりの おじさんが いうこと きかないと ひどいめに あわせるって おどしてくる", "#9110"),
    ("警察を名乗る男から、あした自宅にカードを取りに来ると電話がありました", "#9110"),
    ("前の夫から「今から行く」と電話があった。今のところ来てはいない", "#9110"),
]


def test_advice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ADVICE_ALARMS)


@pytest.mark.parametrize(("text", "number"), ADVICE_ALARMS)
def test_a_near_certain_reading_lifts_an_advice_line(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert (predicted_number(decision), decision.certainty, decision.events) == (number, "unsure", ("ngram_overrules",))
    assert not assess(text, now=DAY, channel="checkin").is_emergency


@pytest.mark.parametrize(("text", "number"), ADVICE_KEPT)
def test_the_hard_negatives_keep_their_advice_lines(text: str, number: str) -> None:
    assert predicted_number(assess(text, now=DAY, channel="chat")) == number
