"""Round 17 (:mod:`safety.vocabulary_settled` and the context patterns of :mod:`safety.vocabulary`), on phrasings
not in the set: a scare resolved in the same message (looked and found it harmless, the person already about or
back, nothing damaged), a memory or an anniversary, a simile, a fallen thing to be cleared away, hearsay and help
received in the past are not emergencies - and the same words still are when the danger is there."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_calm import CALM
from safety.vocabulary_reassured import NOT_YET
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

NOT_EMERGENCY = [
    # looked, and it was harmless
    ("夜に玄関で物音がして覗いたら、風で植木鉢が転がった音だった", "none"),
    ("父が布団から出てこないので部屋を見に行ったら、もう畑に出て草むしりをしていました", "none"),
    ("庭に誰か倒れてるって孫が言うから出てみたら、倒れてたのはマネキンだった", "none"),
    ("娘が知らない男に話しかけられたと言うので確認したら、町内会長さんでした", "none"),
    ("裏で煙が上がってると聞いて行ってみたら、隣のおじさんが落ち葉を燃やしていただけでした", "none"),
    ("雷みたいな大きな音がして外を見てみたけど、誰もいなくて家も無事でした", "none"),
    # back home
    ("夕方から祖父の姿が見えなくて探していたら、夜になって自分で帰ってきました", "none"),
    ("隣の奥さんの姿が何日も見えず気になっていたら、旅行から戻ってきました", "none"),
    # a memory, an anniversary
    ("父が倒れた時のことを今でも時々思い出します", "none"),
    ("今日は祖母の命日で、溺れた日のことを家族で話しました", "none"),
    # a simile
    ("主人がソファで死んだように眠っています、よほど疲れたのね", "none"),
    ("じいちゃん息してないみたいに静かに寝てるけど、いびきかいてないだけ", "none"),
    # a fallen thing to be cleared away
    ("台風で倒れた物置を片付けてもらえる業者を知りませんか", "none"),
    ("大雪で倒れでだ車庫、市で片付げでけるべか", "none"),
    # hearsay; help received in the past
    ("近所で火事があったって話を聞いたんですけど、どこだったんでしょうか", "none"),
    ("川で人が溺れたという噂を聞きましたが本当ですか", "none"),
    ("先週、駅で倒れた時にすぐ駅員さんが助けてくれて、お礼を言いたいのですが", "none"),
]


STILL_EMERGENCIES = [
    ("母が起きてこないので見に行ったら、台所で倒れていました", "119"),
    ("物音がしたので見に行ったら、知らない男でした、まだ家の中にいます", "110"),
    ("見に行ったら、祖母がもう冷たくなっていました", "119"),
    ("見に行ったら父が息をしていませんでした", "119"),
    ("さっき夫が倒れて、自分の名前も思い出せないみたい", "119"),
    ("じいちゃんが息してないみたい、動かない", "119"),
    ("すぐ来てください、父が倒れました", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_EMERGENCY + STILL_EMERGENCIES)


@pytest.mark.parametrize(("text", "number"), NOT_EMERGENCY)
def test_resolved_remembered_or_figurative_is_not_an_emergency(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_EMERGENCIES)
def test_the_same_words_with_the_danger_there_are_emergencies(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18 (after blind18), other wordings: signs of life heard, harmless smoke, a scare resolved "it seems" (らしい).
ROUND_18_CASES = [
    # signs of life heard from someone out of sight for long (鼻歌, 歌ってる, 返事はある)
    ("主人がトイレに入ってもう30分も出てこないけど、中から歌ってるのが聞こえる", "none"),
    ("ばあちゃん風呂から1時間出でこねえけど、返事はちゃんとあるっちゃ", "none"),
    ("父がトイレから出てこなくて、返事はあるけど苦しいって言ってる", "119"),
    ("父が風呂から1時間出てこない、呼んでも返事がない", "119"),
    ("母がトイレから40分出てこなくて、中からうめき声だけ聞こえる", "119"),
    # smoke that is harmless by what gives it off, or by the taste that follows
    ("露天風呂の湯けむりがすごくて前が見えなかった", "none"),
    ("焼き芋の煙がいい匂い", "none"),
    ("煙の出ない花火ってどこで売ってますか", "none"),
    ("魚が焦げて煙だらけになったけど味はおいしかった", "none"),
    ("線香の煙かと思ったら、仏間のカーテンから煙が出てる", "119"),
    ("花火の煙かと思ったら、物置の屋根から火が出てる", "119"),
    # a scare resolved, "it seems" (…だったらしい, …だったみたい)
    ("裏口でガタガタ音がしたと思ったら、タヌキがゴミ箱をあさってたみたい", "none"),
    ("屋根の上で誰か歩いてると思ったら、ハクビシンだったらしいです", "none"),
    ("物音がしたと思ったら、知らない男が窓から入ってきたらしい", "110"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_18_CASES)
def test_round_18_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20 (eleventh session), other wordings: a scare told as over - a fright, then what it was; found after the
# turn; an almost-event with the person quite well now; cooking smoke aired out; a past event with the person about
# again now. And the same words with a real emergency, which must stay one.
ROUND_20_CASES = [
    # a fright, then what it was
    ("孫の顔が血だらけに見えてびっくりしたけど、ケチャップで遊んでただけだった", "none"),
    ("父が庭で動かないから慌てたけど、草むしりの途中で昼寝してたんでした", "none"),
    ("ベランダで娘が「痛い、助けて」って叫んでたけど、虫が出ただけでした", "none"),
    ("慌てたけど、見に行ったら父が倒れてて意識がない", "119"),
    ("焦ったけど、姉が血を流して倒れていた", "119"),
    # found after the turn
    ("スーパーで母とはぐれたけど、十分くらいでレジの近くで見つかりました", "none"),
    ("祭りの人ごみで息子を見失ったけど、迷子センターで見つかったよ", "none"),
    ("息子を見失って、まだ見つかりません", "110"),
    ("見失ったけど、川の中で倒れているのが見つかりました", "119"),
    # an almost-event, the person quite well now
    ("じいちゃんが飴を喉に詰まらせかけたけど、背中叩いたら出てきて、今はけろっとしてる", "none"),
    ("弟がプールで溺れかけましたが、すぐ引き上げられて今は元気に泳いでます", "none"),
    ("母が餅を喉に詰まらせかけたけど、まだ息ができなくて苦しそう", "119"),
    # cooking smoke aired out
    ("魚を焼きすぎて台所に煙が充満したけど、換気扇回したらすぐ消えました", "none"),
    ("フライパンを焦がして煙が出たが、窓を開けたら抜けた", "none"),
    ("フライパンを焦がして煙が出て、窓を開けたけど壁に火が燃え移った", "119"),
    # a past event, the person about again now
    ("おじは三年前に心筋梗塞で倒れたけど、今はピンピンして釣りに行ってる", "none"),
    ("去年父が倒れて入院したけど、今は毎朝歩いてるよ", "none"),
    ("去年も倒れた父が、今また倒れて動かない", "119"),
]


def test_round_20_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_20_CASES)
def test_round_20_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22 (blind22): a hurt or a symptom told as over and the person fine now (血も止まって元気, けろっと治った,
# 今日は普通に買い物, 今は退院してぴんぴん) is no advice line, in other wordings; the same words keep their line when
# the person is not fine (元気がない, 起きてこない), when a head was struck, or when the ambulance is asked about.
ROUND_22 = [
    ("庭仕事で指を切ったけど、もう血も止まって元気にやってます", "none"),
    ("じいちゃん胃がいてえって唸ってたけど、トイレから出てきたらけろっと治ってた", "none"),
    ("母は昨日めまいがしてたけど、今日は普通に買い物に出かけてる", "none"),
    ("先々月に倒れた叔母、今は退院してぴんぴんしてます。介護予防の教室はありますか", "none"),
    ("頭を打って血は止まったけど、元気がない", "#7119"),
    ("転んで頭打ったけど、血はもう止まって元気です", "#7119"),
    ("祖父が昨日ふらふらしてて、今朝も普通に起きてこない", "119"),
    ("さっき胸が痛いと言ってたけど、今は普通にテレビを見てます。救急車呼ぶべき？", "119"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_a_hurt_over_and_the_person_fine_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22, thirteenth session (blind22's false alarms): a scare explained by its cause (…のは…せいだった, …の準備
# だった) or that came to nothing (何事もなく), even with a question after it; cooking smoke that settled once aired; a
# collapse of the past with the person in care now (今はリハビリに通って); a knife asked where to keep. A fresh event
# told after them still alarms.
EXPLAINED = [
    ("夜中に裏の小屋から白いのがもうもう出てたのは、薪を燻してたせいだった。燻製の作り方って講座ある？", "none"),
    ("神社の方で大きな音と煙、花火大会の練習だった。何時から始まるの？", "none"),
    ("凍った橋で自転車ごと転びかけたけど、何事もなく帰れました。橋に砂をまいてもらえますか", "none"),
    ("魚を焼いて台所が煙だらけになったけど、換気扇を回したら落ち着いた", "none"),
    ("母は三年前に脳出血で倒れまして、今はデイケアに通っております。送迎の時間を変えたいのですが", "none"),
    ("子どもが包丁に手を伸ばすので、置き場所を考えています", "none"),
    ("母は去年倒れて今はリハビリに通ってるけど、さっき急に倒れて動かない", "119"),
    ("裏の小屋から煙が出てたのは薪ストーブのせいだったけど、今度は母屋の屋根から火が出てる", "119"),
]


def test_explained_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EXPLAINED)


@pytest.mark.parametrize(("text", "number"), EXPLAINED)
def test_round_22b_scares_explained_and_care_since(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# ... and (older in-sample false alarms of the same kinds): a person only busy when thought missing; cooking smoke
# aired out, said fine; a collapse with daily rehabilitation since.
OLDER_KINDS = [
    ("夫がトイレから三十分出てこないと思ったら、新聞を読んでいただけでした", "none"),
    ("天ぷらを揚げてたら台所が煙でいっぱいになったけど、換気扇つけたら大丈夫", "none"),
    ("母は脳梗塞で倒れてから、週に二回デイケアに通っています。送迎の車の停め場所を相談したい", "none"),
    ("父が倒れてから毎日リハビリしてるけど、さっき廊下でまた倒れて起き上がれない", "119"),
]


def test_older_kind_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OLDER_KINDS)


@pytest.mark.parametrize(("text", "number"), OLDER_KINDS)
def test_round_22b_busy_aired_and_in_care(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind23: a scare told as over - what it was, after と思ったのは (closing with an apology or not), or a bleed that
# stopped with first aid - is no emergency; a bleed that does not stop, or one with a worse sign after, still is.
OVER_SCARES = [
    ("焦げくさいと思ったのは隣の家の焼き魚のにおいでした。失礼しました", "none"),
    ("煙が出てると思ったのは湯気だった", "none"),
    ("膝すりむいて血が出たけど、絆創膏はったらすぐ止まった", "none"),
    ("ひげそりで切って ちが でたけど もう とまった", "none"),
    ("血が出て、押さえても止まりません", "119"),
    ("ちが でた けど もう とまった でも いしきが ない", "119"),
]


def test_over_scare_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OVER_SCARES)


@pytest.mark.parametrize(("text", "number"), OVER_SCARES)
def test_blind23_a_scare_told_as_harmless_or_over(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (the training writers' false alarms): a scare told as over - what kept someone from answering, found on
# a look (イヤホン, スマホで将棋), "only" something after a fright, someone away heard of - is no emergency; a person
# found down or hurt after the same turn still is.
LOOKED_CASES = [
    ("祖父が呼んでも出てこないから見に行ったら、ヘッドホンで音楽を聞いてた", "none"),
    ("娘が部屋から出てこないと思ってたら、テレビでドラマを見てた", "none"),
    ("母が動かないので焦ったけど、昼寝してただけでした", "none"),
    ("向かいのおじいさんを何日も見ないと心配してたら、息子さんのところに泊まりに行ってたそうです", "none"),
    ("父が金づちを持って外に出てったのは、棚を直してる最中だったからでした", "none"),
    ("男が包丁を持って暴れてるのは、喧嘩の途中だったから", "110"),
    ("見に行ったらテレビの前で倒れてた", "119"),
    ("呼んでも返事しないと思ったら、電話の前でうずくまってた", "119"),
]


def test_looked_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LOOKED_CASES)


@pytest.mark.parametrize(("text", "number"), LOOKED_CASES)
def test_a_scare_explained_by_what_kept_someone_busy(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): gone for now (not happening now), the water going down (calm).
GONE_FOR_NOW = [
    ("別れた夫が私の帰り道を知っているようなメールを送ってくる。今は近くにいないけど、どうしたらいいか", "#9110"),
]
WATER_DOWN = [("雨はもう上がって水位も下がってきた。川沿いの遊歩道はいつから通れる？", "none")]


def test_blind30_settled_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GONE_FOR_NOW + WATER_DOWN)


@pytest.mark.parametrize(("text", "number"), GONE_FOR_NOW)
def test_gone_for_now_is_not_now(text: str, number: str) -> None:
    assert NOT_YET.search(views(text).devoiced)
    assert not NOT_YET.search(views("知らない男が今は家の前にいる").devoiced)
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), WATER_DOWN)
def test_the_water_going_down_is_calm(text: str, number: str) -> None:
    assert CALM.search(views(text).devoiced)
    assert not CALM.search(views("川の水位が上がってきた").devoiced)
    assert_decides(text, number, now=DAY)


# After blind33's final score (helper A33): a person found lying there is no harmless finding; a window opened on a
# noise or a search that found someone absorbed resolves the scare (blind33a/b).
SETTLED33 = [
    ("隣のおじいさん、新聞がたまってて、窓からのぞいたら居間で横たわったままでした", "119"),
    ("外で悲鳴がして窓を開けたら、子どもたちが鬼ごっこをしているだけでした", "none"),
    ("息子が帰ってこなくて探しに行ったところ、図書館で本を読んでいました", "none"),
]


def test_settled33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SETTLED33)


@pytest.mark.parametrize(("text", "number"), SETTLED33)
def test_settled33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: 防災無線で何か言っていたけど、うまく聞き取れませんでした): what was said and not caught is no
# explanation of the scare - the disaster page stays; what it was, told, still closes it.
ROUND44_NOT_CAUGHT = [
    ("防災無線が何か叫んでたけど、風の音で聞き取れなかった。川の近くなんだけど", "disaster"),
    ("ぼうさいむせん なにか いってたけど ききとれなかった あめ すごい", "disaster"),
    ("防災無線でなんか言ってたけど、聞き取れなかったです。避難しなきゃいけないのかな", "disaster"),
    ("防災無線で何か言ってたけど、訓練のお知らせでした", "none"),
]


def test_round44_not_caught_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_NOT_CAUGHT)


@pytest.mark.parametrize(("text", "number"), ROUND44_NOT_CAUGHT)
def test_round44_what_was_not_caught_explains_nothing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (blind50b): someone asleep at peace in a public place, a carer calmly beside (ぐっすり, すやすや) - no second
# signal; asleep and then found not breathing or limp is an event of its own.
ASLEEP_AT_PEACE = [
    ("電車の中で赤ちゃんがすやすや寝てて、ママがスマホ見てる", "none"),
    ("待合室のソファでおじいさんがぐっすり寝てる、付き添いの娘さんが隣にいる", "none"),
    ("図書館の隅で子どもがぐったりしていて、呼んでも返事がない", "119"),
    ("電車の中で赤ちゃんがぐっすり寝てると思ったら、息をしていない", "119"),
]


def test_asleep_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ASLEEP_AT_PEACE)


@pytest.mark.parametrize(("text", "number"), ASLEEP_AT_PEACE)
def test_asleep_at_peace_is_calm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 54 (wide56): the one who could have helped gone home (先生はもう帰った, 職員ももう帰った) does not settle an
# alarm told before it; a scare that went away by itself (熊はもう山さ帰った) still settles.
ROUND54_HELPER_GONE_HOME = [
    ("歯医者の受付で、患者さんが急に倒れて呼んでも返事がない。先生はもう帰った", "119"),
    ("しせつで りようしゃさんが いきを してない しょくいんも もう かえった", "119"),
    ("裏の畑に熊が出たけど、もう山さ帰った", "none"),
]


def test_round54_helper_gone_home_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_HELPER_GONE_HOME)


@pytest.mark.parametrize(("text", "number"), ROUND54_HELPER_GONE_HOME)
def test_round54_a_helper_gone_home_settles_nothing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
