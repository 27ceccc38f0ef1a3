"""The situations met outdoors of :mod:`safety.events_outdoor_signs` (wide46b's kinds), on tellings written for
these tests in several styles, not phrases of the set: a collapse told by the posture and a limp body, a person down
after lightning, a worker buried at works, a chemical leak with people affected, cattle loose on a road, stones thrown
at cars, someone not back from the mountains after dark, a road caved in, a car in a field with no one hurt, frostnip,
yesterday's collision with the neck aching today, a heat illness with drinking still possible, tyres punctured and
crops stolen again and again. The same words without the danger are not: yoga, lightning that stopped a television,
milk, a road sign, skipping stones, a what-if, someone back safe, tyres due for a change, crops eaten by monkeys, a
hat or a rod swept away."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: a person collapsed, told by the posture and the body gone limp
    ("マラソン大会のゴール手前で、ランナーの男性が崩れるように倒れて、呼びかけても反応がありません", "119"),
    ("じょぎんぐしてた おばあさんが うつぶせで たおれてて へんじが ない", "119"),
    ("駅伝の中継所で選手が膝から崩れて、そのまま動かねえんだ", "119"),
    ("公園の芝生でおじいさんが仰向けになって、目を開けません、息してないみたい", "119"),
    # 119: a person down after lightning
    ("雷が落ぢだあと、田んぼの畦道で爺さま倒れでで、動がねえ", "119"),
    ("ごるふじょうで らくらい ひとが たおれてる", "119"),
    ("落雷があって、野球場の外野で高校生がうつ伏せに倒れています。意識がありません", "119"),
    # 119: a worker buried when a trench or a bank collapsed
    ("側溝の工事で土手が崩れて、作業員の人が胸まで埋まってます", "119"),
    ("下水工事のみぞのかべがくずれて ひとが うもれてる", "119"),
    ("工事現場で土砂崩れ、親方が首まで埋まっちまった", "119"),
    # 119: a chemical leaking from an overturned tanker, people affected
    ("国道でトラックが横転して、積み荷の薬品が漏れてる。近くの人がせき込んで、目が痛いって", "119"),
    ("たんくろーりーが じこで なにか もれてて のどが いたい ひとが いっぱい", "119"),
    ("タンクローリー横転して、油みてえなの流れ出て、運転手さん座り込んでる", "119"),
    # 110: cattle or horses loose on a road
    ("国道4号の真ん中に牛が二頭歩いてて、車が急ブレーキかけてる", "110"),
    ("けんどうに うしが でてる よるで みえにくい", "110"),
    ("バイパスさ、べこ逃げ出してうろうろしてんだ、あぶねえ", "110"),
    ("道路に馬が一頭出てきて、車道をふらふら歩いています", "110"),
    # 110: stones or things thrown or dropped at passing cars
    ("陸橋の上から子どもたちが下を走る車にボールを投げつけてる、いま", "110"),
    ("こどもが ほどうきょうから くるまに いしを なげてる", "110"),
    ("高校生が歩道橋から車めがけてペットボトル落としてる", "110"),
    # 110: someone gone into the mountains, not back after dark
    ("じいちゃん、朝から山菜採りに山さ入ったきり、暗ぐなっても帰ってこねえ、電話も出ね", "110"),
    ("母がきのこ採りに山へ行ったまま戻ってきません。もう夜で、携帯もつながりません", "110"),
    ("やまに たけのこ とりに いった ちちが かえって こない よるに なった", "110"),
    # 110: a road caved in with cars catching it
    ("交差点の手前で道路が陥没して、タイヤが穴にはまった車が何台も止まってる", "110"),
    ("どうろが かんぼつしてて くるまが おちそう", "110"),
    ("道が大ぎぐ沈んで穴になってで、軽トラの前輪落っこぢだ", "110"),
    # 110: a car gone into a field or a ditch, no one hurt
    ("農道から車ごと用水路に落ちてしまいました。けがはありません", "110"),
    ("くるまが だつりんして たんぼに おちた けがは ない", "110"),
    ("軽トラ、ハンドルとられで畑さ突っ込んだ、けがはねえ", "110"),
    # #7119: frostnip after snow clearing or skiing
    ("雪かきしてたら指先が白くなって感覚がないです。病院に行ったほうがいいですか", "#7119"),
    ("スキーのあと、足の指が紫色になって感覚がありません", "#7119"),
    ("ゆきかきのあと みみが しろく なって かんかくが ない", "#7119"),
    # #9110: tyres punctured or let down again and again
    ("駐車場で車のタイヤに釘を刺されるのがもう3回目です。どこに相談すれば", "#9110"),
    ("また タイヤの くうきを ぬかれてた これで 4かいめ", "#9110"),
    ("軽トラのタイヤ、まだぺちゃんこにされでだ、先週も同じだった", "#9110"),
    # #9110: crops or a stall's takings stolen again and again
    ("畑の野菜がまた盗まれました。今年で三回目です", "#9110"),
    ("むじんはんばいの りょうきんばこが また からっぽ", "#9110"),
    ("作業小屋の米袋が毎年なぐなるんだ、今年もまた", "#9110"),
    # #7119: the neck aching the day after a collision (110 for one told now)
    ("おととい追突事故にあって、今日になって首から肩が張って痛いです", "#7119"),
    ("きのう くるまに ぶつけられて けさから くびが いたい", "#7119"),
    ("昨日の事故のあと、朝起きたら首が回らねえ、しびれはねえ", "#7119"),
    ("いま追突されて、首が痛いです", "110"),
    # #7119: a heat illness told with drinking still possible (119 when not)
    ("炎天下で草むしりしてたら頭が痛くて少し吐き気、水は飲めてます。熱中症でしょうか", "#7119"),
    ("ねっちゅうしょう かも あたまが いたい みずは のめてる", "#7119"),
    ("部活のあと熱中症っぽくて頭痛い、スポドリは飲めてる、病院行くべき?", "#7119"),
    ("草刈りのあと熱中症みたいで、水も飲めなくてぐったりしてる", "119"),
    # 119: a person swept away with a float, or only a float left where a child swam
    ("浮き輪ごと子どもが流されてる", "119"),
    ("川で浮き輪だけが流れてきた、さっきまで泳いでた子が見えない", "119"),
]

NOT_THESE = [
    ("ヨガのクラスで仰向けになって、しばらく動かないでリラックスします", "none"),
    ("雷が鳴って停電して、テレビが動かない", "none"),
    ("昨日の雷で、うちのパソコンが動かなくなりました。修理はどこに", "none"),
    ("牛乳がまた値上がりしていて困ります", "none"),
    ("牧場で牛が道の真ん中まで出てきて、写真撮りました", "none"),
    ("国道に「牛に注意」の標識があるのはなぜですか", "none"),
    ("川に石を投げて水切りして遊んでた", "none"),
    ("もし山菜採りで帰りが遅くなったら、どこに連絡すればいいですか", "none"),
    ("山菜採りに行った父が、暗くなる前に無事帰ってきました", "none"),
    ("来週、田んぼの脇の用水路にガードレールをつけてほしい", "none"),
    ("スタッドレスタイヤの交換時期はいつごろですか", "none"),
    ("畑の野菜がまた猿に食べられて、なくなってしまった", "none"),
    ("雪かき用の手袋はどこで買えますか", "none"),
    ("釣りしてたら竿流されちまった、どっかで見つかんねえべか", "none"),
    ("かわで ぼうしを ながされた どこに とどけが でてるか しりたい", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), CASES + NOT_THESE)
def test_outdoor_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): a skid into a field with no vehicle named, or with the driver out and on foot - the police (110),
# no drowning; someone still in it, or hurt once out, stays 119.
SKID_CASES = [
    ("凍った坂でスリップして畑に落ちた、けがはないけど車が道にはみ出してる", "110"),
    ("軽トラが脱輪して田んぼに落ちた。じいさんは降りて歩いてるけど、荷台が道ふさいでる", "110"),
]
SKID_ALARMS = [
    ("車がスリップして用水路に落ちた、中にまだ人がいる", "119"),
    ("軽トラが田んぼに落ちて、父が降りて歩いていたら急に倒れた", "119"),
]


def test_round51_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SKID_CASES + SKID_ALARMS)


@pytest.mark.parametrize(("text", "number"), SKID_CASES + SKID_ALARMS)
def test_a_skid_into_a_field_is_the_police_unless_someone_is_hurt_or_in_it(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54): a fence, its wire or a net cut again and again (電気柵の線がまた切られて, ネットを二回も切られた):
# the police consultation line; cut by deer or a typhoon is not.
FENCE_CASES = [
    ("畑の獣よけネットを今月もう二回も切られた、相談したい", "#9110"),
    ("はたけの でんきさくの せんが また きられてた 3かいめ", "#9110"),
]
FENCE_QUIET = [
    ("鹿に畑のネットを何度も切られて困る", "none"),
    ("電気柵の線が台風で切れた、補助金はある？", "none"),
]


def test_round52_fence_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FENCE_CASES + FENCE_QUIET)


@pytest.mark.parametrize(("text", "number"), FENCE_CASES + FENCE_QUIET)
def test_a_fence_cut_again_and_again(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 54: a straw hat or a sandal swept away with words between, or told after as what the river took, is a thing
# (none); a child in a straw hat swept away is a drowning (119).
THING_SWEPT_AWAY = [
    ("麦わら帽子が風で飛ばされて川に流されちゃった", "none"),
    ("さっき子どもの麦わら帽子が川に流されていきました", "none"),
    ("川さ流されでった麦わら帽子、拾えねがった", "none"),
]
CHILD_SWEPT_AWAY = [
    ("麦わら帽子の子が川に流されてる", "119"),
    ("孫が川に流された、帽子だけ見つかった", "119"),
    ("子どもが浮き輪に乗ったまま沖に流されていく", "119"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THING_SWEPT_AWAY + CHILD_SWEPT_AWAY)


@pytest.mark.parametrize(("text", "number"), THING_SWEPT_AWAY + CHILD_SWEPT_AWAY)
def test_a_hat_swept_away_is_a_thing_and_a_child_in_one_is_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# a farm's fuel or batteries taken again and again (round 54, wide56b), and a price paid
FARM_STORES_TAKEN = [
    ("畑に置いてるトラクターの軽油が、先月から何回も抜き取られてます", "#9110"),
    ("こやの ばってりーが また ぬすまれた これで さんかいめ", "#9110"),
    ("ハウスの灯油、何度も抜がれでんだ。どごさ言えばいいべ", "#9110"),
    ("燃料が何回も抜かれたみたいに減るけど、燃費が悪いだけですか", "none"),
]


def test_farm_stores_taken_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FARM_STORES_TAKEN)


@pytest.mark.parametrize(("text", "number"), FARM_STORES_TAKEN)
def test_farm_stores_taken_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
