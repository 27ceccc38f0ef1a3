"""wide46's situation kinds (:mod:`safety.events_household_signs`), on tellings written for these tests in several
styles, not phrases of the set: a pregnant woman bleeding heavily or her belly hard with pain, a sudden head pain with
vomiting again and again, a snake bite with fast swelling or faintness, a plant eaten in mistake for a vegetable with
several vomiting, a road cover gone, a threat to stab or kill today, a small child crying for hours with no adult, a
jaw out of place, shingles, a ring stuck on a swollen finger, a reaction to hair dye, floaters in an eye, a used car
broken down with the dealer refusing, a restoration bill after moving out, and an inspector the company does not
know. The same words without the danger are not: light spotting, a hangover, a harmless snake seen, a leek bought
for chives, a manhole card, a threat of years ago, one's own child crying at night, a shingles vaccine, an inspection
notice, and 尻に火がつく (a deadline)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 119: a pregnant woman bleeding heavily, or her belly hard with strong pain
    ("妊娠7か月の娘が、急に下から血がどんどん出てきて止まりません", "119"),
    ("にんぷの よめが ちが いっぱい でてる おなか いたいって", "119"),
    ("身重の嫁が腹かちかちになって、すんごく痛がってる", "119"),
    ("臨月近い妻、お腹が板みたいに硬くなって痛がってる、妊娠36週", "119"),
    ("妊娠9ヶ月 出血多い 腹痛い", "119"),
    # 119: a sudden head pain with vomiting again and again, also likened to a blow
    ("父が急に頭が割れるように痛いと言って、何度も吐いてます", "119"),
    ("とつぜん あたまが いたいって いって なんども はいてる", "119"),
    ("母が突然、後頭部をハンマーで殴られたような痛みと言ったあと、吐き続けています", "119"),
    ("義母が急に頭を抱えて倒れこみ、吐き続けています", "119"),
    # 119: a snake bite with fast swelling, faintness or a cold sweat
    ("山で蛇に足をかまれて、みるみる腫れてきた", "119"),
    ("へびに かまれた て が どんどん はれて きもちわるい", "119"),
    ("畑で何かに噛みつかれで、見だら蛇だった。くらくらするっちゃ", "119"),
    ("庭で草取り中、へびに手をかまれた。冷や汗が出てきた", "119"),
    # 119: a plant eaten in mistake for a vegetable, then several vomiting or someone limp
    ("山菜だと思って採った草を食べたら、夫と私が吐き続けて、夫はぐったりしています", "119"),
    ("ニラと間違えて庭の葉っぱを炒めて食べた、家族みんなゲーゲー吐いてる", "119"),
    ("ぎょうじゃにんにくだとおもって たべたら みんな はいてる じいじ へんじ ない", "119"),
    # 110: a road cover gone, a hole to fall in
    ("家の前の道路のマンホールの蓋が外れてて、穴があいてる。車が来たら危ない", "110"),
    ("そっこうの ふたが なくなってて よる くらくて ひとが おちそう", "110"),
    ("側溝のフタずれでで、自転車落っこちそうだっちゃ", "110"),
    ("夜道の側溝、蓋がなくなってて人が落ちそう、真っ暗", "110"),
    # 110: a threat to stab or kill, today or now
    ("息子のスマホに「今日学校帰りに殺してやる」ってメッセージが来た", "110"),
    ("むすめに きょう ほうかご さしてやるって らいん きた", "110"),
    ("これから行って刺してやるって電話が元夫から来ました", "110"),
    ("元彼から「今夜家に行って殺してやる」とLINEが来た", "110"),
    # 110: a small child crying for hours, no adult heard
    ("隣のアパートから小さい子の泣き声が朝からずっとしていて、親の気配がない", "110"),
    ("となりの へやで あかちゃんが なんじかんも ないてる おとなの こえ しない", "110"),
    ("上の階で小さな子が何時間も泣いてて、大人の声がまったくしない", "110"),
    # #7119: a jaw out of place
    ("あくびしたらあごが外れたみたいで口が閉まらない", "#7119"),
    ("あごが はずれた くち とじない どこの びょういん", "#7119"),
    ("顎外れたっぽい、しゃべれない", "#7119"),
    ("顎が外れて口がふさがらない、どこで診てもらえますか", "#7119"),
    # #7119: shingles
    ("脇腹にぶつぶつが帯状に出てピリピリ痛い", "#7119"),
    ("帯状疱疹かもしれない、背中の片側に水ぶくれ", "#7119"),
    ("背中の右側だけに帯状に水ぶくれが出て痛む母", "#7119"),
    # #7119: a ring stuck on a swollen or darkening finger
    ("指輪が抜けなくて指がぱんぱんに腫れてる", "#7119"),
    ("ゆびわが とれない ゆびが むらさき", "#7119"),
    ("結婚指輪が食い込んで取れない、指先が紫になってきた", "#7119"),
    # #7119: a reaction to hair dye
    ("白髪染めしたら顔が腫れてかゆい", "#7119"),
    ("ヘアカラーしてから頭がかゆくてぶつぶつが出た", "#7119"),
    ("毛染めしたら顔がぱんぱんに腫れてきた", "#7119"),
    # #7119: floaters in an eye since this morning
    ("けさから めのまえを くろい むしが とんでる", "#7119"),
    # 188: a used car broken down soon, the dealer refusing
    ("中古の軽を買って2週間でエンジンが壊れたのに、販売店が保証しないと言う", "188"),
    ("ちゅうこしゃ かって すぐ こしょう した おみせ なおして くれない", "188"),
    ("中古で買った車が1か月で故障、お店に言っても保証はないと取り合ってくれない", "188"),
    # 188: a restoration bill after moving out
    ("退去したら管理会社から30万円の請求が来ました", "188"),
    ("アパートを出たら大家に畳代とか払えって言われた、高すぎる", "188"),
    ("引っ越したあと大家さんから壁紙代で高額な請求書が届きました", "188"),
    # #9110: an inspector the company does not know
    ("水道の検針だという男の人が家に入ろうとした。水道局に聞いたら予定はないって", "#9110"),
    ("でんきの てんけんって ひとが きた でんりょくがいしゃは しらないって", "#9110"),
    ("電気の点検に来たっつう人、電力会社さ電話したら頼んでねえって言われだ", "#9110"),
]

NOT_THESE = [
    ("妊娠12週ですが、おりものに少し茶色い血が混じっていました。受診したほうがいいですか", "#7119"),
    ("妊娠中の血圧の手帳はどこでもらえますか", "none"),
    ("二日酔いで急に頭が痛くて何度も吐いた、薬局で何を買えばいい", "#7119"),
    ("庭でアオダイショウを見かけました。かまれないか心配です", "none"),
    ("へびに噛まれないようにするにはどうしたらいいですか", "none"),
    ("ニラだと思って買ったらネギでした。料理に使えますか", "none"),
    ("水仙の球根はいつ植えればいいですか", "none"),
    ("マンホールの蓋のデザインカードはどこでもらえますか", "none"),
    ("去年、兄弟げんかで「殺してやる」と言われたことがあります", "#9110"),
    ("帯状疱疹の予防接種はいくらですか", "none"),
    ("ガスの点検の予定表が回覧で回ってきました", "none"),
    ("ガスの点検は何年ごとですか", "none"),
    # a deadline idiom, not a fire; a fire is still one
    ("仕事の締め切りで尻に火がついてる、残業届はどこに出せば", "none"),
    ("ケツに火ついてんだわ、レポート明日まで。図書館あいてる？", "none"),
    ("台所の鍋から火がついてカーテンに燃え移った", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_household_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): goods delivered broken, the shop and the carrier blaming each other or refusing to replace them:
# the consumer line (188); a dent with the contents fine, or a replacement made, stays quiet.
ROUND51_DELIVERED_BROKEN = [
    ("通販で頼んだ花瓶が届いたら割れてて、店は配送会社の責任って言うし配送会社は取り合ってくれない", "188"),
    ("ねっとで かった おさらが われて とどきました おみせも はいそうも こうかん してくれません", "188"),
    ("届いた荷物の箱が少しへこんでたけど、中身は無事でした", "none"),
    ("宅配の荷物が潰れて届いたけど、すぐ交換してくれました", "none"),
]


def test_round51_delivered_broken_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_DELIVERED_BROKEN)


@pytest.mark.parametrize(("text", "number"), ROUND51_DELIVERED_BROKEN)
def test_round51_delivered_broken(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a visitor claiming a role of trust (a welfare volunteer, the city office, a care manager) who
# asks about savings or the bank: the police consultation (#9110); a real volunteer's visit stays quiet.
ROUND51_ROLE_CLAIMED = [
    ("市役所の福祉課の者だという男の人が来て、うちの預金はどこの銀行か聞いていきました", "#9110"),
    ("しやくしょの ひとだって いう ひとが きて ちょきんの ことを きいて いきました", "#9110"),
    ("民生委員さんが来て、一人暮らしの見守りについて話を聞いていきました", "none"),
]


def test_round51_role_claimed_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_ROLE_CLAIMED)


@pytest.mark.parametrize(("text", "number"), ROUND51_ROLE_CLAIMED)
def test_round51_role_claimed(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51: a sudden blow of a bat or a hammer as a likeness is the worst headache told by its idiom (119), even with
# the word 頭痛 lost; a film likened to one stays quiet.
ROUND51_BLOW_LIKENESS = [
    ("父が突然ハンマーで叩かれたような痛みって言ってうずくまってる", "119"),
    ("ばあちゃん いきなり ばっとで なぐられたみたいな いたみって あたま かかえてる", "119"),
    ("バットで殴られたような衝撃の映画だった", "none"),
]


def test_round51_blow_likeness_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_BLOW_LIKENESS)


@pytest.mark.parametrize(("text", "number"), ROUND51_BLOW_LIKENESS)
def test_round51_blow_likeness(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
