"""Round 56 (:mod:`safety.events_splash_signs`): a hair chemical in an eye is advice (#7119), or 119 when the eye
cannot be opened; petrol or kerosene poured over a person by someone is 110, a person drenched and hurting 119. A
question about a salon's service, a way to keep it out, fuel spilt on the ground or a drop on a hand stay quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

EYE_BURNT = [
    ("美容院でカラーしてもらってる最中に薬剤が目に流れてきて、目があけられないくらい痛い", "119"),
    ("白髪染めが目さ入って、ばあちゃん目ぇ開げらんねぇって", "119"),
]
EYE_STINGING = [
    ("ヘアカラーの薬が目に入った。しみるけど開けられる。どうしたらいい", "#7119"),
    ("床屋で白髪染めが目に入ってゴロゴロする", "#7119"),
    ("びよういんで ぱーまえきが めに はいって しみる", "#7119"),
]
SALON_QUESTIONS = [
    ("美容院のパーマって目にしみたりしますか", "none"),
    ("カラー剤が目に入らないようにするコツは？", "none"),
]
FUEL_POURED = [
    ("灯油を頭からかけられた人がいる、早く来て", "110"),
    ("男が女の人にガソリンかけてる！", "110"),
    ("隣のおやじが奥さんさ灯油ぶっかけでる、早ぐ", "110"),
]
FUEL_DRENCHED = [
    ("ガソリンをかぶった男の人が目が痛いって叫んでます", "119"),
    ("作業中に軽油を頭からかぶってしまい、皮膚がひりひりして気持ち悪いと言っています", "119"),
]
FUEL_SPILT = [
    ("給油してたらガソリンが地面にこぼれた、どうすればいい", "none"),
    ("ストーブに灯油入れてたら床にこぼしちゃった", "none"),
    ("給油中に手に少しガソリンがかかった、洗えば大丈夫？", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EYE_BURNT + EYE_STINGING + SALON_QUESTIONS + FUEL_POURED + FUEL_DRENCHED + FUEL_SPILT)


@pytest.mark.parametrize(("text", "number"), EYE_BURNT)
def test_a_hair_chemical_in_an_eye_that_will_not_open_is_119(text: str, number: str) -> None:
    assert "chemical_exposure" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), EYE_STINGING)
def test_a_hair_chemical_in_an_eye_that_stings_is_advice(text: str, number: str) -> None:
    assert "eye_chemical" in find(views(text)).names("symptom")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SALON_QUESTIONS)
def test_a_question_about_the_service_is_quiet(text: str, number: str) -> None:
    assert "eye_chemical" not in find(views(text)).names("symptom")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FUEL_POURED)
def test_fuel_poured_over_a_person_is_a_police_matter(text: str, number: str) -> None:
    assert "fuel_poured_on_person" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FUEL_DRENCHED)
def test_a_person_drenched_in_fuel_and_hurting_is_119(text: str, number: str) -> None:
    assert "chemical_exposure" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FUEL_SPILT)
def test_fuel_spilt_while_refuelling_is_quiet(text: str, number: str) -> None:
    found = find(views(text))
    assert "fuel_poured_on_person" not in found.names("police")
    assert "chemical_exposure" not in found.names("medical")
    assert_decides(text, number, now=DAY)
