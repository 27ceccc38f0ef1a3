"""Redress refused (:mod:`safety.events_refused_redress_signs`; round 51), on tellings written for these tests, not
phrases of the set: an article a shop's machine or a service spoiled, with making it good refused, is the consumer
line (188); an employer keeping a worker's passport or residence card is the police consultation line (#9110), and
110 with a beating or a flight now. A compensation asked after a storm, a thing the writer broke, a passport applied
for and a card kept at a hotel desk are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAMAGE_REFUSED = [
    ("クリーニングに出したセーターが縮んで戻ってきたのに、店は補償しないと言うんです", "188"),
    ("コインランドリーの乾燥機でシャツが焦げた。店に言ったら「お客様の責任です」だって", "188"),
    ("修理に出したカメラが前より壊れて戻ってきたのに、弁償はできませんと言われました", "188"),
    ("せんたくやさんで ふくに あなが あいた べんしょう しないって いわれた", "188"),
    ("靴の修理屋さ頼んだら革が破れで戻ってきたのに、補償はしねえってよ", "188"),
    # not these
    ("台風で倉庫の屋根が壊れたけど、補償はないんでしょうか", "none"),
    ("図書館の本をうっかり破ってしまいました。弁償はどうすれば", "none"),
]

PAPERS_WITHHELD = [
    ("実習生です。会社がパスポートを返してくれません", "#9110"),
    ("友達のベトナム人、社長に在留カード取り上げられたままらしい", "#9110"),
    ("しゃちょうが わたしの ぱすぽーと かえさない", "#9110"),
    ("受け入れ先の社長さんが、うちの子たちのパスポートば預かったまま返さねえんだと", "#9110"),
    ("社長にパスポート返さないと言われて、いま殴られてる、助けて", "110"),
    # not these
    ("パスポートの更新は市役所でできますか", "none"),
    ("ホテルのフロントでパスポートを預かったままにされて、明日返すそうです", "none"),
]


def test_refused_redress_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DAMAGE_REFUSED + PAPERS_WITHHELD)


@pytest.mark.parametrize(("text", "number"), DAMAGE_REFUSED)
def test_an_article_spoiled_and_redress_refused_is_the_consumer_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), PAPERS_WITHHELD)
def test_papers_kept_by_an_employer_are_a_police_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# a stay booked for what it offered and no refund; old damage charged on return (round 54, wide56b)
REFUND_AND_OLD_DAMAGE = [
    ("夕食付きのプランで予約したのに夕食が出なくて、ホテルは差額を返さないと言います", "188"),
    ("おんせんつきの ぷらんで とまったけど おんせん しまってた へんきん しないって", "188"),
    ("借りた車、最初からあったへこみの修理代を払えって言われた", "188"),
    ("レンタルの自転車、借りたときからついてた傷なのに弁償しろって言われて困ってます", "188"),
    ("自分の都合でキャンセルしたプランは返金しないと書いてありました", "none"),
]


def test_refund_and_old_damage_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REFUND_AND_OLD_DAMAGE)


@pytest.mark.parametrize(("text", "number"), REFUND_AND_OLD_DAMAGE)
def test_refund_and_old_damage_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: a ticket or pass bought second-hand that does not work at the gate, the seller unreachable, is a consumer
# matter (188) - not a person missing nor one who does not answer; a ticket that worked or a warning stays quiet, and
# a father who does not answer stays 119.
SECOND_HAND_TICKET = [
    ("父が朝から部屋で返事をくれない、息をしてるかわからない", "119"),
    ("フリマアプリで買ったコンサートのチケットが入口で使えないと言われた。出品者に連絡つかない", "188"),
    ("てんばいサイトで かった スキーの リフトけん が つかえない。 うったひとに れんらく つかない", "188"),
    ("ネットの個人売買で買った野球の観戦チケットが無効だった。売った人は返事をくれない", "188"),
    ("オークションで落とした温泉の入浴券、偽物だったみたいで入れなかった", "188"),
    ("フリマで買ったチケット、ちゃんと使えました", "none"),
    ("転売チケットは使えないことがあるので気をつけてください", "none"),
]


def test_round55_second_hand_ticket_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SECOND_HAND_TICKET)


@pytest.mark.parametrize(("text", "number"), SECOND_HAND_TICKET)
def test_round55_a_second_hand_ticket_that_does_not_work_is_a_consumer_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
