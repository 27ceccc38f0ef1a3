""":mod:`safety.events_young_and_frail_signs`: a harmful thing (a button battery, a detergent pod, a sheet of
tablets) swallowed with a grave sign after it, and a small child or a frail elder limp or drowsy after a fall or
vomiting (119); a wheelchair or pushchair stuck on a level crossing while its bell rings (110, the police first).
Round 48 (wide50).

Tellings written for this test (plain, casual, senior, kana, tohoku, indirect) and look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    ("保育園で1歳の子がリモコンのボタン電池を飲み込んだみたいで、よだれがだらだら出て胸を押さえて泣いてます", "119"),
    ("むすこが ぼたんでんち のみこんだ みたい よだれ たらして むね おさえて ないてる", "119"),
    ("孫っこが食洗機の洗剤のジェルボールかじってしまって、なんかいも吐いでぜーぜー言ってんだ", "119"),
    ("じいちゃんの心臓の薬のシートが空になってて、3歳の娘が真っ青でぐったりしてる", "119"),
    ("母の睡眠薬を孫が口に入れたようで、冷や汗をかいて呼んでも目を開けません", "119"),
    ("ベッドから落ちた赤ちゃんが3回吐いて、目がとろんとしてぼーっとしてます", "119"),
    ("デイで転んだおじいさん、そのあと吐いて、くたっとして返事が鈍いんです", "119"),
    ("あかちゃん こうかんだいから おちて はいて くたっと してる", "119"),
    ("踏切でベビーカーの車輪が線路にはさまって抜けない、警報鳴り出した", "110"),
    ("ふみぎりで ばあちゃんの 車椅子が 立ち往生してっど、カンカン鳴ってっぺ", "110"),
    ("踏切の真ん中でシルバーカーのおばあさんが動けなくなってます、遮断機が下りてきた", "110"),
    ("子どもがボタン電池を飲み込まないように、リモコンのふたをテープでとめました", "none"),
    ("ジェルボール洗剤の誤飲を防ぐ方法を教えてください", "none"),
    ("赤ちゃんが眠くなると目がとろんとして、くたっと寄りかかってきます。かわいいです", "none"),
    ("酔っぱらった夫が階段で転んで、目がとろんとしてます。まあいつものことです", "none"),
    ("踏切の警報がうるさくて眠れません。車いすで渡るときは怖いです", "none"),
    ("老人ホームで踏切に車いすが挟まった想定の訓練をします", "none"),
    # a collision on a crossing with someone pinned is the body rules' 119; すぐ立って is no くたっと
    ("踏切でワゴン車と電車が衝突して、後ろの席に人が挟まって出られません", "119"),
    ("孫が公園で転んでちょっと泣いたけど、すぐ立って走っていきました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [case for case in CASES if case[1] in {"119", "110"}])
def test_decides_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
