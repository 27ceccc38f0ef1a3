""":mod:`safety.vocabulary_calm`'s ``CALM``, on phrasings not in the set: a purchase told as liked closes the second
signals and is none; trouble told after it is not calm (moved from test_vocabulary_settled.py in round 45;
renamed with the module in the forty-ninth session)."""

from __future__ import annotations

import pytest

from safety.data_file import default_safety_data
from safety.decide import decide
from safety.detect import find
from safety.normalize import views
from safety.signals import Signals
from safety.vocabulary_calm import CALM
from tests.safety.helpers import DAY, assert_not_in_phrase_set

# After blind34 (helper A34): a purchase told as liked closes the second signals (the advice classifier retrained
# through blind33 reads フリマで買った服がかわいかった as 188); trouble told after it does not.
PURCHASE_LIKED_CASES = [
    "フリマで買った服がかわいかった",
    "通販で注文したマグカップ、思ったより素敵で満足です",
    "古着屋で買ったコートが着心地よくて気に入ってる",
]
PURCHASE_WITH_TROUBLE = [
    "通販で買った靴が気に入ってたのに、届いたら偽物だった",
    "フリマで買った服がかわいかったけど、出品者と連絡とれない",
]


@pytest.mark.parametrize("text", PURCHASE_LIKED_CASES)
def test_a_purchase_told_as_liked_is_calm_and_none(text: str) -> None:
    assert CALM.search(views(text).devoiced)
    findings = find(views(text))
    assert not findings.open_to_second_signals
    consumer_reading = Signals(advice="consumer")
    decision = decide(findings, local_now=DAY.replace(tzinfo=None), channel="chat", signals=consumer_reading,
                      data=default_safety_data())
    assert decision.kind == "none"


@pytest.mark.parametrize("text", PURCHASE_WITH_TROUBLE)
def test_a_purchase_with_trouble_after_it_is_not_calm(text: str) -> None:
    assert not CALM.search(views(text).devoiced)


def test_purchase_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "none") for text in PURCHASE_LIKED_CASES + PURCHASE_WITH_TROUBLE])
