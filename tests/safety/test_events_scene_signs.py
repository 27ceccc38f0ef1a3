"""Round 13 (:mod:`safety.events_scene_signs` and the guards added with it), on phrasings not in the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: things on a road, a vehicle scraping something, a break-in now, a person outside a railing, a farewell
    ("県道のカーブに鉄パイプが転がってて危ない", "110"),
    ("荷台から箱が落ちて、後ろの車が急ブレーキを踏んでた", "110"),
    ("バックで隣の車に当ててしまいました。けがはありません", "110"),
    ("自転車で駐車場の車をこすってしまった、どうしよう", "110"),
    ("倉庫の扉がこじ開けられていて、中でライトが動いてる", "110"),
    ("橋の欄干の外側に男の人が立っています", "110"),
    ("姉から「今まで本当にありがとう」ってメールが来た", "110"),
    # 119: swelling after eating that reaches the breath; the drowning sign negated by itself
    ("そばを食べたあと唇が腫れて、息がしにくいって", "119"),
    ("子どもが池に落ちて浮かんでこない", "119"),
    # 188: a stamp forced, bought as told, many units, a contract to undo, options not asked for
    ("羽毛布団の訪問販売で印鑑を押さないと帰らないと言われた", "188"),
    ("営業の人に言われるままリフォームの契約をしてしまった", "188"),
    ("祖母が訪問販売で健康食品を5セットも買っていた", "188"),
    ("携帯ショップで頼んでないオプションに入れられていた", "188"),
    # #9110: a threat quoted, a woman waiting habitually
    ("前の職場の上司から「絶対に許さないからな」って手紙が届く", "#9110"),
    ("いつも同じ女の人が家の前で待ってて気味が悪い", "#9110"),
    # #7119 / #8000: a question of calling once settled, may they sleep, a wheezing cough at night
    ("さっき胸が苦しくなったけど今は落ち着いてる、救急車呼ぶべき？", "#7119"),
    ("頭が痛いって言って寝ちゃったけど、このまま寝かせといて大丈夫？", "#7119"),
    # disaster: a river's water level, a long quake with people going uphill, seepage from a slope
    ("近くの川の水位はどこで確認できますか", "disaster"),
    ("さっき強い揺れがあって、みんな高台に向かってる", "disaster"),
    ("裏山の斜面から水が湧き出してきた", "disaster"),
    # not events: rubbish on a road, a talk or a skit about scams
    ("道路に落ち葉が散らばっていて掃除してほしい", "none"),
    ("道路に落ちてた手袋を交番に届けました", "none"),
    ("車のドアで指をぶつけて痛い", "#7119"),
    ("公民館で詐欺の講話があった", "none"),
    ("敬老会の寸劇で詐欺の犯人役をやることになった", "none"),
    # a past scare settled now, a precaution out of fear, a learned drill, a resolved smell, a recovery
    ("昔は火事になりかけたこともあったけど、今はオール電化で安心です", "none"),
    ("地震が怖いので家具を固定しようかと思ってます", "none"),
    ("授業で火事の時の逃げ方を習ったよ", "none"),
    ("焦げ臭いと思って見に行ったら、パンを焼きすぎてただけだった。もう何ともない", "none"),
    ("昨日腰を痛めたけど、ゆっくり休んだら治った", "none"),
    # an animal hit on a road, a help button asked for in advance, taxes after a fire
    ("県道ではねられた鹿が倒れたままになってる、どこに言えば片付けてもらえる？", "none"),
    ("猫っこが車にひかれて死んでるんだけど、どこさ連絡すればいいべ", "none"),
    ("転んだときに助けを呼べるペンダントを貸してもらえますか", "none"),
    ("去年の火事で家が焼けたので、固定資産税を減免してもらえますか", "none"),
    ("娘が「もし具合が悪くなったら電話してね」と言ってくれた", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_scene_classes_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_fire_with_a_bare_call_for_the_engine_is_now() -> None:
    # 消防車 is no 防止 (a topic), and a bare 消防車 at the end is a call for it
    decision = assess("向かいの倉庫から煙と火が出てる！消防車！", now=DAY, channel="chat")
    assert (decision.kind, decision.certainty, decision.number) == ("emergency_fire_ambulance", "sure", "119")


def test_a_childs_denied_seizure_in_tohoku_leaves_the_night_advice() -> None:
    decision = assess("夜中に孫が熱っぽくて、けいれんはしてねえども、朝まで待っていいべか", now=NIGHT, channel="chat")
    assert decision.number == "#8000"


def test_a_fever_after_a_feeling_is_not_a_breath_missing() -> None:
    # 早い気がして熱 read as 息がしてね(つ): the Tohoku negation ね is never the start of 熱
    decision = assess("赤ちゃんの息がちょっと早い気がして熱もある", now=NIGHT, channel="chat")
    assert not decision.is_emergency
    assert decision.number == "#8000"


def test_a_seizure_settled_but_eyes_still_closed_is_119() -> None:
    decision = assess("母の発作はもう治まりましたが、目を開けず呼びかけにも答えません", now=DAY, channel="chat")
    assert decision.number == "119"


def test_a_festival_stall_and_a_mountain_trip_are_places_not_topics() -> None:
    assert assess("祭りの会場の近くで人が倒れてる", now=DAY, channel="chat").number == "119"
    assert assess("きのこ採りさ行った父が沢に落ちて血が出てる", now=DAY, channel="chat").number == "119"


def test_money_that_cannot_be_withdrawn_is_no_person_trapped() -> None:
    # the rule (引き出せない is not 出せない); the n-gram classifier is a separate, learned signal
    assert find(views("ATMでお金が引き出せなくなった")).events == {}


# Round 21 (blind21): a farewell sent or posted by someone, then no way to reach them (110), told in other wordings;
# the same words without the farewell coming from them, or without them unreachable, are no alarm.
FAREWELL_CASES = [
    ("「あとは頼む」ってメッセージが来たきり、兄の電話がつながらない", "110"),
    ("兄から「今までお世話になりました」とメールが届いて、携帯の電源も入っていない", "110"),
    ("友だちがXに「もう限界、さよなら」って書き込んだきり返信がない", "110"),
    ("父から「母をよろしく」と届いて、スマホに出ない", "110"),
    ("「明日よろしく」ってLINE来たけど電話に出ない、忙しいのかな", "none"),
    ("退職する先輩に「今までお世話になりました」とメッセージを送ったのに返信がない", "none"),
]


def test_farewell_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_CASES)


@pytest.mark.parametrize(("text", "number"), FAREWELL_CASES)
def test_a_farewell_with_the_person_unreachable(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_farewell_posted_and_the_person_gone_from_their_room() -> None:
    assert_decides("息子のブログに「今まで本当にありがとう、みんな元気で」と書かれていて、部屋に息子の姿がない", "110",
                   now=DAY)


# Round 22 (blind22): a farewell sent with a place one could fall or jump from (where they are, or a photo of it),
# told in other wordings (110); the writer's own thanks, or a farewell with a trip abroad, is no alarm.
FAREWELL_PLACE_CASES = [
    ("同僚が崖の上から「今までありがとう」とだけ送ってきた", "110"),
    ("弟から「みんな今までありがとう」ってDMしてきて、海の写真が一枚", "110"),
    ("彼が「ばいばい」ってメールしてきて、そのあと電話が繋がらない", "110"),
    ("妹が踏切の前にいるらしくて、「探さないで」ってだけ送ってきた", "110"),
    ("卒業の日、先生に屋上で今までありがとうございましたって送った", "none"),
    ("後輩が「今までありがとう」って海外の写真を送ってきた、旅行中らしい", "none"),
]


def test_farewell_place_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_PLACE_CASES)


@pytest.mark.parametrize(("text", "number"), FAREWELL_PLACE_CASES)
def test_a_farewell_with_a_place_of_danger(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_farewell_with_a_place_of_danger_is_found_by_the_rule() -> None:
    # the rule itself, not only the classifiers: the event is a suicide threat for the police
    assert find(views("兄が橋の上にいて「今までありがとう」とだけ送ってきた")).events == {"suicide_threat": "police"}


# Blind24: a vehicle overturned with a person inside or gone from sight is 119; with no one inside or the driver out
# it stays the accident's 110.
OVERTURNED_CASES = [
    ("土手の下で軽トラがひっくり返ってて、中に人が乗ってる", "119"),
    ("畑でコンバインが横転してる、父の姿が見えない", "119"),
    ("車が横転してるけど中に人はいない、道をふさいでる", "110"),
    ("国道で車が横転してる、運転手は自分で出てきた", "110"),
]


def test_overturned_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OVERTURNED_CASES)


@pytest.mark.parametrize(("text", "number"), OVERTURNED_CASES)
def test_an_overturned_vehicle_with_a_person_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: a road vehicle lying overturned with no one said to be in it is the accident for the police, sure (no
# longer left to the classifier); a bicycle blown over is none, a person shut in is 119.
NOBODY_ABOARD_CASES = [
    ("峠でワゴン車がひっくり返ってる。誰も乗ってないみたい", "110"),
    ("国道で大型トラックが横転して道がふさがってる、運転手は自分で降りてきた", "110"),
    ("トラックが横転して運転手が中に閉じ込められてる", "119"),
    ("自転車が風で横倒しになってた", "none"),
]


def test_nobody_aboard_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOBODY_ABOARD_CASES)


@pytest.mark.parametrize(("text", "number"), NOBODY_ABOARD_CASES)
def test_an_overturned_vehicle_with_nobody_aboard_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): a stamp pressed after being urged at the door (玄関先で勧められまして、ついはんこを;
# 4 other writers, all 188) is consumer trouble; a stamp on the circular is not.
STAMP_URGED_CASES = [
    ("玄関先で布団を勧められて、はんこを押してしまいました。五十万円です", "188"),
    ("回覧板にはんこを押しておきました", "none"),
]


def test_stamp_urged_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STAMP_URGED_CASES)


@pytest.mark.parametrize(("text", "number"), STAMP_URGED_CASES)
def test_a_stamp_pressed_after_being_urged_at_the_door(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 45 (blind46b): a farewell posted where friends read it (Instagram, X, a story), not a shop, a team or a star
# taking leave of its public
FAREWELL_POSTED_CASES = [
    ("友達がインスタに「みんな今までありがとう、さようなら」って上げてる", "110"),  # the set's telling
    ("同級生がXに今まで本当にありがとうって投稿してて、すごく心配", "110"),
    ("いもうとが いんすたの すとーりーに いままで ありがとうって のせてる", "110"),
    ("孫がツイッターさ「今までありがとう」って書いでだ、何があったんだべ", "110"),
    ("推しのアイドルがインスタで今までありがとうって引退を発表した", "none"),
    ("近所のパン屋さんがインスタに今までありがとうございましたって投稿してた、閉店するらしい", "none"),
]


def test_farewell_posted_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_POSTED_CASES[1:])


@pytest.mark.parametrize(("text", "number"), FAREWELL_POSTED_CASES)
def test_a_farewell_posted_online(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (wide51's farewell letter told in Tohoku: 「銭のごどは片付けだ、さいならだ」 - none): さいなら is a
# leave-taking. Tellings written for this test; a teacher's everyday さいなら stays quiet.
SAINARA = [
    ("兄貴からLINE来て「もう疲れた、さいなら」って。電話かけても出ねえ", "110"),
    ("親戚のおじさんから葉書が届いて、「みんなによろしく、さいなら」と書いてありました。電話がつながりません", "110"),
    ("ともだちから めーるで さいならって きた。でんわ でない", "110"),
    ("学校の先生が「ほな、さいなら」って言って帰っていった", "none"),
]


def test_sainara_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(SAINARA)


@pytest.mark.parametrize(("text", "number"), SAINARA)
def test_sainara_is_a_leave_taking(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a farewell left as a note on a door (貼り紙) with the person's car gone: 110; a shop's closing
# notice stays quiet.
ROUND51_FAREWELL_NOTE_ON_THE_DOOR = [
    ('隣の一人暮らしのおじさんの玄関に「もう生きていけません、すみません」と貼り紙があって、車もありません', '110'),
    ('バイト先の店長の車ない、店のドアに今までありがとうって紙貼られてた', '110'),
    ('閉店のお知らせで「長い間ありがとうございました」と貼り紙があり、車もなかったです', 'none'),
]


def test_round51_farewell_note_on_the_door_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_FAREWELL_NOTE_ON_THE_DOOR)


@pytest.mark.parametrize(("text", "number"), ROUND51_FAREWELL_NOTE_ON_THE_DOOR)
def test_round51_farewell_note_on_the_door(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 54: a ladder or a load lost from a truck, left on the road where cars swerve round it, is 110 (not a person
# fallen from a height); a person fallen from a ladder stays 119.
LOST_LOAD = [
    ("トラックから落ちたはしごが道の真ん中にあって、みんなよけて通ってる", "110"),
    ("国道に軽トラから落ちた脚立が転がってて、車が急ブレーキかけてる", "110"),
]
FALLEN_FROM_A_LADDER = [
    ("はしごから落ちた祖父が腰を打って動けない", "119"),
    ("脚立から落ちて頭を打った、吐いてる", "119"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LOST_LOAD + FALLEN_FROM_A_LADDER)


@pytest.mark.parametrize(("text", "number"), LOST_LOAD)
def test_a_ladder_lost_from_a_truck_on_the_road_is_110(text: str, number: str) -> None:
    assert "fell_from_height" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), FALLEN_FROM_A_LADDER)
def test_a_person_fallen_from_a_ladder_stays_119(text: str, number: str) -> None:
    assert "fell_from_height" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


# round 54 (wide56): never to meet again (もう会えないと思う) sent by someone who then does not answer the phone
# (電話には出ない) is a farewell: 110; a friend moving away who says so and is reachable stays quiet.
ROUND54_NEVER_TO_MEET_AGAIN = [
    ("弟から「もう二度と会わないと思う、ごめん」ってLINEが来て、電話には出ない", "110"),
    ("せんぱいから もう あえないって めーるが きて でんわに でない", "110"),
    ("友達が転勤で、もう会えないかもしれないねって話して笑ってた", "none"),
]


def test_round54_never_to_meet_again_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_NEVER_TO_MEET_AGAIN)


@pytest.mark.parametrize(("text", "number"), ROUND54_NEVER_TO_MEET_AGAIN)
def test_round54_never_to_meet_again_is_a_farewell(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): an apology for being a burden closing with thanks, sent and
# then no answer to repeated calls, is a farewell (110); one the writer sent is not.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("後輩から「迷惑かけてばかりでした、お世話になりました」ってLINEが来て、何度かけても出ない", "110", DAY),
    ("転勤する同僚に迷惑かけたけどお世話になりましたってメッセージを送った", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_burden_apologised_for_in_farewell_is_110(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
