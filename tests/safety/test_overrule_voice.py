"""The overrule of "none" on the voice channel (round 38, helper A49): a "none" closed only by a guard that found a
context it needs missing yields at a lower bar when the message was spoken, since the missing context is most often
a person word the recogniser garbled (ハッハ for 母, チッチー for 父); typed texts keep the typed bar, and every other
closure still holds."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.evaluate import predicted_number
from safety.findings import Findings
from safety.overrule import OVERRULE_PROBABILITY, VOICE_OVERRULE_PROBABILITY, overrule_bar, overrules_none
from safety.signals import Signals
from tests.safety.helpers import DAY, NEEDS_ONLY, closed

BETWEEN = Signals(ngram=(VOICE_OVERRULE_PROBABILITY + OVERRULE_PROBABILITY) / 2, ngram_threshold=0.8)




def test_the_voice_bar_is_below_the_typed_bar_and_only_on_voice() -> None:
    assert 0.9 < VOICE_OVERRULE_PROBABILITY < OVERRULE_PROBABILITY
    assert overrule_bar("voice") == VOICE_OVERRULE_PROBABILITY
    assert {overrule_bar(channel) for channel in ("chat", "form", "checkin")} == {OVERRULE_PROBABILITY}


def test_between_the_bars_only_a_spoken_message_is_overruled() -> None:
    assert overrules_none(NEEDS_ONLY, BETWEEN, "voice")
    assert not overrules_none(NEEDS_ONLY, BETWEEN, "chat")
    assert not overrules_none(NEEDS_ONLY, BETWEEN, "form")
    assert not overrules_none(NEEDS_ONLY, Signals(ngram=1.0, ngram_threshold=0.8), "checkin")
    below = Signals(ngram=VOICE_OVERRULE_PROBABILITY - 0.001, ngram_threshold=0.8)
    assert not overrules_none(NEEDS_ONLY, below, "voice")
    # the caller's higher bar still counts
    assert not overrules_none(NEEDS_ONLY, Signals(ngram=BETWEEN.ngram, ngram_threshold=0.99), "voice")


@pytest.mark.parametrize("found", [
    closed("guard", "guard_unless", guarded=True),
    closed("guard", "guard_before", guarded=True),
    closed("guard", "guard_negated", guarded=True),
    closed("guard", "guard_needs", "topic", guarded=True, topic=True),
    closed("guard", "guard_needs", "service_frame", guarded=True, service=True),
    closed("guard", "guard_needs", "calm_word", guarded=True, calm=True),
    closed(),
])
def test_every_other_closure_holds_on_voice_too(found: Findings) -> None:
    assert not overrules_none(found, Signals(ngram=1.0, ngram_threshold=0.8), "voice")


# Whisper transcripts of heard.tsv (blind26b, blind37a): the word the rule needs garbled (酔っぱらい heard よったら,
# 父 heard チッチー), the `needs` guard closed the rule, and the shipped classifier reads them between the two bars
# (0.975, 0.960). Typed as heard, the same text stays "none".
SPOKEN = [
    ("よったら今検動のドマンなかさねで、車さ引かれそうだっちゃ。", "110"),
    ("プロジョウでチッチーが動かないです。", "119"),
]
# The same kind (blind39a, blind39b: 牛 heard よし, 母 heard ハッハ), which the classifiers retrained through blind42b
# (round 41, helper R43) read above the typed bar too (0.989, 0.983): an alarm typed as well, both labelled 110.
ABOVE_BOTH_BARS = [
    ("あの道路によしが逃げて歩いてて車が危ないです。3本機の", "110"),
    ("施設からハッハがいなくなったと連絡がありまして、まだ見つからないそうなのです。外は雪でございますし。", "110"),
]


@pytest.mark.parametrize(("text", "number"), SPOKEN)
def test_a_garbled_person_word_spoken_yields_to_the_voice_bar(text: str, number: str) -> None:
    decision = assess(text, now=DAY, channel="voice")
    assert (predicted_number(decision), decision.certainty, decision.events) == (number, "unsure", ("ngram_overrules",))
    assert predicted_number(assess(text, now=DAY, channel="chat")) == "none"
    assert not assess(text, now=DAY, channel="checkin").is_emergency


@pytest.mark.parametrize(("text", "number"), ABOVE_BOTH_BARS)
def test_a_garbled_person_word_above_both_bars_alarms_typed_too(text: str, number: str) -> None:
    for channel in ("voice", "chat"):
        decision = assess(text, now=DAY, channel=channel)
        assert (predicted_number(decision), decision.certainty, decision.events) == (
            number, "unsure", ("ngram_overrules",))
    assert not assess(text, now=DAY, channel="checkin").is_emergency


# The tests' hard negatives with yielding closures (a `needs` guard only) read at most 0.938 by the shipped
# classifier: spoken, they stay "none" (the water a drowning needs, the person a road danger needs, missing).
@pytest.mark.parametrize("text", [
    "さっきまで公園にいた息子の帽子がベンチに残ってる",
    "大きな木が倒れて車が通れない、どこに連絡すれば",
])
def test_hard_negatives_spoken_stay_none(text: str) -> None:
    assert not assess(text, now=DAY, channel="voice").is_emergency
