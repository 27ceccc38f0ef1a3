"""When a near-certain emergency reading overrules the rules (pure): through a service frame in a statement
(:func:`near_certain_despite_frame`), over the rules' "none" (:func:`overrules_none`, round 36) and over an advice
line with an emergency line beside it (:func:`overrules_advice`, round 37) - never on check-in answers, and only where
no closure but a guard that found a needed context missing fired. :mod:`safety.decide` applies them."""

from __future__ import annotations

from safety.findings import Findings
from safety.models import AdviceLine, Channel, SafetyDecision
from safety.signals import Signals

# A service frame in a statement (not a question), alone - no guard, no topic, no "what if", no calm, no question of
# possibility - does not hold back a near-certain n-gram reading (helper R31): indirect tellings closed by a frame word
# read inside another word (車体の read たいの, 曲がってきます read できます). A service asked for in a question
# (包丁研ぎのサービスはありますか) stays closed, and so does a guarded match: the guards are written for kinds the
# classifier reads as near certain (雪の中で車が動かなくなった、父に迎えに来てもらう at 0.9997). Held out over 16
# blind-pair folds (bench/bench_safety_indirect.py): 2 more emergencies, no more false alarms (docs/safety.md).
NEAR_CERTAIN_NGRAM = 0.99  # n-gram probability
# The emergency classifier overrules the rules' "none" (an unsure 119/110; the police line picks 110) when it reaches
# this bar and the only closure that fired is a guard that found a context it needs missing (no person named: the
# ``needs`` guard, often a person word garbled in a transcript). A guard that found evidence of no danger (a thing,
# a toy, a car that does not move, a negation, a word before the sign), a topic, a service frame, calm words, a
# "what if" or a past scare still holds back even a certain reading - the tests' hard negatives are exactly those
# (雪の中で車が動かなくなった, 釣りの浮きが浮いたり沈んだり). Held out by writer (bench/bench_safety_overrule.py, three
# blocks blind29a-36b, classifiers trained without the block, rules ablated): 0.98 adds heard recall on two blocks
# and no false alarm; 0 of the tests' hard negatives become alarms (docs/safety.md, Round 36). Never on check-ins.
OVERRULE_PROBABILITY = 0.98  # n-gram probability
YIELDING_CLOSURES = frozenset({"guard_needs"})
# ... at a lower bar on the voice channel: in a Whisper transcript the context a `needs` guard looks for is most often
# a person word garbled (母 heard ハッハ, 父 heard チッチー, 元彼 heard もとかれ, 睡眠薬 heard 水民役), so the absence
# it found is weaker evidence there than in a typed text. Held out by writer (bench/bench_safety_overrule.py, six
# blocks blind25a-39b, heard rows decided as voice, classifiers trained without the block, rules ablated): every
# heard "none" closed only by a `needs` guard and read 0.5-0.98 was an emergency (8 of 8; 3 at >= 0.95), no
# non-emergency; the tests' hard negatives with yielding closures read at most 0.927 (さっきまで公園にいた息子の帽子が
# ベンチに残ってる, a drowning's water missing), so the bar keeps a margin above them (docs/safety.md, Round 38, A49).
# Typed texts keep OVERRULE_PROBABILITY (no held-out typed row gains below it).
VOICE_OVERRULE_PROBABILITY = 0.95  # n-gram probability
# ... and an advice line that has an emergency line beside it (#7119/#8000 -> 119, #9110 -> 110; placed by a rule or
# by the classifiers; not the consumer line 188, a matter of contracts with no emergency of its own, nor the disaster
# page) on the same terms - no closure but yielding ones, here none at all or the ``needs`` guard - at a higher bar:
# an advice line means a rule read a sign and judged it one for a question, and the tests' hard negatives given an
# advice line with no closure read up to 0.9977 (0.9972 after Round 37's retrain: 夫が朝からなんとなく顔が青白くて、
# 食欲もない; となりの おじさんが…おどしてくる; 警察を名乗る男から、あした自宅にカードを取りに来ると電話), the
# held-out blocks' non-emergencies up to
# 0.9936 (隣の人がいっつもうちさ向かって怒鳴ってくっから). Held out by writer (bench/bench_safety_overrule.py, five
# blocks blind25a-37b, classifiers trained without the block, rules ablated): 0.999 adds 6 typed and 9 heard
# emergencies of ~1,950 each (symptoms told with signs of a collapse, a child followed, a threat now) and no false
# alarm; 0.98 adds 7 / 11 but 1 typed and 1 heard false alarm and breaks 4 of the tests' hard negatives
# (docs/safety.md, Round 37). Never on check-ins.
ADVICE_OVERRULE_PROBABILITY = 0.999  # n-gram probability
LIFTED_ADVICE: frozenset[AdviceLine] = frozenset({"adult_medical", "child_night", "child_day", "police_consultation"})


def near_certain_despite_frame(findings: Findings, signals: Signals) -> bool:
    """Whether the n-gram classifier is near certain (:data:`NEAR_CERTAIN_NGRAM`, or the caller's higher bar) on a
    message closed to second signals only by a service frame in a statement."""
    frame_in_a_statement = findings.service and not findings.question
    closed_only_by_the_frame = frame_in_a_statement and not (findings.guarded or findings.topic or findings.calm)
    return (closed_only_by_the_frame and not findings.asks_possibility
            and signals.ngram >= max(NEAR_CERTAIN_NGRAM, signals.ngram_threshold))


def closures_yield(findings: Findings) -> bool:
    """Whether the rules' "none" was reached only through closures a near-certain reading may overrule
    (:data:`YIELDING_CLOSURES`; "guard" stands for its kinds, which are listed beside it)."""
    closures = findings.closed_by - {"guard"}
    return bool(closures) and closures <= YIELDING_CLOSURES


def overrule_bar(channel: Channel) -> float:
    """The bar of the overrule of "none" on ``channel``: :data:`VOICE_OVERRULE_PROBABILITY` on the voice channel,
    :data:`OVERRULE_PROBABILITY` elsewhere."""
    return VOICE_OVERRULE_PROBABILITY if channel == "voice" else OVERRULE_PROBABILITY


def overrules_none(findings: Findings, signals: Signals, channel: Channel) -> bool:
    """Whether the emergency classifier overrules the rules' "none": it reaches the channel's bar
    (:func:`overrule_bar`, or the caller's higher bar), the message is no check-in answer, and only yielding closures
    fired (:func:`closures_yield`)."""
    return (channel != "checkin" and signals.ngram >= max(overrule_bar(channel), signals.ngram_threshold)
            and closures_yield(findings))


def advice_yields(findings: Findings) -> bool:
    """Whether an advice line was reached with no closure but yielding ones: none at all, or only those
    :func:`closures_yield` lets a near-certain reading overrule."""
    return not findings.closed_by or closures_yield(findings)


def overrules_advice(decision: SafetyDecision, findings: Findings, signals: Signals, channel: Channel) -> bool:
    """Whether the emergency classifier lifts an advice line to an unsure alarm: the decision is an advice line of
    :data:`LIFTED_ADVICE` (not 188, not the disaster page), the message is no check-in answer, the reading reaches
    :data:`ADVICE_OVERRULE_PROBABILITY` (or the caller's higher bar) and the closures yield (:func:`advice_yields`)."""
    return (decision.kind == "urgent_advice" and decision.advice in LIFTED_ADVICE and channel != "checkin"
            and signals.ngram >= max(ADVICE_OVERRULE_PROBABILITY, signals.ngram_threshold)
            and advice_yields(findings))
