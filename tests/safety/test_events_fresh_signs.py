"""After blind17's final score (:mod:`safety.events_fresh_signs` and the guards changed with it), on phrasings
not in the set: a fresh snatching and a person pulled towards a car are 110, blood running from a person is 119
(also in a collision), and so is a burn on the face with the eyes shut or from a blast; a guess about what is
happening (脳卒中ではないかと心配) does not cancel the signs; a body part "dead" (足死んでる), blood in a role or a
costume and a way of preventing something (つまらせない食べ方) are not emergencies."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: a snatching just now or with the thief near
    ("さっき駅前で母がひったくりにあいました、犯人は自転車で逃げていきました", "110"),
    ("スクーターの二人組にハンドバッグをひったくられた、まだその辺にいるはず", "110"),
    # 110: a person pulled towards or about to be put into a car
    ("公園の横で、男の人が小さい子の手をつかんで車のほうへ引っ張っていってる", "110"),
    ("しらない おとこのひとに くるまに のせられそう たすけて", "110"),
    # 119: blood running from a person; a collision with a person bleeding is 119, not 110
    ("交差点で自転車とトラックがぶつかって、自転車の人が血を流して倒れてる", "119"),
    ("孫が階段から落ちまして、おでこから血を流しております", "119"),
    # 119: signs happening, then a guess about them
    ("父が急に言葉が出なくなって、顔の半分が動かないみたい、脳梗塞じゃないかと不安です", "119"),
    # 119: a burn on the face with the eyes shut by it, or from a blast
    ("バーベキューの火が顔にかかって、息子が顔をやけどして目が開けられない", "119"),
    ("スプレー缶が爆発して、作業してた人が顔に火傷してる", "119"),
    ("ストーブの火が顔さかかって、ばあちゃん顔やけどして目ぇ開けらんねえ", "119"),
    # the guards below leave a dead person, and choking, an emergency
    ("祖母が布団の中で冷たくなってて、死んでるみたい", "119"),
    ("じいちゃんが餅をのどにつまらせて、顔が真っ青", "119"),
    # round 22: a liquid in the face and the eyes shut; blood told by its colour; the recogniser's 日 for 火
    ("作業場で 洗剤が 顔に はねて 目が あかないって 言ってる", "119"),
    ("父ちゃんが農作業の薬剤を顔さかぶって、目ぇ開けらんねえって", "119"),
    ("夫がお風呂から出てこなくて、浴室の床に真っ赤なお湯がひろがってる", "119"),
    ("えっと 二階の部屋から 日が出てます はやく", "119"),
    ("ストーブの 日が 消せないです 部屋が けむい", "119"),
]

NOT_EMERGENCY = [
    # a snatching long ago or asked about as prevention; a car towed; sweat and tears
    ("去年の春に駅前でひったくられたことがあって、今でも夜道が怖いです", "none"),
    ("ひったくり防犯の講習会はいつありますか", "none"),
    ("故障した車をレッカー車で引っ張っていってもらった", "none"),
    ("畑仕事で汗を流して気持ちよかった", "none"),
    ("卒業式でみんな涙を流していました", "none"),
    # a worry ahead, not a guess about now
    ("海に行く孫がおぼれないか心配です", "none"),
    # a small burn on the face, the eyes fine: advice
    ("フライパンの油がはねて顔を少しやけどしました、目は大丈夫です", "#7119"),
    # a way of doing something so that it does not happen, in kana and with kanji
    ("としよりが もちを のどに つまらせない くふう を しりたい", "none"),
    ("雪道で転ばない歩き方を教えてください", "none"),
    # a body part "dead" is tiredness; blood in a role or a costume
    ("引っ越しの荷物運びで腕が死んでる、でも終わった", "none"),
    ("部活の練習きつすぎて脚死んでるわ", "none"),
    ("孫がお遊戯会で血だらけの海賊の役をやってて可愛かった", "none"),
    ("息子がコスプレで血まみれのゾンビになってて笑った", "none"),
    # round 22: eye drops; rusty tap water; the sun coming out
    ("目薬をさしたら目が開けられないくらいしみた", "none"),
    ("久しぶりに水道をひねったら赤い水が出てきました。どこに連絡すればいいですか", "none"),
    ("雲が切れて山の向こうから日が出てきた、きれいだった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_EMERGENCY)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_fresh_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_EMERGENCY)
def test_the_same_words_not_happening_are_not_emergencies(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (the training writers' misses): cleaning agents mixed with no chlorine named, and someone coughing or sat
# down, is toxic gas (119); asked about, it is not.
MIXED_CASES = [
    ("台所で洗剤を二種類混ぜちゃって、母がむせて咳が止まらない", "119"),
    ("せんざい まぜたら めが いたくて せきが とまらない", "119"),
    ("洗剤を混ぜてはいけないのはなぜですか", "none"),
]


def test_mixed_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MIXED_CASES)


@pytest.mark.parametrize(("text", "number"), MIXED_CASES)
def test_cleaning_agents_mixed(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): a chemical splashed over the face and the eyes (顔と目に飛び散って), the eyes shut, is a chemical
# injury; a splash with the eyes open is not.
@pytest.mark.parametrize(("text", "number"), [
    ("漂白剤が顔と目に飛び散って目が開けられない", "119"),
    ("せんざいが めと かおに とびちって めが あけられません", "119"),
    ("洗剤が顔に飛び散ったけど、すぐ洗って目も普通に開けられます", "none"),
])
def test_round53_a_splash_over_the_face_and_eyes(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
