"""The police consultation and consumer lines (:mod:`safety.events_consultation`), on phrasings not in the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.events_advice import advice_rules
from safety.events_consultation import consultation_rules
from safety.events_disaster import disaster_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # threatened again and again, in kana (おどしてくる)
    ("となりの おじさんが いうこと きかないと ひどいめに あわせるって おどしてくる", "#9110"),
    # an unfamiliar car waiting by the house, told as a worry (見慣れない as 知らない; round 30)
    ("ここ数日、見慣れない車が家の前にずっと止まっていて気味が悪いです", "#9110"),
    ("みなれない おとこが うちの まえで こっちを みてる きが する", "#9110"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_word_boundaries_of_the_consultation_rules(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_consultation_rules_come_last_but_the_disasters() -> None:
    consultation, disasters = consultation_rules(), disaster_rules()
    assert advice_rules()[-len(consultation) - len(disasters):-len(disasters)] == consultation
    assert {r.group for r in consultation} == {"scam", "stalking", "consumer", "police"}


# Round 21: an identity claim made by a visitor (市役所の人だって来て) is the scam rule's; someone who has left
# (今は帰ったけど, もう帰りました) makes a "now" word (今は) no longer "happening now": every identity claim of the set
# with no one at the door or on the line is #9110 (21 of 21), the 12 with them still there or coming are 110.
VISITORS = [
    ("さっき警察の人だって来て、通帳を預かるって言われた。今はもう帰ったけど、本物だったのかな", "#9110"),
    ("銀行の職員だって来た人に暗証番号を聞かれました。もう帰りましたが、心配です", "#9110"),
    ("今朝、税務署の者だって来てさ、還付があるから口座教えろって。今は帰ったけど怪しいよね", "#9110"),
    # still there, or coming back: 110
    ("いま市役所の人だって来て、キャッシュカードを渡せって玄関から動かない", "110"),
    ("区役所の職員だって来た男が、今は帰ったけど今から戻ってきてカードを受け取るって", "110"),
    # any claim quoted, then the caller or the call (29 of 30 office claims, 7 of 7 relative claims of the set)
    ("ぎんこう だって いう ひとから でんわ あった ほんもの かな", "#9110"),
    ("孫だっつう電話きて、事故起こしたがら金いるって言うんだ", "#9110"),
    ("税務署ですっていう電話で、還付金の手続きにATMへ行けと言われた", "#9110"),
    # not a question about an office, nor a call from a relative one is glad of
    ("警察って電話番号何番？", "none"),
    ("銀行って電話で予約できますか", "none"),
    ("息子だって電話があって、声が聞けて嬉しかった", "none"),
    # not a claim: someone who came with the police
    ("警察の方と一緒に来て、事故の説明をしました", "none"),
    # a warning, told in dialect (気ぃつけろ, 気つけろ: 3 of 3 such warnings of the set are none), is no scam
    ("オレオレ詐欺さ気ぃつけろって、駐在さんが言ってだ", "none"),
    ("還付金の電話は詐欺だがら気つけろって、息子に言われた", "none"),
]


def test_round_21_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(VISITORS)


@pytest.mark.parametrize(("text", "number"), VISITORS)
def test_round_21_a_visitor_who_has_left_is_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: flood water seen where one lives (brown water at the door, water up to the knees) is the disaster page,
# brown tap water is not; a swindle suspected and found genuine is no swindle.
ROUND_22 = [
    ("家の裏の用水路から茶色い水があふれてきて、玄関の手前まで来てる", "disaster"),
    ("うちの前の道路、ひざまで水につかってきた。年寄り二人でどうしたら", "disaster"),
    ("台所の蛇口から茶色い水が出てくる、水道局はどこ？", "none"),
    ("市役所から還付金の電話、詐欺かと思ったら本当に市役所からだった", "none"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_floods_seen_and_scams_found_genuine(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: a swindler's visit announced for another day is not happening now (#9110); one coming today still is (110).
VISIT_LATER = [
    ("警察を名乗る男から、あした自宅にカードを取りに来ると電話がありました", "#9110"),
    ("銀行の人を名乗る男から電話があって、来週カードを預かりに行くと言われました", "#9110"),
    ("警察を名乗る男が今からカードを取りに来ると電話で言っています", "110"),
]


def test_visit_later_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(VISIT_LATER)


@pytest.mark.parametrize(("text", "number"), VISIT_LATER)
def test_a_visit_announced_for_another_day_is_not_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: わかさぎ (a fish) holds さぎ; a swindle seen in the news and feared is a worry - a call told after it is
# not.
SCAM_WORDS = [
    ("わかさぎの天ぷらを揚げたい、油の捨て方は", "none"),
    ("わかさぎ釣りの最中に孫を名乗る電話がきて、お金が要ると言われた", "#9110"),
    ("テレビで詐欺のニュースを見て怖くなった。母に注意する方法は", "none"),
    ("ニュースで見て不安になってたら、うちにも息子を名乗る電話が来た", "#9110"),
]


def test_scam_word_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SCAM_WORDS)


@pytest.mark.parametrize(("text", "number"), SCAM_WORDS)
def test_a_fish_and_the_news_are_no_swindle(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: a call that has ended or a threat that came online is not happening at the door (#9110, not 110: 10 of 10
# and 54 of 55 in the set); with the caller still on the line or the sender at the door it stays 110. An officer's
# claim (警察官を名乗る) and a number change quoted (3 of 3 #9110) are claims; a grandmother's place (ばあちゃんとこに)
# is no question of where to flee, and どうのと書いて no sore throat.
ROUND_24 = [
    ("息子を名乗る人から電話があったけど、怪しいと思って切った。どうしたらいい", "#9110"),
    ("息子を名乗る人から今電話がかかってきてて、まだつながってる", "110"),
    ("インスタで知らない人から、言うこと聞かないと写真ばらすってメッセージが来てる", "#9110"),
    ("元彼が今家の前に来てて、LINEで出てこいって言ってくる", "110"),
    ("ATMの前にいて、電話で還付金の手続きをしろって言われてる", "110"),
    ("警察官を名乗る男から電話があって、口座番号を聞かれた", "#9110"),
    ("警察官になりたいので説明会の日程を教えて", "none"),
    ("ばあちゃんとこに毛糸を送りたい", "none"),
    ("大雨のとき、どこに逃げればいいの", "disaster"),
    ("孫から「スマホの番号が変わった」って電話があったけど本物か不安", "#9110"),
    ("市役所の電話番号が変わったって本当ですか", "none"),
    ("訴訟がどうのと書いてある通知が来た、どこに聞けば", "188"),
]


def test_round_24_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_24)


@pytest.mark.parametrize(("text", "number"), ROUND_24)
def test_round_24_consultation_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [
    ("停電が三日も続いて寒いので、どこか身を寄せられる場所はありますか", "disaster"),
    ("娘夫婦のところに身を寄せることになりました。住所変更の手続きを教えてください", "none"),
])
def test_blind25_shelter_in_a_storm_or_snow_is_the_disaster_page(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# After blind26's final score: a stranger or a car seen around the house and told as no longer there (今はいねえけど)
# is the consultation line (8 of 8 such phrases of the set are #9110); still there, or a child gone, it is not.
BLIND26_GONE = [
    ("知らない男が庭をうろうろしていたけど、今はもういません", "#9110"),
    ("さっき知らね男が家の前さずっと立ってたけど、今はいねえ", "#9110"),
    ("知らない男が家の周りをうろうろしてて、今は玄関の前にいる", "110"),
    ("知らない男が家の前をうろうろしてる、怖い", "110"),
]


def test_blind26_gone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND26_GONE)


@pytest.mark.parametrize(("text", "number"), BLIND26_GONE)
def test_blind26_a_stranger_gone_is_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind27: a quarrel with a neighbour and something frightening said is #9110; footsteps round the house night
# after night, nobody found on a look, are #9110 (one night, still near: 110); a rubbish question about what an
# earthquake broke is no disaster page.
BLIND27_CASES = [
    ("隣の人と駐車場のことでもめて、ひどいことを言われました。どこに相談すれば", "#9110"),
    ("となりの ひとと ちゅうしゃじょうの ことで もめて こわい ことを いわれた", "#9110"),
    ("近所の子どもたちが怖い話をしてくれて楽しかった", "none"),
    ("毎晩、庭を誰かが歩き回る音がして、見に行っても誰もいないんです", "#9110"),
    ("いま庭を誰かが歩き回ってる、見に行ったら誰もいないけど、まだ近くにいるかも", "110"),
    ("この前の地震で割れた花瓶は何ごみで出せばいいですか", "none"),
    ("地震で家が傾いてる、避難所はどこですか", "disaster"),
]


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_neighbours_prowlers_and_rubbish(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28: ストーカー folds to すとか; 外すと解約 is none.
@pytest.mark.parametrize(("text", "number"), [("このアプリを外すと解約になりますか", "none")])
def test_blind28_hazusu_to_kaiyaku_is_no_stalker(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 34 (blind35 read): a claim quoted with って名乗る; the card told first, then collected.
BLIND35_EVENTS_CONSULTATION = [
    ('市役所の職員って名乗る人から電話、本当ですか', '#9110'),
    ('キャッシュカードが不正に使われてるので取りにいくと電話がありました、本当でしょうか', '#9110'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_CONSULTATION)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_CONSULTATION)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): a changed phone quoted, then the call (「孫だけど携帯が変わった」という電話; 6 other
# writers, all #9110).
def test_a_changed_phone_quoted_is_a_scam_call() -> None:
    text = "母に「孫だけど携帯が変わった」という電話があったそうです"
    assert_not_in_phrase_set([(text, "#9110")])
    assert "scam" in find(views(text)).events
    assert_decides(text, "#9110", now=DAY)


# Round 38 (blind39, helper A45): a threat told in kana as threatening and going (おどしていく; a threat in kana in 6
# other writers, #9110 or 110): a matter to consult about when it keeps happening.
KANA_THREAT_CASES = [
    ("となりの ひとが まいばん きて おどしていく", "#9110"),
    ("もとかれが まいにち いえに きて おどしていく こわい", "#9110"),
]


def test_kana_threat_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KANA_THREAT_CASES)


@pytest.mark.parametrize(("text", "number"), KANA_THREAT_CASES)
def test_a_threat_told_in_kana_as_going_on(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 40 (blind41, helper A56): 今朝 + 牛舎 / 牛乳 (read けさぎゅう…) holds no さぎ (a swindle).
@pytest.mark.parametrize("text", ["今朝牛乳を飲んだら少しお腹がゆるい", "今朝、牛舎の屋根の雪を下ろしました"])
def test_round40_kesa_gyuu_is_no_swindle(text: str) -> None:
    assert "scam" not in find(views(text)).events


# Round 51 (wide53): サービスとか (さーびすとか, さびすとか once the long vowel goes) is no stalker.
@pytest.mark.parametrize(("text", "number"), [
    ("見守りサービスとか、配食サービスとかってありますか", "none"),
    ("元彼がストーカーみたいに毎日家の前に来る", "#9110"),
    ("すとーかーって どこに そうだんすれば", "#9110"),
])
def test_a_service_listed_is_no_stalker(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


TODAY_IS_CASES = [
    # round 57: 今日は首, 今日は口, 今日は暗い read きょうはく... are no threat (脅迫)
    ("今日は首が回らなくて寝違えたみたい", "none"),
    ("きょうは くちが かわいて しかたない", "none"),
    # ... while a threat told in kana stays one
    ("きょうはく されてて こわい", "#9110"),
]


def test_today_is_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TODAY_IS_CASES)


@pytest.mark.parametrize(("text", "number"), TODAY_IS_CASES)
def test_today_is_a_neck_is_no_threat(text: str, number: str) -> None:
    assert ("stalking" in {name for name in find(views(text)).events}) == (number == "#9110")


# Round 58 (wide60b, construction sites and road works): 横切って read よこぎって is no cheque (小切手).
ROUND_58: list[tuple[str, str, datetime]] = [
    ("登校中の子どもの列の横を、大きなダンプが横切っていくのが怖い", "none", DAY),
    ("息子を名乗る電話で小切手を用意してと言われた", "#9110", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_crossing_is_no_cheque(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
