"""The pure decision: rules first, then the corroborated intent, then the n-gram classifier alone (Findings built
by hand, no text analysis; the second signals on their own: test_decide_signals.py)."""

from __future__ import annotations

from safety.rule import Group
from safety.signals import Signals
from tests.safety.decide_support import NOTHING, OPEN_NGRAM, findings, run
from tests.safety.helpers import DAY, NIGHT


def test_nothing_found_and_no_signal_is_none() -> None:
    assert run(NOTHING).kind == "none"
    assert run(findings(topic=True)).topic


def test_life_wins_over_crime_and_is_sure() -> None:
    decision = run(findings({"stabbed": "police", "bleeding": "medical"}))
    assert decision.number == "119" and decision.certainty == "sure"
    assert decision.events == ("bleeding", "stabbed")


def test_a_hurt_person_in_a_collision_or_an_assault_is_119_first() -> None:
    decision = run(findings({"traffic_accident": "police", "weak_danger": "weak"}))
    assert decision.number == "119" and decision.events == ("traffic_accident", "weak_danger")
    assert run(findings({"violence": "police", "weak_danger": "weak"})).number == "119"
    # a weak sign beside a crime that hurts nobody (a wish to die, a missing person) leaves the police line
    assert run(findings({"missing_person": "police", "weak_danger": "weak"})).number == "110"
    assert run(findings({"traffic_accident": "police"})).number == "110"


def test_an_assault_still_going_on_is_110_first_even_with_someone_hurt() -> None:
    decision = run(findings({"collapsed": "medical", "assault_in_progress": "police"}))
    assert decision.number == "110" and decision.certainty == "sure"
    assert run(findings({"bleeding": "medical", "beating": "police"})).number == "110"
    # the assault is over (殴られて倒れて動かない): the hurt person comes first
    assert run(findings({"collapsed": "medical", "violence": "police"})).number == "119"


def test_a_scam_happening_now_is_110_otherwise_9110() -> None:
    assert run(findings({"scam": "scam"}, now=True)).number == "110"
    assert run(findings({"scam": "scam"})).number == "#9110"


def test_child_symptoms_follow_the_night_window_or_a_night_word() -> None:
    assert run(findings({"fever": "symptom"}, child=True), now=NIGHT).number == "#8000"
    assert run(findings({"fever": "symptom"}, child=True, night=True)).advice == "child_night"
    assert run(findings({"fever": "symptom"}, child=True)).advice == "child_day"


def test_weak_signs_with_symptoms_are_unsure_unless_asked() -> None:
    assert run(findings({"weak_danger": "weak", "fever": "symptom"})).certainty == "unsure"
    assert run(findings({"weak_danger": "weak", "fever": "symptom"}, question=True)).number == "#7119"


def test_a_police_danger_word_or_line_reading_asked_about_goes_to_the_consultation_line() -> None:
    police_word: dict[str, Group] = {"danger_word_police": "lexical_police"}
    assert run(findings(police_word)).number == "110"
    consulted = run(findings(police_word, consulting=True))
    assert (consulted.kind, consulted.number) == ("urgent_advice", "#9110")
    line = Signals(ngram=0.9, ngram_threshold=0.8, police_line=True)
    assert run(NOTHING, line).number == "110"
    assert run(findings(consulting=True), line).number == "#9110"


def test_blows_received_with_the_attacker_still_there_are_110_first() -> None:
    decision = run(findings({"injured_by_violence": "medical", "attacker_present": "police"}))
    assert decision.number == "110" and decision.certainty == "sure"


def test_a_caller_who_asks_for_the_police_gets_the_police_line() -> None:
    assert run(findings({"collapsed": "medical", "violence": "police", "police_request": "police"})).number == "110"
    # ... unless they ask for an ambulance too
    both = findings({"collapsed": "medical", "ambulance_request": "medical", "police_request": "police"})
    assert run(both).number == "119"


def test_a_graded_sign_told_as_mild_is_advice_not_an_alarm() -> None:
    decision = run(findings({"breathing_hard": "medical", "said_mild": "ask"}))
    assert decision.kind == "urgent_advice" and decision.number == "#7119"
    assert run(findings({"anaphylaxis": "medical", "said_mild": "ask"}, child=True), now=NIGHT).number == "#8000"
    # a sign of danger beside it (unconscious, chest pain) keeps 119; so does a crime
    assert run(findings({"breathing_hard": "medical", "unconscious": "medical", "said_mild": "ask"})).number == "119"
    assert run(findings({"chest_pain": "medical", "said_mild": "ask"})).number == "119"
    assert run(findings({"injured_by_violence": "medical", "violence": "police", "said_mild": "ask"})).number == "119"
    # ... and so does a plea for help
    assert run(findings({"breathing_hard": "medical", "plea": "help", "said_mild": "ask"})).number == "119"


def test_the_mild_marker_never_decides_alone() -> None:
    assert run(findings({"said_mild": "ask"})).kind == "none"
    assert run(findings({"said_mild": "ask"}), OPEN_NGRAM).kind == "emergency_fire_ambulance"
    # a weak sign with a symptom told as bearable (我慢できるって言うけど顔色が悪い) is advice, not an unsure 119
    bearable = findings({"weak_danger": "weak", "symptom": "symptom", "said_mild": "ask"})
    assert run(bearable).number == "#7119"
    # round 21: so is a weak sign told as mild with nothing else (落ちてすぐ泣いて、その後は普通に遊んでて): every
    # phrase of the set with a weak sign told as mild and no event of life, crime or a plea is advice (7 of 7)
    assert run(findings({"weak_danger": "weak", "said_mild": "ask"})).number == "#7119"
    assert run(findings({"fell": "weak", "said_mild": "ask"}, child=True), now=NIGHT).number == "#8000"
    # ... but not beside a plea for help, and a weak sign alone stays the unsure emergency line
    assert run(findings({"weak_danger": "weak", "plea": "help", "said_mild": "ask"})).number == "119"
    assert run(findings({"weak_danger": "weak"})).certainty == "unsure"


def test_a_child_s_laboured_breathing_with_a_cough_is_the_night_line() -> None:
    # round 20: 9 of 9 such phrases of the set are #8000 (croup or an asthma attack, no other sign)
    croup = findings({"breathing_hard": "medical", "coughing": "symptom"}, child=True)
    assert run(croup, now=NIGHT).number == "#8000"
    assert run(croup).number == "#7119"  # by day: the daytime advice for children
    # anything else beside it keeps 119: an allergy, cyanosis, a plea; an adult's keeps 119 (no data)
    allergic: dict[str, Group] = {"breathing_hard": "medical", "anaphylaxis": "medical", "coughing": "symptom"}
    assert run(findings(allergic, child=True), now=NIGHT).number == "119"
    pleading: dict[str, Group] = {"breathing_hard": "medical", "plea": "help", "coughing": "symptom"}
    assert run(findings(pleading, child=True), now=NIGHT).number == "119"
    assert run(findings({"breathing_hard": "medical", "coughing": "symptom"}), now=NIGHT).number == "119"


def test_the_cough_marker_never_decides_alone() -> None:
    assert run(findings({"coughing": "symptom"}, child=True), now=NIGHT).kind == "none"
    # ... and is not a symptom a weak sign is weighed with (a weak sign alone is the unsure emergency line)
    assert run(findings({"weak_danger": "weak", "coughing": "symptom"})).certainty == "unsure"


def test_a_scam_told_with_the_visitor_gone_is_not_happening_now() -> None:
    # round 21: 今は帰ったけど reads "now" (今), but the visitor has left: #9110, not 110 (21 of 21 identity claims of
    # the set with no one at the door or on the line are #9110)
    gone = findings({"scam": "scam", "visitor_left": "scam"}, now=True)
    assert run(gone).number == "#9110"
    assert run(findings({"scam": "scam"}, now=True)).number == "110"
    # the marker never decides alone, nor silences anything but the "now" of a scam
    assert run(findings({"visitor_left": "scam"})).kind == "none"
    # ... and (after blind26) of a stranger about the house told gone (今はいねえけど: 8 of 8 such phrases are #9110)
    assert run(findings({"intruder": "police", "visitor_left": "scam"})).number == "#9110"
    assert run(findings({"violence": "police", "visitor_left": "scam"})).number == "110"


def test_a_cut_whose_bleeding_stopped_is_a_question_for_7119() -> None:
    # round 21: 12 of 12 phrases of the set with the bleeding told as stopped are advice
    stopped = findings({"deep_wound": "medical", "said_mild": "ask", "bleeding_stopped": "ask"})
    assert run(stopped).number == "#7119"
    assert run(findings({"deep_wound": "medical", "said_mild": "ask"})).number == "119"  # mild in another way
    # another sign beside it keeps 119
    bone = findings({"deep_wound": "medical", "limb_deformed": "medical", "said_mild": "ask",
                     "bleeding_stopped": "ask"})
    assert run(bone).number == "119"
    assert run(findings({"bleeding_stopped": "ask"})).kind == "none"


def test_an_accident_told_inside_a_swindler_s_call_is_the_consultation_line() -> None:
    # round 21: 3 of 3 phrases of the set with an accident told on the phone are #9110 (孫だげんど、事故起ごした)
    assert run(findings({"traffic_accident": "police", "scam": "scam"})).number == "#9110"
    # ... not an accident with a bare demand for money, nor one with someone hurt
    assert run(findings({"traffic_accident": "police", "money_demand": "scam"})).number == "110"
    assert run(findings({"traffic_accident": "police", "collapsed": "medical", "scam": "scam"})).number == "119"


def test_a_threat_or_claim_told_online_is_not_happening_now() -> None:
    # round 24: 54 of 55 scam or stalking phrases of the set naming SNS, LINE, mail or a comment are #9110
    online = findings({"threat": "stalking", "told_online": "scam"}, now=True)
    assert run(online).number == "#9110"
    assert run(findings({"threat": "stalking"}, now=True)).number == "110"
    # the marker never decides alone, nor touches an emergency event
    assert run(findings({"told_online": "scam"})).kind == "none"
    assert run(findings({"suicide_threat": "police", "told_online": "scam"})).number == "110"


def test_a_thing_in_the_throat_with_the_breath_told_normal_is_a_question_for_7119() -> None:
    # round 24: 6 of 6 phrases of the set with something stuck in the throat and the breath told normal are #7119
    clear = findings({"choking": "medical", "breathing_normal": "ask"})
    assert run(clear).number == "#7119"
    assert run(findings({"choking": "medical"})).number == "119"
    # ... not with another sign beside it, and the marker alone decides nothing
    assert run(findings({"choking": "medical", "cyanosis": "medical", "breathing_normal": "ask"})).number == "119"
    assert run(findings({"collapsed": "medical", "breathing_normal": "ask"})).number == "119"
    assert run(findings({"breathing_normal": "ask"})).kind == "none"
    # ... nor does it grade a weak sign (only the throat)
    assert run(findings({"weak_danger": "weak", "breathing_normal": "ask"})).certainty == "unsure"


def test_a_baby_s_signs_are_a_child_s_whatever_word_names_the_baby() -> None:
    # round 25: 生後2か月の子がミルクを飲まない - the baby rule's event makes it the child's line without a child word
    found = findings({"infant_unsettled": "symptom"})
    assert run(found, now=NIGHT).number == "#8000"
    assert run(found, now=DAY).advice == "child_day"
    assert run(findings({"symptom": "symptom"}), now=NIGHT).number == "#7119"
