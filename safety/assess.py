"""The one entry point every channel calls before anything else answers: :func:`assess`.

Fast (a Sudachi analysis, regular expressions and two character n-gram classifiers; about a millisecond once
warm); it does not need Rasa. It gathers the text views, the rules' findings (:mod:`safety.detect`) and the
second signals (the n-gram classifiers; Rasa's intent when Rasa is up), and leaves the decision to the pure
:func:`safety.decide.decide`.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from safety.advice_over_alarm import advice_over_alarm
from safety.data_file import SafetyData, default_safety_data
from safety.decide import decide, medical_advice
from safety.detect import find
from safety.findings import Findings
from safety.models import Channel, SafetyDecision
from safety.ngram import advice_models, ngram_model, police_line_model
from safety.normalize import READER, TextViews, cached_views, views
from safety.patterns import rules
from safety.prefilter import warm_up as prefilter_warm_up
from safety.resolution import local_alarm, reconsidered, resolution_model
from safety.signals import HELP_INTENT, Signals

# The n-gram classifier's probability at which it alone raises a check-in answer to help (the chat's bar is 0.8).
# Chosen held out (leave one split out, rules' split-specific alternatives ablated; docs/safety.md, round 18): the
# check-in path placed 2301 of 2379 emergencies by its rules; at 0.98 the classifier adds 37 for 3 of 3029
# non-emergencies (0.95: +48 for 5; 0.99: +31 for 2), and no real check-in answer that is not a call for help
# reaches it (the highest: 胃がもたれて食べられない 0.97; まあまあ, なんともねえ, いずいけど平気 < 0.6).
CHECKIN_NGRAM_THRESHOLD = 0.98
# A request to be put through to family (息子さ電話してけろ, 娘に連絡してください: on the tablet, the watch-over's own
# "call" answer, watch.understanding, which tells that person) is no danger by itself: the classifiers are not asked
# (round 22: retrained through blind23, where 〜してけろ mostly ends an emergency, the classifier gave 息子さ電話して
# けろ 0.983; no labelled phrase has the form). An event the rules find in the same message (息子さ電話してけろ、
# 父ちゃん倒れだ) still alarms.
FAMILY_CALL_REQUEST = re.compile(
    r"(?:むすこ|息子|せかれ|倅|むすめ|娘|まこ|孫|よめ|嫁|かそく|家族|ちょうなん|長男|ちょうしょ|長女|しゅしん|主人|たんな|旦那)"
    r"(?:さん|ちゃん)?(?:さ|に|へ)?(?:てんわ|電話|れんらく|連絡)(?:を)?(?:して|しで|すて)"
    r"(?:けろ|けれ|くれ|くたさい|ください|ほしい|ちょうたい)")


def asks_to_call_family(text_views: TextViews) -> bool:
    """Whether the message asks the assistant to call family (家族に電話して): no classifier reads it."""
    return FAMILY_CALL_REQUEST.search(text_views.devoiced) is not None


def ngram_consulted(text_views: TextViews, *, family_call: bool) -> bool:
    """Whether the classifiers are asked about the message: it has a predicate and is no request to call family."""
    return text_views.predicate and not family_call


def warm_up() -> None:
    """Load the Sudachi dictionary, the rules' prefilter and the data file now (call it in a lifespan/main; the
    first call is slow; the prefilter compiles ~20 s when its cache under var/ is stale: scripts/setup.sh builds it)."""
    READER.warm_up()
    rules()
    prefilter_warm_up()
    ngram_model()
    police_line_model()
    advice_models()
    resolution_model()
    default_safety_data()


def _local(now: datetime, data: SafetyData) -> datetime:
    return now.astimezone(ZoneInfo(data.timezone)) if now.tzinfo else now


def assess(text: str, *, now: datetime, channel: Channel, intent: str | None = None,
           intent_confidence: float | None = None, district: str | None = None,
           data: SafetyData | None = None) -> SafetyDecision:
    """Decide whether ``text`` is an emergency, needs urgent advice, is about a disaster, or none of these.

    ``now``: the message's time (aware; converted to the data file's time zone, naive = already local) -
    it picks #8000 (19:00-08:00) or the daytime advice for children. ``intent``/``intent_confidence``: Rasa's
    top intent when Rasa is up (None in degraded mode). ``district``: the citizen's district, for the shelter
    link. ``data``: another data file (default: the shipped one).
    """
    data = data or default_safety_data()
    text_views = views(text)
    emergency_model = ngram_model()
    threshold = CHECKIN_NGRAM_THRESHOLD if channel == "checkin" else emergency_model.threshold
    family_call = asks_to_call_family(text_views)
    consulted = ngram_consulted(text_views, family_call=family_call)
    advice_probability, advice = advice_models().sure_reading(text_views)
    signals = Signals(intent=intent, intent_confidence=intent_confidence,
                      ngram=emergency_model.probability(text_views) if consulted else 0.0, ngram_consulted=consulted,
                      ngram_threshold=threshold,
                      police_line=not family_call and police_line_model().fires(text_views),
                      advice=advice, advice_probability=advice_probability)
    local_now = _local(now, data)
    findings = find(text_views)
    decision = decide(findings, local_now=local_now, channel=channel, signals=signals, data=data, district=district)
    if not decision.is_emergency or channel == "checkin":
        return decision

    def redecide(changed: Findings, given: Signals = signals) -> SafetyDecision:
        return decide(changed, local_now=local_now, channel=channel, signals=given, data=data, district=district)

    def find_in(part: str) -> Findings:
        return find(cached_views(part))

    # a scare told and then explained or over (round 29): the learned resolution signal (safety.resolution)
    decision = reconsidered(text, findings, decision, channel=channel, redecide=redecide, find_in=find_in,
                            alarm=local_alarm(lambda found: redecide(found, Signals()), find_in))
    if advice_over_alarm(decision, findings, signals, channel, text_views):
        # 草刈り機で足ちょこっと切ったっちゃ、血ぃ止まったけど病院さ行ったほういいべか: a mild alarm, an advice case
        return medical_advice(findings, [*decision.events, "ngram_advice", "advice_over_alarm"], local_now=local_now,
                              data=data)
    return decision


def assess_checkin_answer(text: str, *, now: datetime, intent: str | None = None,
                          intent_confidence: float | None = None, data: SafetyData | None = None) -> SafetyDecision:
    """A watch-over check-in answer (typed or spoken).

    ``checkin_floor`` is the least urgent outcome the answer may be recorded as: ``help`` for an emergency
    (raise the urgent alert and show the message), ``unwell`` for symptoms, None otherwise - vague or dialect
    answers (まあまあ, なんともねえ, いずいけど平気) are never raised. Only events raise (the rules' events, or the
    n-gram classifier when it is nearly certain: :data:`CHECKIN_NGRAM_THRESHOLD`): Rasa's
    ``checkin_help`` alone does not (the watch classifier already uses it), so the caller keeps its own outcome
    and applies ``max(outcome, floor)``.
    """
    return assess(text, now=now, channel="checkin", intent=None if intent == HELP_INTENT else intent,
                  intent_confidence=intent_confidence, data=data)
