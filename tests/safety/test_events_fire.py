"""Fire, smoke and gas (:mod:`safety.events_fire`, read first among :func:`safety.events_life.life_rules`), on
phrasings not in the set: carbon monoxide from an engine or charcoal, food burst in a microwave, sparks, rubbish burnt
outdoors, a candle."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_fire import fire_rules
from safety.events_life import life_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def test_fire_rules_are_read_first_among_the_life_rules() -> None:
    fire = fire_rules()
    assert {r.group for r in fire} == {"fire"}
    assert life_rules()[:len(fire)] == fire


# Round 21 (blind21): an engine left running where the exhaust cannot get out, and the people with headaches, sleepy
# or limp, is carbon monoxide (119), in the Tohoku form too; the engine and the snow without a person's sign are not.
ENGINE_CASES = [
    ("ガレージでエンジンをかけたまま車で休んでた息子が、ぼーっとして吐いてる", "119"),
    ("雪で埋まった車、エンジンかけっぱなしで、中の母が眠そうでぐったりしてる", "119"),
    ("雪さはまった車でエンジンかげだまま待ってだら、みんな頭いでぇって", "119"),
]


def test_engine_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ENGINE_CASES)


@pytest.mark.parametrize(("text", "number"), ENGINE_CASES)
def test_an_engine_running_in_snow_or_a_garage(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_an_engine_in_snow_without_a_persons_sign_is_no_gas() -> None:
    # the rule (the n-gram classifier, a separate learned signal, gives this an unsure 119 at HEAD already)
    assert "gas" not in find(views("雪の中でエンジンかけっぱなしで待ってたら、ガソリンがなくなった")).events


# Blind24: food that burst when heated (栗をチンしたら破裂した) is no fire; a fire after it, or a bang with a person
# down, still is.
MICROWAVED_CASES = [
    ("レンジで栗をチンしたら破裂した", "none"),
    ("電子レンジでゆで卵温めたら爆発して火が出た", "119"),
    ("台所で何か爆発した、母が倒れてる", "119"),
]


def test_microwaved_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MICROWAVED_CASES)


@pytest.mark.parametrize(("text", "number"), MICROWAVED_CASES)
def test_food_burst_in_a_microwave_is_no_fire(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind27: charcoal burnt indoors and people with headaches is carbon monoxide; asking whether a thing might explode
# (爆発しない？) is no explosion, one that did is.
BLIND27_CASES = [
    ("締め切った部屋で炭をおこして暖をとっていたら、母が頭が痛いと言ってぐったりしてきた", "119"),
    ("炭を焚いた部屋で寝ていた父が、頭が痛い、吐き気がすると言っています", "119"),
    ("書道で墨をすっていたら、少し頭が痛くなりました", "#7119"),
    ("カセットボンベを車の中に置きっぱなしにしたら爆発しないかな", "none"),
    ("車の中でカセットボンベが爆発した", "119"),
]


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_charcoal_and_explosions_asked_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28: the particle が read before 自転車 (はんにんかじてんしゃ) is no fire.
@pytest.mark.parametrize(("text", "number"), [("いま駅前で財布ひったくられた、犯人が自転車で逃げてる", "110")])
def test_blind28_ga_before_jitensha_is_no_fire(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# blind29a: 練炭 and someone asleep who does not wake is carbon monoxide (119).
BLIND29_CHARCOAL = [
    ("締め切った部屋で練炭を使っていた父が寝たまま起きてこない", "119"),
]


def test_blind29_charcoal_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_CHARCOAL)


@pytest.mark.parametrize(("text", "number"), BLIND29_CHARCOAL)
def test_blind29_charcoal(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): rubbish burnt outdoors is a complaint, not a fire.
RUBBISH_SMOKE = [("裏の家がゴミを燃やしていて煙たい、やめてほしい", "none")]


def test_rubbish_smoke_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RUBBISH_SMOKE)


@pytest.mark.parametrize(("text", "number"), RUBBISH_SMOKE)
def test_rubbish_burnt_outdoors_is_no_fire(text: str, number: str) -> None:
    assert "smoke" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): sparks (火の粉) are a fire; ひのこ read inside 一昨日のこと / 日の午後 / 日の講演 is not.
@pytest.mark.parametrize("text", ["母が一昨日のことで相談したいと言っています", "救急の日の講演会の会場はどこ",
                                  "次の日の午後に伺います"])
def test_hinoko_read_across_words_is_no_fire(text: str) -> None:
    assert "fire" not in find(views(text)).events


def test_sparks_flying_are_a_fire() -> None:
    assert_decides("隣の家から火の粉が飛んできてる", "119", now=DAY)


# Round 41 (blind42, helper A60): a candle lit is no fire, but flames rising or spreading after it are.
ROUND41_CANDLE = [
    ("ろうそくを立てていたら、棚のほうから火が上がっています", "119"),
    ("停電でろうそくを使っていたら、カーテンのほうに火が広がってる", "119"),
    ("ろうそくに火をつけて誕生日のお祝いをした", "none"),
]


def test_round41_candle_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_CANDLE)


@pytest.mark.parametrize(("text", "number"), ROUND41_CANDLE)
def test_round41_flames_rising_after_a_candle(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 48 (coordinator's kind: a fire and a crime told together, 119 leads): a fire set by someone and told done
# (店に強盗が入って火をつけた) is a fire; a threat to set one, a stove, a candle and a drama are not.
ARSON = [
    ("店に強盗が入って火をつけた", "119"),
    ("泥棒さ入られで、物置さ火ぃつけられだ", "119"),
    ("さっき不審者が車に火をつけて逃げていきました。燃えています", "119"),
    ("どろぼう はいって いえに ひ つけられた", "119"),
    ("あの 強盗が 店に 火を つけて 逃げました", "119"),
    ("隣の家が燃えてる、男が火をつけて逃げた", "119"),
    ("元夫が玄関で「火をつけるぞ」と叫んでいます", "110"),
    ("コンロに火をつけたら、ぼっと大きな音がしてびっくりした", "none"),
    ("昔、近所で放火事件があったそうです", "none"),
    ("孫が魔法だって言って花火の絵を描いてる", "none"),
    ("いえが ほうか された もえてる", "119"),
]


def test_arson_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ARSON)


@pytest.mark.parametrize(("text", "number"), ARSON)
def test_a_fire_set_and_told_done_is_a_fire_first(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
