"""wide48's advice kinds that fell to none or to an emergency number (:mod:`safety.events_small_mishaps`), on
tellings written for these tests in several styles, not phrases of the set: a cold burn from dry ice, a red white of
the eye, a lens lost behind the eyelid, a needlestick from rubbish, a cement burn, a heel that snapped, a splinter
left in, a glow stick bitten open. The same words with nothing happened are not: where to buy dry ice, how to put
lenses in, how to throw needles away, how to mix cement."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # a cold burn from dry ice
    ("ドライアイスを素手でつかんでしまって、指先が白くなってジンジンします。病院に行くべきですか", "#7119"),
    ("どらいあいす さわったら ゆびが まっしろで いたい", "#7119"),
    ("ドライアイス握ったっけ、手のひら水ぶくれになったのっしゃ", "#7119"),
    # the white of an eye turned red
    ("今朝から右の白目が真っ赤です。痛くはありません。眼科に行くべきですか", "#7119"),
    ("しろめが あかく なってる いたくない", "#7119"),
    ("白目さ血ぃ溜まったみでぐ赤ぐなってんだ、目は見えっけど", "#7119"),
    # a lens lost behind the eyelid
    ("ソフトコンタクトが目の裏に回って取れません、ゴロゴロします", "#7119"),
    ("ハードレンズがまぶたの裏に回ったみたいで取れない", "#7119"),
    ("こんたくとが どこかに いって めが ごろごろ する", "#7119"),
    # a needlestick from rubbish
    ("ゴミの分別中に注射針が手に刺さりました。誰が使ったものかわかりません", "#7119"),
    ("ごみぶくろの なかの はりが ゆびに ささった こわい", "#7119"),
    ("病院の施設で働いてます。使用済みの針がゴミ袋から出てて、指に刺さりました", "#7119"),
    # a cement burn
    ("モルタルを素手でこねていたら、手のひらの皮がむけてヒリヒリします", "#7119"),
    ("せめんとが くつに はいって あしが あかく ただれてる", "#7119"),
    # a heel that snapped
    ("フットサル中にアキレス腱のところがブチッて音がして、つま先立ちができません", "#7119"),
    ("かかとの うえを けられた みたいな かんじが して つまさきで たてない", "#7119"),
]

NIGHT_CASES = [
    # a child's splinter left in, a glow stick bitten open: the night line for children
    ("夜の練習で息子の膝に床のとげが刺さって、抜けないまま皮膚の下に残ってます", "#8000"),
    ("こどもの てに ささくれが ささって ぬけない", "#8000"),
    ("娘がお祭りで買ったサイリウムをかじって割ってしまい、液が口に入りました", "#8000"),
    ("孫が光る棒ば噛んで、中の汁っこ口さ入ったみてえだ", "#8000"),
]

NOT_THESE = [
    ("ドライアイスはどこで買えますか", "none"),
    ("コンタクトレンズの正しい入れ方を教えてください", "none"),
    ("使用済みの注射針の捨て方を教えてください", "none"),
    ("セメントの練り方と乾く時間を知りたいです", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NIGHT_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_small_mishaps_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_small_mishaps_of_children_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
