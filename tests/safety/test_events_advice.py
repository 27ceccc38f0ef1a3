"""Weak signs, danger words and the advice lines (:mod:`safety.events_advice`), on phrasings not in the set: word
boundaries that the devoiced reading creates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # itching (かゆがって) is a symptom; が+床 (おっとがゆか, devoiced かゆか) is not
    ("息子が湿疹をかゆがって眠れない", "#7119"),
    ("夫が床をワックスがけしてくれた", "none"),
    # threatened again and again, in kana (おどしてくる)
    ("となりの おじさんが いうこと きかないと ひどいめに あわせるって おどしてくる", "#9110"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_word_boundaries_of_the_advice_rules(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 19: an animal hurt or ill is the vet's, not a patient (no advice line); a likeness to an animal
# (犬が吠えるような咳, a child's croup) is still a person's symptom.
ANIMALS_AILING = [
    ("うちの鶏が足をけがして血が出てる、獣医さんって土曜もやってる？", "none"),
    ("飼ってるウサギが下痢してて元気がない", "none"),
    ("うちの牛が咳しておる、獣医に診せたほうがいいべか", "none"),
]
CROUP_AT_NIGHT = "夜に娘がアザラシみたいなケンケンした咳をしてて苦しそう"


def test_round_19_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ANIMALS_AILING, (CROUP_AT_NIGHT, "#8000")])


@pytest.mark.parametrize(("text", "number"), ANIMALS_AILING)
def test_round_19_an_animal_ailing_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_19_a_likeness_to_an_animal_is_a_person_s_symptom() -> None:
    assert_decides(CROUP_AT_NIGHT, "#8000", now=datetime(2026, 7, 15, 21, 30, tzinfo=ZoneInfo("Asia/Tokyo")))
