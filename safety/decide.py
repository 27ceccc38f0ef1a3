"""The decision, as one pure function: :func:`decide` turns the rules' findings and the second signals into one
:class:`~safety.models.SafetyDecision` (most urgent first). No I/O, no model: everything it weighs is passed in.

Second signals (:class:`Signals`) only ever add an *unsure* emergency (say the emergency line first, then answer),
and only when no rule placed the message and nothing marks it as a topic, a guarded match, a service request or
pleasure: Rasa's ``emergency``/``checkin_help`` intent when confident *and* corroborated by the n-gram classifier,
or the n-gram classifier alone when it reaches the threshold the caller set (for check-in answers, where an
emergency raises an urgent alert to the staff at once, ``safety.assess`` sets the higher bar
``CHECKIN_NGRAM_THRESHOLD``). Last, the advice classifiers may give an advice line or the disaster page (not an
alarm) to a message no rule and no emergency signal placed (never on check-in answers) - since round 38 also to one
the rules closed only as asked or told as a matter, at a higher bar (:func:`advice_despite_closure`). Two exceptions
let a near-certain n-gram reading overrule the rules, never on check-ins and only where no closure but a guard that
found a needed context missing fired: the rules' "none" (:func:`overrules_none`, round 36) and, at a higher bar, an
advice line with an emergency line beside it (:func:`overrules_advice`, round 37).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from safety.advice_closed import advice_despite_closure
from safety.data_file import SafetyData
from safety.detect import Findings
from safety.events_police_first_signs import POLICE_FIRST_EVENTS
from safety.events_swindler_story_signs import CLAIM_DISPROVED
from safety.events_young_and_frail_signs import POLICE_FIRST_ON_CROSSING
from safety.messages import advice_message, disaster_message, emergency_message
from safety.models import AdviceLine, Channel, SafetyDecision, SignalledAdvice
from safety.overrule import near_certain_despite_frame, overrules_advice, overrules_none
from safety.signals import Signals

# Crimes that hurt people: with a weak sign of a person (ぐったり, うずくまって) the ambulance comes first.
INJURING_CRIMES = frozenset({"traffic_accident", "violence"})
# An assault still going on (殴っている, 倒れた相手を踏みつけている, 殴り続けて): the police first even when someone is
# already hurt - they stop the attacker, and the ambulance comes with them (both buttons are shown).
# Since round 19 also blows received with the attacker still there (殴られた、いまも近くにいる).
# Round 46: a person held by another or sitting on the tracks (safety.events_police_first_signs) likewise; round 48:
# a wheelchair stuck on a level crossing with its bell ringing (safety.events_young_and_frail_signs).
ONGOING_ASSAULTS = (frozenset({"beating", "assault_in_progress", "attacker_present"}) | POLICE_FIRST_EVENTS
                    | POLICE_FIRST_ON_CROSSING)
# A caller who asks for the police (警察を呼んでいただけますか) gets the police line, even with someone hurt,
# unless they ask for an ambulance too.
POLICE_ASKED, AMBULANCE_ASKED = "police_request", "ambulance_request"
# Signs that are emergencies only when severe; told as mild or managed (少し息苦しい, 息は普通, 少し楽で, 今は普通に
# 話せる, 血は止まった, 我慢できる: the marker ``said_mild``), with no other sign of danger, they are advice
# (#7119/#8000 with the 119 button), not an alarm. Not chest pain, a collapse, unconsciousness or heavy bleeding.
GRADED_SIGNS = frozenset({"breathing_hard", "anaphylaxis", "heatstroke", "head_injury", "injured_by_violence",
                          "animal_attack", "fell", "fell_from_height", "palpitations"})
MILD_SAID = "said_mild"
# Round 38 (helper A48): a sign the writer weighs - a question whether to call or go (救急車呼ぶべきか迷って,
# 病院行った方がいい?: ``ask_ambulance``) beside a symptom told (足首腫れてる, ちっと腫れできた, 熱38度), every life
# event a fall, a bite, or the ambulance itself named: advice, not an alarm. Every typed text and transcript of the
# set and of the training tellings it changes is advice (4 of 4; no emergency meets it). Without the symptom an
# emergency would (救急車呼んでください…息してない heard 駅してない). Never a collapse,
# unconsciousness, a stroke, a burn, a poisoning, a seizure, a stab (ナイフで刺された reads as a bee's sting does), a
# bone showing, breathing told hard, a bleeding (those keep 119 even asked about), a weak sign, a plea or a crime.
WEIGHED_SIGNS = frozenset({"fell", "fell_from_height", "injured_by_violence", "animal_attack", "venomous_bite",
                           "ambulance_request"})
# A cut (草刈り機で膝を切った) whose bleeding is told as stopped (血は止まっていますが縫うべきか) and no other sign is a
# question for #7119: 12 of 12 phrases of the set with the bleeding stopped are advice (round 21). Not a cut still
# bleeding, a bone showing or a limb caught in a machine (other events keep 119).
BLEEDING_STOPPED = "bleeding_stopped"
WOUND_SIGNS = frozenset({"deep_wound"})
# ... and when no rule or only bare danger words placed it (包丁で指ちょっと深めに切った、血は止まったけど縫ったほうが
# いいのかな: 血 and 包丁 with no event) and the message asks something, it is the same question for #7119/#8000 (round
# 23: every phrase of the set with the bleeding told stopped and a question is advice, 12 of 12; told over with no
# question, 5 of 5 none - those stay with the rules that settle them).
BARE_WORDS = frozenset({"lexical", "lexical_police"})
# Something stuck in the throat (餅を食べたあとから喉に何か引っかかってる感じ, 魚の骨が刺さって取れない) with the breath
# told normal (息は普通にできてるし話せる) and no other sign: no airway blocked, a question for #7119 - 6 of 6 such
# phrases of the set (round 24). A choking person who cannot breathe or speak stays 119.
BREATHING_NORMAL = "breathing_normal"
THROAT_SIGNS = frozenset({"choking"})
# A child's laboured breathing with a cough (咳き込んでゼーゼー, ゼーゼー咳してて: croup or an asthma attack) and no
# other sign is a question for the night line (#8000; #7119 by day), not 119 - 9 of 9 such phrases of the set (round
# 20); with anything else (a sting, food, swollen lips, cyanosis, a plea) it stays 119; an adult's stays 119 (no data).
COUGHING = "coughing"
CROUP_SIGNS = frozenset({"breathing_hard"})
# The caller or visitor has left (今は帰ったけど, もう帰りました): a scam told with a "now" word (今は) is then not
# happening now - the police consultation line (#9110), not 110 (round 21: every identity claim of the set with no
# one at the door or on the line, 21 of 21, is #9110; the 12 with them still there or coming are 110).
VISITOR_LEFT = "visitor_left"
# ... and likewise (round 24) when the call has ended (出るとすぐ切れる, 切ってから本物に確認した: 10 of 10 scam or
# stalking phrases of the set with the call told cut are #9110, 1 none; ``visitor_left`` too), or the threat or claim
# came online with no one at the door (SNSで写真ばらすぞって来てる: the 42 scam or stalking phrases of the set the
# marker meets are all #9110).
TOLD_ONLINE = "told_online"
NOT_HERE = frozenset({VISITOR_LEFT, TOLD_ONLINE})
# An accident told inside a swindler's call (孫だげんど、事故起ごしたって電話来た): every phrase of the set with an
# accident told on the phone is #9110 (3 of 3), so beside a scam it is the swindler's story, not a crime to report.
TOLD_BY_A_CALLER = frozenset({"traffic_accident"})
# A stranger seen around the house (知らねえ男がうろうろして): with ``visitor_left`` (今はいねえけど) nobody is there
# now - the police consultation line (8 of 8 such phrases of the set are #9110; blind26).
# ... and someone heard walking round the house, night after night, nobody found on a look (blind27b).
PROWLER = frozenset({"intruder", "someone_around"})
# ... and a threat to life whose maker is not there now (ゆうべ「殺してやる」ってメールが来た、今は来ていない: round 53,
# :mod:`safety.events_threat_past_signs`): the consultation line too.
GONE_OR_PAST_THREATS = PROWLER | {"threat_to_life"}
IMPOSTOR = "scam"  # the rules' event for a claimed identity or a known swindle (not a bare demand for money)
# A grave sign told beside a mild telling (何度も吐いて, 息が速い, 血が止まらない: :mod:`safety.events_grave_signs`,
# round 40) keeps the alarm of a sign told mild (すぐ泣き止んで普通に遊んでたけど、さっきから何回も吐いてる: 119).
GRAVE_REMAINING = "grave_remaining"
# Markers: events that qualify others and never decide alone (``_placing`` sets them apart once).
MARKERS = frozenset({MILD_SAID, COUGHING, VISITOR_LEFT, BLEEDING_STOPPED, TOLD_ONLINE, BREATHING_NORMAL,
                     GRAVE_REMAINING, CLAIM_DISPROVED})
# A baby's signs (生後2か月の子がミルクを飲まない: round 25) are a child's, whatever word names the baby.
INFANT_EVENTS = frozenset({"infant_unsettled"})
ADVICE_NUMBERS: dict[AdviceLine, str] = {
    "adult_medical": "#7119", "child_night": "#8000", "child_day": "#7119",
    "police_consultation": "#9110", "consumer": "188",
}




def _emergency(events: list[str], *, police: bool, unsure: bool, channel: Channel,
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


def _medical_advice(findings: Findings, events: list[str], *, local_now: datetime, data: SafetyData) -> SafetyDecision:
    if findings.child or INFANT_EVENTS & set(findings.events):
        night = data.lines["child_night"].is_open(local_now) or findings.night
        return _advice("child_night" if night else "child_day", events, data)
    return _advice("adult_medical", events, data)


def medical_advice(findings: Findings, events: list[str], *, local_now: datetime, data: SafetyData) -> SafetyDecision:
    """The medical advice line for ``findings`` (#7119, or #8000 / the daytime child line by age and hour)."""
    return _medical_advice(findings, events, local_now=local_now, data=data)


def _placing(findings: Findings) -> tuple[Findings, list[str]]:
    """The findings without their markers (:data:`MARKERS`: they qualify other events and never place a message
    alone), and the markers found (in detection order)."""
    markers = [name for name in findings.events if name in MARKERS]
    if not markers:
        return findings, markers
    return replace(findings, events={name: group for name, group in findings.events.items()
                                     if name not in MARKERS}), markers


def _from_rules(found: Findings, *, local_now: datetime, channel: Channel, data: SafetyData,
                district: str | None) -> SafetyDecision | None:
    """The decision of the rules alone, or None when no rule placed the message."""
    findings, markers = _placing(found)
    groups = findings.groups()
    life = findings.names("fire", "medical")
    crime = findings.names("police")
    if set(crime) <= TOLD_BY_A_CALLER and IMPOSTOR in findings.events and not life:
        crime = []  # 孫だっつう電話きて、事故起こしたがら金いる: the accident is the swindler's story (#9110)
    throat_clear = BREATHING_NORMAL in markers and bool(life) and set(life) <= THROAT_SIGNS
    mild = (MILD_SAID in markers or throat_clear) and GRAVE_REMAINING not in markers
    graded = GRADED_SIGNS | WOUND_SIGNS if BLEEDING_STOPPED in markers else GRADED_SIGNS
    if throat_clear:
        graded |= THROAT_SIGNS
    croup = COUGHING in markers and findings.child and set(life) <= CROUP_SIGNS
    weighed = "ask" in groups and "symptom" in groups and "weak" not in groups and set(life) <= WEIGHED_SIGNS
    if life and ((mild and set(life) <= graded) or croup or weighed) and not crime and "help" not in groups:
        # 蜂に刺されて腕が腫れてるけど息は普通, 熱中症っぽいけど水飲んだら少し楽で: a question for the advice line
        # (not with a plea for help: 助けて、少し息苦しい stays 119); a child's wheeze with a cough: the night line
        told = life + found.names("symptom", "ask")  # the marker named too, where it was found
        return _medical_advice(findings, told, local_now=local_now, data=data)
    if crime and not life and VISITOR_LEFT in markers and set(crime) <= GONE_OR_PAST_THREATS:
        return _advice("police_consultation", crime, data)
    if life or crime:
        # life before crime: a hurt person (a weak sign: ぐったり, うずくまって) in a collision or an assault is 119,
        # unless the assault is still going on (the police stop it first) or the caller asks for the police
        hurt = findings.names("weak") if INJURING_CRIMES & set(crime) and not life else []
        police_asked = POLICE_ASKED in crime and AMBULANCE_ASKED not in life
        police = not (life or hurt) or bool(ONGOING_ASSAULTS & set(crime)) or police_asked
        return _emergency(life + crime + hurt, police=police, unsure=False, channel=channel, data=data)
    scams = findings.names("scam", "stalking")
    if scams and findings.now and not NOT_HERE & set(markers):
        return _emergency(scams, police=True, unsure=False, channel=channel, data=data)
    if "help" in groups:
        return _emergency(findings.names("help"), police=False, unsure=False, channel=channel, data=data)
    if scams and CLAIM_DISPROVED in markers:  # round 48: the hurt told was the swindler's story, found false (#9110)
        return _advice("police_consultation", scams, data)
    medical_advice = findings.names("symptom", "ask")
    if medical_advice:
        # 苦しいけど救急車を呼ぶほどでは: advice; a weak sign with symptoms and no question: the emergency line first
        if not findings.child and "weak" in groups and not findings.question and "ask" not in groups and not mild:
            return _emergency(findings.names("weak") + medical_advice, police=False, unsure=True, channel=channel,
                              data=data)
        return _medical_advice(findings, medical_advice, local_now=local_now, data=data)
    if BLEEDING_STOPPED in markers and findings.question and groups <= BARE_WORDS:
        return _medical_advice(findings, [*findings.names("lexical"), BLEEDING_STOPPED], local_now=local_now,
                               data=data)
    if "weak" in groups:
        if mild:  # a weak sign told as mild (落ちてすぐ泣いて、その後は普通に遊んでて): 7 of 7 advice (round 21)
            return _medical_advice(findings, [*findings.names("weak"), MILD_SAID], local_now=local_now, data=data)
        return _emergency(findings.names("weak"), police=False, unsure=True, channel=channel, data=data)
    if "weak_police" in groups:  # a thing lying on a road: 110 first, then the answer (the city's road desk)
        return _emergency(findings.names("weak_police"), police=True, unsure=True, channel=channel, data=data)
    if scams:
        return _advice("police_consultation", scams, data)
    if "consumer" in groups:
        return _advice("consumer", findings.names("consumer"), data)
    if "disaster" in groups:
        return SafetyDecision(kind="disaster", events=tuple(findings.names("disaster")),
                              message=disaster_message(data, district=district))
    if "lexical" in groups:
        return _emergency(findings.names("lexical"), police=False, unsure=True, channel=channel, data=data)
    if "lexical_police" in groups:
        # 殺すって言われてるらしくてどこに相談すれば, or the person gone (今はもういません): the consultation line
        if findings.consulting or VISITOR_LEFT in markers:
            return _advice("police_consultation", findings.names("lexical_police"), data)
        return _emergency(findings.names("lexical_police"), police=True, unsure=True, channel=channel, data=data)
    return None


def decide(findings: Findings, *, local_now: datetime, channel: Channel, signals: Signals, data: SafetyData,
           district: str | None = None) -> SafetyDecision:
    """Turn findings and second signals into one decision (most urgent first).

    ``local_now``: the message's local time (picks #8000 or the daytime advice for children). Last, a near-certain
    emergency reading may lift an advice line to an unsure alarm (:func:`overrules_advice`).
    """
    decision = _decided(findings, local_now=local_now, channel=channel, signals=signals, data=data,
                        district=district)
    if overrules_advice(decision, findings, signals, channel):
        return _emergency(["ngram_overrules"], police=signals.police_line, unsure=True, channel=channel, data=data)
    return decision


def _decided(findings: Findings, *, local_now: datetime, channel: Channel, signals: Signals, data: SafetyData,
             district: str | None) -> SafetyDecision:
    """The decision of the rules, the second signals and the overrule of "none" (:func:`overrules_none`)."""
    decision = _from_rules(findings, local_now=local_now, channel=channel, data=data, district=district)
    if decision is not None:
        return decision
    if findings.open_to_second_signals or near_certain_despite_frame(findings, signals):
        intent = signals.corroborated_intent
        if intent is not None:
            return _emergency([f"intent:{intent}"], police=False, unsure=True, channel=channel, data=data)
        if signals.ngram_fires and not findings.asks_possibility:
            # No rule placed it, but it reads like the emergencies of the labelled set: the emergency line first.
            # The line classifier picks 110 over 119 when it reads like a police matter (following, forcing);
            # a recurring police matter asked about, nothing happening now, goes to the consultation line (#9110).
            # A check-in answer gets here only at the caller's higher bar (safety.assess.CHECKIN_NGRAM_THRESHOLD).
            if signals.police_line and findings.consulting:
                if channel == "checkin":
                    return SafetyDecision(kind="none", topic=findings.topic)
                return _advice("police_consultation", ["ngram_police"], data)
            return _emergency(["ngram_police" if signals.police_line else "ngram"], police=signals.police_line,
                              unsure=True, channel=channel, data=data)
        if channel == "checkin":  # vague answers are never raised, and no advice line is a check-in floor alone
            return SafetyDecision(kind="none", topic=findings.topic)
        if signals.advice is not None:
            return _signalled_advice(findings, signals.advice, ["ngram_advice"], local_now=local_now, data=data,
                                     district=district)
    if overrules_none(findings, signals, channel):
        return _emergency(["ngram_overrules"], police=signals.police_line, unsure=True, channel=channel, data=data)
    if signals.advice is not None and advice_despite_closure(findings, signals, channel):
        # どごさ相談すればいいべ, 日曜にやっている外科はありますか: an advice case told in a frame that closes alarms
        return _signalled_advice(findings, signals.advice, ["ngram_advice", "advice_despite_closure"],
                                 local_now=local_now, data=data, district=district)
    return SafetyDecision(kind="none", topic=findings.topic)


def _signalled_advice(findings: Findings, advice: SignalledAdvice, events: list[str], *, local_now: datetime,
                      data: SafetyData, district: str | None) -> SafetyDecision:
    """The advice line (or the disaster page) of the advice classifiers' sure reading."""
    if advice == "medical":
        return _medical_advice(findings, events, local_now=local_now, data=data)
    if advice == "disaster":
        return SafetyDecision(kind="disaster", events=tuple(events), message=disaster_message(data, district=district))
    return _advice(advice, events, data)
