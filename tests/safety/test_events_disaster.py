"""Disasters seen or asked about (:mod:`safety.events_disaster`): the last rules of ``advice_rules``, on phrasings not
in the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_advice import advice_rules
from safety.events_disaster import disaster_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def test_the_disaster_rules_close_the_advice_rules() -> None:
    disasters = disaster_rules()
    assert advice_rules()[-len(disasters):] == disasters
    assert {r.group for r in disasters} == {"disaster"}
    assert [r.name for r in disasters] == ["flood_seen", "nuclear_accident", "evacuation"]


# After blind33's final score (helper A33): flood water up to the ankles' height is the disaster page (blind33b).
FLOOD33 = [
    ("家の前の道がくるぶしの高さまで水に浸かってきた", "disaster"),
]


def test_flood33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FLOOD33)


@pytest.mark.parametrize(("text", "number"), FLOOD33)
def test_flood33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): が+別れた男 read かわかれたおとこ is no river run dry (a former partner: 29 other
# writers); a stream run dry still is a landslide sign.
def test_a_former_partner_is_no_river_run_dry() -> None:
    text = "娘が別れた男から今から行くってメール来て怖がってる"
    assert_not_in_phrase_set([(text, "110")])
    assert "evacuation" not in find(views(text)).events
    assert_decides(text, "110", now=DAY)


def test_a_stream_run_dry_is_still_a_sign() -> None:
    assert_decides("沢の水が急にかれて、山鳴りがする", "disaster", now=DAY)


# Round 47 (blind48a, A81's left alone: 鬼首の宿の者です。川の水が駐車場まで上がってきて、お客さんが二十人
# ほどいます - none at the start): a river's or a channel's water risen up to a place is flood water seen
# (disaster); last year's flood and a cold river are not.
RIVER_UP_TO_A_PLACE = [
    ("かわの みずが にわまで きてる", "disaster"),
    ("用水路の水が道路まで上がってきた、車出せっかや", "disaster"),
    ("旅館の駐車場まで川の水が来る前に、川の水が玄関先まで迫ってます", "disaster"),
    ("去年は川の水が駐車場まで来たんだよ", "none"),
    ("川の水が冷たくて足まで冷えた", "none"),
]


def test_river_up_to_a_place_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RIVER_UP_TO_A_PLACE)


@pytest.mark.parametrize(("text", "number"), RIVER_UP_TO_A_PLACE)
def test_a_river_risen_up_to_a_place_is_flood_water_seen(text: str, number: str) -> None:
    assert ("flood_seen" in find(views(text)).events) == (number == "disaster")
    assert_decides(text, number, now=DAY)


# Round 48 (wide48b's 原発で事故あったら…どこの避難所 read 110, a traffic accident): an accident at a nuclear plant is
# the disaster page; a documentary or a past anniversary is not, and a road accident near a plant is still one.
NUCLEAR_ACCIDENTS = [
    ("原発で事故があったそうです、どこに避難すれば", "disaster"),
    ("女川原発で事故って本当？避難したほうがいい？", "disaster"),
    ("げんぱつで じこ あったって ひなん しなきゃ", "disaster"),
    ("原発さ事故あったら、うぢらどごさ逃げればいいのっしゃ", "disaster"),
    ("原子力発電所の事故の時の避難先を教えていただけますか", "disaster"),
    ("福島の原発事故から15年の特集をテレビでやってた", "none"),
    ("原発の近くの国道で車の事故があって人が倒れてる", "119"),
]


def test_nuclear_accident_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NUCLEAR_ACCIDENTS)


@pytest.mark.parametrize(("text", "number"), NUCLEAR_ACCIDENTS)
def test_an_accident_at_a_nuclear_plant_is_a_disaster(text: str, number: str) -> None:
    assert "traffic_accident" not in find(views(text)).events or number == "119"
    assert_decides(text, number, now=DAY)


# Round 52 (helper A103; wide53b's 個別非難計画, read none): 非難 ("blame") typed or heard for 避難 is read as
# evacuation before a word of evacuation (計画, 指示, 経路) or as a thing to do in a message about a storm or a flood;
# blame itself (非難される, 非難する声) stays quiet.
MISHEARD_EVACUATION = [
    ("えっと うちの母の個別非難計画って誰が作るんですか", "disaster"),
    ("非難経路の看板ってどこに立ってますか、鹿島台です", "disaster"),
    ("台風が近づいてるから、ばあちゃんを非難させたほうがいいべか", "disaster"),
    ("大雨で川の水位上がってるんですけど非難した方がいいですか", "disaster"),
    ("上司にミスを非難されてつらい", "none"),
    ("台風のときの市の対応を非難する声が多いそうですね", "none"),
]


def test_misheard_evacuation_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MISHEARD_EVACUATION)


@pytest.mark.parametrize(("text", "number"), MISHEARD_EVACUATION)
def test_a_misheard_evacuation_is_the_disaster_page(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 53: 大水, the older people's word for a flood, is read as one - not a flood remembered ---
OLD_FLOOD_WORD = [
    ("大水が出たらこの辺はどのくらい浸かりますか", "disaster"),
    ("うちの田んぼは大水の時に水が来る場所か、地図で見たいのですが", "disaster"),
    ("おおみずの ときは どこに にげたら いいですか", "disaster"),
    ("大水んどぎ、こごらへん水来っぺが", "disaster"),
]
FLOOD_REMEMBERED = [
    ("昔の大水の写真を集めています", "none"),
]


def test_round53_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OLD_FLOOD_WORD + FLOOD_REMEMBERED)


@pytest.mark.parametrize(("text", "number"), OLD_FLOOD_WORD)
def test_the_old_flood_word_is_the_disaster_page(text: str, number: str) -> None:
    assert "evacuation" in find(views(text)).names("disaster")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FLOOD_REMEMBERED)
def test_a_flood_remembered_is_quiet(text: str, number: str) -> None:
    assert "evacuation" not in find(views(text)).names("disaster")
    assert_decides(text, number, now=DAY)


# a mountain hut and a drill named with 避難 (round 54, wide56b); a shelter asked in a storm stays
SHELTER_NAMES = [
    ("蔵王の避難小屋は冬でも泊まれますか", "none"),
    ("ひなんごやって よやく いりますか", "none"),
    ("町内会で避難の練習をしたいので、やり方を教えてください", "none"),
    ("台風が近づいてるけど、避難所はもう開いてますか", "disaster"),
]


def test_shelter_names_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SHELTER_NAMES)


@pytest.mark.parametrize(("text", "number"), SHELTER_NAMES)
def test_shelter_names_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
