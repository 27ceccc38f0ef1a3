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


# A drawer chemical (防虫剤, ナフタリン, 虫よけの玉) put in the mouth or bitten by an elder, told fine so far: a
# question for #7119 (the poisoning softened by safety.detect_cues.FINE_SO_FAR, the swallowing's weak word with it);
# with vomiting and limpness it stays 119; a precaution stays quiet. The same by day and at night (the elders are
# adults).
DRAWER_CHEMICAL_CASES = [
    ("母が、押入れの虫よけの玉をひとつ、口に入れてしまったようでして、すぐ吐き出させましたけれども、少し飲"
     "み込んだかもしれません。今のところ変わった様子はございません。", "#7119"),
    ("施設の利用者さんがクローゼットの防虫剤を口に入れていました。すぐ出させましたが、今のところいつもと変"
     "わらない様子です。受診したほうがいいですか", "#7119"),
    ("ばっちゃがタンスのナフタリンば口さ入れでだ。今んとこなんともねえみてえだけど、医者さ連れてったほうが"
     "いいべか", "#7119"),
    ("にんちしょうの ははが ぼうちゅうざいを かじって しまった。 いまのところ ふだんと かわりません。 びょ"
     "ういん いくべき ですか", "#7119"),
    ("父が防虫剤をかじってから、何度も吐いてぐったりしています", "119"),
    ("防虫剤を子どもが口に入れないよう、高い所にしまいました", "none"),
]


def test_drawer_chemical_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DRAWER_CHEMICAL_CASES)


@pytest.mark.parametrize(("text", "number"), DRAWER_CHEMICAL_CASES)
def test_drawer_chemical_decides_by_day_and_night(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    assert_decides(text, number, now=NIGHT)


# A wrong liquid put in the eye for eye drops (水虫の薬, 点耳薬, 湿布の液): a symptom for #7119 by day; a precaution
# or an ordinary sting of eye drops stays quiet.
WRONG_EYE_DROPS_CASES = [
    ("施設の利用者さんが、点耳薬を目薬と間違えて目に入れてしまいました。少し充血していますが、見えています", "#7119"),
    ("じいちゃんが目薬だと思って湿布の液ば目さ垂らしたんだと。目ぇ赤ぐなってしょぼしょぼしてる", "#7119"),
    ("ちちが めぐすりと まちがえて みずむしの くすりを めに さしました。 めが あかい です。", "#7119"),
    ("目薬と間違えないように、水虫の薬は別の箱にしまっています", "none"),
    ("目薬をさしたら少ししみました。いつものことです", "none"),
]


def test_wrong_eye_drops_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WRONG_EYE_DROPS_CASES)


@pytest.mark.parametrize(("text", "number"), WRONG_EYE_DROPS_CASES)
def test_wrong_eye_drops_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_wrong_eye_drops_of_a_child_at_night_is_the_night_line() -> None:
    assert_decides("夜遅くに、4歳の息子が目薬と間違えて姉のかゆみ止めの薬を目にさしてしまい、痛いと泣いています",
                   "#8000", now=NIGHT)


# Stones or eggs thrown at a care home's or a house's windows night after night, for weeks: the police consultation
# line (#9110), the throwing's police events dropped; thrown now with the man still there stays 110; a game, a pond
# or a playground stays quiet.
REPEATED_HARASSMENT_CASES = [
    ("ここ1か月、毎晩のように家の窓に小石が投げられます。犯人はわかりません。警察に相談できますか", "#9110"),
    ("よるになると だれかが うちの まどに たまごを なげてくる もう 2しゅうかん そうだん したい", "#9110"),
    ("保育園の窓に、夜中に石を投げつけられることが何度も続いています。警察に話したほうがいいですか", "#9110"),
    ("今、知らない男が施設の窓に石を投げつけて、ガラスが割れました！まだ外にいます", "110"),
    ("節分で毎年、豆まきのときに鬼に豆を投げます", "none"),
    ("毎日池に小石を投げて遊んでいます", "none"),
    ("毎日子どもたちが公園で石を投げて遊んでいて、ちょっと心配です", "none"),
]


def test_repeated_harassment_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REPEATED_HARASSMENT_CASES)


@pytest.mark.parametrize(("text", "number"), REPEATED_HARASSMENT_CASES)
def test_repeated_harassment_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
