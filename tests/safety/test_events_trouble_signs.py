"""Non-emergency matters told by their signs (:mod:`safety.events_trouble_signs`), on phrasings not in the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.assess import assess
from safety.evaluate import predicted_number
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: money collected at the door now
    ("今から銀行の人がお金を取りに来るらしい", "110"),
    # police consultation: threats, repeated contact, "your account was used in a crime"
    ("電話で家に行くぞって脅された", "#9110"),
    ("元同僚から毎日何度も電話がくる", "#9110"),
    ("あなたのカードが犯罪に利用されていると電話があった", "#9110"),
    # round 11: silent calls, anonymous letters, an address found, a caller naming the police in kana
    ("夜中に何度も無言電話がかかってくる", "#9110"),
    ("差出人の名前もない封筒が毎週届く", "#9110"),
    ("ネットで家を特定されたみたい", "#9110"),
    ("しやくしょって なのる ひとから でんわ", "#9110"),
    # consumer trouble
    ("返金に応じてもらえない", "188"),
    ("ジムが倒産して前払いのお金が返ってこない", "188"),
    ("頼んでいない商品が届いて請求書も入っていた", "188"),
    # round 11: goods sent after a refusal, a prize with a fee, an inspection that frightens into a contract
    ("いらないと断ったのに化粧品が送られてきた", "188"),
    ("懸賞に当選したので手数料を払えとメールが来た", "188"),
    ("懸賞に当選したので手数料を振り込めとメールが来た", "#9110"),  # a demand to transfer money: the scam line first
    ("屋根の業者がこのままだと雨漏りで危ないと言って、契約を急かされた", "188"),
    # round 12: a contract pressed, goods taken by a buyer at the door, an unpaid bill by short message
    ("契約しないと大変なことになるって業者に迫られてる", "188"),
    ("今すぐ工事しないと家が傾くと言われた", "188"),
    ("着物を買い取ると言って来た人に強引に宝石まで持っていかれた", "188"),
    ("未払いの料金があるとショートメールが届いた", "188"),
    # round 12: repeated messages from a stranger, someone waiting every morning, followed right now
    ("知らない人からしつこくメールが来て気持ち悪い", "#9110"),
    ("知らねえ番号がら電話が何回も来るんだ", "#9110"),
    ("毎朝バス停で同じ男が待ってて怖い", "#9110"),
    ("後ろからずっと知らない車がついてくる、今も", "110"),
    ("最近耳が聞こえにくくなってきたけど病院に行くべき？", "#7119"),
    # symptoms: eyes, pain getting worse, a body hot to the touch at night
    ("子どもの目が真っ赤で目やにがひどい", "#7119"),
    ("だんだん膝が痛くなってきた", "#7119"),
    ("腰がいたぐなった", "#7119"),
    # disaster signs
    ("川の水が道路にあふれてきた", "disaster"),
    ("裏山から小石が転がってくる", "disaster"),
    ("海の方から人が逃げてくる", "disaster"),
    # round 11: shaking now with a question of fleeing, the river's sound, water at the embankment, alarms
    ("地震がまだ揺れてて、逃げたほうがいい？", "disaster"),
    ("川の音が変だ、ゴーゴーいってる", "disaster"),
    ("土手のすれすれまで水が来てる", "disaster"),
    ("サイレンが鳴ってるけどどこへ逃げればいい", "disaster"),
    ("庭に水が広がってきた", "disaster"),
    # not events: homophones, burst pipes, play, calls made, a scrapped car
    ("会いたくなった", "none"),
    ("水道管が破裂して道路に水があふれてる", "none"),
    ("裏山で子どもが転がって遊んでる", "none"),
    ("母に毎日何度も電話している", "none"),
    ("はいしゃの手続きをしたい", "none"),
    # round 11: a child who follows, a letter signed, alarms as settings
    ("孫が毎朝ついてきてかわいい", "none"),
    ("防災無線の音量の設定を変えたい", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_trouble_sign_classes_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_child_hot_to_the_touch_at_night_goes_to_8000() -> None:
    assert assess("夜中に赤ちゃんの体がすごく熱い", now=NIGHT, channel="chat").number == "#8000"


def test_now_is_not_now_when_the_person_is_gone() -> None:
    decision = assess("知らない人にずっと後をつけられている気がする、今はいないけど", now=DAY, channel="chat")
    assert predicted_number(decision) == "#9110"


# Round 18: "I'll come to your house" without a particle (家行くぞ) is a threat; "is it an ambulance level?" asks
# whether to call (advice, not an alarm); a bone stuck in the throat is a symptom to ask about, not choking.
ROUND_18 = [
    ("元カノから「家行くぞ」ってLINEが来て怖い", "#9110"),
    ("救急車呼ぶレベルなのかわからないけど、腰が痛くて立てない", "#7119"),
    ("子どもの喉に魚の骨が刺さったみたいで、ごはんを飲み込むと痛がる", "#7119"),
    ("のどにみかんの種がひっかかった感じがする", "none"),
    # a trial order that became a subscription, told at length
    ("お試し300円の青汁を頼んだだけなのに、次の月から毎月高い商品が届くようになった", "188"),
    # symptoms told by what is seen: a chest rubbed, a rash spreading, dry nappies, a pain that does not ease;
    # "not an ambulance case" asked about
    ("夫が夕飯のあとから胸をさすっていて、なんだか元気がない", "#7119"),
    ("父の腕に赤いぶつぶつが出て、どんどん広がってる", "#7119"),
    ("歯を抜いたところの痛みが三日たっても引かない", "#7119"),
    ("腰が痛いけど、救急車ってほどでもないと思う、どこの病院がいい？", "#7119"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18)


@pytest.mark.parametrize(("text", "number"), ROUND_18)
def test_round_18_trouble_signs(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_18_dry_nappies_at_night_go_to_the_night_line() -> None:
    text = "1歳の子のおむつが朝から濡れていない"
    assert_not_in_phrase_set([(text, "#8000")])
    assert_decides(text, "#8000", now=NIGHT)


# Round 19: a person's temperature as a number is a fever (not the weather or a bath); a threat to come to the house
# on a condition, and a death threat received in writing, are police consultation matters (#9110).
ROUND_19 = [
    ("母が38度あるって言うんだけど、夜間の病院ってどこ", "#7119"),
    ("今日は最高気温が39度もあるらしいので外出を控えたい", "none"),
    ("お風呂は40度あるくらいがちょうどいい", "none"),
    ("元彼からお金返さないと家に行くってメールがきて怖い、どこに相談すれば", "#9110"),
    ("ネットの書き込みに殺してやるってリプが来てて怖い", "#9110"),
    ("隣の男が包丁持って殺してやるって叫んでる", "110"),
]
FEVER_AT_NIGHT = "夜、2歳の娘が38.5度まで上がってきてぐずっています"


def test_round_19_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ROUND_19, (FEVER_AT_NIGHT, "#8000")])


@pytest.mark.parametrize(("text", "number"), ROUND_19)
def test_round_19_trouble_signs(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_19_a_child_s_temperature_at_night_goes_to_the_night_line() -> None:
    assert_decides(FEVER_AT_NIGHT, "#8000", now=NIGHT)


# Round 19: keeping scams away (a device to fit, so that they do not call, a leaflet or poster wanted) is no scam to
# report; a scam call happening now still is 110. People walking to high ground with water about are the disaster page
# (a walk to a library on the hill is not; a flood of the past is not; a person who cannot get out is 119).
ROUND_19_PREVENTION_AND_WATER = [
    ("じいちゃんが詐欺にひっかからないように、家の電話に何か付けたい", "none"),
    ("じいちゃんさ詐欺の電話かがってこねえように、なにか機械つけらいねべか", "none"),
    ("うちの親に詐欺の電話がこないように、何か機械つけられる？", "none"),
    ("詐欺注意のチラシがほしいです", "none"),
    ("さぎの でんわに ちゅうい の ポスター ほしい", "none"),
    ("今、詐欺の電話がかかってきてて、息子だって言ってお金を振り込めって", "110"),
    ("川沿いの人たちが高台の公民館のほうに歩いてってる", "disaster"),
    ("雨の日は家族みんなで高台の図書館まで歩いて行きます", "none"),
    ("近所の人たちがみんな高台のほうへ歩いて避難してる、うちも行った方がいい？", "disaster"),
    ("去年の台風で床下まで水が来たので、今年は土のうがほしい", "none"),
    ("お風呂のお湯が胸くらいまで来てちょうどいい", "none"),
    ("水が胸まで来て車から出られない、助けて", "119"),
]


def test_round_19_prevention_and_water_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_19_PREVENTION_AND_WATER)


@pytest.mark.parametrize(("text", "number"), ROUND_19_PREVENTION_AND_WATER)
def test_round_19_scam_prevention_and_people_going_to_high_ground(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind20: a state eased, then a clinic or the ambulance asked about, is still a question for #7119/#8000 (not
# settled into nothing); eased with no such question stays nothing.
EASED_CASES = [
    ("冷房の部屋で横になったらだいぶ楽になりました。念のため受診したほうがいいでしょうか", "#7119"),
    ("薬を飲んだらお腹の痛みはおさまってきたけど、夜間の病院に行ったほうがいい？", "#7119"),
    ("少し座ったら落ち着きました、ご心配おかけしました", "none"),
]


def test_eased_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EASED_CASES)


@pytest.mark.parametrize(("text", "number"), EASED_CASES)
def test_a_clinic_asked_about_after_easing_is_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind21: a device against scam calls (録音機, 自動通話録音装置) lent by the city is prevention, not a scam now; a
# scam call now still gets the consultation line.
DEVICE_CASES = [
    ("振り込め詐欺を防ぐための電話機って、市役所で無料で借りられますか", "none"),
    ("さぎの でんわを ふせぐ ろくおんき かしてくれるって きいた", "none"),
    ("市役所の人と名乗る電話で、還付金があるからATMに行けと言われた", "#9110"),
]


def test_device_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DEVICE_CASES)


@pytest.mark.parametrize(("text", "number"), DEVICE_CASES)
def test_a_device_against_scams_is_prevention(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: money taken month after month is 188 (a cat run over is not); the same man, woman or person watching,
# walking behind or standing is a police line (110 when it happens now).
ROUND_23 = [
    ("スマホの料金から毎月知らない会費が引かれ続けてる", "188"),
    ("猫が車にひかれて死んでた、どこに連絡すれば", "none"),
    ("同じ女がいつも店の前からこっちをじっと見ていて気持ち悪い", "#9110"),
    ("娘の通学路に、同じ男の人が毎朝立っていて怖いと言っています", "#9110"),
    ("同じ男がずっと後ろを歩いてきて、今も角にいる", "110"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23)


@pytest.mark.parametrize(("text", "number"), ROUND_23)
def test_round_23_trouble_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28: the ground or the floor shaking now, with a question of going out, is the disaster page.
@pytest.mark.parametrize(("text", "number"), [("床がまだ揺れていて、食器が割れた、外に逃げたほうがいい？", "disaster")])
def test_blind28_the_floor_shaking_now_is_the_disaster_page(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind33's final score (helper A33): a rash come up and a child who eats nothing for anyone are a child's
# symptoms, the night line at night (blind33a).
RASH33 = [
    ("夜分にすみません、孫の手に湿疹ができまして、かゆがっております", "#8000"),
    ("娘が熱っぽくて何も食べてくれません", "#8000"),
]


def test_rash33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RASH33)


@pytest.mark.parametrize(("text", "number"), RASH33)
def test_rash33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 37 (blind38, helper A42): a death threat quoted and shouted at one (殺すぞって怒鳴られだ: 4 other writers with
# a quote then 怒鳴られ, #9110 unless now) and a trader urging repairs at once (今すぐ直さないと; 4 other writers, 188).
ROUND37_TROUBLE = [
    ("隣の人に「殺すぞ」って怒鳴られた、どこに相談すれば", "#9110"),
    ("訪問してきた業者に、今すぐ直さないと雨漏りすると言われた", "188"),
    ("自転車のブレーキ、今すぐ直さないと危ないかな", "none"),
]


def test_round37_trouble_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND37_TROUBLE)


@pytest.mark.parametrize(("text", "number"), ROUND37_TROUBLE)
def test_round37_a_threat_shouted_at_one_and_repairs_urged(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42 (kinds41, helper A64): dizziness in other words (立ちくらみ, 頭ぐらぐら) told with the person able to talk
# and walk is a question for #7119; a house that sways is no symptom.
DIZZY_CASES = [
    ("暑い中草取りしてた母が立ちくらみがするって。話せるし歩けるけど、病院行くべき？", "#7119"),
    ("じいちゃん、暑さで頭ぐらぐらするって言ってっけど、しゃべれるし歩げる。どうすっぺ", "#7119"),
    ("ちちが あつくて たちくらみ するって。あるけるし はなせる。どうしたら いい", "#7119"),
]


def test_dizzy_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DIZZY_CASES)


@pytest.mark.parametrize(("text", "number"), DIZZY_CASES)
def test_dizziness_told_mild_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_swaying_house_is_no_dizziness() -> None:
    decision = assess("古い家なので風が吹くと家がぐらぐらします。補強の補助はありますか", now=DAY, channel="chat")
    assert predicted_number(decision) == "none"


# a disaster-radio broadcast taken for a test (round 54, wide56b), and one that may be an alert
BROADCAST_TAKEN_FOR_A_TEST = [
    ("昼に防災無線が鳴ったけど聞き取れなかった、試験放送かな", "none"),
    ("ぼうさいむせん ききとれなかった てすと ですか", "none"),
    ("大雨の中、防災無線が聞き取れません。どこに逃げればいいですか", "disaster"),
]


def test_broadcast_taken_for_a_test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BROADCAST_TAKEN_FOR_A_TEST)


@pytest.mark.parametrize(("text", "number"), BROADCAST_TAKEN_FOR_A_TEST)
def test_broadcast_taken_for_a_test_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: a body temperature told as a figure with no verb after it (体温は38.6度、寒気がして) is a fever to ask
# about, by age and hour; with no response it stays 119; the air's or a bath's temperature is none.
FEVER_FIGURE_TOLD = [
    ("体温は38度、呼びかけても反応がない", "119", DAY),
    ("たいおん 38ど さむけ が する", "#7119", DAY),
    ("体温計ったら39.2度、ふしぶしが痛い", "#7119", NIGHT),
    ("熱を測ってみたら38度5分、だるい", "#7119", DAY),
    ("夜中に娘の熱が38.9度、咳もひどい", "#8000", NIGHT),
    ("今日の気温は38度、外は暑い", "none", DAY),
    ("お風呂の温度は40度がいい？", "none", DAY),
]


def test_round55_fever_figure_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in FEVER_FIGURE_TOLD])


@pytest.mark.parametrize(("text", "number", "now"), FEVER_FIGURE_TOLD)
def test_round55_a_temperature_told_as_a_figure_is_a_fever(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
