"""Round 24 (:mod:`safety.events_life`, :mod:`safety.events_daily_signs`), on phrasings not in the set: shortness
of breath (息切れ, 息が切れる) is a symptom to ask about, not laboured breathing; a bleed told stopped after how it ran
(血がだらだら出たけどもう止まった) is no bleeding emergency; a house inside a hazard-map zone
(土砂災害警戒区域にうちが入ってる) is no house filled with mud.
Each kind also in the same words as a real emergency."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BREATH_CASES = [
    # short of breath, told as a tendency on exertion or asked about: advice
    ("母が最近すぐ息切れするようになって、病院に行ったほうがいいか迷ってます", "#7119"),
    ("祖父がちょっと歩いただけで息が切れるって言ってる。どこに相談すれば", "#7119"),
    # ... a measure or a tendency told to a class: nothing to ask about
    ("マラソン大会で息が切れるほど走った、楽しかった", "none"),
    ("最近息が切れやすいので、ウォーキング教室に通いたい", "none"),
    # the same words with a sign of danger: still 119
    ("父が急に息切れして倒れた、呼んでも返事がない", "119"),
    ("息切れがして胸が締め付けられるように痛い", "119"),
    ("母が息苦しくてゼーゼーいってる", "119"),
]

BLEED_CASES = [
    # a bleed that ran, told stopped: no alarm
    ("膝から血がだらだら出たけど、もう止まった", "none"),
    ("血がだらだら出たけど止まってる", "none"),
    ("じいちゃんが頭打って血がだらだら出たけど、もう止まった。吐き気もないって", "#7119"),
    # ... still running, or running with a worse sign: 119
    ("血がだらだら出て止まらない", "119"),
    ("血がどくどく出て止まってない", "119"),
    ("頭打って血がだらだら出て、さっき吐いた", "119"),
]

AREA_CASES = [
    ("ハザードマップで見たら、うちが土砂災害の警戒区域に入ってた。避難所はどこ？", "disaster"),
    # mud into a house with someone in it: 119
    ("裏山が崩れて土砂が家に流れ込んで、母が埋まってる", "119"),
    ("土砂が家に入ってきて父が出られない", "119"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BREATH_CASES + BLEED_CASES + AREA_CASES)


@pytest.mark.parametrize(("text", "number"), BREATH_CASES)
def test_short_of_breath_is_a_symptom_to_ask_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_short_of_breath_is_its_own_event_not_laboured_breathing() -> None:
    events = find(views("階段を上るとすぐ息が切れる")).events
    assert events.get("short_of_breath") == "symptom"
    assert "breathing_hard" not in events


@pytest.mark.parametrize(("text", "number"), BLEED_CASES)
def test_a_bleed_told_stopped_after_it_ran(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), AREA_CASES)
def test_a_house_in_a_hazard_zone_is_not_buried(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): carbon monoxide told with a heating machine (暖房機), unsteadiness (ふらつく), a
# Tohoku headache (頭いでえ) - the kind in 57 phrases of 41 other splits, all 119; a chest not rising and falling
# (胸が上下してない; 9 other writers, 119); eyes that do not focus, 合ってねえ (4 other writers, 119); a bear read
# inside 農薬まいて (のうやくまいて) is no bear.
ROUND37_LIFE = [
    ("作業場で発電機を回していたら、父がふらついて座り込んだ", "119", "gas"),
    ("ハウスの暖房機をつけっぱなしにしてたら、母が頭が痛いって吐いてる", "119", "gas"),
    ("ストーブの部屋で、ばあちゃんが頭いでえって寝込んでる", "119", "gas"),
    ("おじいちゃんの胸がさっきから上下してないように見える", "119", "not_breathing"),
    ("親父の目ぇの焦点合ってねえ", "119", "unconscious"),
]


def test_round37_life_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND37_LIFE])


@pytest.mark.parametrize(("text", "number", "event"), ROUND37_LIFE)
def test_round37_carbon_monoxide_breath_and_gaze(text: str, number: str, event: str) -> None:
    assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["畑で農薬まいでだら、雨降ってきた", "畑で農薬まいてたら手がかゆくなった"])
def test_round37_spraying_pesticide_is_no_bear(text: str) -> None:
    assert "bear" not in find(views(text)).events


def test_round37_a_bear_is_still_a_bear() -> None:
    assert_decides("裏の畑に熊いる", "110", now=DAY)


# Round 51 (blind52a's senior fish cutter, heard): blood spurting spelt 吹き出して as well as 噴き出して, after a
# clause the comma of which is lost (切ってしもうた、血が → しもうたちが in the reading); a laugh that burst out and a
# stopped bleed stay off the emergency line.
ROUND51_BLOOD_SPURTING = [
    ("鎌で指をざっくりやってしもうた、血が吹き出してきよる", "119"),
    ("草刈りしとって脛を切ってしまった、血が吹き出して止まらねえ", "119"),
    ("転んで額を打ったら血が吹き出した", "119"),
    ("先生の冗談に思わず吹き出してしまった", "none"),
]


def test_round51_blood_spurting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_BLOOD_SPURTING)


@pytest.mark.parametrize(("text", "number"), ROUND51_BLOOD_SPURTING)
def test_round51_blood_spurting_spelt_fuki_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
