"""The one entry point every channel calls before anything else answers: :func:`assess`.

Pure and fast (a Sudachi analysis, regular expressions and a character n-gram classifier as a last, unsure
signal; well under a millisecond once warm); it does not need Rasa. When Rasa is up its intent is a second
signal: an ``emergency`` intent the patterns cannot
place gives an *unsure* emergency (say the emergency line first, then answer), never a certain one, and never
over a topic (救急の日) or a child's night fever.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from safety.data_file import SafetyData, default_safety_data
from safety.detect import Findings, find
from safety.messages import advice_message, disaster_message, emergency_message
from safety.models import AdviceLine, Channel, SafetyDecision
from safety.ngram import ngram_model, police_line_model
from safety.normalize import READER, views
from safety.patterns import rules

EMERGENCY_INTENT = "emergency"
HELP_INTENT = "checkin_help"
INTENT_MIN_CONFIDENCE = 0.6
# Rasa's intent is over-confident on danger-like words in everyday sentences (家事をしています, 火の元を確認して,
# 倒立の練習: emergency at 0.98-1.00), so it counts only when the n-gram classifier also leans that way.
INTENT_NGRAM_FLOOR = 0.2  # n-gram probability (its own firing threshold is 0.8)
ADVICE_NUMBERS: dict[AdviceLine, str] = {
    "adult_medical": "#7119", "child_night": "#8000", "child_day": "#7119",
    "police_consultation": "#9110", "consumer": "188",
}


def warm_up() -> None:
    """Load the Sudachi dictionary and the data file now (call it in a lifespan/main; the first call is slow)."""
    READER.warm_up()
    rules()
    ngram_model()
    police_line_model()
    default_safety_data()


def _local(now: datetime, data: SafetyData) -> datetime:
    return now.astimezone(ZoneInfo(data.timezone)) if now.tzinfo else now


def _emergency(findings: Findings, events: list[str], *, police: bool, unsure: bool, channel: Channel,
               data: SafetyData) -> SafetyDecision:
    return SafetyDecision(
        kind="emergency_police" if police else "emergency_fire_ambulance",
        certainty="unsure" if unsure else "sure",
        number="110" if police else "119",
        events=tuple(events),
        message=emergency_message(data, police=police, unsure=unsure, channel=channel),
        checkin_floor="help",
    )


def _advice(advice: AdviceLine, events: list[str], data: SafetyData) -> SafetyDecision:
    floor = "unwell" if advice in {"adult_medical", "child_night", "child_day"} else None
    return SafetyDecision(kind="urgent_advice", advice=advice, number=ADVICE_NUMBERS[advice], events=tuple(events),
                          message=advice_message(data, advice), checkin_floor=floor)


def decide(findings: Findings, *, local_now: datetime, channel: Channel, intent: str | None,
           intent_confidence: float | None, data: SafetyData, district: str | None = None) -> SafetyDecision:
    """Turn findings into one decision (most urgent first)."""
    groups = findings.groups()
    life = findings.names("fire", "medical")
    crime = findings.names("police")
    if life or crime:
        return _emergency(findings, life + crime, police=not life, unsure=False, channel=channel, data=data)
    scams = findings.names("scam", "stalking")
    if scams and findings.now:
        return _emergency(findings, scams, police=True, unsure=False, channel=channel, data=data)
    if "help" in groups:
        return _emergency(findings, findings.names("help"), police=False, unsure=False, channel=channel, data=data)
    medical_advice = findings.names("symptom", "ask")
    if medical_advice:
        if findings.child:
            night = data.lines["child_night"].is_open(local_now) or findings.night
            return _advice("child_night" if night else "child_day", medical_advice, data)
        if "weak" in groups and not findings.question and "ask" not in groups:  # 苦しいけど救急車を呼ぶほどでは
            return _emergency(findings, findings.names("weak") + medical_advice, police=False, unsure=True,
                              channel=channel, data=data)
        return _advice("adult_medical", medical_advice, data)
    if "weak" in groups:
        return _emergency(findings, findings.names("weak"), police=False, unsure=True, channel=channel, data=data)
    if scams:
        return _advice("police_consultation", scams, data)
    if "consumer" in groups:
        return _advice("consumer", findings.names("consumer"), data)
    if "disaster" in groups:
        return SafetyDecision(kind="disaster", events=tuple(findings.names("disaster")),
                              message=disaster_message(data, district=district))
    if "lexical" in groups:
        return _emergency(findings, findings.names("lexical"), police=False, unsure=True, channel=channel, data=data)
    if "lexical_police" in groups:
        return _emergency(findings, findings.names("lexical_police"), police=True, unsure=True, channel=channel,
                          data=data)
    sure_intent = intent_confidence is not None and intent_confidence >= INTENT_MIN_CONFIDENCE
    if sure_intent and intent in {EMERGENCY_INTENT, HELP_INTENT} and findings.open_to_second_signals:
        return _emergency(findings, [f"intent:{intent}"], police=False, unsure=True, channel=channel, data=data)
    return SafetyDecision(kind="none", topic=findings.topic)


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
    findings = find(text_views)
    if intent in {EMERGENCY_INTENT, HELP_INTENT} and ngram_model().probability(text_views) < INTENT_NGRAM_FLOOR:
        intent = None  # uncorroborated
    decision = decide(findings, local_now=_local(now, data), channel=channel, intent=intent,
                      intent_confidence=intent_confidence, data=data, district=district)
    if (channel != "checkin" and decision.kind == "none" and findings.open_to_second_signals
            and ngram_model().fires(text_views)):
        # No rule placed it, but it reads like the emergencies of the labelled set: the emergency line first.
        # Not for check-in answers: there an emergency raises an urgent alert to the staff at once. The line
        # classifier picks 110 over 119 when it reads like a police matter (someone following, shouting, forcing).
        police = police_line_model().fires(text_views)
        return _emergency(findings, ["ngram_police" if police else "ngram"], police=police, unsure=True,
                          channel=channel, data=data)
    return decision


def assess_checkin_answer(text: str, *, now: datetime, intent: str | None = None,
                          intent_confidence: float | None = None, data: SafetyData | None = None) -> SafetyDecision:
    """A watch-over check-in answer (typed or spoken).

    ``checkin_floor`` is the least urgent outcome the answer may be recorded as: ``help`` for an emergency
    (raise the urgent alert and show the message), ``unwell`` for symptoms, None otherwise - vague or dialect
    answers (まあまあ, なんともねえ, いずいけど平気) are never raised. Only events raise: Rasa's
    ``checkin_help`` alone does not (the watch classifier already uses it), so the caller keeps its own outcome
    and applies ``max(outcome, floor)``.
    """
    return assess(text, now=now, channel="checkin", intent=None if intent == HELP_INTENT else intent,
                  intent_confidence=intent_confidence, data=data)
