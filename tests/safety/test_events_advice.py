"""The advice lines (:mod:`safety.events_advice`), on phrasings not in the set: word boundaries that the devoiced
reading creates (being seen asked about: tests/safety/test_events_advice_asked.py; the weak signs and danger words
read before them: tests/safety/test_events_danger_words.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # itching (かゆがって) is a symptom; が+床 (おっとがゆか, devoiced かゆか) is not
    ("息子が湿疹をかゆがって眠れない", "#7119"),
    ("夫が床をワックスがけしてくれた", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_word_boundaries_of_the_advice_rules(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 19: an animal hurt or ill is the vet's, not a patient (no advice line); a likeness to an animal
# (犬が吠えるような咳, a child's croup) is still a person's symptom.
ANIMALS_AILING = [
    ("うちの鶏が足をけがして血が出てる、獣医さんって土曜もやってる？", "none"),
    ("飼ってるウサギが下痢してて元気がない", "none"),
    ("うちの牛が咳しておる、獣医に診せたほうがいいべか", "none"),
]
CROUP_AT_NIGHT = "夜に娘がアザラシみたいなケンケンした咳をしてて苦しそう"


def test_round_19_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ANIMALS_AILING, (CROUP_AT_NIGHT, "#8000")])


@pytest.mark.parametrize(("text", "number"), ANIMALS_AILING)
def test_round_19_an_animal_ailing_is_no_patient(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_19_a_likeness_to_an_animal_is_a_person_s_symptom() -> None:
    assert_decides(CROUP_AT_NIGHT, "#8000", now=NIGHT)


# blind21: a fever already down, nothing else told after it, is a report (none), not a symptom to ask about; a fever
# down but something else still wrong keeps the line.
FEVER_DOWN = [
    ("おととい息子が熱を出したんですが、もうすっかり下がって学校にも行っています", "none"),
    ("じいちゃん昨夜ねつ出したけど もう さがって ごはんも たべてる", "none"),
    ("むすこ ねつ でたけど もう さがった でも きょうは おなかが すごく いたいって", "#7119"),
    ("夫が熱を出して、もう下がってきたけど、まだ頭がずきずきすると言っています", "#7119"),
]


def test_fever_down_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FEVER_DOWN)


@pytest.mark.parametrize(("text", "number"), FEVER_DOWN)
def test_a_fever_already_down_is_a_report(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: a person already in hospital or a visit asked about is no advice (an emergency in hospital still is); an
# animal's distress that does not stop is none; 119番するほど and 病院さ行ぐべきか are questions for #7119.
ROUND_22 = [
    ("祖母が肺炎で入院中です。お見舞いに持って行ける食べ物はありますか", "none"),
    ("夫が足を骨折して入院しております。見舞いの時間を教えてください", "none"),
    ("入院中の母が病室で息をしていない", "119"),
    ("いぬが どぶに はまって なきやまない", "none"),
    ("うちの犬が朝から咳が止まらない、夜やってる動物病院ある？", "none"),
    ("夫が昼から腹が痛いって言ってて、119番するほどじゃないと思うけど心配", "#7119"),
    ("母が膝が痛いって言ってる、病院に行くべきかな", "#7119"),
    ("ばあちゃん転んで手ぇ腫れでっけど、病院さ行ぐべが", "#7119"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_advice_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: a bump is a question for #7119/#8000 (its own negation only: たんこぶ ないた is crying, not "no bump");
# numbness asked about is #7119 (with a stroke sign still 119); a fever rising; a night clinic asked for by where or by
# being seen; a sum of 8000 yen is not the night line's number.
ROUND_23 = [
    ("5歳の娘のおでこにたんこぶ、大丈夫かな", "#8000"),
    ("2さいの むすめ たんこぶ できて ないたけど いまは ねてる", "#8000"),
    ("朝から手の指がしびれていて、大丈夫でしょうか", "#7119"),
    ("急に片方の手足がしびれて、ろれつが回らない", "119"),
    ("夜中に2歳の息子の熱が上がってきました", "#8000"),
    ("妻のお腹が張っていて、夜間ってどこに行けばいい？", "#7119"),
    ("お試しのつもりが毎月8000円の化粧品が届くようになった", "188"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23)


@pytest.mark.parametrize(("text", "number"), ROUND_23)
def test_round_23_advice_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# After blind25's final score: a medicine taken twice or an extra dose is a question for the advice line; a whole
# bottle swallowed and someone not waking is 119.
BLIND25_DOSES = [
    ("父が朝の薬を二回飲んでしまったみたいで、大丈夫でしょうか", "#7119"),
    ("睡眠薬を一回分多く飲んでしまいました。少しふらつきます", "#7119"),
    ("母が薬を一瓶全部飲んで、呼んでも起きない", "119"),
]


def test_blind25_dose_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND25_DOSES)


@pytest.mark.parametrize(("text", "number"), BLIND25_DOSES)
def test_blind25_a_medicine_taken_twice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind29a/b: the うで of じゅうでん is no arm, the いしゃ of 給水車 no doctor; an arm grazed is still advice.
BLIND29_ADVICE = [
    ("スマホのじゅうでんがきれそう、どこかでじゅうでんできる？", "none"),
    ("ころんで うでを すりむいた", "#7119"),
    ("断水してるんですが、給水車はどこに来ますか", "disaster"),
]


def test_blind29_advice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_ADVICE)


@pytest.mark.parametrize(("text", "number"), BLIND29_ADVICE)
def test_blind29_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a hurt read on the voiced views, a nosebleed stopped, a check-up's follow-up, a hurt of
# years ago.
BLIND30_ADVICE_CASES = [
    ("懐中電灯で照らしたら人影が走っていきました。まだ近くにいるかもしれない", "110"),
    ("母が転んでけがをしました", "#7119"),
    ("くしゃみしたら鼻血出た、もう止まったけど", "none"),
    ("鼻血がもう止まったけど、また出てきて止まらない", "#7119"),
    ("会社の健康診断で胃の再検査と言われました。どちらの病院で受けられますか。", "none"),
    ("足を骨折したのは五年前で、今は山登りもしています。登山届はどこに出せばいいですか", "none"),
]


def test_blind30_advice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND30_ADVICE_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND30_ADVICE_CASES)
def test_blind30_advice_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_shadow_running_is_no_hurt() -> None:
    assert "symptom" not in find(views("人影が走って行きました")).events
    assert find(views("人がけがをしています")).events.get("symptom") == "symptom"


# After blind31 (helper A31): crying that will not stop, in the polite negative (泣き止みません), is a child's
# symptom; a doctor who sees one at night, asked in honorifics (診ていただける, 診てくださる), is advice - not for an
# animal.
BLIND31_ADVICE_CASES = [
    ("1歳の子がずっと泣き止みません、熱はないです", "#8000"),
    ("転んで手首を打ちました。夜でも診ていただける病院はございますか", "#7119"),
    ("夜でも診てくださる動物病院はありますか、犬が吐いています", "none"),
]


def test_blind31_advice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND31_ADVICE_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND31_ADVICE_CASES)
def test_blind31_advice_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# After blind33's final score (helper A33): は+いただけ (券はいただけますか) is no vomiting (blind33b).
TICKET33 = [
    ("おむつの助成券はいただけますか", "none"),
]


def test_ticket33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TICKET33)


@pytest.mark.parametrize(("text", "number"), TICKET33)
def test_ticket33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 34 (blind35 read): はらいたい after a sum is paying, not a belly ache.
BLIND35_EVENTS_ADVICE = [
    ('ぜいきん はらいたい どこ', 'none'),
    ('きのうから はら いたい', '#7119'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_ADVICE)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_ADVICE)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 40 (blind41, helper A56): は + いたしません (read はいたしません) is no 吐いた.
@pytest.mark.parametrize(("text", "vomited"), [
    ("血圧を測りましたら少し高めでしたが、めまいはいたしません。健康相談の日はいつでしょうか", False),
    ("今朝から三回吐いた。めまいもする", True),
])
def test_round40_wa_itashimasen_is_no_vomiting(text: str, vomited: bool) -> None:
    assert ("symptom" in find(views(text)).events) == vomited


# Round 41 (blind42, helper A60): an injury caused to someone else (人にけがをさせた) is no symptom - in a swindler's
# story the consultation line; a hurt of one's own stays a symptom.
ROUND41_CAUSED = [
    ("息子を名乗る電話で、人にけがをさせたからお金がいると言われた、詐欺かな", "#9110"),
    ("転んでけがをした、どこの病院に行けばいい", "#7119"),
]


def test_round41_caused_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_CAUSED)


@pytest.mark.parametrize(("text", "number"), ROUND41_CAUSED)
def test_round41_an_injury_caused_to_someone_else(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 43 review: a heart pounding from a fright (``FRIGHT_POUNDING``) cancels the symptom and the palpitations
# rules alike; palpitations told alone stay a symptom.
@pytest.mark.parametrize(("text", "palpitations"), [
    ("さっき事故を見ちゃって、まだドキドキしてる", False),
    ("びっくりしてどきどきが止まんねえ", False),
    ("夜中に急に動悸がして、胸がドキドキする", True),
])
def test_a_fright_is_no_palpitations(text: str, palpitations: bool) -> None:
    events = find(views(text)).events
    assert ("palpitations" in events or "symptom" in events) == palpitations, events


# Round 45 (blind46b: 母に朝の薬を二回飲ませてしまったようなんです。今のところ普段と変わりません, #7119): a double
# dose given to someone (飲ませて) or taken (飲みました, 服用) is advice; a regimen (一日二回) is none.
ROUND45_DOUBLE_DOSE = [
    ("ばあちゃんさ朝の薬二回飲ませでしまったみでぇだ、今んとこ変わりねえけんど大丈夫だべか", "#7119"),
    ("くすり にかい のませちゃった いまは げんき", "#7119"),
    ("血圧の薬、うっかり二度飲んでしまいました。今のところ何ともございませんが、どうすればよいでしょうか", "#7119"),
    ("父に睡眠薬を2回服用させてしまったようです。よく寝ていますが大丈夫でしょうか", "#7119"),
    ("薬は一日二回飲んでいます。次の受診はいつがいいですか", "none"),
    ("血圧の薬を朝晩2回服用しています。薬局は何時まで開いていますか", "none"),
]


def test_round45_double_dose_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_DOUBLE_DOSE)


@pytest.mark.parametrize(("text", "number"), ROUND45_DOUBLE_DOSE)
def test_round45_a_double_dose_given_or_taken_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (wide48 heard): unwell told as not become so - no one is ill - is no symptom; becoming unwell still is.
NOT_BECOME_UNWELL = [
    ("誰も具合悪くなってないから大丈夫です", "none"),
    ("あれから誰も具合悪くなってねえです", "none"),
    ("だれも ぐあい わるく なって ないです", "none"),
    ("みんな元気で、誰も気分悪くなっておりません", "none"),
    ("体育館の警報ブザー、止め方わかる？誰も具合悪くなってないけど", "none"),
    ("母の具合が悪くなってきました", "#7119"),
    ("夫が気分悪くなって横になってます", "#7119"),
]


def test_round_46_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_BECOME_UNWELL)


@pytest.mark.parametrize(("text", "number"), NOT_BECOME_UNWELL)
def test_unwell_told_as_not_become_so_is_no_symptom(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a, helper A98): どう気をつける is read どうきをつける, never palpitations; palpitations still are.
HOW_TO_TAKE_CARE_CASES = [
    ("毎年お餅の季節になると、年寄りにはどう気をつけさせたらよいか考えます", "none"),
    ("さっきから動悸がして胸がざわざわする、病院行くべき？", "#7119"),
]


def test_how_to_take_care_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HOW_TO_TAKE_CARE_CASES)


@pytest.mark.parametrize(("text", "number"), HOW_TO_TAKE_CARE_CASES)
def test_how_to_take_care_is_no_palpitation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): 戻す only as a verb - 何度もドアに (なんども どあ, devoiced なんともとあ) is no vomiting.
@pytest.mark.parametrize(("text", "number"), [
    ("ゆうびんやさんが なんども どあの まえまで きてくれた", "none"),
    ("子どもが夜中に何度も戻して、ぐったりしてきました", "#8000"),
    ("なんども もどしてる おなか いたい", "#7119"),
])
def test_modo_is_vomiting_only_as_the_verb(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=NIGHT if "夜中" in text else DAY)


# Round 51: pain on swallowing (唾を飲むたびに痛い) is a symptom to ask about (a fish bone, a sore throat).
@pytest.mark.parametrize(("text", "number"), [
    ("鯛を食べてから、つばを飲み込むと喉がちくっとします", "#7119"),
    ("つば のむたびに いたがってる おっと", "#7119"),
])
def test_pain_on_swallowing_is_a_symptom(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): 何度も入り (entered again and again: letters in a mailbox) is no vomiting; 何度も吐いて stays.
@pytest.mark.parametrize(("text", "number"), [
    ("朝から何度も吐いています。病院に行くべきですか", "#7119"),
    ("ストーカーの手紙が郵便受けに何度も入り、困っています", "#9110"),
])
def test_round53_entered_again_and_again_is_no_vomiting(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 53 (wide55b, helper A109): 人には危険はない reads にはきけんは - no 吐き気 (nausea); the nausea itself,
# in either spelling, is still a symptom to ask about.
@pytest.mark.parametrize(("text", "number"), [
    ("港に大きな流木が打ち上げられています。人には危険はないと思いますが、どこに連絡すればいいですか", "none"),
    ("船をおりてから吐き気がおさまらない", "#7119"),
    ("ふねよいで はきけが とまらない", "#7119"),
])
def test_danger_read_on_after_ni_wa_is_no_nausea(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 53 (wide55b, helper A109): a sharp pain, a back that gave, a pain at each move or a cry of pain with a
# question of where to be seen is a symptom to ask about (#7119); a sharp chest pain stays 119.
@pytest.mark.parametrize(("text", "number"), [
    ("畑仕事で米袋を持ち上げたら腰に激痛、今日やってる整形外科ありますか", "#7119"),
    ("こし ぐきっと なった あるく たびに いたい", "#7119"),
    ("物置で灯油缶運んだっけ腰ぎぐってなって、動がすたびに痛えんだ", "#7119"),
    ("胸に激痛が走って冷や汗が止まらない", "119"),
])
def test_round53_a_sharp_pain_is_a_symptom_to_ask_about(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# 'right now' is an act going on, not a clinic open now (round 54, wide56b)
RIGHT_NOW_AN_ACT = [
    ("駐輪場で男が自転車の鍵を壊して盗んでる、今まさにやってる", "110"),
    ("今やってる病院ありますか、熱が三十九度あります", "#7119"),
]


def test_right_now_an_act_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RIGHT_NOW_AN_ACT)


@pytest.mark.parametrize(("text", "number"), RIGHT_NOW_AN_ACT)
def test_right_now_an_act_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: a pounding heart (心臓バクバク) after a sauna or a bath, talking normally, is palpitations to ask about
# (#7119), not chest pain; with chest tightness or a collapse it stays 119; a fright told over (物音…猫だった) is none.
POUNDING_HEART = [
    ("サウナで心臓バクバク止まらんくて倒れた、返事しない", "119"),
    ("心臓バクバクして胸が締め付けられる、冷や汗が出てる", "119"),
    ("風呂上がりに心臓バクバク止まらん、普通に話せるけど病院いる？", "#7119"),
    ("岩盤浴出てから心臓ばくばくしてる、話はできる、大丈夫かな", "#7119"),
    ("しんぞう ばくばく して とまらない。 はなしは できる。 びょういん いったほうが いい？", "#7119"),
    ("夜中に物音がして心臓バクバクしたけど、猫だった", "none"),
]


def test_round55_pounding_heart_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(POUNDING_HEART)


@pytest.mark.parametrize(("text", "number"), POUNDING_HEART)
def test_round55_a_pounding_heart_is_palpitations(text: str, number: str) -> None:
    if number == "#7119":
        assert "palpitations" in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a volitional read on into と (買おうと) is no vomiting, and a
# thermometer's reading told without 熱 is a fever.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("家を買おうと思ってて、ハザードマップはどこで見られますか", "disaster", DAY),
    ("何度か嘔吐しました", "#7119", DAY),
    ("夜中、2歳の息子の体温が39度あります", "#8000", NIGHT),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_volitionals_and_thermometers(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
