"""Police emergencies and the medical rules among them (:mod:`safety.events_police`), round 19, on phrasings not in
the set: a thing snatched with the thief still in sight or running off is 110 (a theft found afterwards is not an
emergency); a person caught or dragged under a vehicle is 119; a death threat received in writing is #9110, one
shouted by a man with a knife 110; and the later rounds' kinds (roads and traffic:
tests/safety/test_events_police_road.py; voices heard from others: tests/safety/test_events_police_voices.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("スーパーの前で財布をひったくられた、犯人まだあっちに走って逃げてる", "110"),
    ("駐輪場で自転車を盗まれた、今乗って逃げていくのが見える", "110"),
    ("ばあちゃんが手提げを取られで、相手の男がまだそごの道さいる", "110"),
    ("朝起きたら車のナンバープレートが盗まれてたみたい、どこに届ければいい？", "none"),
    ("駅で財布を盗まれたみたいで、交番はどこにありますか", "none"),
    ("交差点で自転車のおばあさんがバスに巻き込まれて倒れてる", "119"),
    ("駐車場でバックしてきた車の下に子どもが引きずられて泣いてる", "119"),
    ("大型トラックに巻き込まれないよう交差点では気をつけてね", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_police_rules_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind20: someone working a door or window of the home (its knob turned, rattled, pulled, a screen taken off,
# heard) is an intruder (110); a door or window moved by the wind, or a screen taken off for cleaning, is not.
DOOR_WORKED_CASES = [
    ("さっきから誰かが玄関の扉をがたがたやってて、一人で怖いです", "110"),
    ("あやしい男が裏口のドアノブをずっと回してる", "110"),
    ("深夜に寝室の窓の網戸を外す音が聞こえてきた、どうしよう", "110"),
    ("強い風で勝手口の戸ががたがた鳴って眠れない", "none"),
    ("大掃除で網戸を外して洗いたいけど、粗大ごみの日はいつ？", "none"),
]


def test_door_worked_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DOOR_WORKED_CASES)


@pytest.mark.parametrize(("text", "number"), DOOR_WORKED_CASES)
def test_someone_working_a_door_or_window_is_an_intruder(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20: someone who came in (上がり込んで: 10 of 10 in the set are 110) is read from the verb, not from the kana
# of 立ち上がり + 声 (たちあがりこえ) - a man standing up unable to speak is choking, not an intruder.
ROUND_20 = [
    ("酔った知らない男がうちに上がりこんで座り込んでる", "110"),
]


def test_round_20_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ROUND_20, (STOOD_UP, "119")])


@pytest.mark.parametrize(("text", "number"), ROUND_20)
def test_round_20_someone_who_came_in(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


STOOD_UP = "会議中に部長がいきなり立ち上がり声も出せずに胸をたたいている"


def test_round_20_standing_up_is_no_intruder() -> None:
    from safety.assess import assess

    assert "intruder" not in assess(STOOD_UP, now=DAY, channel="chat").events


# blind21: a warning handed out (学校からのプリント, 回覧板) names a molester as a topic, not a crime now; a molester
# met now still alarms.
HANDOUT_CASES = [
    ("ちかんに ちゅういって おたより もらった", "none"),
    ("痴漢に気をつけましょうというチラシが駅に貼ってあった", "none"),
    ("電車でいま痴漢されてる、こわい", "110"),
]


def test_handout_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HANDOUT_CASES)


@pytest.mark.parametrize(("text", "number"), HANDOUT_CASES)
def test_a_warning_handed_out_is_no_crime(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind21: a child claimed held with a threat or a ransom is a kidnapping (110), not a scam to consult about; a child
# minded by family is no threat.
KIDNAP_CASES = [
    ("息子を預かってる、警察に言うなって電話がきた、息子の電話にでない", "110"),
    ("むすめは あずかっている みのしろきんを よういしろって でんわ", "110"),
    ("週末は孫を預かっているので、夜間の相談窓口を教えてください", "none"),
]


def test_kidnap_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KIDNAP_CASES)


@pytest.mark.parametrize(("text", "number"), KIDNAP_CASES)
def test_a_child_claimed_held_is_a_kidnapping(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: a request for the police already met (来てもらって説明を受けました, 来ていただいて) is no request; a request
# still asked (来てもらえますか, 呼んで) is 110.
ROUND_22 = [
    ("空き巣に入られたので、昨日警察の人に来てもらって、被害届の書き方を教わりました", "none"),
    ("おまわりさんに来ていただいて、落とし物を届けてもらいました。お礼を言いたいのですが", "none"),
    ("警察に来てもらえますか、家の前で男が刃物を振り回してる", "110"),
    ("けいさつ よんで となりで けんか", "110"),
    ("早く警察に来てもらってください、店に強盗が", "110"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_a_police_request_met_is_no_request(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: a farewell written on a note, someone not down from a mountain (110); word that they are safe is none; a
# baby's breathing that is quiet (静か, ずいぶん) is no missing sign of life.
ROUND_23 = [
    ("父の机に「今までありがとう、さようなら」と書いた紙があって、父がいない", "110"),
    ("登山に行った兄が夜になっても山から降りてこない", "110"),
    ("山から下りてこない息子を心配していたら、連絡があって友だちの家にいるそうです", "none"),
    ("駐車場で車をぶつけられたのに、相手は運転席から降りてこないでそのまま走り去ろうとしている", "110"),
    ("孫の寝息がずいぶん静かで、ちゃんと息してるか見に行っちゃう", "none"),
    ("父が息をせず、動かずに倒れている", "119"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23)


@pytest.mark.parametrize(("text", "number"), ROUND_23)
def test_round_23_police_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: a car that cannot move on a level crossing is 110 (4 of 4 in the set; a collision with someone hurt is
# 119); a wish to die written online, then the person shut in, is 110 (a farewell written: every one of the set); a
# person forced into a car by a stranger is 110 told with the car first (5 of 5).
ROUND_24 = [
    ("ふみきりで くるまが うごけなくなってる でんしゃ くる", "110"),
    ("踏切で車が動けなくなって、電車とぶつかって運転手が血だらけ", "119"),
    ("弟がSNSに死ぬって書いて部屋から出てこない", "110"),
    ("小説に主人公が死ぬって書いてあって泣いた", "none"),
    ("知らない車が息子を無理やり乗っけて行った", "110"),
]


def test_round_24_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_24)


@pytest.mark.parametrize(("text", "number"), ROUND_24)
def test_round_24_police_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind25's final score: a buyer let in who left with the goods is no intruder (188); a stranger let in who is
# still inside is 110.
@pytest.mark.parametrize(("text", "number"), [
    ("金の買い取りに来たという男を家に上げたら、ネックレスを安く持っていかれました。取り戻せますか", "188"),
    ("知らない男が家に上がり込んで、今も金を出せと言って帰らない", "110"),
])
def test_blind25_a_buyer_let_in_is_no_intruder(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind26's final score: someone unknown at the door from outside who does not answer is an intruder (110; 4 of
# 4 such phrases of the set), a household person who does not answer stays 119; a drunk lying on a prefectural or
# farm road, only nearly hit, is for the police (3 of 3; hit, it is 119); "と言ったきり" is words said, not a person
# gone (5 of 5 are 119), while 行ったきり stays a missing person.
BLIND26 = [
    ("知らない男が外から玄関のドアをガチャガチャして、声をかけても返事をしない", "110"),
    ("ドア越しに誰かがずっとこっちを見ていて、呼んでも返事がない", "110"),
    ("父の部屋のドアを叩いても返事がない", "119"),
    ("玄関で誰かが倒れていて、呼んでも返事がない", "119"),
    ("母がトイレから出てこなくて、ドアの外から呼んでも返事がない", "119"),
    ("酔っ払いが市道の真ん中さ寝転がってて、車が来たら危ねえ", "110"),
    ("おじいさんが農道の真ん中で寝てて、トラックにひかれそう", "110"),
    ("酔っ払いが県道で車にひかれて倒れてる", "119"),
    ("祖母が寒いと言ったきり、こたつで返事をしなくなった", "119"),
    ("夫が釣りに行ったきり帰ってこない", "110"),
    # a visitor who will not leave the door is no person without signs of life (rule.VISITOR_STAYING); one found
    # at the door (で) or not moving since days ago stays 119
    ("いま役場の者だって男が来て、通帳出せって玄関から動かないの", "110"),
    ("訪ねてきた母が玄関で動かない、返事もしない", "119"),
    ("三日前から動かない父", "119"),
]


def test_blind26_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND26)


@pytest.mark.parametrize(("text", "number"), BLIND26)
def test_blind26_police_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a field ravaged (animals' work); the concessive 飲み込んでも is no overdose.
BLIND30_POLICE_CASES = [
    ("イノシシが出て田んぼの稲を荒らされた。どこに相談すれば", "none"),
    ("家に帰ったら部屋が荒らされていた", "110"),
    ("魚の骨がのどに刺さって、ご飯を飲み込んでも取れません。息は普通にできます", "#7119"),
    ("子どもがボタンを飲み込んで息ができない", "119"),
]


def test_blind30_police_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND30_POLICE_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND30_POLICE_CASES)
def test_blind30_police_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): a will is not read inside 休憩所が / 案内所が (the near misses:
# tests/safety/test_events_police_road.py).
BLIND34_CASES = [
    ("休憩所がある公園を教えてください", "none"),
    ("案内所が駅のどこにあるか教えて", "none"),
]


def test_blind34_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND34_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND34_CASES)
def test_blind34_readings(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 34 (blind35 read): the chaser coming at one (おいかけてくる) is 110; a child chasing a butterfly is nothing.
BLIND35_EVENTS_POLICE = [
    ('しらない おとこが おいかけてくる こわい', '110'),
    ('子どもが蝶を追いかけてる', 'none'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_POLICE)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_POLICE)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: hands laid on someone - going for them, the collar seized, a scuffle - is 110, asked politely too
# (市役所の窓口で…胸ぐらをつかんで殴りかかっておりまして、どなたか止めていただけませんでしょうか: none).
ROUND42_HANDS_ON_CASES = [
    ("酔っ払いが駅員さんの胸倉を掴んで怒鳴っております、どなたか来ていただけないでしょうか", "110"),
    ("客同士が店の前で取っ組み合いになってます", "110"),
    ("親父が兄貴さ殴りかかって止まんねえ", "110"),
    ("男の人が店員さんにつかみかかってる", "110"),
    ("昨日見たドラマで主人公が相手の胸ぐらをつかんでて迫力あった", "none"),
]


def test_round42_hands_on_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_HANDS_ON_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_HANDS_ON_CASES)
def test_round42_hands_on_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (wide51b: a pallet truck over toes told in Tohoku, ハンドリフトさ足轢がれで, read hit_by_vehicle, 119; the
# label #7119): a hand-pushed cart over a foot is no vehicle's collision. Tellings written for this test, several
# styles; a forklift or a lorry over a foot stays 119.
HAND_CART_OVER_FOOT_CASES = [
    ("仕事中に台車で自分の足の指を轢かれてしまいました。紫色に腫れておりますが歩けます。骨折でしょうか", "#7119"),
    ("ハンドパレットに足轢かれた、小指めっちゃ腫れてる。歩けるけど病院行くべき？", "#7119"),
    ("はたけで いちりんしゃに あしを ひかれた。ゆびが はれてる。あるける", "#7119"),
    ("工場でフォークリフトに足を轢かれて動けません", "119"),
    ("トラックに轢かれて足が動かない", "119"),
]


def test_hand_cart_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(HAND_CART_OVER_FOOT_CASES)


@pytest.mark.parametrize(("text", "number"), HAND_CART_OVER_FOOT_CASES)
def test_a_hand_cart_over_a_foot_is_no_vehicle_collision(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a heard, helper A98): a recogniser's 跡 for 後 before an object does not read as a mark that does not
# go back; a mark as the subject still does.
MARK_NOT_AFTER_CASES = [
    ("認知症の祖母が 夕飯の跡かを出たまま 戻りません もう2時間です", "110"),
    ("指で押した跡がへこんだまま戻らない", "none"),
]


def test_mark_not_after_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MARK_NOT_AFTER_CASES)


@pytest.mark.parametrize(("text", "number"), MARK_NOT_AFTER_CASES)
def test_a_heard_mark_before_an_object_is_no_dent(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): an hour read on into こたつ (夜の十時、こたつで -> じゅうじこたつ) is no accident (事故だ).
@pytest.mark.parametrize(("text", "number"), [
    ("夜の九時、こたつでうとうとしていたら地震がありました。避難所はどこですか", "disaster"),
    ("朝の七時、こたつでみかんを食べています", "none"),
    ("じこだ くるまが ひっくりかえってる", "110"),
])
def test_an_hour_before_kotatsu_is_no_accident(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a blow told as a likeness (蹴られたような衝撃) is the
# body's sign, not violence; a blow that happened, or
# hearsay of one, stays 110.
ROUND51_BLOW_AS_A_LIKENESS = [
    ('踏み込んだら、かかとのあたりを蹴られたような衝撃があって、つま先で立てなくなりました', '#7119'),
    ('階段で急にアキレス腱のあたりを殴られたみたいな衝撃があって、うまく歩けない', 'none'),
    ('駅で知らない男に蹴られて足が痛い、まだ近くにいる', '110'),
    ('男に殴られたみたいで顔が腫れてる、犯人まだいる', '110'),
    ('バットで殴られたような激しい頭痛が急にきて、吐いています', '119'),
]


def test_round51_blow_as_a_likeness_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_BLOW_AS_A_LIKENESS)


@pytest.mark.parametrize(("text", "number"), ROUND51_BLOW_AS_A_LIKENESS)
def test_round51_blow_as_a_likeness(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): 道冠水, read みちかんすい, is no 痴漢 (ちかん): a flooded way home asks for the disaster page.
@pytest.mark.parametrize(("text", "number"), [
    ("帰り道で痴漢にあった、今も後ろをついてくる", "110"),
    ("バイトの帰り道冠水してて通れない、避難所どこ？", "disaster"),
])
def test_round53_a_flooded_road_is_no_groper(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 53 (wide55b, helper A109): a scream told with the pain that drew it (踏んだ途端に悲鳴を上げて…痛いと) is a
# person hurt, asked about (#7119), not an attack; a scream heard with no pain told stays 110.
ROUND53_SCREAM_OF_PAIN = [
    ("母が段差で足首をひねって悲鳴をあげた、痛い痛いって。歩けるけど病院どこ?", "#7119"),
    ("浜で父がウニのトゲを踏んで悲鳴あげた、めっちゃ痛いって。病院行くべき?", "#7119"),
    ("隣の家から女の人の悲鳴が聞こえた、ずっと続いてる", "110"),
]


def test_round53_scream_of_pain_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND53_SCREAM_OF_PAIN)


@pytest.mark.parametrize(("text", "number"), ROUND53_SCREAM_OF_PAIN)
def test_round53_a_scream_of_pain_is_no_attack(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# an accident feared for later is a worry (round 54, wide56b); one that happened stays 110
ACCIDENT_FEARED = [
    ("家の前の道がスピード出す車ばっかりで、いつか事故が起きそうで心配です。標識を増やせますか", "none"),
    ("このかーぶ いつか じこ おこりそう ごーるどらいん ひけませんか", "none"),
    ("家の前のカーブで事故が起きました、車同士です", "110"),
]


def test_accident_feared_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ACCIDENT_FEARED)


@pytest.mark.parametrize(("text", "number"), ACCIDENT_FEARED)
def test_accident_feared_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 54 (wide56): a thing slashed with a blade (タイヤが刃物で切られて, 網戸をナイフで) told as recurring is the
# consultation line, not violence; a person cut with a blade stays 110.
ROUND54_THING_SLASHED = [
    ("アパートの駐輪場で、自転車のタイヤがまた刃物で切られてました。先月もです。どこに相談すれば", "#9110"),
    ("うちの車のタイヤが、夜のうちにナイフで切られてた。これで三回目です。どこに相談すれば", "#9110"),
    ("いま知らない男に包丁で切られた、男はまだ外にいる", "110"),
]


def test_round54_thing_slashed_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_THING_SLASHED)


@pytest.mark.parametrize(("text", "number"), ROUND54_THING_SLASHED)
def test_round54_a_thing_slashed_is_no_violence(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a thing shut (閉められ reads しめられ) is no strangling;
# a throat squeezed and a person shut in still are.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("隣の人に毎晩シャッターを閉められて困っています", "none", DAY),
    ("男に首を絞められた、今も近くにいる", "110", DAY),
    ("上司に倉庫に閉められて、出られない", "110", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_thing_shut_is_no_strangling(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
