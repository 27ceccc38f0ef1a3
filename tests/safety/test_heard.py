"""A speech recogniser's slips of key words are put back in their frame, and only there (other wordings than the
transcripts the slips were counted on)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.heard import SLIPS, prepare, repair, slips_in
from safety.normalize import views
from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

PUT_BACK = [
    # 腫れ heard 晴れ/張れ: after a body part, or after a knock
    ("蚊に刺されたところが晴れてかゆい", "ところが腫れて"),
    ("足首がぱんぱんに晴れてきた", "足首がぱんぱんに腫れて"),
    ("ドアに指を挟んで、だいぶ張れている", "だいぶ腫れて"),
    # 血 heard 地 before bleeding words
    ("鼻から地がだらだら出てる", "鼻から血がだらだら"),
    ("膝を擦りむいて地がにじんでる", "血がにじんで"),
    # 口座 heard 講座 beside a bank or crime word
    ("銀行の人を名乗る電話で講座の暗証番号を聞かれた", "口座の暗証番号"),
    ("講座が凍結されると言われた", "口座が凍結"),
    # 咳 heard 席/石/責任
    ("夜になって席がひどくなってきました", "咳がひどく"),
    ("責任が止まらないんです", "咳が止まらない"),
    # めまい heard 目前
    ("朝から目前が続いています", "めまいが続いて"),
    # 見当たらない heard 見あったらない; 避難 heard きなん/気なん, 避難所 heard ひなちょ
    ("財布が見あったりません", "見当たりません"),
    ("どこに気なんすればいいですか", "避難すれば"),
    ("早めにきなしたいです", "避難したい"),
    ("近くのひなちょはどこ", "ひなんじょ"),
    # 川 heard かま before a river's words; ばあちゃん heard バーチャン, 父 heard チッチ; 先輩 heard 先体
    ("子供がかまで泳いでいて", "川で泳いで"),
    ("バーチャンが帰ってこない", "ばあちゃんが"),
    ("チッチが転んだ", "父が転んだ"),
    ("先体が倒れた", "先輩が倒れた"),
    # 病院 heard ぼいん/ぼういん/防衣
    ("夜でも開いてるぼういんってありますか", "病院って"),
    ("防衣に連れて行くべきか", "病院に連れて"),
    # compounds heard as other kanji
    ("上水機の契約をやめたい", "浄水器の契約"),
    ("スポーツクラブを開約したい", "解約したい"),
    ("法務販売で羽毛布団を買った", "訪問販売"),
    ("冒者が何度も来る", "業者が"),
    ("女節機で指を切った", "除雪機で"),
    ("階段版で見ました", "回覧板で"),
    ("娘が急急急迷子の試験に受かった", "救急救命士の試験"),
]

UNCHANGED = [
    "今日は晴れてきたので散歩に行きます",  # weather, no knock before it
    "土地が売れない",  # 地 inside a word
    "地下の駐車場が暗い",
    "市民講座に申し込みたい",  # a lecture
    "パソコン講座はいつですか",
    "会議の席が足りない",  # a seat
    "責任者と話したい",
    "試合は目前に迫っている",
    "何気なしに見ていた",
    "鎌で草を刈っていたら手を切った",  # a sickle (no river word after it)
    "ヘルパーさんを頼みたい",
    "消防車を見学したい",
    "浄水場の見学",
    "開店時間を教えてください",
    "階段で転んだ",
    "救急救命士になりたい",
    "ぼうしをなくした",  # a hat
    "語音の研究をしている",
    "息子が迷子になった",
]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


def test_prepare_folds_width_case_and_katakana_only() -> None:
    assert prepare("ＡＴＭ、バーチャン！") == "atm、ばーちゃん!"


def test_every_slip_names_its_cause() -> None:
    assert {cause for cause, _, _ in SLIPS} <= {"homophone", "mora", "compound"}


def test_the_views_read_the_repaired_text() -> None:
    assert views("足首が晴れてきた").written == views("足首が腫れてきた").written
    assert views("講座番号を教えてしまった").reading == views("口座番号を教えてしまった").reading


HEARD_DECISIONS = [
    # a transcript's slip no longer hides the line (other wordings than the phrase set)
    ("祖母の家の近くの川があふれそうです。どこに気なんすればいいですか", "disaster", AFTERNOON),
    ("警察を名乗る人から講座の暗証番号を教えろと電話がありました", "#9110", AFTERNOON),
    ("夫が台所で転んで頭から地がどくどく出てる", "119", AFTERNOON),
    ("市民講座の申し込みはどこでできますか", "none", AFTERNOON),
]


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in HEARD_DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), HEARD_DECISIONS)
def test_a_repaired_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
