""":mod:`safety.events_overheard_signs`: trouble read from what one hears, smells or glimpses - water running for
hours where one lives alone and nobody answers, a chemical smell with several coughing, splashing and a call from a
river, a child shut in a freezer (119); glass broken in a closed shop with a light inside, an old person astray at
night in night clothes, someone heard in the ceiling space, a car's alarm with men at its door, oil spilled across a
road (110); voicemails, a light or dead animals again and again (#9110), a supplier switched (188), sandbags (disaster),
a smell only oneself notices, ringing ears, black stools, stitches asked about (#7119); a neighbour's idling car and a
grill's smoke stay quiet. Round 48 (wide50b).

Tellings written for this test (plain, casual, kana, indirect) and look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # water running for hours where one lives alone, nobody answering
    ("上の部屋からシャワーの音が朝からずっと止まらないし、天井から水がしみてきた。"
     "上は一人暮らしのおばあさんで、チャイムを押しても出てこない", "119"),
    ("うえの へやの おふろの みずの おとが ずっと とまらない。ひとりぐらしの おじいさん よんでも へんじ ない", "119"),
    ("二階のばあちゃん一人暮らしなんだけど、風呂の水出しっぱなしみたいで天井から水垂れてくる 叩いても返事ない", "119"),
    # a sharp chemical smell, several coughing, one short of breath
    ("工場のプール掃除で薬品みたいな刺激臭がして、作業員が何人も咳き込んでて、"
     "一人はしゃがみこんで息ができないって", "119"),
    ("学校のプールで塩素くさいにおいが急にして、生徒たちがゲホゲホ咳してる。一人ぜーぜーして苦しそう", "119"),
    # splashing and a call from a river, a bicycle or sandals left, nobody seen
    ("夕方、川沿いの道にサンダルが片方残ってて、川の中からバシャバシャって音と叫び声がした。暗くて姿が見えない", "119"),
    ("かわの どてに じてんしゃが たおれてて かわから ばしゃばしゃ おとと たすけてって こえ", "119"),
    # a child shut in a fridge or a trunk, knocking, the lid stuck
    ("物置の古い冷蔵庫の中から子どもの泣き声とトントン叩く音がする。扉が開かない", "119"),
    ("むすこが かくれんぼで トランクに はいって なかから どんどん たたいてる。ふたが あかない", "119"),
    # glass broken at night where nobody should be, a light moving inside
    ("夜中の2時、閉店したはずの向かいのコンビニでガラスが割れる音がして、中でライトが動いてる", "110"),
    ("隣の空き家、留守のはずなのに窓ガラスが割れる音して、中で懐中電灯の光がゆれてる", "110"),
    # an old person astray at night in night clothes, unable to say a name or a home
    ("夜中に駅のベンチに裸足のおばあさんがいて、名前も住所も言えないんです", "110"),
    ("寝間着のおじいちゃんがうちの前をうろうろしてて、どこから来たのか聞いても分からないって。夜中です", "110"),
    # footsteps or rustling and a cough in the ceiling space or the storeroom, nobody else at home
    ("一人暮らしなのに天井裏から足音がして、さっき咳払いも聞こえた", "110"),
    ("私しかいないのに物置からゴソゴソ音がして、くしゃみが聞こえた", "110"),
    # a car's alarm while men work at its door
    ("駐車場で車のアラームが鳴ってて、男が二人、運転席のドアを工具でこじ開けようとしてる", "110"),
    # oil spilled across a road, a scooter already skidded
    ("道路にオイルが広がってて、さっきスクーターが滑って転んだ。車はまだ通ってる", "110"),
    # look-alikes: a noise complaint, a neighbour away, a pool's usual smell, children playing in a river, a broken
    # fridge to throw away, glass found broken in the morning, a shop tidied at night, an old man well, mice, one's own
    # car, oil spilled in a garage or a stain asked about (tap water smelling of chlorine stays a question: #7119)
    ("上の階のお風呂の水の音がずっとしてうるさいです。騒音の相談はどこにすればいいですか", "none"),
    ("天井から水が垂れてきました。上の階の人は出張で留守です。管理会社の連絡先は", "none"),
    ("プールの塩素のにおいが強くて目がしみる。子どもたちもいつも言ってるけど大丈夫なの", "none"),
    ("水道水がカルキくさくて、家族みんな咳してる気がする。飲んで平気？", "#7119"),
    ("夏休み、川で子どもたちがバシャバシャ遊んで、笑い声がにぎやか。自転車が並んでる", "none"),
    ("古い冷蔵庫のふたが開かないんですが、粗大ごみに出せますか", "none"),
    ("閉店後にお店のガラスが割れていました。朝見つけました。修理業者を探しています", "none"),
    ("夜中、隣の店でシャッターを閉めて懐中電灯で片付けしてた", "none"),
    ("パジャマのおじいさんが毎朝ラジオ体操してて元気", "none"),
    ("天井裏からネズミの足音がするんです。駆除業者はどこに頼めば", "none"),
    ("車のアラームが鳴ったけど、自分の車の鍵を閉じ込めただけ", "none"),
    ("車のオイル交換で床にオイルがこぼれた。落とし方を教えて", "none"),
    ("交差点のオイルの染み、市役所に言えば消してもらえますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [case for case in CASES if case[1] in {"119", "110"}])
def test_decides_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Consultation lines, advice and disaster: the #9110, 188, #7119 and disaster kinds, the closures' look-alikes and
# real alarms told in the same settings.
OTHER_CASES = [
    # voicemails again and again from an unknown number, knowing one lives alone; a light shone in night after
    # night; dead animals left at the door again
    ("この一か月、何度も知らない番号から留守電が入ってて、"
     "「一人で住んでるの知ってる」って男の声。どこに相談したら", "#9110"),
    ("非通知の着信が毎晩あって、留守番電話に「家知ってるぞ」って残されてる", "#9110"),
    ("ここ二週間、毎晩だれかが寝室の窓にライトを当ててくる。気味が悪い", "#9110"),
    ("まいにち よるに まどに れーざーの ひかり あてられる。もう なんにちも", "#9110"),
    ("この一か月で何度も、ポストに死んだ鳥が入れられてます。気味が悪いです", "#9110"),
    ("げんかんに しんだ ねずみが なんども おかれてる。いやがらせ だと おもう", "#9110"),
    # a power or gas supplier switched without consent
    ("ガスの契約がいつの間にか別の会社に切り替わってた。戻したい", "188"),
    ("検針の人だと思って明細を見せたら、勝手に電力会社が変えられてた", "188"),
    # sandbags asked for with the water rising
    ("大雨で庭に水がたまってきた。土嚢ってどこでもらえますか", "disaster"),
    ("どうろの みずが あふれてきた。どのう どこで くばってますか", "disaster"),
    # a smell only oneself notices, ringing ears, black stools, a cut whose stitches are asked about, a jump down
    # from a ladder (no self-harm)
    ("最近ずっとガスみたいなにおいが自分にだけする。家族は誰もにおわないって。何科に行けば", "#7119"),
    ("コンサートのあと、耳がジーンとして聞こえにくいままです", "#7119"),
    ("きのうから便が真っ黒でタールみたい。少しだるいです", "#7119"),
    ("包丁で指を切った。血は止まったけどぱっくりしてる、縫ったほうがいい？", "#7119"),
    ("脚立から飛び降りたら膝をひねった。歩けるけど腫れてる。病院行くべき？", "#7119"),
    # look-alikes: a cat's gift, a street lamp, a mother's messages, choosing a supplier, a class, mending trousers,
    # a dog's stools, a neighbour's car warmed up every morning, a grill's smoke, a flask
    ("うちの猫が何度も玄関に死んだネズミを持ってくるんです", "none"),
    ("毎晩、街灯の光が寝室の窓に当たってまぶしい。市役所に相談できますか", "none"),
    ("留守電に母から何回もメッセージが入ってた", "none"),
    ("電気の会社を変えたいんですが、どこが安いですか", "none"),
    ("土のうの作り方の講習会はいつですか", "none"),
    ("ズボンの破れたとこ縫ったほうがいい？", "none"),
    ("犬の便が黒い", "none"),
    ("お向かいさんが冬の朝は毎日アイドリングしてて、排気ガスがくさい。どこに言えばいい", "none"),
    ("土曜になると隣で焼き肉のにおいと煙がもくもく。洗濯物が干せない", "none"),
    ("今日は水筒の水がぬるい", "none"),
    # real alarms told in the same settings still fire: a man limp in his garage, a restaurant's black smoke, waters
    # broken, a jump from a bridge, a fall from a truck bed with no answer
    ("毎朝、隣の車庫から排気ガスのにおいがしてきて、今日はご主人が車の中でぐったりしてる", "119"),
    ("焼肉屋の裏から黒い煙がもくもく出てる！", "119"),
    ("妻が破水しました", "119"),
    ("友達が橋から飛び降りた！", "119"),
    ("軽トラの荷台から飛び降りたら頭を打って、呼んでも返事がない", "119"),
]


def test_other_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OTHER_CASES)


@pytest.mark.parametrize(("text", "number"), OTHER_CASES)
def test_other_kinds_decide_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
