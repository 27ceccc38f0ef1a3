"""A mild alarm of the rules answered with the medical advice line (pure): :func:`advice_over_alarm`.

Held out by writer (bench/bench_safety_advice_alarm.py, eight blocks blind25a-40b, the classifiers trained without
the block, rules ablated) the largest kind of wrong number among advice cases that is not "none" is a #7119 / #8000
case given 119 by a rule: a sign word in an advice case (草刈り機で足ちょこっと切ったっちゃ、血ぃ止まったけど病院さ
行ったほういいべか; 救急車をお願いするのも申し訳なく). The emergency classifier reads most of them near 0 and the
medical advice classifier near 1 (docs/safety.md, Round 39, helper A55). But the classifiers learned the frame (a
question whether to go), not the sign: a stab, a seizure or a baby not responding asked as "should I go to
hospital?" read the same. So the classifiers may answer only an alarm that rests on mild events
(:data:`MILD_ALARM_EVENTS`: the ambulance merely named or asked about, a cut told small, a bare danger word, a weak
sign) with no grave word in the text (:data:`GRAVE_WORDS`: a collapse, unresponsiveness, breathing, a seizure,
vomiting, a stab, drowning, a burn, a poison or a swallowed danger) - never a grave event of the rules, never a plea
for help, never on check-in answers. Held out (the eight blocks, blind41 in training): caught unchanged typed and
heard, false alarms 62 -> 59 / 3797 typed and 103 -> 98 / 3756 heard, right number 4065 -> 4067 / 4136 typed and
3867 -> 3871 / 4088 heard (8 advice rows, 6 wrong -> right); every hard negative of the tests keeps 119
(docs/safety.md, Round 40, helper A57).
"""

from __future__ import annotations

import re

from safety.findings import Findings
from safety.models import Channel, SafetyDecision
from safety.normalize import TextViews
from safety.signals import Signals

# The medical advice classifier's probability that answers a mild alarm (its own bar is 0.8).
MEDICAL_OVER_ALARM_PROBABILITY = 0.98  # advice-line probability
# The emergency classifier's probability below which it doubts the alarm (its firing bar is 0.8).
ALARM_DOUBTED_NGRAM = 0.05  # emergency probability
# The events a mild alarm may rest on; events of the groups that never alarm alone (symptoms, questions and the
# markers among them) do not count. ``deep_wound`` only when the cut is told small (:data:`SMALL_CUT`).
MILD_ALARM_EVENTS = frozenset({"ambulance_request", "danger_word", "deep_wound", "weak_danger"})
UNCOUNTED_GROUPS = frozenset({"symptom", "ask"})
SMALL_CUT = re.compile(
    r"(?:ちょこっと|ちょっと|ちょびっと|ちょっこし|すこし|少し|かるく|軽く|あさく|浅く|ちいさ|小さ)[^\n]{0,4}?"
    r"(?:きっ|切っ|きれ|切れ|きり|切り)")
# Words that keep the alarm whatever the classifiers read (the catch-all events danger_word and weak_danger read
# them too): a collapse, unresponsiveness, consciousness clouded, breathing, a seizure, vomiting, a stab, drowning,
# burns or fire, cold or blue skin, not standing or moving, a poison or a dangerous thing swallowed, speech slurred.
GRAVE_WORDS = re.compile(
    r"たおれ|倒れ|はんのう|反応|へんじ|返事|きぜつ|気絶|(?:いしき|意識)(?:が|も|は)?[^\n]{0,3}?"
    r"(?:な|もうろう|朦朧|うす|薄|とお|遠|おかし|へん|変|ぼんやり)|いき(?:が|を|も)?(?:し|でき|くるし|とま|あら|はや|たえ)"
    r"|息(?!子)|くるし|苦し|ぐるし|ぐったり|けいれん|痙攣|ひきつけ|引き付け|ひきつっ|おぼれ|溺れ|はい(?:て|た|ちゃ)|吐|もどし"
    r"|さされ|刺され|刺し|しにそう|死|やけど|火傷|もえ|燃え|火事|けむり|煙|たてな|立てな|たてね|立てね|たちあがれ"
    r"|立ち上がれ|おきあがれ|起き上がれ|うごけ|動け|うごかな|動かな|つめた|冷た|かおいろ|顔色|むらさき|紫|ろれつ|呂律"
    r"|ちがとまらな|血が止まらな|ちだらけ|血だらけ|(?:はなし|話|いってること|言ってること)(?:が|も)?[^\n]{0,3}?"
    r"(?:おかし|へん|変)|でんち|電池|じしゃく|磁石|くすり|薬|たばこ|タバコ|せんざい|洗剤|ひょうはく|漂白|とうゆ|灯油"
    r"|はり|針|がびょう|画鋲|のんだ|飲んだ")
RULE_EVENT = re.compile(r"[a-z_]+")  # a rule's event name (not ngram:..., intent:...)


def mild_alarm(decision: SafetyDecision, findings: Findings, text: TextViews) -> bool:
    """Whether ``decision`` is an alarm of the rules resting only on :data:`MILD_ALARM_EVENTS` (a cut only when told
    small), with no :data:`GRAVE_WORDS` and no plea for help."""
    counted = {name for name, group in findings.events.items() if group not in UNCOUNTED_GROUPS}
    rules_alone = all(RULE_EVENT.fullmatch(event) and not event.startswith("ngram") for event in decision.events)
    return (decision.is_emergency and rules_alone and bool(counted) and counted <= MILD_ALARM_EVENTS
            and "help" not in findings.groups() and GRAVE_WORDS.search(text.joined) is None
            and ("deep_wound" not in counted or SMALL_CUT.search(text.joined) is not None))


def advice_over_alarm(decision: SafetyDecision, findings: Findings, signals: Signals, channel: Channel,
                      text: TextViews) -> bool:
    """Whether a mild alarm (:func:`mild_alarm`) is answered with the medical advice line: no check-in answer, the
    emergency classifier consulted (``signals.ngram_consulted``) and below :data:`ALARM_DOUBTED_NGRAM`, and the
    medical advice classifier at :data:`MEDICAL_OVER_ALARM_PROBABILITY`."""
    return (channel != "checkin" and signals.ngram_consulted and signals.ngram < ALARM_DOUBTED_NGRAM
            and signals.advice == "medical" and signals.advice_probability >= MEDICAL_OVER_ALARM_PROBABILITY
            and mild_alarm(decision, findings, text))
