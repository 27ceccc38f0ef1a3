"""An animal, not a person, as the subject of a sign (:mod:`safety.detect_cues_animal`): searched in the devoiced view
of a message, right before a sign (the animal named, no person between) and over the whole message (animals alone,
no person, no danger)."""

from __future__ import annotations

import pytest

from safety.detect_cues_animal import (
    ANIMAL_BEFORE,
    ANIMAL_DANGER,
    ANIMALS_ONLY,
    ANY_PERSON,
    NEXT_DOOR,
    NO_PERSON_BEFORE,
    VET,
)
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def _before(text: str, sign: str) -> str:
    """The devoiced written line of ``text`` up to the sign ``sign`` (as :func:`safety.detect_hits._animal_before`
    reads the line before a match)."""
    written = views(text).devoiced.split("\n")[0]
    return written[: written.index(views(sign).devoiced.split("\n")[0])]


def test_an_animal_named_right_before_a_sign_is_its_subject() -> None:
    assert ANIMAL_BEFORE.search(_before("うちの猫が息してない", "息してない"))
    assert ANIMAL_BEFORE.search(_before("子牛が一頭ぐったりしている", "ぐったり"))


def test_a_person_between_the_animal_and_the_sign_is_the_subject() -> None:
    assert not ANIMAL_BEFORE.search(_before("猫を抱いていた父が息してない", "息してない"))
    assert not ANIMAL_BEFORE.search(_before("父が息してない", "息してない"))


def test_a_vet_named_with_no_person_before_the_sign() -> None:
    assert VET.search(views("獣医さんの番号わかりますか").devoiced)
    assert NO_PERSON_BEFORE.match(_before("子牛、息してねぇ", "息してねぇ"))
    assert not NO_PERSON_BEFORE.match(_before("じいちゃん、息してねぇ", "息してねぇ"))


def test_a_story_of_animals_alone_names_no_person_and_no_danger() -> None:
    text = views("牛が逃げで隣の田んぼさ入っちまった").devoiced
    assert ANIMALS_ONLY.search(text)
    assert not ANY_PERSON.search(NEXT_DOOR.sub("", text))
    assert not ANIMAL_DANGER.search(text)
    assert ANIMAL_DANGER.search(views("牛が国道に出てる").devoiced)


# Round 49 (blind50b): fish in a pond or a river, gasping, floating or dead, no person named - the classifier quiet;
# a child fallen in the same pond, or a fish bone in a throat, still alarm.
FISH = [
    ("川の浅瀬で魚が何匹も白いお腹を見せて浮いている", "none"),
    ("池の さかなが みずの うえで ぱくぱく してる", "none"),
    ("用水路で鯉が何匹も死んで浮いてて、においがする", "none"),
    ("池で鯉に餌をやっていた子どもが落ちて、口をぱくぱくさせている", "119"),
    ("焼き魚の骨がのどに刺さって息ができない", "119"),
]


def test_fish_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FISH)


@pytest.mark.parametrize(("text", "number"), FISH)
def test_fish_alone_are_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 53: a creature counted by the head (一匹, にひき, 二羽, 三頭) is an animal, not a person ---
COUNTED_CREATURE = [
    ("子どもが縁日で金魚すくいをして、持って帰ったうちの一匹が水槽の底で動かない", "none"),
    ("きのう かった めだかが いっぴき うごかなく なった", "none"),
    ("飼ってるハムスター、2匹のうち1匹がぐったりして息してないみたい", "none"),
]
COUNTED_PEOPLE = [
    ("うちの子が一人で川に入って動かない", "119"),
    ("おじいさんが一人、道端で倒れて動きません", "119"),
]


def test_round53_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COUNTED_CREATURE + COUNTED_PEOPLE)


@pytest.mark.parametrize(("text", "number"), COUNTED_CREATURE)
def test_a_creature_counted_by_the_head_is_no_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), COUNTED_PEOPLE)
def test_people_counted_with_nin_stay_alarms(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 54: 後、唇 read as one word (こうしん) is no calf (こうし) in the reading line ---
AFTER_MEAL_LIPS = [
    ("晩ごはんの後、唇がぱんぱんに腫れて息が苦しそう", "119"),
    ("おやつの後、くちびる腫れて息ぜーぜーしてる", "119"),
    ("ゆうはんの後、唇が腫れで息苦しいっちゃ", "119"),
]
CALF_STILL_AN_ANIMAL = [
    ("牛舎のこうしが息してねえ", "none"),
    ("うちの子牛がぐったりして息が苦しそう", "none"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(AFTER_MEAL_LIPS + CALF_STILL_AN_ANIMAL)


def test_after_and_lips_read_as_one_word_is_no_calf() -> None:
    assert views("夕飯の後、唇が腫れて").reading.find("こうしん") >= 0
    assert not ANIMAL_BEFORE.search(_before("夕飯の後、唇が腫れて息が苦しい", "息が苦しい"))


@pytest.mark.parametrize(("text", "number"), AFTER_MEAL_LIPS)
def test_lips_swollen_after_a_meal_stay_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), CALF_STILL_AN_ANIMAL)
def test_a_calf_is_still_an_animal(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- forty-ninth session (wide59b): an honorific さん before 引き上げ (さんひきあげ) is no count of three animals ---
PERSON_PULLED_OUT = [
    ("ため池で溺れたおじいさん引き上げたけど息してない", "119"),
    ("ぷーるで しずんでた おばあさん ひきあげたけど いき してない", "119"),
    ("堰さ落ぢだ隣のばあさん引き上げだけど息してねえ", "119"),
]
ANIMALS_PULLED_OUT = [
    ("子猫が三匹、池から引き上げたけど動かない", "none"),
    ("ねこを さんびき ひきあげたけど いきしてない", "none"),
]


def test_pulled_out_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PERSON_PULLED_OUT + ANIMALS_PULLED_OUT)


@pytest.mark.parametrize(("text", "number"), PERSON_PULLED_OUT)
def test_a_person_called_san_and_pulled_out_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ANIMALS_PULLED_OUT)
def test_animals_counted_and_pulled_out_stay_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
