"""wide48's missed kinds (:mod:`safety.events_public_place_signs`, and the topic and setting readings mended with
them), on tellings written for these tests in several styles, not phrases of the set: a stranger going round a
school, an unattended package with wires and a beeping sound, a person walking on a railway line or bridge, cable
cut and loaded at night, a drunk customer seizing staff, a road-works signal out with cars from both ends, fumes
with someone left inside, a festival float toppled onto a person, something driven into a leg with the clothes
soaked in blood, and a welding fire an extinguisher did not put out. The same words without the danger are not: a
crime-prevention drill, a lost charger, track workers, a contractor at work, a drunk friend asleep, a signal out
last week, a haze with everyone out, a float's schedule, a
wound in a drama, a bus sickness with the head spinning."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 110: a stranger inside a school or nursery
    ("中学校の事務の者です。知らない男の人が校舎に入り込んで、廊下から教室をのぞいて回っております", "110"),
    ("いま幼稚園に見知らぬ男が入ってきて、園内うろうろしてる 声かけても帰らない", "110"),
    ("ほいくえんに しらない おとこが はいってきて きょうしつを のぞいてる", "110"),
    ("学校さ知らねえ男入り込んで教室ば一づずつのぞいで回ってんだ", "110"),
    # (an errand told as the setting, どう見ても not a "what to do": round 46 readings)
    ("参観日に来ていましたら、どう見ても部外者の男が教室に入り込んで回っています", "110"),
    ("戸籍の手続きで支所に来ていますが、隣の窓口で男の人が刃物を出して怒鳴っています", "110"),
    # 110: an unattended package with wires and a beeping or ticking sound
    ("バス停のベンチの下に段ボール箱があって、コードが出てて、カチカチ音がしてます", "110"),
    ("こうえんの といれに かばんが おいてあって せんが でてて ぴっぴって おとが する", "110"),
    ("公民館のロビーに誰のかわからない紙袋があり、中から配線がのぞいて電子音が鳴っております", "110"),
    ("駅のトイレにリュック置きっぱなし 配線見えてて時計みたいな音してる", "110"),
    ("まつりの テントの なかに はこが あって コードが でてて カチカチ いってる", "110"),
    # 110: a person walking on a railway line or bridge
    ("いま線路の中をおばあさんがふらふら歩いて駅の方へ行ってます", "110"),
    ("てっきょうの うえを おとこの ひとが あるいて わたってる", "110"),
    ("鉄橋の枕木の上、じいさんが渡ってんだ、汽車来っぞ", "110"),
    # 110: cable or materials cut and loaded at night by strangers
    ("深夜の資材置き場で、知らない男たちが銅線を切ってトラックに積んでいます", "110"),
    ("まよなかに ソーラーの ところで ケーブルを きって くるまに つんでる ひとが いる", "110"),
    ("夜中に現場さ知らねえ車来て、工具ば積み込んでる、いま", "110"),
    # 110: a drunk customer throwing things or seizing staff
    ("酔ったお客さんがビール瓶を投げて、店員の胸ぐらつかんでます、早く来て", "110"),
    ("よっぱらいが みせで いすを なげて あばれてる いま", "110"),
    # 110: a road-works signal out, cars coming in from both ends
    ("工事中の仮設信号が消えてて、両方から車が入ってきて鉢合わせしてます", "110"),
    ("こうじの かりの しんごうが ついてなくて たいこうしゃと むかいあってる", "110"),
    # 119: fumes or a haze with someone still left inside
    ("倉庫から変な臭いのガスが出てて、中にまだ一人残ってるって", "119"),
    ("こうじょうから しろい もやが でてて なかに ひとが のこってる", "119"),
    # 119: a festival float or portable shrine fallen onto a person
    ("神輿が石段で横倒しになって、担いでた人が下敷きになってます", "119"),
    ("だしが かたむいて たおれて こどもが したに はさまってる", "119"),
    ("山車ひっくり返って若ぇのが下さ挟まってる、持ぢ上がんねえ", "119"),
    # 119: something driven into a leg, the clothes soaked in blood
    ("作業中に鉄の棒が太ももに刺さって、ズボンが血でびっしょりです", "119"),
    ("くぎが あしに ささって ちが どくどく でてる", "119"),
    # 119: a welding fire an extinguisher did not put out (topic not read from the extinguisher)
    ("作業場で溶接の火花が段ボールに燃え移って、消火器かけたけど煙がまだ出てる", "119"),
]

NOT_THESE = [
    ("学校で不審者対応訓練があって、知らない男役の先生が教室に入ってきました", "none"),
    ("駅のベンチに充電ケーブルの入った袋が置いてあって、ピッと音がしました。落とし物はどこに届ければ", "none"),
    ("保線の作業員さんが線路を歩いて点検していました", "none"),
    ("業者さんが夜中に古い電線を外してトラックに積んでいました。工事のお知らせはありましたか", "none"),
    ("先週、工事の仮の信号が消えてて対向車とはち合わせしました。道路の管理者に伝えたいです", "none"),
    ("祭りの神輿が倒れないように担ぎ方を練習しています。集合時間は何時ですか", "none"),
    ("工場の点検で白いもやが出ましたが、全員無事に避難しました。報告書の出し方を教えてください", "none"),
    ("酔った友だちが店で寝てしまいました。タクシーはどこで呼べますか", "none"),
    ("ドラマで釘が足に刺さって血でぐっしょりになる場面があって怖かった", "none"),
    ("高速バスに酔ったのか、目が回って吐き気がします。病院に行くべきでしょうか", "#7119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_public_place_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
