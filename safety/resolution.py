"""A learned "told, then resolved" signal (round 29, issue 9): an alarm whose message ends in a part that holds no
danger - the scare explained or over (…と思ったら、燻製作りが趣味だそうです; …もみ殻焼きみたい) - is reconsidered by a
character n-gram classifier trained on every writer's tellings, not by one more regular expression.

Where it acts (all must hold; :func:`reconsidered`):

- the decision is an emergency (sure or unsure) and the channel is not a check-in answer;
- the writer makes no plea for help (助けでけろ、…: :func:`pleads`; a plea reported or quoted may still be resolved);
- the message has a *tail*: the longest part after a cut (punctuation, a comma or a turn: と思ったら, 見に行ったら,
  けど) in which the rules find no alarm (:func:`tail`); the part before it holds the danger;
- the tail holds no event at all, no "now" cue (今, すぐ) and does not hang on a contrast (…思っておりましたが: the
  writer is still worried) (:func:`tail_is_plain`);
- the classifier (:class:`ResolutionModel`, over the tail's n-grams and the whole message's) reaches its threshold.

It then decides the message as a resolved scare would be (:func:`resolved`): the events a topic cancels are dropped
and the message is a topic, so no second signal raises it again - a scam happening now stays 110. Weights:
``safety/data/resolution.json`` (``python -m safety.train_resolution``), read on first use; nothing heavy at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

from safety.detect_cues import TOPIC_CANCELLED
from safety.events_hidden_harm_signs import NOT_SETTLED_BY_CALM
from safety.findings import Findings
from safety.models import Channel, SafetyDecision
from safety.ngram import grams
from safety.normalize import cached_views
from safety.rule import Group
from safety.vocabulary import compile_folded
from safety.vocabulary_asked import ASKED_IF_FINE
from safety.vocabulary_mistaken import told_real_after_mistake
from safety.vocabulary_road_left import ON_THE_ROAD_NOW
from safety.vocabulary_settled import TURN
from safety.vocabulary_time import NOW
from safety.weights import LogisticWeights, read_model

RESOLUTION_FILE = Path(__file__).parent / "data" / "resolution.json"
# Where a message may be cut: sentence and clause marks, and the turns of a worry (と思ったら, 見に行ったら, けど).
CUT = re.compile(r"[。！？!?\n．，,、]+|" + TURN.pattern)
TAIL_TRIM = " 　。、！？!?"
# A tail that hangs on a contrast (年のせいかと思っておりましたが。, 一緒だったのですが): the writer is still worried.
HANGING = re.compile(r"(?:が|けど|けれど|けれども|けども|けんど|げっと|けっと"
                     # round 43 (kinds42): a て-form left hanging before a hedge (繰り返しておりまして、これは大丈夫
                     # なものでしょうか; asr 繰り返してて これ 大丈夫 ですか) tells nothing over either
                     r"|まして|てて|ていて)[。…‥、.!?！？\s]*$")
# A tail that asks for someone to be called or to come (救急車を呼んでいただけますか, heard 究極者を読んで…;
# どなたか来ていただけませんか), read on the reading line so a misheard kanji still counts: a plea, not a scare told
# as over. (いただけ as "only", 読んでいただけでした, is not a request.)
CALL_FOR_SOMEONE = re.compile(r"(?:よんで|(?<!で)きて)(?:ください|くだせ|いただけ(?:ま|な|る)|いただきたい|もらえ"
                              r"|くれ|けろ|ほしい|ちょうだい)")
# A plea for help the writer makes (助けでけろ、…; 助けてください): the alarm is live, whatever the tail says - a plea
# is never told as over. Not a plea reported or quoted (「助けて」と叫んでいて, 助けてくれと叫ぶので…寝言で: heard
# or dreamt, and the tail may resolve it), nor help received (助けてもらった). Searched on the devoiced views of the
# whole message (round 34: heard.tsv's 助けでけろ、カーチャーに気してねみてーだっちゃ, 119, read as a resolved scare
# by the retrained signal - the plea was in the head, the tail a misheard 息してね).
OWN_PLEA = compile_folded(r"たすけ(?:て|で)(?!ほし|もら|いただ|あげ|くれる|くれない|くれて|くれた|くださっ)"
                          r"(?!(?:くれ|けろ|けれ|ください|ちょうだい)?(?:って|と|っつ))|たすけろ")
# A tail telling that the one at it is still there (まだ店内にいます, まだ近ぐさいる, まだ中におります): the danger is
# not over, whatever else the tail says (round 50: wide51's skimmer fitted now, read as resolved by …だと思います。
# まだ店内にいます).
# (Searched voiced: devoiced, まだ is また "again" and に-less te-forms meet it - まだ寝ています.)
STILL_THERE = re.compile(r"まだ[^\n]{0,10}?(?:に|さ)(?:いま|いる|いて|いっ|おりま|おる|おっ)")
TAIL_PREFIX, WHOLE_PREFIX = "T", "W"  # feature names: a tail's n-grams and the whole message's
# The softer outcome: the alarm's events go, but symptoms and questions the message also told stay (a rash after
# shrimp, breathing told fine: the night line #8000), as a call-centre worker would answer; a smoke smell explained
# as a hobby gets no advice (turning a person's signs into symptoms too gave 6 "none" phrases #7119, in sample).
ASKED_GROUPS: frozenset[Group] = frozenset({"symptom", "ask"})
SOFT = True  # the shipped outcome (bench/bench_safety_resolution.py prints both; docs/safety.md, round 29)


class ResolutionModel(LogisticWeights):
    """The classifier as shipped: feature -> weight, the intercept and the threshold at which it acts."""

    def probability(self, text: str, tail_text: str) -> float:
        """Probability that the message's danger is told as over, explained or not real."""
        return self.probability_of(features(text, tail_text))


def features(text: str, tail_text: str) -> frozenset[str]:
    """The tail's n-grams (devoiced views) and the whole message's, each under its own prefix."""
    return frozenset({TAIL_PREFIX + gram for gram in grams(cached_views(tail_text).devoiced)}
                     | {WHOLE_PREFIX + gram for gram in grams(cached_views(text).devoiced)})


def cuts(text: str) -> list[int]:
    """Where ``text`` may be cut, each leaving something after it."""
    ends = sorted({match.end() for match in CUT.finditer(text) if 0 < match.end() < len(text)})
    return [end for end in ends if text[end:].strip(TAIL_TRIM)]


def tail(text: str, alarm: Callable[[str], bool]) -> str:
    """The longest part after a cut in which ``alarm`` (the rules alone) finds nothing; "" when the last part
    holds the alarm or there is no cut."""
    found = ""
    for end in reversed(cuts(text)):
        if alarm(text[end:]):
            break
        found = text[end:]
    return found


def pleads(text: str) -> bool:
    """Whether the writer pleads for help in ``text`` (:data:`OWN_PLEA`): no tail resolves such a message."""
    return OWN_PLEA.search(cached_views(text).devoiced) is not None


def told_part(tail_text: str) -> str:
    """The tail without a hedged question closing it (:data:`ASKED_IF_FINE`: 大丈夫かな, 様子見でいいでしょうか,
    大丈夫だべか): the question asks whether it is fine and tells nothing over, so what is left must (round 42)."""
    match = ASKED_IF_FINE.search(tail_text)
    return tail_text if match is None else tail_text[:match.start()]


def tail_is_plain(tail_text: str, events: dict[str, object]) -> bool:
    """Whether a tail may resolve the message: not empty, no event, no "now" cue, not hanging on a contrast, no
    call for someone to come, no one told still there, nothing told still on the road or blocking it (荷台が道の半分を
    ふさいでいて: round 51, wide53 - the driver out and walking settles the driver, not the lane)."""
    views = cached_views(tail_text)
    return (bool(tail_text.strip(TAIL_TRIM)) and not events and not HANGING.search(tail_text)
            and not NOW.search(views.devoiced) and not CALL_FOR_SOMEONE.search(views.joined)
            and not STILL_THERE.search(views.joined) and not ON_THE_ROAD_NOW.search(views.devoiced))


def resolved(findings: Findings, *, soft: bool = SOFT) -> Findings:
    """The findings of a resolved scare: the events a topic cancels dropped, the message a topic; ``soft``: the
    symptoms and questions told (:data:`ASKED_GROUPS`) kept, for the advice line."""
    return replace(findings, events={name: group for name, group in findings.events.items()
                                     if group not in TOPIC_CANCELLED or (soft and group in ASKED_GROUPS)}, topic=True)


def acts(decision: SafetyDecision, channel: Channel, probability: float, threshold: float) -> bool:
    """Whether the signal turns this decision (an alarm, not a check-in answer, the classifier at its bar)."""
    return decision.is_emergency and channel != "checkin" and probability >= threshold


def reconsidered(text: str, findings: Findings, decision: SafetyDecision, *, channel: Channel,
                 redecide: Callable[[Findings], SafetyDecision], find_in: Callable[[str], Findings],
                 alarm: Callable[[str], bool], model: ResolutionModel | None = None) -> SafetyDecision:
    """The decision, or the resolved scare's decision when the signal acts (see the module's docstring).

    ``redecide`` decides findings as the caller did; ``find_in`` gives the rules' findings of a part of the text;
    ``alarm`` tells whether the rules alone raise an alarm on a part (:func:`tail`)."""
    if not decision.is_emergency or channel == "checkin" or pleads(text) or NOT_SETTLED_BY_CALM & set(decision.events):
        return decision  # (an overdose told calm is not over: round 47)
    if told_real_after_mistake(cached_views(text).written) is not None:
        return decision  # a harmless reading given up for a real one (…かと思ったら本当に…): no scare over (round 58)
    tail_text = tail(text, alarm)
    told = told_part(tail_text)
    if not tail_text or not tail_is_plain(told, dict(find_in(told).events)):
        return decision
    model = model or resolution_model()
    if not acts(decision, channel, model.probability(text, tail_text), model.threshold):
        return decision
    return redecide(resolved(findings))


@cache
def resolution_model(path: Path = RESOLUTION_FILE) -> ResolutionModel:
    """The shipped classifier (read once; ``path`` picks another weights file)."""
    return read_model(ResolutionModel, path, what="resolution model")


def local_alarm(decide_rules: Callable[[Findings], SafetyDecision], find_in: Callable[[str], Findings],
                ) -> Callable[[str], bool]:
    """An ``alarm`` for :func:`tail`: whether the rules alone (no second signal) raise an emergency on a part."""
    return lambda part: decide_rules(find_in(part)).is_emergency

