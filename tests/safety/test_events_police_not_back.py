"""A person not home or not back yet, a missing person (110; :mod:`safety.events_police`), on phrasings not in the
set: someone overdue named before the home, gone out and not back; a parcel not delivered, a dent in a swelling that
does not come back, or back from a trip with a fever is no one missing (split from test_events_police.py in
round 47)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 42: a person not home yet, named before the home (一時間たっても家に着きません, blind43a: none for 110);
# a parcel not delivered is not.
ROUND42_NOT_HOME_CASES = [
    ("娘が部活から帰る時間なのに、まだ家に着かない。もう一時間過ぎてる", "110"),
    ("孫がバス降りだはずなのに、一時間たっても家さ着がねえ", "110"),
    ("夫が駅を出たと連絡があったのに、二時間たってもまだ家に着いていません", "110"),
    ("頼んでおいた荷物がまだ家に着かないんですが、どこに問い合わせれば", "none"),
]


def test_round42_not_home_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_NOT_HOME_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_NOT_HOME_CASES)
def test_round42_not_home_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45a: 母の足首がパンパンに腫れてて、押すとへこんだまま戻らない): a dent, a mark or the skin that does
# not come back is a swelling to ask about (#7119), not a person who does not come back; a person gone out still is.
ROUND44_THING_NOT_BACK = [
    ("父のすねが腫れて、指で押したら跡がついたまま戻らないんです", "#7119"),
    ("ばあちゃんの足、腫れてて押すと凹んで戻らねえ、どうすべ", "#7119"),
    ("母のふくらはぎが腫れておりまして、押したところがくぼんだまま戻りません", "#7119"),
    ("母が散歩に出たまま戻らない", "110"),
    ("朝ごはんのあと父が散歩に出たまま戻らない", "110"),
]


def test_round44_thing_not_back_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_THING_NOT_BACK)


@pytest.mark.parametrize(("text", "number"), ROUND44_THING_NOT_BACK)
def test_round44_a_dent_not_coming_back_is_no_one_missing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (wide48b): back from a trip and then a fever (帰ってきて熱, かえってきてねつ) is no one "not back"
# (帰ってきてねえ); a person still not back stays a missing person.
BACK_WITH_A_FEVER = [
    ("彼女がタイから帰ってきて熱が39度、赤いぶつぶつも出てる。話せるし歩ける。どこの病院?", "#7119"),
    ("むすめが りょこうから かえってきて ねつが さがらない あるける", "#7119"),
    ("海外出張がら帰ってきて熱っこ出で、腕さ発疹でできたのっしゃ、しゃべれるげど", "#7119"),
    ("じいちゃん昨日の夜出かけたきりまだ帰ってきてねえ、電話もつながらねえ", "110"),
]


def test_back_with_a_fever_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BACK_WITH_A_FEVER)


@pytest.mark.parametrize(("text", "number"), BACK_WITH_A_FEVER)
def test_back_with_a_fever_is_no_missing_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 47 (B54's typed gaps, met writing blind48's heard cases): a person gone out walking the dog or with the dog
# and not back is missing (110) - the dog walked or taken along is no pet gone; a pet not back still is none.
ROUND47_WITH_THE_DOG = [
    ("認知症の夫が犬の散歩に出たまま戻りません。もう3時間たちます", "110"),
    ("物忘れのある母が夕方犬の散歩に出たまま帰ってこない、もう暗い", "110"),
    ("じいちゃん 犬の散歩いったきり かえってこない 2じかんたつ", "110"),
    ("ばっちゃが犬っこ連れで出だまま戻ってこねえ", "110"),
    ("夫が犬の散歩から帰ってきません。携帯もつながらない", "110"),
    ("うちの猫が帰ってこないんです", "none"),
    ("うちの犬っこが戻ってこねえ", "none"),
    ("犬の散歩中に犬が逃げていなくなった", "none"),
]


def test_round47_with_the_dog_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND47_WITH_THE_DOG)


@pytest.mark.parametrize(("text", "number"), ROUND47_WITH_THE_DOG)
def test_round47_gone_out_with_the_dog_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a's child after an auto-injector, heard without 救急車): breathing, a pulse or a heartbeat that
# does not come back is a life sign absent (119), not a person missing (110); a person not back stays 110, an animal's
# breath and one's own breath after a run are no emergency.
ROUND51_LIFE_SIGN_NOT_BACK = [
    ("娘の呼吸がなかなか戻らない、人工呼吸続けてる", "119"),
    ("心臓マッサージしてるけどじいちゃんの脈が戻ってこねえ", "119"),
    ("夫の自発呼吸がまだ戻りません", "119"),
    ("母が朝の散歩から戻らないんです、もう二時間になります", "110"),
    ("うちの犬の呼吸がなかなか戻らない", "none"),
    ("坂道を走ったあと呼吸が戻らない感じがする", "none"),
]


def test_round51_life_sign_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_LIFE_SIGN_NOT_BACK)


@pytest.mark.parametrize(("text", "number"), ROUND51_LIFE_SIGN_NOT_BACK)
def test_round51_a_life_sign_not_back_is_119_not_a_missing_person(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 57 (blind58a heard: 母が帰ってからずっとお腹をさすって食事も取らない, read 食事も|とらない as 戻らない): a meal,
# a drink or a call not taken is no one who does not come back; a person gone out and not back still is, and so is one
# gone without a meal.
ROUND57_NOT_TAKEN = [
    ("夫が散歩に出たきり、まだもどらない", "110"),
    ("祖父がご飯も食べずに家を出て、夕方になっても戻らない", "110"),
    ("息子が何日ももどらないんです", "110"),
    ("父が出かけてから、ずっと水分もとらない", "none"),
    ("会合から帰った祖母が、ため息ばかりで食事もとらない", "none"),
]


def test_round57_not_taken_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND57_NOT_TAKEN)


@pytest.mark.parametrize(("text", "number"), ROUND57_NOT_TAKEN)
def test_round57_a_thing_not_taken_is_no_one_missing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
