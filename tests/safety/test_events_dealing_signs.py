"""Round 17 (:mod:`safety.events_dealing_signs`), on phrasings not in the set: a veiled threat, a camera pointed at
one, a photo of one's family left in the post box and one's name posted online are #9110; a refund the trader
refuses, a contract found signed, goods bought up cheaply at the door and a bill multiplied are 188."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # #9110: threats, watching, posts
    ("近所の人に「言う通りにしないとどうなっても知らない」と言われて、怖くて眠れません", "#9110"),
    ("毎朝、向かいの家の窓から私にカメラを向けられていて気持ち悪いです", "#9110"),
    ("郵便受けに娘の写真が入れられていました、誰が撮ったのか分かりません", "#9110"),
    ("SNSに私の実名と住所が晒されて、知らない人からメッセージが来るようになりました", "#9110"),
    # 188: refunds refused, contracts signed, goods bought up, bills multiplied
    ("通販で買った布団を返品したいと伝えたのに、業者が取り合ってくれません", "188"),
    ("訪問販売の健康食品、クーリングオフしたいのに会社に断られました", "188"),
    ("いつの間にか布団の申込書にサインさせられていて、四十万円と書いてありました", "188"),
    ("着物を買い取りますと家に来た人に、祖母の形見の指輪まで安く持っていかれた", "188"),
    ("水道の修理を頼んだら、見積もりの三倍の金額を請求されました", "188"),
]

NOT_EMERGENCY = [
    # a family photo, a welcome post, a return that went through
    ("孫の写真が年賀状に入っていて嬉しかった", "none"),
    ("市のホームページに地域の祭りの写真が載せられていました", "none"),
    ("返品したらすぐに返金してもらえました、ありがとう", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_EMERGENCY)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_dealing_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_EMERGENCY)
def test_the_same_words_without_trouble_are_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18: a threat to expose one, a note of one's movements, the same person following, a caller posing as a
# relative or the police (騙る, Tohoku 語る) are #9110 (110 when the follower is there now); something counterfeit
# bought, a "free" service that charged and goods bought up at the door (買い取る) are 188.
ROUND_18 = [
    ("知らないアカウントから「顔写真ばらまくぞ」ってDMが来た", "#9110"),
    ("ポストに、私が昨日どこに行ったか行動を書いた紙が入っていた", "#9110"),
    ("通学路で同じ車に何度も待ち伏せされてる気がします。相談したいです", "#9110"),
    ("警察を語る電話が母のところにあった、本当か確かめたい", "#9110"),
    ("孫を騙る電話があったけど切りました、どこに知らせたらいい", "#9110"),
    ("今、知らない男がずっと後ろを歩いてきてる、怖い", "110"),
    ("ネット通販で買ったスニーカーが偽物で、店と連絡がつかない", "188"),
    ("フリマアプリで落札したバッグがコピー品だった、出品者と連絡とれない", "188"),
    ("無料だと言われて登録したのに、毎月500円課金されてる", "188"),
    ("金を買い取るって来た人に、母のネックレスを安く持っていかれた", "188"),
    # paid and not delivered, a bill for something not used, a bill a multiple of what was said
    ("ネットで注文したこたつ、代金を払ったのに二週間たっても届かない", "188"),
    ("使ってないアプリの請求書がメールで来た、払わないといけないの？", "188"),
    ("電話で勧められたサプリ、届いた請求が言われた値段の三倍だった", "188"),
    # pay or it gets spread; posing under a relative's name; calls that keep coming
    ("昔の写真を送ってしまった相手に「払わないとネットにばらまく」と言われている", "#9110"),
    ("孫の名前をかたる電話がまたかかってきた、どうしたらいい", "#9110"),
    ("知らない番号から無言の電話が何度もかかってくる", "#9110"),
    # the same words, nothing wrong
    ("孫が後ろを歩いてきて、かわいかった", "none"),
    ("フリマで買った服がかわいかった", "none"),
    ("無料の健康相談はありますか", "none"),
]


def test_round_18_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_18)


@pytest.mark.parametrize(("text", "number"), ROUND_18)
def test_round_18_dealing_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 21: a charge or withdrawal not recognised is the consumer line like a bill (every phrase of the set with a
# bill, charge or withdrawal not recognised is 188, 31 of 31).
ROUND_21 = [
    ("カードの明細に知らない引き落としが三件あった", "188"),
    ("タブレットに覚えのない課金が五千円ついてた", "188"),
    # not a person unknown who asked about a withdrawal
    ("知らない人から引き落としの方法を聞かれた", "none"),
    # an inspection visit that became a sale (22 of 22 in the set are 188)
    ("先週、床下の点検と申す男の人が参りまして、父が言われるままに補強工事を頼み、八十万円払ってしまいました", "188"),
    ("給湯器を点検しますって来た業者に、その場で交換の契約をさせられた", "188"),
    # not an inspection asked about, nor one's own car at the garage
    ("水道メーターの点検はいつ来ますか", "none"),
    ("車の点検に行ったら、修理代が十万円と言われた", "none"),
]


def test_round_21_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_21)


@pytest.mark.parametrize(("text", "number"), ROUND_21)
def test_round_21_a_charge_not_recognised_is_188(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 22: something bought or signed for, then wanted undone, is 188 (not a cancelled event); a bill after a click
# or an unwanted registration (not a residents' register), goods sent on after a trial and a bill for goods never
# ordered are 188.
ROUND_22 = [
    ("温泉の体験会で勧められて買った健康器具、やっぱり返品したいです", "188"),
    ("家に来た人から50万円の布団を買ってしまいました。取り消せますでしょうか", "188"),
    ("物産展で契約した健康食品の定期便、やめられますか", "188"),
    ("イベントのチケットを買ったけど中止になりました、払い戻しは？", "none"),
    ("スマホで動画を見てたら勝手に登録されて、9万円払えって画面が出た", "188"),
    ("アダルトサイトをクリックしたら登録完了と出て料金を請求された", "188"),
    ("住民登録されているか確認したいのですが、手数料はかかりますか", "none"),
    ("お試しのつもりで頼んだ化粧水が、翌月から毎月届くようになって請求も来る", "188"),
    ("ちゅうもんしてない しょうひんの せいきゅうしょが とどいた", "188"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_purchases_undone_and_click_bills(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23: "you know what happens" said to one is a veiled threat (#9110); an agreement given on the phone and wanted
# undone, and repair work charged in tens of thousands of yen, are 188 (a grant for the work asked about is not).
ROUND_23 = [
    ("近所の人に「どうなるかわかってるな」と言われて怖い", "#9110"),
    ("電話で勧められた保険、よくわからずに承諾しちゃった、取り消したい", "188"),
    ("エアコンの修理を頼んだら、三十分で十五万円を請求されました", "188"),
    ("屋根の修理に市の補助金は何万円まで出ますか", "none"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23)


@pytest.mark.parametrize(("text", "number"), ROUND_23)
def test_round_23_dealing_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind25's final score: a repair charged in 万 without 円, and goods bought up for next to nothing by a buyer
# let in, are the consumer line; a stranger still in the house is 110.
BLIND25_DEALINGS = [
    ("給湯器の修理で業者を呼んだら、30万って請求されました。相場より高い気がします", "188"),
    ("えーと 屋根の 修理 頼んだら 八十万 払えって 言われて", "188"),
    ("着物を買い取るという人を家に上げたら、帯までタダ同然で持って行かれてしまった", "188"),
    ("買い取りだと言う男が家に上がり込んで、今も帰らずにタンスを開けています", "110"),
]


def test_blind25_dealing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND25_DEALINGS)


@pytest.mark.parametrize(("text", "number"), BLIND25_DEALINGS)
def test_blind25_repairs_and_buying_visits(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# 188 (after blind26b): a call-out service's bill paid (出張費で8万円), a loan's papers signed while only looking; a
# swindle with money handed over is #9110 (safety.events_witnessed_signs), a shop that never delivers stays 188.
CALL_OUT_AND_LOAN = [
    ("トイレのつまりで業者を呼んだら出張費込みで12万円払わされた", "188"),
    ("鍵をなくして開けてもらったら、解錠と出張料で6万円と言われて払ってしまった", "188"),
    ("ショールームで見てただけなのに、気づいたらクレジットの申込書にサインしてた", "188"),
    ("ネットで買った加湿器、代金振り込んじゃったのに届かない", "188"),
    ("家の鍵の交換を業者さんに頼みたいのですが、市の補助はありますか", "none"),
]


# blind27: a contract entered on a sales call without understanding it is 188; not understanding without any
# contract is nothing.
BLIND27_CASES = [
    ("ガスの会社を変えませんかって電話が来て、よく分からないうちに契約しちゃった", "188"),
    ("インターネットのプラン変えませんかって電話で言われて、わからないまま入っちゃった", "188"),
    ("よくわからないまま会場に入っちゃったけど、受付はどこ", "none"),
]


def test_call_out_and_loan_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CALL_OUT_AND_LOAN)


@pytest.mark.parametrize(("text", "number"), CALL_OUT_AND_LOAN)
def test_call_out_bills_and_loans_signed_are_consumer_matters(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_blind27_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND27_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND27_CASES)
def test_blind27_a_contract_entered_unawares(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a photo posted online told photo first; money sent to someone met online.
BLIND30_DEALING_CASES = [
    ("息子の写真が勝手にSNSに載せられている、相談したい", "#9110"),
    ("SNSで知り合った人に頼まれて、お金を送りました。それから連絡がありません", "#9110"),
]


def test_blind30_dealing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND30_DEALING_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND30_DEALING_CASES)
def test_blind30_dealing_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 35 (blind36 read): an inspection visit and a new one fitted unasked (勝手に…付け) is an inspection sale.
BLIND36_CASES = [
    ("エアコンの点検に来た人が勝手に新しいのに付け替えてった", "188"),
    ("点検に来た人が勝手に帰っていった", "none"),
]


def test_blind36_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND36_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND36_CASES)
def test_blind36_a_new_one_fitted_unasked_after_an_inspection(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): a price multiplied, told as sold to one (倍の値段で売られた; 3 other writers, 188); a
# price seen on sale is not.
@pytest.mark.parametrize(("text", "number"), [("移動販売の灯油、いつもの倍の値段で売られた", "188"),
                                              ("倍の値段で売られてるゲーム機", "none")])
def test_sold_at_double_the_price(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert ("bill_multiplied" in find(views(text)).events) == (number == "188")
    assert_decides(text, number, now=DAY)


# Round 44 (blind45a: 中古の農機、修理代込みって話だったのに別に請求されだんだ, blind45b: 通販番組で 布団
# 買えたんですけど キャンセルしたい): a price agreed all-in or free, then charged apart, and a purchase told
# 買えた to undo - 188.
ROUND44_DEALINGS = [
    ("エアコン工事、取り付け費込みって言われたのに後から追加で三万円請求されました", "188"),
    ("見積もり無料って聞いてたのに、帰り際に出張料を払えと言われた", "188"),
    ("車検、全部込みって話だったのに、別に部品代を取られたっちゃ", "188"),
    ("こみって いわれたのに べつに せいきゅうが きた", "188"),
    ("ラジオの通販で健康食品が安く買えたけど、やっぱり取り消したいです", "188"),
    ("送料込みって書いてあったので注文しました、届くのが楽しみです", "none"),
    ("ゴミ袋が安く買えたので、まとめて買いました", "none"),
]


def test_round44_dealing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_DEALINGS)


@pytest.mark.parametrize(("text", "number"), ROUND44_DEALINGS)
def test_round44_charged_beyond_what_was_agreed_is_188(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (coordinator, wide48b): the money paid, not given back by a shop or a trader, is a consumer matter (188); a
# loan a friend or a son has not paid back, or money given back, is not.
MONEY_NOT_GIVEN_BACK = [
    ("ネットで かった いぬの ふく こわれてた おみせが おかねを かえしてくれない", "188"),
    ("店に代金を返してもらえません", "188"),
    ("業者さ代金返してもらえねえんだ", "188"),
    ("友達に貸したお金を返してくれない", "none"),
    ("業者がお金を返してくれた", "none"),
]


def test_round_46_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MONEY_NOT_GIVEN_BACK)


@pytest.mark.parametrize(("text", "number"), MONEY_NOT_GIVEN_BACK)
def test_money_a_trader_does_not_give_back_is_a_consumer_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (wide51b): an inspection hatch (点検口) is no inspection visit - smoke from it is a fire, its lid fallen is
# no sale; an inspection visit that sold work stays 188.
INSPECTION_HATCH_CASES = [
    ("点検口から黒い煙が出てる！火が見える", "119"),
    ("天井の点検口のふたが外れて落ちてきました。修理はどこに頼めばいいですか", "none"),
    ("点検の業者が来て屋根の工事を契約させられて、五十万円請求された", "188"),
]


def test_inspection_hatch_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(INSPECTION_HATCH_CASES)


@pytest.mark.parametrize(("text", "number"), INSPECTION_HATCH_CASES)
def test_an_inspection_hatch_is_no_inspection_visit(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
