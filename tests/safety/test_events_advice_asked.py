"""Being seen asked about (the ``ask_ambulance`` rules of :mod:`safety.events_advice`), on phrasings not in the set:
the level of going to hospital, the emergency clinic or a doctor weighed, and a bus or a lift to a hospital that asks
nothing of the kind."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 20: "is it the level of going to hospital" asks for the advice line (2 of 2 in the set).
ROUND_20 = [
    ("昼から喉がすごく痛いんだけど、これって病院行くレベル？", "#7119"),
]


def test_round_20_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20)


@pytest.mark.parametrize(("text", "number"), ROUND_20)
def test_round_20_the_level_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 25: a question of being seen at the emergency clinic or by a doctor is advice; the same words beside a
# collapse stay 119.
ROUND_25 = [
    ("手首をひねって腫れてきた、救急に行ったほうがいいかな", "#7119"),
    ("咳が続くので一度診てもらったほうがいいでしょうか", "#7119"),
    ("救急に行ったほうがいいか迷う間もなく夫が倒れて意識がない", "119"),
]


def test_round_25_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_25)


@pytest.mark.parametrize(("text", "number"), ROUND_25)
def test_round_25_being_seen_asked_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# A bus, a timetable or a lift to a hospital is a service question (none), not a question of being seen; a clinic open
# now with a symptom still asks (after blind25b/blind26b).
HOSPITAL_TRANSPORT_CASES = [
    ("母の通院のバスは何時に出ますか", "none"),
    ("病院まで行くシャトルバスある？", "none"),
    ("入院してる父の病院へ行く電車の乗り換えを教えて", "none"),
    ("高熱が続いてる、今やってる病院ある？", "#7119"),
    ("長距離バスで酔ったみたいで、降りてからずっと吐き気がする。病院行った方がいいかな", "#7119"),
]


def test_hospital_transport_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HOSPITAL_TRANSPORT_CASES)


@pytest.mark.parametrize(("text", "number"), HOSPITAL_TRANSPORT_CASES)
def test_transport_to_a_hospital_is_a_service_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
