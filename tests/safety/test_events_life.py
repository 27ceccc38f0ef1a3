"""Round 19 (:mod:`safety.events_life`), on phrasings not in the set: a limb caught in a machine told with the
intransitive 挟まった (除雪機に手挟まった) is 119 even when a finger is named; a sheet, a note or a stone caught in a
machine or a door is no person trapped."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # a limb caught in a machine, intransitive or passive, either word order, kana
    ("耕運機のロータリーにじいちゃんの腕はさまった、抜けねえ", "119"),
    ("母の腕が脱穀機に巻き込まった", "119"),
    ("じょせつきに とうちゃんの てが はさまった ゆび", "119"),
    ("ベルトに兄の手が挟まって指がやばいことになってる", "119"),
    # a person caught between things is still trapped (かみさん is a wife, not 紙)
    ("うちのかみさんがタンスと壁の間にはさまって動けない", "119"),
    ("倒れた棚の下に祖母がはさまってる", "119"),
    # a thing caught is not a person
    ("コピー機に紙が挟まった", "none"),
    ("こぴーきに かみが はさまった", "none"),
    ("機械に書類がはさまってしまいました", "none"),
    ("郵便受けにチラシが挟まったままです", "none"),
    ("除雪機に雪が詰まって挟まったみたいで動かない、直し方は？", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_machines_and_things_caught(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20 (eleventh session), other wordings: an overdose told by what is found (empty medicine sheets or packets,
# the person not waking or only groaning), and a person who only groans when shaken or called.
ROUND_20_CASES = [
    ("父の枕元に睡眠薬の袋がいくつも空になって転がってて、呼んでも目を覚まさない", "119"),
    ("弟の机の上に空の薬の箱が山になってて、本人はベッドでぐったりしてる", "119"),
    ("祖母を揺すってもうめくだけで目を開けません", "119"),
    ("夫に声をかけても唸ってばかりで、話が通じない", "119"),
    # medicine sheets with nobody unwell, and a sleeper in the morning, are not
    ("薬のシートが散らばってたので片付けた", "none"),
    ("空になった薬の袋はどうやって捨てればいいですか", "none"),
    ("夫がいびきかいて全然起きない、遅刻しそう", "none"),
    # the driver told by a verb, standard and Tohoku potential forms (engineer B's count: 13 of 13 such phrases 119)
    ("ガードレールにぶつかった車の運転してた人が、中から出られないでいる", "119"),
    ("田んぼさ車落ちで、運転してる人が出らんねえって叫んでる", "119"),
    ("運転してた人は自分で出てこれたみたい", "none"),
]


def test_round_20_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_20_CASES)
def test_round_20_overdose_and_groaning(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22 (blind22): medicine *drunk* is what a patient does - a poisoning only when a small child took it, it was the
# wrong one or too much; a heater is no heater in 左 (ひだり) or 額 (ひたい), and a heater burning in a closed
# greenhouse with people's headaches is carbon monoxide; 百万 (ひゃくまん) holds no bear.
MEDICINE_CASES = [
    ("1歳の娘が、テーブルに置いてた父の薬を飲んでしまったかもしれない", "119"),
    ("じいちゃんが間違えて湿布薬の液を飲んじまった", "119"),
    ("母がかぜ薬を飲んで今は寝ています。明日受診するつもりです", "none"),
    ("夫が痛み止めの薬を飲んだけど全然効かない、夜間の病院ありますか", "#7119"),
    ("ビニールハウスで暖房を焚いてたら、祖父も祖母も頭が痛いと言ってふらふらしてる", "119"),
    ("額のあたりがずきずきして意識はしっかりしてるけど、明日まで様子を見ていいかな", "#7119"),
    # a face only pale is a symptom; pale and not answering, or blue lips, are not
    ("夫が朝からなんとなく顔が青白くて、食欲もないと言っています", "#7119"),
    ("祖父の顔が青白くて、揺すっても目を開けない", "119"),
]


def test_medicine_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MEDICINE_CASES)


@pytest.mark.parametrize(("text", "number"), MEDICINE_CASES)
def test_medicine_taken_heaters_and_bears(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_sum_in_millions_holds_no_bear() -> None:
    assert "bear" not in find(views("孫から二百万円いるって電話があったけど、本当かどうか相談したい")).events
    assert "bear" in find(views("裏の畑にくまがいる")).events


# Blind23: a bear sighting only heard of is no alarm, unless it is seen or near; a limb caught in a machine named by
# its kind (裁断機, 粉砕機) is 119, a sheet of paper in one is not; じゅ after a devoiced が (ますが受診) is no fire.
BLIND_23_CASES = [
    ("熊が出たって聞いたけど、どのへんですか？散歩コース変えたい", "none"),
    ("くまがでたってうわさきいた、どこらへん？", "none"),
    ("熊が出たって聞いて外見たら、庭に熊がいる", "110"),
    ("熊が出たって近所の人から聞いた、今うちの畑にいる", "110"),
    ("工場で父の手が裁断機に挟まれました", "119"),
    ("同僚の腕が粉砕機に巻き込まれた", "119"),
    ("コピー機に紙が挟まった", "none"),
    ("夜中に1歳の息子が39度の熱を出しています。機嫌はいいですが、受診すべきでしょうか", "#8000"),
    ("かじです はやく きて", "119"),
]


def test_blind23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND_23_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND_23_CASES)
def test_bears_heard_of_machines_by_kind_and_no_fire_in_jushin(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 23 (blind23b): a sting told with the Tohoku particle さ and a count (蜂さ一回刺されで) is an insect's, not a
# stabbing - with breathing normal it is a question for #7119; a stab of a child of eight in kana (はちさい) still is
# one.
STING_CASES = [
    ("ばあちゃんがハチさ二回刺されだ、腫れでっけど息は普通だ", "#7119"),
    ("じっちゃが蜂さ刺されで腕が腫れできた、息はしてっけど病院さ行くべか", "#7119"),
    ("はちさいの こが しらない ひとに さされた", "119"),
]


def test_sting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STING_CASES)


@pytest.mark.parametrize(("text", "number"), STING_CASES)
def test_a_tohoku_sting_is_no_stabbing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    assert ("stabbed" in find(views(text)).events) == (number == "119")


# Blood welling up written 溢れ in kanji (the kana あふれ was read already): bleeding, also after 押さえても, whose
# reading おさえてもちが holds もち (餅) and so never reads a kana ち as blood; rice cakes and bathwater stay none.
BLEEDING_KANJI_CASES = [
    ("手で押さえても血が溢れてきます", "119"),
    ("タオルで押さえても血が溢れてまいります", "119"),
    ("お餅がお椀から溢れそうなくらい入ってます", "none"),
    ("お風呂のお湯が溢れてしまいました", "none"),
]


@pytest.mark.parametrize(("text", "number"), BLEEDING_KANJI_CASES)
def test_blood_welling_up_in_kanji_is_bleeding(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind32's final score: 近くまで is no bear (江合川の水が堤防の近くまで来ています), a real one still is.
@pytest.mark.parametrize(("text", "number"), [
    ("川の水が土手の近くまで来ています。避難所はどこですか", "disaster"),
    ("家の近くまで熊が来ています", "110"),
])
def test_near_is_no_bear(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): an insect, a count or an amount, then the sting (蜂に一か所刺された, read
# はちにいちかしょ; 5 phrases of 4 other writers) is a sting, not a stabbing; a person stabbed many times still is.
STING_COUNT_CASES = [
    ("畑で蜂に二か所刺されたけど、息は普通です。病院に行ったほうがいいですか", "#7119"),
    ("アブに何回も刺されて、足が腫れてきた、病院行くべき？", "#7119"),
    ("知らない人に何か所も刺されて血が出てる", "119"),
]


def test_sting_count_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STING_COUNT_CASES)


@pytest.mark.parametrize(("text", "number"), STING_COUNT_CASES)
def test_a_sting_told_with_a_count_is_no_stabbing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 39 (blind40, helper A52): the driver told as 運転手の人 and trapped inside (運転手の人が中から出られない) is
# trapped - 119 first (a driver trapped after an accident: 7 other writers, all 119); a driver who got out is not.
DRIVER_TRAPPED_CASES = [
    ("農道で軽トラが横転して、運転手の人が中から出られないようです", "119"),
    ("運転手の人が出てきて謝ってくれた", "none"),
]


def test_driver_trapped_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DRIVER_TRAPPED_CASES)


@pytest.mark.parametrize(("text", "number"), DRIVER_TRAPPED_CASES)
def test_the_driver_told_as_a_person_and_trapped(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: a bear in kana is not an adverb in -く before 待つ, まで or まだ (blind43b's 待合室で長く待って
# おりますうちに read 110), nor くまっ that is no Tohoku 熊っこ; a real bear in kana or kanji stays a bear.
ROUND42_BEAR_CASES = [
    ("しばらく待っていますと、窓口の方が番号を呼んでくださいました", "none"),
    ("遠くまで出かけていて、いま帰ったところです", "none"),
    ("病院でずいぶん長く待っています、いつ呼ばれるんでしょう", "none"),
    ("ぼくまだいるよ、図書館で宿題してる", "none"),
    ("裏の畑に熊っこ出てる、こっち見でる", "110"),
    ("やだよ くまが にわに いる", "110"),
]


def test_round42_bear_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_BEAR_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_BEAR_CASES)
def test_round42_bear_read_only_for_a_bear(text: str, number: str) -> None:
    assert ("bear" in find(views(text)).events) == (number == "110"), text


# Round 42: breathing that stops now and then (呼吸が時々止まるようなのです, blind43a's senior telling) is 119;
# a breath held in a figure of speech (息が止まるかと思った) is not.
ROUND42_BREATH_CASES = [
    ("寝ている祖父の息が、ときどき止まっているようなんです", "119"),
    ("じいちゃんの呼吸がたまに止まってる、顔色も悪い", "119"),
    ("母の息が何度も止まって、呼んでも目を開けません", "119"),
    ("あまりの美しさに息が止まるかと思いました", "none"),
]


def test_round42_breath_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_BREATH_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_BREATH_CASES)
def test_round42_breath_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 43 (kinds42, helper A65): breathing that stops and comes back with a gasp, or is broken off, is 119 -
# also asked about with a hedge (これは大丈夫なものでしょうか, 私の気のせいでしょうか); holding one's breath on
# purpose is not.
BREATHING_PAUSES = [
    ("母が寝てるんだけど、息が止まってしばらくしてからハッて吸うのを繰り返してる。これ大丈夫？", "119"),
    ("じいちゃの息っこ、止まってはゼーって吸ってを何回もしてんだ、大丈夫だべか", "119"),
    ("ちちの こきゅうが とぎれとぎれで ときどき とまる だいじょうぶ?", "119"),
    ("夫の呼吸が20秒くらい止まって、それからしゃくり上げるように吸うのです。私の気のせいでしょうか", "119"),
    ("えーと 祖父 の 息 が 止まっては あえぐ よう に 吸って を 繰り返して て これ は 大丈夫 な もの です か", "119"),
    ("息が止まるかと思うくらい笑った", "none"),
    ("水泳で息を止めて潜って、ぷはっと吸うのを繰り返す練習をしています", "none"),
]


def test_breathing_pause_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BREATHING_PAUSES)


@pytest.mark.parametrize(("text", "number"), BREATHING_PAUSES)
def test_breathing_that_stops_and_gasps_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: 連れがのぼせで湯船で気ぃ失ってまった): 気を失う with the particle dropped or drawn out
# (気ぃ失って, read きうしなって) is unconscious, 119; not courage or drive lost (勇気失って, やる気失って).
LOST_CONSCIOUSNESS = [
    ("露天風呂で友達がのぼせて気ぃ失った", "119"),
    ("じいちゃん、風呂で気ぃうしなってたんだ", "119"),
    ("サウナで隣のおじさんが気失ってる、動かない", "119"),
    ("母が台所でふらっとして気ぃ失いました", "119"),
    ("試合に負けて勇気失って何もできない", "none"),
    ("仕事でやる気失ってる、どうしたらいい", "none"),
]


def test_round44_lost_consciousness_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LOST_CONSCIOUSNESS)


@pytest.mark.parametrize(("text", "number"), LOST_CONSCIOUSNESS)
def test_round44_consciousness_lost_with_the_particle_dropped(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45b: いっさいの まごが はいざらの たばこを すこし かじったみたい): a little of a cigarette bitten or
# licked, no sign told, is a child's question (#8000 at night); with vomiting or limpness it is still 119.
ROUND44_SMALL_TOBACCO_BITE = [
    ("孫がタバコを少しなめたみたいです、元気です", "#8000"),
    ("1歳の娘が灰皿の吸い殻をちょっとかじったかも", "#8000"),
    ("むすこが たばこ すこし かじった みたい どうしよう", "#8000"),
    ("うちの坊主、たばこ少しかじってしまったみてえだ", "#8000"),
    ("2歳の息子がたばこをちょっとかじって、何回も吐いてぐったりしてる", "119"),
]
# Round 44 (blind45b: 古川駅の近くで夜遅くまで開いてる自習室ある？): 遅くまで, ふかくまで are no bear (くま).
ROUND44_NO_BEAR = [
    ("古川の駅前で夜遅くまで開いてるカフェある？", "none"),
    ("きょうは おそくまで ひらいてる じしゅうしつ さがしてる", "none"),
    ("くまが でた にわに いる", "110"),
]


def test_round44_tobacco_and_bear_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_SMALL_TOBACCO_BITE + ROUND44_NO_BEAR)


@pytest.mark.parametrize(("text", "number"), ROUND44_SMALL_TOBACCO_BITE)
def test_round44_a_little_tobacco_bitten_is_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND44_NO_BEAR)
def test_round44_late_until_is_no_bear(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (wide51b: a carer bitten by a resident, 噛まれたとこ、一晩で赤く, and a rat bite, 噛まれました。小さい傷 -
# the ち of 一晩 and 小さい read as blood, injured by violence, 119): blood in kana only as a word. Tellings written for
# this test, several styles; a blow with blood told in kana stays 119.
BITE_SWELLING_LATER = [
    ("孫に指かまれて、一晩たったら赤く腫れてきた。病院さ行ったほうがいいべか", "#7119"),
    ("ハムスターに噛まれて小さい傷だけど、一晩で腫れて熱持ってる。何科？", "#7119"),
    ("ねずみに ゆびを かまれた。ちいさい きずだけど はれてきた。びょういん いったほうが いい?", "#7119"),
    ("おばあちゃんに うでを かまれて ひとばん たったら あかく はれた。びょういん いくべき?", "#7119"),
    ("男に殴られて、ちがとまらない", "119"),
    ("知らない人に突き飛ばされて、ちだらけです", "119"),
]


def test_bite_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(BITE_SWELLING_LATER)


@pytest.mark.parametrize(("text", "number"), BITE_SWELLING_LATER)
def test_a_bite_swelling_later_is_no_violence_with_blood(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52b, helper A98): breathless as the measure of an effort is exertion; breathless told of a body is not.
BREATHLESS_EFFORT_CASES = [
    ("父が急に倒れて、息ができないくらい苦しそうにしている", "119"),
    ("マラソン大会で息ができないほど走らされた、足パンパン", "none"),
    ("カラオケで息できねえぐれえ歌ったっちゃ", "none"),
]


def test_breathless_effort_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BREATHLESS_EFFORT_CASES)


@pytest.mark.parametrize(("text", "number"), BREATHLESS_EFFORT_CASES)
def test_breathless_as_the_measure_of_an_effort_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): a bone through the skin with a word between (骨が皮膚から飛び出して) is a limb broken open (119);
# a sting told again once an insect stung (刺されたところが腫れて) is no stabbing - real alarms first.
BONE_AND_STING = [
    ("転んだ父のすねの骨が皮膚を破って出ています", "119"),
    ("ほねが はだから つきでてる", "119"),
    ("階段から落ちた夫の腕、骨が傷口から見えとる", "119"),
    ("知らない男に腹を刺された、刺されたところから血が止まらない", "119"),
    ("足をハチに刺されて、刺されたところが赤く腫れています。病院に行くべきでしょうか", "#7119"),
    ("虫さ刺されだ。刺されだとこ、かゆくて腫れでる。医者さ行ったほういいべか", "#7119"),
]


def test_round51_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BONE_AND_STING)


@pytest.mark.parametrize(("text", "number"), BONE_AND_STING)
def test_a_bone_through_the_skin_is_119_and_an_insects_sting_told_again_is_not_a_stabbing(text: str,
                                                                                        number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a bone told as what it looks like (骨みたいなの) is a bone showing: 119.
ROUND51_BONE_AS_A_LIKENESS = [
    ('転んで膝から骨みたいな白いのが見えてる', '119'),
    ('じいちゃん屋根から落ちで、腕から骨みでえなの出でる', '119'),
    ('骨のような形のおもちゃを犬が咥えて出てきた', 'none'),
]


def test_round51_bone_as_a_likeness_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_BONE_AS_A_LIKENESS)


@pytest.mark.parametrize(("text", "number"), ROUND51_BONE_AS_A_LIKENESS)
def test_round51_bone_as_a_likeness(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53a heard): a grandparent named in kana (そぼの薬, そふさんのくすり) is another person's medicine, as
# 祖母の薬 is; the grandparent taking her own medicine stays quiet.
ROUND52_GRANDPARENT_IN_KANA = [
    ("隣の子がそぼの薬を何錠か飲んじゃって眠そう", "119"),
    ("うちの子が そふの くすりを のんじゃったみたいで ふらふらしてる", "119"),
    ("そぼが毎朝の薬を飲んでいます", "none"),
    ("そふさんの薬を飲む時間を教えてください", "none"),
]


def test_round52_grandparent_in_kana_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_GRANDPARENT_IN_KANA)


@pytest.mark.parametrize(("text", "number"), ROUND52_GRANDPARENT_IN_KANA)
def test_round52_a_grandparent_in_kana_is_another_persons_medicine(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54): a bear gone into a building (熊が入ってる, くまが はいって, 熊入ったっちゃ) - 110; a bear word's
# compound or 熊本 is not.
BEAR_INSIDE = [
    ("車庫に熊が入ってる！子どもが外で遊んでる", "110"),
    ("くまが なやに はいって こめ くってる", "110"),
    ("物置さ熊入ったっちゃ、まだ中さいる", "110"),
]
BEAR_WORDS_QUIET = [
    ("熊よけの鈴をリュックに入れてる、どこで買える？", "none"),
    ("熊本に入ってから雨が続いてる", "none"),
]
# ... a farm's fertiliser eaten (肥料をなめた, ひりょうを たべて): a poisoning, a question at night when fine
FERTILISER_EATEN = [
    ("孫が ひりょうを たべて ぐったり してる", "119", DAY),
    ("二歳の子が花壇の肥料をなめてしまった、今は元気", "#8000", NIGHT),
    ("肥料をやった畑の野菜は子どもが食べても平気？", "none", DAY),
]
# ... a person not moving told as a state (動いてない, 動いでねえ); a machine not working is not
NOT_MOVING_STATE = [
    ("バイクとぶつかった人が道に倒れて、ずっと動いてない", "119"),
    ("ばあちゃん庭で転んで、そのまんま動いでねえ", "119"),
    ("犬が吠えるので見に行ったら、ばあちゃんが廊下で動いてない", "119"),
    ("うちの犬が朝から動いてない", "none"),
    ("畑のポンプが朝から動いてない、修理はどこに頼む？", "none"),
    ("エアコンが動いてない、修理はいつ来る？", "none"),
]


def test_round52_life_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BEAR_INSIDE + BEAR_WORDS_QUIET + [(t, n) for t, n, _ in FERTILISER_EATEN]
                             + NOT_MOVING_STATE)


@pytest.mark.parametrize(("text", "number"), BEAR_INSIDE + BEAR_WORDS_QUIET)
def test_a_bear_gone_into_a_building(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number", "now"), FERTILISER_EATEN)
def test_fertiliser_eaten_is_a_poisoning(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number"), NOT_MOVING_STATE)
def test_a_person_not_moving_told_as_a_state(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): the steel of a building (鉄骨) is no bone showing, and a car
# that cannot leave is no one trapped.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("工場の鉄骨つってたクレーンが止まった", "none", DAY),
    ("すねの骨が見えてる", "119", DAY),
    ("除雪車のあと家の前に雪の壁ができて、車が出られない。市で除雪してもらえますか", "none", DAY),
    ("雪崩で車ごと埋まって、車から出られない", "119", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_steel_frames_and_cars_kept_in_are_no_emergency(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
