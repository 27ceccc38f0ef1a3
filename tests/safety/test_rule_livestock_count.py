"""Round 53 (:mod:`safety.rule` ``LIVESTOCK_VETO``): poultry counted in 羽 (鶏一羽, にわとり二羽) and a line naming
a farm animal and no person as a subject: its missing breath is the animal's. A person named, a person hurt by the
animal (a passive) or the writer keeps the sign a person's."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.rule import LIVESTOCK_VETO
from safety.vocabulary import compile_folded
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

VETO = compile_folded(LIVESTOCK_VETO)
# a person's sign at the coop or the barn: tested first
A_PERSON = [
    ("鶏一羽つぶそうとしてたら、じいちゃんが倒れて息してない", "119"),
    ("鶏の世話してたら父が息してない", "119"),
    ("牛に踏まれて息が苦しい", "119"),
]
AN_ANIMAL = [
    ("にわとり二羽が朝冷たくなって息してない、どこに埋めれば", "none"),
    ("あひる一羽、小屋で息してねえ。寿命だべか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(A_PERSON + AN_ANIMAL)


@pytest.mark.parametrize(("text", "number"), A_PERSON)
def test_a_person_at_the_coop_keeps_the_sign(text: str, number: str) -> None:
    assert VETO.search(views(text).devoiced) is None
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), AN_ANIMAL)
def test_poultry_counted_is_the_subject(text: str, number: str) -> None:
    assert VETO.search(views(text).devoiced) is not None
    assert_decides(text, number, now=DAY)
