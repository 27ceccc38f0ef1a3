"""A small burn told by what happened (:mod:`safety.events_first_aid`), on tellings not in the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Round 43 (kinds41's oil spatter, helper A65; the coordinator's label decision): a small burn with a real hurt now,
# asked about how to treat it at home, is advice (#7119; a child's at night #8000), not none.
SPOTTED_BURN_CASES = [
    ("鍋さ手ぇ触って赤ぐなったっちゃ、冷やしとげばいいべか", "#7119"),
    ("ストーブに手ついちゃって指先が赤い。冷やしてるけど他になんかしたほうがいい？", "#7119"),
    ("えっと フライパン に 指 が ちょっと 触れて 赤く なって ひりひり する ん です けど 何 塗れば",
     "#7119"),
    ("アイロンにうっかり指が触れまして、赤くなっております。何を塗ればよろしいでしょうか", "#7119"),
    ("あぶら はねた て が ひりひり あかい", "#7119"),
    ("妻が餃子を焼いていて、油が腕に跳ねて赤くなったと言っています。水ぶくれはありません。", "#7119"),
]
# Not a hurt: a glowing stove, fireworks admired, a tip asked about with no one hurt.
SPOTTED_BURN_NEGATIVES = [
    ("ストーブが赤く光ってて手をかざすとあったかい", "none"),
    ("花火に手を伸ばしたら火花が赤くてきれいだった", "none"),
    ("揚げ物で油がはねて手が赤くならないコツってありますか", "none"),
]


def test_spotted_burn_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SPOTTED_BURN_CASES + SPOTTED_BURN_NEGATIVES)


@pytest.mark.parametrize(("text", "number"), SPOTTED_BURN_CASES + SPOTTED_BURN_NEGATIVES)
def test_a_small_burn_told_by_what_happened_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_childs_small_burn_at_night_is_8000() -> None:
    text = "夜9時、4歳の娘がストーブに手をついて、手のひらが赤くなっています。冷やしていますがどうすれば"
    assert_decides(text, "#8000", now=NIGHT)


def test_the_burn_is_found_as_spotted_burn() -> None:
    assert "spotted_burn" in find(views("油がはねて手の甲に赤い点ができた、ヒリヒリする")).events


# Round 45 (blind46a: 日焼けしすぎて背中ヒリヒリ、水ぶくれもできてきた, #7119): sunburn with blisters is a hurt to ask
# about; sunburn alone, or blisters to avoid, stay quiet.
SUNBURN_BLISTERED_CASES = [
    ("海で日焼けして、肩に水ぶくれがいくつかできてしまいました。冷やしておけばよいでしょうか", "#7119"),
    ("ひやけで うでに みずぶくれ できた", "#7119"),
    ("畑仕事で日に焼けで、首さ水ぶぐれでぎだっちゃ", "#7119"),
    ("昨日のプールで日焼け、今朝見たら背中に水ぶくれ", "#7119"),
    ("日焼けで水ぶくれにならないようにするには何を塗ればいいですか", "none"),
    ("日焼けサロンに行って肌がきれいに焼けました", "none"),
]


def test_sunburn_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SUNBURN_BLISTERED_CASES)


@pytest.mark.parametrize(("text", "number"), SUNBURN_BLISTERED_CASES)
def test_sunburn_with_blisters_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_blisters_are_found_as_sunburn_blistered() -> None:
    assert "sunburn_blistered" in find(views("日焼けで背中に水ぶくれができた")).events
