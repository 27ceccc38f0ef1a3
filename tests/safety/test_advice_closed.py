"""The advice classifiers' near-certain reading answering a message the rules closed (round 38): a consultation asked
for in a service frame, a recurring matter read as a topic, a hazard map asked about "since long ago" get their advice
line instead of "none"; closures that found no trouble (a harmless thing, pleasure, calm words, a resolved scare,
fiction, animals), check-in answers, a reading short of the bar and the emergency overrule of "none" keep theirs."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.advice_closed import ADVICE_THROUGH, ADVICE_THROUGH_PROBABILITY, advice_despite_closure
from safety.assess import assess
from safety.data_file import default_safety_data
from safety.decide import decide
from safety.evaluate import predicted_number
from safety.findings import Findings
from safety.models import SignalledAdvice
from safety.signals import Signals
from tests.safety.helpers import DAY, NIGHT, assert_not_in_phrase_set, closed


def run(found: Findings, signals: Signals, channel: str = "chat", now: datetime = DAY) -> tuple[str, tuple[str, ...]]:
    decision = decide(found, local_now=now, channel="checkin" if channel == "checkin" else "chat", signals=signals,
                      data=default_safety_data())
    return predicted_number(decision), decision.events


TOLD = ("ngram_advice", "advice_despite_closure")


def sure(advice: SignalledAdvice, probability: float = ADVICE_THROUGH_PROBABILITY) -> Signals:
    return Signals(advice=advice, advice_probability=probability)


CLOSED = [
    closed("topic", topic=True),  # 毎日どなり込んでくる: a recurring matter read as a topic
    closed("cancelled_topic", "service_frame", "topic", topic=True, service=True),  # どごさ相談すればいいべ
    closed("service_frame", service=True),  # 日曜にやっている外科はありますか
    closed("guard", "guard_needs", guarded=True),  # 元彼から毎日何十回も電話: no person word found
    closed("guard", "guard_negated", guarded=True),  # 息は苦しぐねえ。病院さ行った方いいべか
    closed("cancelled_past", topic=True),  # 昔がら水っつくとこだがら、洪水のハザードマップ
    closed("hypothetical", "service_frame", service=True),  # 雪かきしてたら腰いでぐなった: a "what if" misread
    closed("possibility", "guard", "guard_needs", guarded=True, asks_possibility=True),
]


@pytest.mark.parametrize("found", CLOSED)
def test_a_sure_advice_reading_answers_through_the_closures(found: Findings) -> None:
    assert advice_despite_closure(found, sure("police_consultation"), "chat")
    assert run(found, sure("police_consultation")) == ("#9110", TOLD)
    assert run(found, sure("consumer")) == ("188", TOLD)
    assert run(found, sure("disaster", 1.0)) == ("disaster", TOLD)
    assert run(found, sure("medical")) == ("#7119", TOLD)
    below = sure("police_consultation", ADVICE_THROUGH_PROBABILITY - 0.001)
    assert not advice_despite_closure(found, below, "chat")
    assert run(found, below) == ("none", ())


def test_a_childs_symptoms_at_night_get_the_night_line() -> None:
    found = closed("service_frame", child=True, service=True)
    assert run(found, sure("medical"), now=NIGHT) == ("#8000", TOLD)


@pytest.mark.parametrize("found", [
    closed("guard", "guard_unless", guarded=True),  # 母から毎日電話が来るのが楽しみです: pleasure, a harmless thing
    closed("guard", "guard_needs", "guard_unless", guarded=True),
    closed("guard", "guard_before", guarded=True),
    closed("calm_word", calm=True),  # 通販で注文したマグカップ、思ったより素敵で満足です
    closed("calm_word", "guard", "guard_needs", guarded=True, calm=True),  # 母に毎日何度も電話している
    closed("settled_person", "calm_word", calm=True),
    closed("resolved", "cancelled_topic", topic=True),  # 転んで膝をすりむいたけど、たいしたことない
    closed("fiction", "topic", topic=True),  # a drama's swindle is nobody's to report
    closed("animals_only", "guard", "guard_needs", guarded=True, calm=True),  # 牛っこが熱: a vet's matter
    closed("guard", guarded=True),  # a guard of no kind stands for itself
    closed(guarded=True),  # findings built by hand: a flag with none of its closures holds
    closed("service_frame", calm=True),
])
def test_closures_that_found_no_trouble_hold(found: Findings) -> None:
    assert not advice_despite_closure(found, sure("police_consultation", 1.0), "chat")
    assert run(found, sure("police_consultation", 1.0)) == ("none", ())


def test_no_reading_check_ins_and_the_emergency_overrule_come_first() -> None:
    found = closed("topic", topic=True)
    assert not advice_despite_closure(found, Signals(), "chat")
    assert run(found, Signals()) == ("none", ())
    assert not advice_despite_closure(found, Signals(advice_probability=1.0), "chat")  # no line read
    assert not advice_despite_closure(found, sure("medical", 1.0), "checkin")
    assert run(found, sure("medical", 1.0), "checkin") == ("none", ())
    needs = closed("guard", "guard_needs", guarded=True)
    overruled = Signals(ngram=1.0, ngram_threshold=0.8, advice="medical", advice_probability=1.0)
    assert run(needs, overruled) == ("119", ("ngram_overrules",))  # the overrule of "none" first
    assert not ({"guard_unless", "calm_word", "resolved", "fiction", "animals_only"} & ADVICE_THROUGH)
    assert 0.8 < ADVICE_THROUGH_PROBABILITY < 1.0


# End to end with the shipped classifiers: new tellings of the held-out kind (none in the phrase set; a topic and a
# service frame, a needs guard, the past), each "none" before round 38.
ADVISED = [
    ("隣の家の人が毎晩うちの車の停め方に文句をつけに来るんです、どこに相談したらいいでしょうか", "#9110"),
    ("母のところに金の投資の話を持ちかける電話が毎日かかってくるそうで、相談に乗っていただけますか", "#9110"),
    ("このあたりは昔から大雨のたびに水が出るので、洪水のハザードマップを見たいんですが", "disaster"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ADVISED)


@pytest.mark.parametrize(("text", "number"), ADVISED)
def test_advice_cases_told_in_a_closing_frame_get_their_line(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="chat")
    assert (predicted_number(decision), decision.events) == (number, TOLD)
    assert predicted_number(assess(text, now=DAY, channel="voice")) == number
    assert predicted_number(assess(text, now=DAY, channel="checkin")) == "none"
