""":mod:`safety.vocabulary`'s people (``PERSON``, ``PERSON_CONTEXT``), on phrasings not in the set: 若い方, 仲間,
おっさん, and a care home's or a clinic's residents, users and patients are people for the rules that need one (split
from test_vocabulary.py in round 45)."""

from __future__ import annotations

import pytest

from safety.vocabulary import PERSON_CONTEXT
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def test_companions_and_a_person_called_kata_are_people() -> None:
    for text in ("わかいほうかかわに", "おなかまかさわいて", "おっさんかねてる"):
        assert PERSON_CONTEXT.search(text), text


# Round 39 (blind40, helper A52): a care home's or a clinic's residents, users and patients are people for the rules
# that need one (患者さんが動かなくて体が冷たい); not the word in a service question.
RESIDENT_CASES = [
    ("患者さんが ベッドで 動かなくて 体が 冷たい", "119"),
    ("りようしゃさんが といれで うごかなくて はだが つめたい", "119"),
    ("入居者の募集はしていますか", "none"),
]


def test_resident_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RESIDENT_CASES)


@pytest.mark.parametrize(("text", "number"), RESIDENT_CASES)
def test_residents_and_patients_are_people(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
