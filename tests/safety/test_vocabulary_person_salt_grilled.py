"""Round 56 (:mod:`safety.vocabulary` ``PERSON``): おや, a parent, is not the reading of 塩焼き or おやき (しおやき) -
a parent in kana and 親兄弟 (おやきょうだい) stay people."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary import PERSON, compile_folded

PERSON_WORD = compile_folded(PERSON)


@pytest.mark.parametrize("text", ["おやが たおれて うごかない", "親兄弟がみんな集まって", "おやきょうだいが みんな"])
def test_a_parent_is_a_person(text: str) -> None:
    assert PERSON_WORD.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["塩焼きにして食べよう", "しおやき たべたい", "長野のおやきを買った"])
def test_a_grilled_dish_is_no_person(text: str) -> None:
    assert not PERSON_WORD.search(views(text).devoiced), text
