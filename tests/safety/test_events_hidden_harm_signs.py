""":mod:`safety.events_hidden_harm_signs`: harm told sideways or seen from outside - an overdose told by its amount,
a poison taken on purpose or its emptied bottle with a farewell, a shaken baby, a strangling with signs after, a
person barely answering, a fall with twitching, a person vanished at a water channel (119); a small child shut out in
the cold and a crossing's barrier up while its bell rings (110); a pension taken under threat (#9110); a paid tip or
match service that did not deliver (188). An overdose told calm stays 119. Round 47 (wide49b).

Tellings written for this test (plain, casual, senior, kana, tohoku, indirect) and look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # an overdose told by its amount, the person calm
    ("彼女が睡眠薬をシートごと全部飲んだってLINEしてきた。今は普通に話せてるけど", "119"),
    ("おばあちゃん、風邪薬ひと箱ぜんぶ飲んでしもうたって言うとる", "119"),
    ("むすこが いたみどめを ぜんぶ のんだって いってる", "119"),
    ("兄貴が痛み止め30錠くらいまとめて飲み込んだらしい、本人はけろっとしてる", "119"),
    ("妹っこが薬一箱飲んでしまったって、なんともねえって笑ってっけど", "119"),
    # a poison or medicine taken on purpose, or its emptied bottle with a farewell or a sign
    ("父が物置で農薬をわざと飲んだみたいで、のどが痛いと苦しんでいます", "119"),
    ("祖母が睡眠薬を自分で飲んだらしく、ごめんねと書いたメモがありました", "119"),
    ("兄の部屋に睡眠薬の空き瓶と「ごめん」ってメモ。本人は床に座ってぼんやりしてる", "119"),
    ("草枯らしの空き瓶が転がってて、おやじがげえげえ吐いでる", "119"),
    # a baby shaken hard, then vomiting, limp or drowsy
    ("泣きやまなくて赤ちゃんを思いきり揺さぶってしまった。それから吐いてぐったりしてる", "119"),
    ("あかちゃん つよく ゆさぶっちゃった はいて ないてくれない", "119"),
    ("夫が娘を揺さぶってたんです、そのあとから目がとろんとして反応が鈍くて", "119"),
    # strangled, with signs after
    ("母が父に首を絞められて、一瞬気を失ったそうです。今は声がかすれて吐き気があると言っています", "119"),
    ("友達が彼氏に首しめられて落ちたって、今ガラガラ声で吐いてる", "119"),
    ("くびを しめられた あねが はいてる こえが でない", "119"),
    # a person barely answering (and the time since a funeral is no topic)
    ("一人暮らしのおじいさん、何日も食べてないみたいで、声をかけても返事がほとんどない", "119"),
    ("隣のばあちゃん、布団さ寝たまんまで、呼んでも返事がかすかだ", "119"),
    ("おとなりの おばあさん やせて うごけない へんじが ほとんど ない", "119"),
    ("夫の葬式からずっと何も食べない母が、今朝から起き上がれず呼んでも返事がかすかです", "119"),
    # keeled over and jerking
    ("親父が酒抜いてから震えがひどくて、今ひっくり返ってガクガクしてる", "119"),
    ("ばあちゃんがいきなりひっくりかえってビクビクしてっちゃ", "119"),
    # vanished at a water channel, only the tools left or the water heard
    ("用水路で草刈りしてた父の姿が見えなくなりました。鎌だけが落ちています", "119"),
    ("川で釣りしてたじいさんの姿が消えて、竿だけ浮いてる", "119"),
    ("りゅうせつこうで ゆきすてしてた おじさんの すがたが きえた すこっぷだけ のこってる", "119"),
    # a small child shut out in the cold
    ("隣の子が雪の中、裸足で外に締め出されて泣いてる。親は出てこない", "110"),
    ("向かいの家の玄関先で、パジャマの小さい子がずっと泣いてる。寒いのにドアが開かない", "110"),
    ("となりの べらんだに ちいさいこ しめだされて ないてる ゆき ふってる", "110"),
    # a crossing's barrier up while its bell rings
    ("踏切で警報が鳴ってるのに遮断機が下りてこない！車がどんどん渡ってる", "110"),
    ("踏切の遮断機あがったまんまで、警報カンカン鳴ってんのに車通ってっぺ", "110"),
    # look-alikes: a course finished, a what-if, a novel, rubbish, a daily dose, a warning, a drama, a sulk, one hard
    # of hearing, an animal, a caller locked out, a crossing told as news
    ("処方された痛み止めは全部飲んだので、次の受診はいつがいいですか", "none"),
    ("風邪薬を一箱全部飲んだらどうなるんですか", "none"),
    ("小説で主人公が睡眠薬を一箱飲んでしまう場面を書いています", "none"),
    ("鎮痛剤の空き箱は何ごみで出せばいいですか", "none"),
    ("母は毎朝自分で薬を飲んでいます", "none"),
    ("赤ちゃんを揺さぶられっ子症候群にしないための注意点を教えて", "none"),
    ("赤ちゃんを強く揺さぶってしまいましたが、吐いてもいないし、ぐったりもしていません。大丈夫でしょうか", "#7119"),
    ("ドラマで首を絞められて気を失う場面が怖かった", "none"),
    ("息子は反抗期でLINEの返事もほとんどない", "none"),
    ("祖父は耳が遠くて呼んでも返事がかすかです", "none"),
    ("猫がひっくり返ってピクピクしてる", "none"),
    ("鍵を忘れてベランダに締め出されちゃった、寒い", "none"),
    ("昨日、踏切の遮断機が上がったまま警報が鳴ってるのにと聞いて怖かった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [case for case in CASES if case[1] in {"119", "110"}])
def test_decides_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# A pension or money taken under threat (#9110) and a paid tip or match service that did not deliver (188).
CONSULTATION_CASES = [
    ("高齢の父の年金を、同居の孫が毎月脅して取り上げているようです。どこに相談すればいいですか", "#9110"),
    ("息子が来るたびに、年金から小遣いを出せと怒鳴るんです。断ると物を投げるのでこわくて", "#9110"),
    ("おらほのばあちゃん、年金の日になっと孫が来て金よこせって。断っと怒鳴るっちゃ", "#9110"),
    ("としよりの おやの ねんきん あにが まいつき おどして とりあげてる そうだん したい", "#9110"),
    ("競輪の予想サイトに入会金10万払ったのに一つも当たらない、返金させたい", "188"),
    ("婚活サービスに60万払ったけど誰とも会えなかった。解約して返してほしい", "188"),
    ("けいばの よそうやに おかね はらった のに ぜんぜん だめ かえして ほしい", "188"),
    # look-alikes: a family's money kept with no threat, asking which agency to choose, a hobby's tips
    ("母の年金は兄が管理して、通帳も兄が持っていってます。家計の相談をしたい", "none"),
    ("結婚相談所ってどこがおすすめですか、費用が高いのは避けたい", "none"),
    ("競馬の予想は楽しいけど、払ったお金以上に勝てたことはない", "none"),
    # a stranger demanding money now stays 110
    ("いま知らない男が家に来て、ばあちゃんに金出せって脅してる", "110"),
]


def test_consultation_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CONSULTATION_CASES)


@pytest.mark.parametrize(("text", "number"), CONSULTATION_CASES)
def test_consultation_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
