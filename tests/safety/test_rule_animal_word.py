"""An animal word (:data:`safety.rule.ANIMAL_WORD`) is no animal when it names food - the meat, milk or egg eaten
(鶏肉を食べてから下痢, 牛乳を飲んだら): the person's symptom stays advice (#7119), and an animal's own illness
stays the vet's (none). Round 47, B54's typed gap met writing blind48's heard cases."""

from __future__ import annotations

import re

import pytest

from safety.rule import ANIMAL_LEAD
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FOOD_FROM_ANIMALS = [
    ("鶏肉を食べてから下痢と腹痛が続いてます、今診てもらえるところありますか", "#7119"),
    ("豚肉の生焼けを食べて吐き気と下痢", "#7119"),
    ("鶏肉 生焼け 食べた 下痢 腹痛", "#7119"),
    ("牛乳を飲んだら口のまわりが腫れてかゆい", "#7119"),
    ("猫が吐いて下痢してる", "none"),
    ("鶏が下痢してる", "none"),
    ("牛が熱っぽい", "none"),
]


def test_food_from_animals_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOOD_FROM_ANIMALS)


@pytest.mark.parametrize(("text", "number"), FOOD_FROM_ANIMALS)
def test_food_from_animals_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("food", ["鶏肉", "牛乳", "豚汁", "牛丼", "豚カツ", "鶏卵"])
def test_food_named_from_an_animal_leads_no_animal(food: str) -> None:
    assert not re.search(ANIMAL_LEAD, food + "を食べた")


@pytest.mark.parametrize("animal", ["鶏", "牛", "豚", "猫"])
def test_the_animal_itself_still_leads(animal: str) -> None:
    assert re.search(ANIMAL_LEAD, animal + "が下痢してる")


# Round 52 (wide54b, helper A105): an animal the writer's car hit (キツネをはねて, 猫をひいちゃって) is what lies
# still on the road, not a person; a person hit beside it still is 119.
ROUND52_ANIMAL_HIT = [
    ("さっき夜道でキツネをはねてしまって、道の端で倒れたままなんです。市役所のどこに言えばいいですか", "none"),
    ("ねこを ひいちゃった みちの はしで たおれて うごかない", "none"),
    ("鹿をよけようとして自転車の人をはねてしまいました。倒れたまま動きません", "119"),
    ("猫をはねた車がそのまま歩道に突っ込んで、おじいさんが倒れて動かない", "119"),
]


def test_round52_animal_hit_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_ANIMAL_HIT)


@pytest.mark.parametrize(("text", "number"), ROUND52_ANIMAL_HIT)
def test_round52_an_animal_hit_by_the_writer_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 53: an animal's shed (牛舎, 豚舎, 鶏舎) is a building, not the animal ---
@pytest.mark.parametrize("text", ["牛舎を建て替えたい", "豚舎の屋根を直す"])
def test_an_animals_shed_is_no_animal_lead(text: str) -> None:
    assert re.search(ANIMAL_LEAD, text) is None


@pytest.mark.parametrize("text", ["牛が倒れて動かない", "豚は元気です"])
def test_the_animal_before_its_event_still_leads(text: str) -> None:
    assert re.search(ANIMAL_LEAD, text) is not None


# Round 53 (wide55b, helper A109): a sea animal washed up or lying still on a shore (アザラシ, クジラ, ウミガメ) is
# for the city or the aquarium, not a patient - told even with no particle after it; a person on the same beach who
# does not move is still 119.
SEA_ANIMALS = [
    ("砂浜にクジラが打ち上げられてて全然動かない。どこに知らせればいい?", "none"),
    ("はまべに うみがめ いる うごかない しんでるのかな", "none"),
    ("岩場さオットセイ寝そべって動がねえんだけど、生ぎでっぺか", "none"),
    ("浜辺でアザラシを見ていたら、隣にいたおじいさんが倒れて動かない", "119"),
]


def test_sea_animal_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SEA_ANIMALS)


@pytest.mark.parametrize(("text", "number"), SEA_ANIMALS)
def test_a_sea_animal_lying_still_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
