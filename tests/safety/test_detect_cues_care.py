"""wide47b's false alarms read by :mod:`safety.detect_cues_care` (and the round's topic and caught-tube guards), on
tellings written for these tests in several styles, not phrases of the set: a person with dementia who says every
evening that someone is in the house or calls for help, a carer's hyperbole about themself while asking for respite,
a puzzle event whose players are locked in, an oxygen or suction tube caught. The real thing told besides (a fall,
blood, a broken window, a person gone, a stranger with no dementia, a carer's parent collapsed, a lift that traps)
still is an alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

QUIET = [
    # a person with dementia whose words of someone in the house or of help are told as a habit
    ("認知症のじいちゃん、夜になると「誰か庭にいる」って毎晩言う。見ても誰もいない。病院で相談できる？", "none"),
    ("にんちしょうの ははが まいばん どろぼうが いるって いいます だれも いません どこに そうだん すれば", "none"),
    ("ボケできたおふくろ、夕方になっと「助けでけろ」って叫ぶのが毎日なんだ。包括さ相談すっぺか", "none"),
    ("物忘れのひどい父が、このごろ毎晩「知らない女が台所にいる」と申します。かかりつけに相談すべきでしょうか", "none"),
    # a family carer's hyperbole about themself while asking for respite
    ("かいごで まいにち ねられなくて わたしが しにそう ショートステイ どこで もうしこむ", "none"),
    ("親の介護でこっちが倒れそう、デイサービス増やす相談ってどこ？", "none"),
    ("介護疲れでもう限界、死にそうだわ笑 レスパイトってどうやって使うの", "none"),
    # a puzzle or escape-room event, its players locked in
    ("だっしゅつげーむで へやに とじこめられるの こわくないですか なんさいから", "none"),
    ("リアル脱出ゲームって閉じ込められるんだよね、小学生でも申し込める？", "none"),
    ("謎解きイベントで部屋に閉じ込められる設定なんですが、車いすでも参加できますか", "none"),
    # a tube caught, not a person
    ("吸引器のチューブがベッドの隙間に挟まってただけで、機械はすぐ動きました", "none"),
    ("母の酸素のホースがドアに挟まってアラームが鳴ったけど、直したら止まって母は元気です", "none"),
]

STILL_ALARMS = [
    ("認知症の母が毎晩「助けて」と言うのですが、今夜は転んで頭から血が出ています", "119"),
    ("認知症の父が毎晩「泥棒がいる」と言っていたが、今夜は本当に窓が割れて知らない男がいる", "110"),
    ("認知症の母が毎晩徘徊するのですが、今夜は出て行って帰ってこない", "110"),
    ("介護してる母が急に倒れて意識がない", "119"),
    ("介護中の父が息ができなくて死にそう、救急車", "119"),
    ("エレベーターに閉じ込められて出られない、今", "119"),
    ("父の腕がベッドの柵に挟まって抜けない", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(QUIET + STILL_ALARMS)


@pytest.mark.parametrize(("text", "number"), QUIET + STILL_ALARMS)
def test_care_words_told(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 48 (wide50): an empty pushchair, wheelchair or cart gone into the water, the child or the person told out of it
# and safe - a thing, not a person drowning; with the child in it, swept away or a person fallen in, still 119.
EMPTY_CARRIER = [
    ("施設の空の車いすが風で転がって川に落ちました。利用者さんはみんな中にいて無事です。回収はどこに頼めば", "none"),
    ("からっぽのバギーが池さ落ぢでしまったっちゃ。孫は抱っこしてだがら何ともね。拾ってもらえるとこあっぺか", "none"),
    ("ベビーカーだけ水路に落ちちゃった、娘は乗ってなかった。引き上げってどこに頼むの", "none"),
    ("ベビーカーごと赤ちゃんが用水路に落ちました！沈んでます", "119"),
    ("ベビーカーが用水路に落ちて、中の赤ちゃんが見えない", "119"),
    ("車いすのおじいさんが用水路に落ちて、顔が水につかってる", "119"),
    ("ベビーカーが用水路に落ちて、赤ちゃんが乗ったまま流されてる", "119"),
    ("空のベビーカーを追いかけた息子が用水路に落ちて溺れてる", "119"),
]


def test_empty_carrier_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(EMPTY_CARRIER)


@pytest.mark.parametrize(("text", "number"), EMPTY_CARRIER)
def test_empty_carrier_in_the_water(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
