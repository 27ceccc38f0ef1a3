"""Unwanted attention told by what recurs (:mod:`safety.events_stalking_signs`; round 43's wide45, wide45b and wide45c
kinds, gathered in round 44), on tellings written for these tests in several styles, not phrases of the set: the same
car by the house for days with someone watching, abuse posted online, underwear taken again and again, a man
photographing children day after day (#9110). News of a celebrity's abuse, underwear blown away and a sports day's
photographs are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # #9110: the same car by the house for days, someone watching
    ("ここ何日も、知らない黒い車がうちの前に停まってて、中の男がじっとこっち見てる", "#9110"),
    ("毎晩、見慣れない軽トラが家のそばさ停まって、こっちの方見でるのっしゃ", "#9110"),
    ("おなじ くるまが まいにち いえの まえに とまって こっちを みてる こわい", "#9110"),
    # #9110: abuse posted online
    ("ネットの掲示板に私の悪口がずっと書き込まれてる どこに相談すれば", "#9110"),
    ("SNSで知らない人から中傷のメッセージが毎日来ます。どうしたらいいでしょうか", "#9110"),
    ("孫の悪口ば誰かがネットさ何回も書き込んでんだど。どごさ相談すっぺ", "#9110"),
    # #9110: underwear taken again and again
    ("ベランダに干してた下着がまたなくなった、これで三回目", "#9110"),
    ("洗濯物から下着だけ何度も盗まれてるんです、どこに相談すれば", "#9110"),
    ("したぎが また ぬすまれた にかいめ", "#9110"),
    # #9110: a man photographing children day after day
    ("このところ毎日、知らない男の人が通学路で子どもたちの写真を撮っています。今はいません", "#9110"),
    ("おなじ おとこが まいにち こうえんで こどもを かめらで とってる", "#9110"),
    ("ここ何日も、公園さ同じおっさん来て、子どもらの写真撮ってんだ", "#9110"),
    # not these: news of abuse, washing blown away, a sports day's photographs
    ("芸能人へのネットの誹謗中傷のニュースを見た", "none"),
    ("風で下着が飛ばされてなくなった", "none"),
    ("運動会で子どもの写真を毎年撮ってます", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_unwanted_attention_is_decided_by_what_recurs(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49: messages day after day telling the writer they were watched (「今日も見てたよ」; blind49a, read none) are
# the police consultation line; a family member's or a fan's message stays quiet.
WATCHED_MESSAGES = [
    ("ここ一週間、知らない番号から毎晩「今日も見てたよ」ってショートメールが届きます。どうしたらいいでしょうか",
     "#9110"),
    ("毎日 知らない人から メッセージで いつも見てるよって 来る こわい", "#9110"),
    ("まいにち しらない ひとから きょうも みてたよ って めーるが くる", "#9110"),
    ("誰だがわがんねえ人から、毎日「今日も見でだよ」ってライン来んだ。おっかねえ", "#9110"),
    ("母から毎日「今日もテレビ見てたよ」ってLINEが来る", "none"),
    ("毎日配信に「今日も見てたよ」ってコメントくれる人がいて嬉しい", "none"),
]


def test_watched_message_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WATCHED_MESSAGES)


@pytest.mark.parametrize(("text", "number"), WATCHED_MESSAGES)
def test_messages_telling_one_was_watched_are_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (helper A103; wide53b, read none): houses, mailboxes or back doors photographed by a stranger over days, and
# the newspaper or the post taken from one's box day after day, are for the police consultation line (#9110; 110 when
# the man is at it now); an estate agent's photographs, a dog or the family taking the paper, a paper only not
# delivered stay quiet.
CASING_AND_MAIL = [
    ("ここ何日か、知らない男が近所の家の玄関や表札をスマホで撮って回ってます。どこに相談すれば", "#9110"),
    ("数日前から作業着の男の人が集落の家の勝手口ばっかり写真撮ってんだ、おっかねえ", "#9110"),
    ("このごろ あやしい おとこの ひとが うちの ぽすとの しゃしんを とって いきます", "#9110"),
    ("いま知らない男がうちの郵便受けと玄関の写真を撮ってる、何日か前にも来てた", "110"),
    ("先月から、郵便受けに入れてもらったはずの手紙が何度もなくなるんです。誰かに抜かれてるのかな", "#9110"),
    ("毎朝ポストの朝刊が抜き取られております。販売店は入れたと申しますが、どなたに相談すれば", "#9110"),
    ("まいあさ しんぶんが ぬすまれる だれか もっていく", "#9110"),
    ("ここひと月、毎朝新聞っこ持ってがれでんだ。誰だべ", "#9110"),
    # look-alikes
    ("最近、不動産屋さんが近所の家の写真を撮って回ってるけど売りに出るのかな", "none"),
    ("毎朝新聞がなくなってると思ったら、犬がくわえて庭に持っていってた", "none"),
    ("このところ毎朝、郵便受けの新聞を夫が先に持っていってしまう", "none"),
    ("新聞がなくなったら困るなあ、毎日読んでるから", "none"),
]


def test_casing_and_mail_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASING_AND_MAIL)


@pytest.mark.parametrize(("text", "number"), CASING_AND_MAIL)
def test_houses_cased_and_mail_taken_are_for_the_police(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
