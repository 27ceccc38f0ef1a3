"""Harmless smoke (:mod:`safety.vocabulary_smoke`): smoke that what gives it off makes harmless (温泉の湯けむり,
cooking smoke aired out or that set the alarm off, the alarm stopped) is no fire; a fire's smoke, or a fire told
after the harmless smoke, still is. Phrasings not in the set."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_smoke import only_harmless_smoke
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def _only_harmless(text: str) -> bool:
    """:func:`only_harmless_smoke` on the views :func:`safety.detect.find` gives it."""
    seen = views(text)
    return only_harmless_smoke(seen.devoiced, seen.joined)


@pytest.mark.parametrize("text", [
    "焼き肉をしてたら煙で火災報知器が鳴ったけど、もう止めた",
    "フライパンで焦がして煙が出たけど、換気したらすぐ消えた",
    "パンを焦がしちゃって煙が出た",
    "温泉の湯けむりがきれいでした",
])
def test_harmless_cooking_or_bath_smoke_is_only_harmless(text: str) -> None:
    assert _only_harmless(text)


@pytest.mark.parametrize("text", [
    "隣の家から煙がもくもく出てる",
    "台所から煙が出て火が広がってる",
    # a fire told after the harmless smoke
    "焼き肉をしてたら煙で報知器が鳴って、止めたけど火が消えない",
    "パンを焦がしたら煙が出て、カーテンに燃え移った",
])
def test_a_fire_s_smoke_is_not(text: str) -> None:
    assert not _only_harmless(text)


def test_no_smoke_word_is_no_harmless_smoke() -> None:
    assert not _only_harmless("魚を焼いたらおいしかった")


# blind28 (``HARMLESS_SMOKE``): cooking smoke set the alarm off, the alarm stopped.
BLIND28_CASES = [
    ("焼き魚の煙で警報器が鳴ったけど、すぐ止めた", "none"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_cooking_smoke_and_the_alarm_stopped(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind29a/b: smoke at a cookout (芋煮会, barbecue) is harmless; a fire spreading from it is not.
BLIND29_COOKOUT = [
    ("バーベキューで煙がすごかったけど楽しかった", "none"),
    ("芋煮会の煙がテントに燃え移った", "119"),
]


def test_blind29_cookout_smoke_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_COOKOUT)


@pytest.mark.parametrize(("text", "number"), BLIND29_COOKOUT)
def test_blind29_cookout_smoke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind31 (helper A31): smoke laughed at is harmless, unless a fire or distress is told after it.
def test_smoke_laughed_at_is_harmless() -> None:
    assert _only_harmless("花火に火をつけたら煙がすごくて笑った")
    assert not _only_harmless("ろうそくから煙が出て笑ってたらカーテンに燃え移った")


@pytest.mark.parametrize(("text", "number"), [("花火に火をつけたら煙がすごくて笑った", "none"),
                                              ("ろうそくから煙が出て笑ってたらカーテンに燃え移った", "119")])
def test_blind31_smoke_laughed_at(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# V33 (round 33): smoke that smoking food explains (the nasal が put back made a transcript of it a fire); a fire
# told after it still counts.
SMOKING_FOOD = [("台所から煙が出てますが、燻製を作ってるところです", "none"),
                    ("けむりが出てますが、くんせいを作ってるとこです", "none"),
                    ("燻製を作っていたら煙が出て、小屋に燃え移った", "119")]


@pytest.mark.parametrize(("text", "number"), SMOKING_FOOD)
def test_smoke_from_smoking_food(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
    assert _only_harmless(text) == (number == "none")


# Round 45 (wide47): river mist on a cold morning likened to smoke (けあらし) is no fire; smoke from a house by the
# river, or a likeness followed by burning, still is.
ROUND45_RIVER_MIST = [
    ("寒い朝は川面から煙みたいなのがもくもく出てる、あれ何?", "none"),
    ("朝、川から煙みたいな霧が立ってきれい。写真を撮れる場所はありますか", "none"),
    ("沼さ煙っこみでえなのたってる、けあらしだべか。見に行げる場所ある?", "none"),
    ("川の向こうの家から白い煙が上がってる", "119"),
    ("川のそばの小屋から煙みたいなのが出てて、燃えてる", "119"),
]


def test_round45_river_mist_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_RIVER_MIST)


@pytest.mark.parametrize(("text", "number"), ROUND45_RIVER_MIST)
def test_round45_river_mist_is_no_smoke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (blind23a/b): smoke from food cooked, told with its taste or as a little, and a game (げーむ devoices to
# けむ, smoke) are no fire; a fire put out and the room aired by the writer keeps the classifier quiet. Cooking that
# ends in flames or smoke that will not clear still alarms.
COOKING_CASES = [
    ("網で焼いたさんまおいしかった、煙ちょっと出たけど", "none"),
    ("魚を焼いたら煙が少し出たけど換気扇回してる", "none"),
    ("天ぷら油が焦げて臭い、火は消したし換気扇も回してる", "none"),
    ("あたらしい げーむ たくさん でた", "none"),
    ("さんまを焼いてたら煙がすごくて火が出た", "119"),
    ("火を消したのに煙が止まらない、窓から黒い煙", "119"),
    ("ゲームしてたら部屋に煙が入ってきた", "119"),
]


def test_cooking_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COOKING_CASES)


@pytest.mark.parametrize(("text", "number"), COOKING_CASES)
def test_cooking_smoke_a_game_and_a_fire_put_out(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: a candle blown out and its wisp of smoke is harmless; smoke filling a room after it still alarms.
CANDLE_CASES = [
    ("ろうそくを吹き消したら煙が出て孫が喜んだ", "none"),
    ("誕生日のキャンドル吹き消したら煙がちょっと出た", "none"),
    ("ろうそくの火を消したら煙がもくもく出て部屋中が真っ白", "119"),
]


def test_candle_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CANDLE_CASES)


@pytest.mark.parametrize(("text", "number"), CANDLE_CASES)
def test_a_candle_blown_out_is_harmless_smoke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind25's final score: smoke from straw or husks burnt in the fields, or explained by a wood stove in use, is
# harmless; the same fires spread, or a stove with a fire coming out, still alarm.
BLIND25_SMOKE = [
    ("来週もみ殻を焼くつもりですが、煙が出ても大丈夫でしょうか", "none"),
    ("うちの田んぼでわらを燃やしたら、煙が国道の方に流れてしまった。苦情は来るかな", "none"),
    ("向かいの家から朝晩けむりが出てるけど、薪ストーブを焚いているらしい", "none"),
]
BLIND25_SMOKE_STILL = [
    ("稲わらを焼く煙がすごいと思ったら、火が納屋に燃え移ってる", "119"),
    ("煙がひどいので見たら、薪ストーブを使っていた部屋の壁が燃えてる", "119"),
]


def test_blind25_smoke_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND25_SMOKE + BLIND25_SMOKE_STILL)


@pytest.mark.parametrize(("text", "number"), BLIND25_SMOKE + BLIND25_SMOKE_STILL)
def test_blind25_straw_and_wood_stove_smoke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
