"""Signs seen on the skin or the eyes (:mod:`safety.events_skin_signs`; round 48, kinds earlier rounds left alone), on
tellings written for these tests in several styles, not phrases of the set: jaundice (the whites of the eyes or the
skin turned yellow, with a swollen belly or not) is the advice line (#7119); a tick bitten into a child's skin is the
advice line by day (#7119) and the night line at night (#8000), even with the child told fine. Yellow things worn, a
pet's eyes, a tick on clothes or a pet, and keeping ticks off are not."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

JAUNDICE = [
    ("母の肌が黄色くなってお腹が膨れてきた", "#7119"),
    ("おっとの めが きいろくて おなかが はってる", "#7119"),
    ("黄疸が出てお腹が張ってます", "#7119"),
    ("酒好きの父、この頃白目が黄色っぽくて腹ばっかりふくれでんだ", "#7119"),
    ("えっと 兄の 目の 白いところが 黄色くて お腹も 張ってて", "#7119"),
    ("最近、主人の顔色が黄色いように見えまして、お腹も出てまいりました", "#7119"),
    # not jaundice
    ("黄色い帽子をかぶった子が川に落ちた", "119"),
    ("みかんを食べすぎて手が黄色い", "none"),
    ("うちの猫の目が黄色い", "none"),
]

TICK_BITES: list[tuple[str, str, datetime]] = [
    ("5歳の娘の頭にダニがくっついてる", "#7119", DAY),
    ("息子の首にマダニが食いついてる、どうしよう", "#7119", DAY),
    ("孫の頭さダニっこついでだ", "#7119", DAY),
    ("こどもの あたまに ダニが ついてる", "#7119", DAY),
    ("子どもの髪にダニがついているのを見つけました", "#7119", DAY),
    ("娘の頭皮にマダニがいて取れません", "#8000", NIGHT),
    ("息子の耳の後ろにダニが吸い付いてる 夜だけど", "#8000", NIGHT),
    ("夜に孫の脇の下にマダニが吸い付いているのに気づきました。孫は元気にしております", "#8000", NIGHT),
    # not a bite on a person
    ("犬の耳にダニがついてた", "none", DAY),
    ("布団のダニ退治の方法を教えて", "none", DAY),
    ("ダニ対策のスプレーは子どもの肌に使っても大丈夫ですか", "none", DAY),
    ("山から帰ったら上着にダニがついてたので外で払った", "none", DAY),
]


def test_skin_sign_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(JAUNDICE + [(text, number) for text, number, _ in TICK_BITES])


@pytest.mark.parametrize(("text", "number"), JAUNDICE)
def test_jaundice_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number", "now"), TICK_BITES)
def test_a_tick_bitten_into_the_skin_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


# Round 49: a hernia that no longer goes back in (wide50's father, read 110 as a person not coming back) is the
# advice line; a person not back stays 110, and a hernia told as a treatment or a topic stays quiet.
HERNIAS = [
    ("父の脱腸が今日はいくら押しても戻らない。ちょっと痛がってる。病院行った方がいい？", "#7119"),
    ("じいちゃんの脱腸、押しても戻らねぐなって痛えって言ってる", "#7119"),
    ("赤ちゃんのでべそが押しても戻らなくなって、少し赤い", "#7119"),
    ("足の付け根のふくらみが横になっても戻らなくなりました。痛みは少しです。", "#7119"),
    ("そけいぶの へるにあが もどらない すこし いたい", "#7119"),
    # a person not back, a hernia only named
    ("父が散歩に出たまま戻らない、もう三時間", "110"),
    ("ヘルニアの手術を受けた父が病院から戻らない、連絡もつかない", "110"),
    ("ヘルニアの手術は何科ですか", "none"),
    ("腰のヘルニアで病院に通ってます", "none"),
]

# Round 49: a speck in an eye, the eye red but still seeing (blind49b's wood splitter, read 119 by the n-gram), is the
# advice line - the eye told still seeing quiets the classifier (the calm closure ``still_seeing``); a thing caught
# sight of, a pet's eye and a way to keep specks out stay quiet.
SPECKS = [
    ("草刈りしてたら目に木くずが入って、ゴロゴロして涙が止まらない。見えてはいる", "#7119"),
    ("夫がグラインダー使ってたら鉄粉が目に入ったみたいで、目が真っ赤です", "#7119"),
    ("めに すなが はいって あかい みえるけど いたい", "#7119"),
    ("孫が砂場で遊んでて、砂が目に入ったと泣いております。目が赤くなっておりますが、見えてはいるようです", "#7119"),
    ("めに ごみ はいった あかい なみだ とまらない", "#7119"),
    # not a speck in a person's eye
    ("ゴミ箱が目に入ったので片付けた", "none"),
    ("目に入れても痛くないほど孫がかわいい", "none"),
    ("犬の目にゴミが入ったみたい", "none"),
    ("目にゴミが入らないようにゴーグルは必要ですか", "none"),
]


def test_round49_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HERNIAS + SPECKS)


@pytest.mark.parametrize(("text", "number"), HERNIAS)
def test_a_hernia_that_does_not_go_back_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SPECKS)
def test_a_speck_in_an_eye_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_an_eye_still_seeing_closes_the_classifier() -> None:
    found = find(views("木くずが目さ入って赤ぐなってる、見えではいる"))
    assert "speck_in_eye" in found.events
    assert "still_seeing" in found.closures


# round 51 (wide53b): anything splashed into an eye, rinsed, still stinging or red, seeing: the advice line; a
# chemical with sight lost stays 119.
ROUND51_EYE_RINSED_STILL_SORE = [
    ('草刈り中に泥水が目に入った。洗ったけどまだしみて赤い、見えてはいる', '#7119'),
    ('めに すなみずが はいって あらったけど ひりひり します', '#7119'),
    ('漂白剤が目に入って洗ったけど何も見えない', '119'),
]


def test_round51_eye_rinsed_still_sore_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_EYE_RINSED_STILL_SORE)


@pytest.mark.parametrize(("text", "number"), ROUND51_EYE_RINSED_STILL_SORE)
def test_round51_eye_rinsed_still_sore(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a tick told with a plain ついてた or as a small bug biting in,
# and something unnamed that flew into an eye at work, are the advice line.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("草むしりのあと、すねにマダニついてた。取っていい？", "#7119", DAY),
    ("夫の背中に小さな虫が食いついて取れません", "#7119", DAY),
    ("溶接してたら何か飛んだみたいで、片目が開けられないほど痛い", "#7119", DAY),
    ("なんか めに はいって めを あけると いたい", "#7119", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_ticks_and_specks_told_plainly_are_the_advice_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
