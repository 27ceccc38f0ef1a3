"""wide47's missed kinds (:mod:`safety.events_seasonal_signs`), on tellings written for these tests in several styles,
not phrases of the set: fireworks fired at houses or people, fuel poured with a threat to set it alight, someone
angry at the door with a tool, a vehicle gone into water with a person unable to get out, a heater's flames flaring,
and a counted vehicle blocking the road. The same words without the danger are not: a fireworks rule, a kerosene
delivery, a shovel for the snow, a car pulled out of a canal, a heater lit, a road blocked yesterday."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 110: fireworks fired at houses, cars or people
    ("中学生が ロケット花火を 人に向けて 撃ってる、いま 公園で", "110"),
    ("いま そとで わかものが はなびを くるまに むけて とばしてる", "110"),
    ("若ぇ衆が打ち上げ花火ば家さ向げで撃ってんだ、今、窓さ当だった", "110"),
    ("只今、若い人たちが花火を通行人めがけて飛ばしております。危のうございます", "110"),
    ("いま花火こっちに向けて撃たれてる!ベランダに飛んできた", "110"),
    # 110: fuel poured, fire threatened
    ("いま隣のおじさんがうちの玄関にガソリンかけて、燃やしてやるって叫んでる", "110"),
    ("しらない おとこが いえの まえで とうゆを まいて らいたーを もってる", "110"),
    ("今、元夫が実家の前で灯油を撒いて、火をつけてやると怒鳴っております", "110"),
    ("物置さ油ぶちまげで、火ぃつけでやるってわめいでる男いる、今", "110"),
    # 110: someone angry at the door with a tool
    ("いま近所の男がバット持って玄関のドア蹴ってる、出てこいって", "110"),
    ("となりの ひとが いま くわを もって まどを たたいてる どなってる", "110"),
    ("隣の親父、今スコップ振り回して戸ば叩いでる、ぶっ殺すって", "110"),
    ("今しがた、向かいの方が鎌を持って玄関先で怒鳴っております", "110"),
    # 119: a vehicle gone into water, a person unable to get out
    ("車が川に落ちて、中の人がドアが開かないって叩いてる", "119"),
    ("けいとらが ようすいろに おちて うんてんせきの ひとが でられない", "119"),
    ("じいちゃんの軽トラ、堀さ突っ込んで水入ってきてる、中でじいちゃん出らんねえ", "119"),
    ("乗用車が池に転落しまして、運転席に女の方が乗ったまま沈みかけております", "119"),
    # 119: a heater's flames flaring and not stopping
    ("ストーブの火がぼうっと上がって消えない、天井焦げそう", "119"),
    ("すとーぶに がそりん いれちゃった ひが あがって とまらない", "119"),
    ("石油ストーブから炎が噴き出して、カーテンに移った", "119"),
    ("ファンヒーターの火が吹き上がって止まりません、どうすれば", "119"),
    # 110: a counted vehicle blocking the road
    ("いま坂の途中でトラック一台が道をふさいで動けなくなってる、後ろ詰まってる", "110"),
    ("凍結で二台が車線塞いで止まったまま、後続が突っ込みそう", "110"),
]

NOT_THESE = [
    ("ロケット花火を人に向けてはいけませんよね、公園で花火はできますか", "none"),
    ("花火は人に向けないでと子どもに言ってます。手持ち花火ができる公園はありますか", "none"),
    ("灯油を配達してもらえるお店を教えてください", "none"),
    ("スコップを持って玄関の雪かきをしていたら腰が痛くなりました", "#7119"),
    ("用水路に落ちた車は昨日レッカーで引き上げてもらいました。保険の手続きは", "none"),
    ("ストーブの火がなかなかつかないんですが、修理はどこに頼めば", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_seasonal_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
