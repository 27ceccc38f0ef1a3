"""wide46c's missed emergencies read from what one hears, smells or sees (:mod:`safety.events_sensed_harm_signs`), on
tellings written for these tests in several styles, not phrases of the set: a rotten-egg smell with a warning note, a
sealed door or no answer; someone following one now; a person found hanging; a person gone under in water, or gone in
after an animal and not come up; a child heard pleading while being hit; bicycle locks being cut; a dog biting a
person with blood not stopping. The same words without the harm are not: a hot spring's sulphur smell, being followed
in a drama, abandoned bicycles removed, one's own lost key, one's dog bitten."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: a rotten-egg gas with a warning note, a sealed door or no answer
    ("向かいの部屋のドアに「硫化水素発生中」って貼り紙がしてあって、ゆで卵が腐ったみたいなにおいがする", "119"),
    ("となりの くるまの まどに きけん がすって かみが はってあって たまごの くさった においが する", "119"),
    ("隣の家の玄関、ガムテープでぐるっと目張りされてて、腐った卵みてえな臭いがすんだ。ノックしても返事ねえ", "119"),
    # 110: someone following one now
    ("いま えきから ずっと しらない おとこのひとが ついてきてる こわい", "110"),
    ("さっきから知らねえ車がずっとついてくるっちゃ、コンビニさ入っても外で待ってる", "110"),
    ("夜道で立ち止まると、後ろの人も立ち止まるんです。いま駅前の交番に向かってます", "110"),
    # 110: a child heard pleading while being hit
    ("となりの へやで こどもが いたい やめてって さけんでて なぐる おとが する", "110"),
    ("上の部屋から「ごめんなさい、ごめんなさい」って子どもの声と、叩かれてる音がずっとしてるんです", "110"),
    # 110: bicycle locks being cut
    ("駐輪場で知らない男がチェーンを切って、自転車を持っていこうとしてます", "110"),
    ("いま マンションの じてんしゃおきばで おとこが ワイヤーを きってる", "110"),
    # 119: a person found hanging
    ("物置でじいちゃんが梁にロープをかけて、ぐったりしてる。下ろしたけど顔が紫", "119"),
    ("むすこの へやで べるとが どあのぶに むすんであって むすこが うごかない", "119"),
    # 119: a person gone under in a river or the sea
    ("海で友達が沖に流されて、姿が見えなくなりました", "119"),
    ("ともだちが かわに はいって あたまが いちど ういたきり みえない", "119"),
    # 119: a person who went in after an animal or a thing and has not come up (round 58)
    ("猫がため池に落ちて、助けに入った主人が浮いてきません", "119"),
    ("いぬが ようすいろに おちて とびこんだ むすこが あがってこない", "119"),
    ("牛っこ追っかけて沼さ入ったじいちゃんが、上がってこねえのっしゃ", "119"),
    ("夫が犬を追って川に飛び込んで、そのまま浮かんできません", "119"),
    ("ボール拾いに池へ入った孫が、浮かんでこないんです！", "119"),
    # 119: a dog biting a person, the blood not stopping
    ("散歩中の大きい犬が子どもの足に噛みついて、血がたくさん出てる", "119"),
    ("よその いぬが はいたつの ひとに かみついて ちが とまらない", "119"),
]

NOT_THESE = [
    ("温泉街に来たら硫黄のにおいがして、ガス注意の看板がありました", "none"),
    ("ドラマで知らない男がずっとついてくる場面があって、怖かった", "none"),
    ("放置自転車の鍵を切って撤去するのは市役所ですか", "none"),
    ("自分の自転車の鍵をなくしたので、鍵を壊してもいいですか", "none"),
    ("洗濯物をロープにかけて干しています", "none"),
    # the animal's own not-surfacing, a rescue that came back, a dive at play (round 58)
    ("犬が用水路に落ちて、浮いてこないんです", "none"),
    ("父が飛び込んだんだけど、猫が浮いてこない", "none"),
    ("猫が池に落ちたけど、夫が飛び込んで抱えて上がってきました", "none"),
    ("プールで息子が飛び込みの練習してて、なかなか上がってこないって笑ってる", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), CASES + NOT_THESE)
def test_sensed_harm_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
