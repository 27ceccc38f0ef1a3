"""Round 40 (helper A57; :mod:`safety.advice_over_alarm`): a rule's alarm resting only on mild events (the ambulance
named, a cut told small, a bare danger word, a weak sign), doubted by the emergency classifier (< 0.05) while the
medical advice classifier is near certain (>= 0.98), is answered with the medical advice line. A grave sign asked as
"should I go to hospital?" keeps 119 whatever the classifiers read (A55's hard negatives and more: the classifiers
read the question's frame, not the sign)."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.advice_over_alarm import (
    ALARM_DOUBTED_NGRAM,
    MEDICAL_OVER_ALARM_PROBABILITY,
    advice_over_alarm,
    mild_alarm,
)
from safety.findings import Findings
from safety.models import Channel, SafetyDecision
from safety.normalize import views
from safety.rule import Group
from safety.signals import Signals
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Grave signs asked as a question whether to go or call: 119 (with the shipped classifiers most read the medical
# advice line near 1 and the emergency line near 0; A55's hard negatives first).
GRAVE_ASKED = [
    "ナイフで刺された、痛い、病院行った方がいい？",
    "2歳の娘がけいれんしてる、病院行ったほうがいい？",
    "子供が頭を強く打ってから何度も吐いてる、病院行くべき？",
    "娘が熱で意識がもうろうとしている、病院行くべき？",
    "赤ちゃんが熱でぐったりしていて呼びかけに反応しない、病院行くべき？",
    "3歳の子がお風呂でおぼれかけた、顔色が悪い、病院行ったほうがいい？",
    "包丁でお腹を刺された、病院行ったほうがいい？",
    "赤ちゃんが呼びかけに反応しない、病院行くべき？",
    "息子がけいれんしてる、病院行った方がいい？",
    "2歳の子が漂白剤を飲んだかもしれない、病院行ったほうがいい？",
    "頭をぶつけてから何回も吐いてる、病院行くべき？",
    "祖母が転んで立てなくなって、話もおかしい、病院行ったほうがいい？",
    "転んでから母が立てなくて、言ってることがおかしい。病院行くべき？",
    "息が苦しくてうまく吸えない、病院行った方がいい？",
    "腕から胸まで広くやけどした、病院行くべき？",
    "夫が倒れて起き上がれない、病院行くべき？",
    "2歳の子がボタン電池を飲み込んだかもしれない、病院行ったほうがいい？",
    "2歳の子がタバコを飲み込んだかもしれない、病院行くべき？",
    "子供が磁石を2個飲み込んだ、病院行くべき？",
    "子供が池でおぼれた、今は息してるけど病院行くべき？",
    "父が胸が痛いと言ってうずくまってる、病院行くべき？",
    "包丁で手首を深く切った、病院行ったほうがいい？",
    "チェーンソーで足を切った、病院行ったほうがいい？",
    "祖母の意識がはっきりしない、病院行くべき？",
    "夫がろれつが回らない、救急車を呼ぶほどでしょうか",
    "母が血を吐いた、病院行くべき？",
]
# ... and told plainly, kept by the emergency classifier itself (A55)
GRAVE_TOLD = ["父が急に倒れて呼んでも返事がない", "けいれんして5分以上止まらない", "階段から落ちて頭を打ち吐いています",
              "洗剤を飲んで吐いている", "漂白剤を飲んだかもしれない"]
MILD_ADVICE = ["足首が腫れて痛いけど、救急車をお願いするのも申し訳なくて、どうしたらいいでしょう"]


@pytest.mark.parametrize("text", GRAVE_ASKED + GRAVE_TOLD)
@pytest.mark.parametrize("now", [DAY, NIGHT])
def test_grave_sign_keeps_its_alarm(text: str, now: datetime) -> None:
    assert_decides(text, "119", now=now)


@pytest.mark.parametrize("text", MILD_ADVICE)
def test_mild_alarm_doubted_is_advice(text: str) -> None:
    assert_decides(text, "#7119", now=DAY)


def test_new_phrasings_are_not_in_the_set() -> None:
    assert_not_in_phrase_set([(text, "119") for text in GRAVE_ASKED] + [(text, "#7119") for text in MILD_ADVICE])


ALARM = SafetyDecision(kind="emergency_fire_ambulance", certainty="sure", number="119", events=("ambulance_request",))
SURE = Signals(ngram=0.001, ngram_consulted=True, advice="medical", advice_probability=0.999)
ASKED = "足首が痛いけど救急車をお願いするのも悪くて"


def found(**events: Group) -> Findings:
    return Findings(events=dict(events), topic=False, now=False, child=False, question=True)


def answered(events: dict[str, Group] | None = None, *, text: str = ASKED, signals: Signals = SURE,
             channel: Channel = "chat", decision: SafetyDecision = ALARM) -> bool:
    told = events or {"ambulance_request": "medical", "symptom": "symptom"}
    return advice_over_alarm(decision, found(**told), signals, channel, views(text))


def test_mild_alarm_doubted_by_both_classifiers_is_answered() -> None:
    assert answered()
    assert answered({"danger_word": "lexical", "ask_ambulance": "ask"})
    assert answered({"deep_wound": "medical"}, text="草刈り機で足ちょこっと切った、病院行ったほうがいい？")


def test_classifiers_must_both_doubt_the_alarm() -> None:
    assert not answered(signals=Signals(ngram=ALARM_DOUBTED_NGRAM, ngram_consulted=True, advice="medical",
                                        advice_probability=0.999))
    assert not answered(signals=Signals(ngram=0.001, ngram_consulted=True, advice="medical",
                                        advice_probability=MEDICAL_OVER_ALARM_PROBABILITY - 0.001))
    assert not answered(signals=Signals(ngram=0.0, advice="medical", advice_probability=0.999))  # not consulted
    assert not answered(signals=Signals(ngram=0.001, ngram_consulted=True, advice="police_consultation",
                                        advice_probability=0.999))


def test_never_on_checkins_nor_over_advice() -> None:
    assert not answered(channel="checkin")
    advice = SafetyDecision(kind="urgent_advice", advice="adult_medical", number="#7119", events=("symptom",))
    assert not answered(decision=advice)


@pytest.mark.parametrize("grave", [{"collapsed": "medical"}, {"seizure": "medical"}, {"stabbed": "medical"},
                                   {"poisoning": "medical"}, {"head_injury": "medical"}, {"drowning": "medical"},
                                   {"call_for_help": "help"}, {"traffic_accident": "police"}])
def test_grave_or_other_events_keep_the_alarm(grave: dict[str, Group]) -> None:
    assert not answered({"ambulance_request": "medical", **grave})


@pytest.mark.parametrize("text", ["息子がぐったりしてる、救急車を呼ぶべき？", "子供がボタン電池を飲み込んだ、救急車？",
                                  "母が倒れてる、救急車を呼ぶほど？", "呼びかけに反応が鈍い、救急車を呼ぶべき？"])
def test_grave_words_keep_the_alarm_of_a_mild_event(text: str) -> None:
    assert not mild_alarm(ALARM, found(weak_danger="weak", ambulance_request="medical"), views(text))


def test_cut_only_when_told_small() -> None:
    assert not answered({"deep_wound": "medical"}, text="チェーンソーで足を切った、病院行ったほうがいい？")
    assert answered({"deep_wound": "medical"}, text="鎌で指を少し切った、病院行ったほうがいい？")


def test_classifier_alarm_is_not_a_rules_alarm() -> None:
    ngram = SafetyDecision(kind="emergency_fire_ambulance", certainty="unsure", number="119", events=("ngram",))
    assert not answered(decision=ngram)
