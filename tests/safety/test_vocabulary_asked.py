"""Round 42 (helper A63): a hedged question after a grave sign (:mod:`safety.vocabulary_asked`: ``ASKED_IF_FINE``,
``FINE_QUESTION``, ``FINE_CLOSING``). …んだけど大丈夫かな, …ようなんですが様子見でいいでしょうか, …けど平気かね,
…気のせいかしら, Tohoku …だけんど大丈夫だべか ask whether it is fine: the question neither tells the scare over (the
resolution signal) nor settles the person (``SETTLED``). A mild sign with the same hedge stays on the advice line."""

from __future__ import annotations

import pytest

from safety.vocabulary_asked import ASKED_IF_FINE
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

GRAVE = [
    # casual, senior, plain, kana, Tohoku, indirect: a grave sign, then whether it is fine
    ("じいちゃんの呼吸、たまに止まるんだけど大丈夫かな", "119"),
    ("母が倒れて動かないんだけど大丈夫かな", "119"),
    ("父が風呂で沈んでたんですけど、大丈夫でしょうか", "119"),
    ("夫がトイレで倒れていて返事がないのですが、このままで大丈夫でしょうか", "119"),
    ("母が意識がなくて呼んでも起きないけど、大丈夫よね？", "119"),
    ("ばっちゃが倒れで動がねえんだけど大丈夫だべか", "119"),
    ("ははが たおれて うごかないけど だいじょうぶ？", "119"),
    ("赤ちゃんの唇が紫色になってるんだけど大丈夫？", "119"),
    ("主人の息が時々止まっているようなんですが、様子見でよろしいでしょうか", "119"),
    ("祖母が呼んでも反応がないんですけど、気のせいかしら", "119"),
]
MILD = [
    # the same hedge after a mild sign: the advice line
    ("孫が少し熱っぽいんだけど大丈夫かな", "#7119"),
    ("転んで膝をすりむいたんだけど大丈夫かな", "#7119"),
    ("ばあちゃん、ちょっと熱あるんだけんど大丈夫だべか", "#7119"),
    ("父が少し咳き込んでるけど大丈夫よね？", "#7119"),
    ("夜中に母が少しめまいがすると言うのですが、様子見でいいでしょうか", "#7119"),
    # a scare told as explained, then the hedge: still no alarm
    ("夫が倒れたと思ったら、昼寝してただけでした。大丈夫ですよね", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GRAVE + MILD)


@pytest.mark.parametrize(("text", "number"), GRAVE)
def test_a_hedged_question_keeps_a_grave_sign_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), MILD)
def test_a_mild_sign_with_the_hedge_stays_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "hedge"), [
    ("たまに止まるんだけど大丈夫かな", "大丈夫かな"),
    ("様子見でいいでしょうか", "様子見でいいでしょうか"),
    ("様子を見ていてもよろしいでしょうか。", "様子を見ていてもよろしいでしょうか。"),
    ("けど平気かね", "平気かね"),
    ("、気のせいかしら", "気のせいかしら"),
    ("だけんど大丈夫だべか", "大丈夫だべか"),
    ("このままで大丈夫ですか？", "このままで大丈夫ですか？"),
    # round 43 (kinds42): a lead-in (これは, 私の), なもの, and the recogniser's spaces are part of the question
    ("繰り返しておりまして、これは大丈夫なものでしょうか。", "これは大丈夫なものでしょうか。"),
    ("吸うのを何度も繰り返しておりまして、私の気のせいでしょうか。", "私の気のせいでしょうか。"),
    ("吸って を 繰り返してて これ 大丈夫 ですか", "これ 大丈夫 ですか"),
])
def test_the_hedge_is_read_at_the_end(text: str, hedge: str) -> None:
    found = ASKED_IF_FINE.search(text)
    assert found is not None and found.group() == hedge


@pytest.mark.parametrize("text", [
    "もう大丈夫です。",  # told fine, not asked
    "薬を飲んだから平気だよ",
    "大丈夫かなと思ったけど、やっぱり救急車を呼びました",  # the hedge not at the end
    "いいでしょうか",  # a permission asked, no "fine" and no waiting
])
def test_no_hedge_in_a_statement_or_mid_message(text: str) -> None:
    assert ASKED_IF_FINE.search(text) is None
