"""Round 55 (:data:`safety.rule.PET_BREED`, part of ``ANIMAL_WORD``): a dog named by its breed (柴犬, read しばけん;
チワワ, トイプードル) is an animal in both views, so a drowned or still pet is not a person's emergency. A person
with the pet, hurt or in the water, stays an alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("うちの柴犬が川に落ちて、引き上げたけどもう動かない。ペット火葬はどこに頼めば", "none"),
    ("トイプードルがため池に落ちて動きません", "none"),
    ("秋田犬の散歩中に父が用水路に落ちて、動かない", "119"),
    ("チワワを助けようとして、息子が川に落ちて流されてる", "119"),
    # the views drop the long-vowel mark, so no breed spelled with one is listed (コーギー would read こき inside
    # のこぎり, シーズー しず inside シーズン)
    ("のこぎりで父が脚を深く切って、血が止まらない", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_pet_by_its_breed_is_an_animal(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
