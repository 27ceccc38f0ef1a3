""":mod:`safety.vocabulary_topic`: a word read like a topic word, on phrasings not in the set - a trainee (研修生)
is no course (研修), 公衆 (a public toilet, read こうしゅう) no 講習, and a reading across a word's edge (むねかいたい,
ぐったりし肩) no 解体 or 仕方; the topic word itself still is one (split from test_vocabulary_topic.py in round 47)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_topic import TOPIC
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


# Round 40 (blind41, helper A56): a trainee (研修生) is a person, not a course (研修) to ask about.
@pytest.mark.parametrize(("text", "number"), [
    ("研修生が作業中に倒れて意識がない", "119"),
    ("研修で習った心肺蘇生のやり方をもう一度知りたい", "none"),
])
def test_round40_a_trainee_is_no_course(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 43 (blind44b and kinds42, helper A65): two readings that crossed a word's edge - a body part and が before
# いたい, devoiced (むねかいたい), is pain, not 解体 (a demolition); a verb's し before 肩 (ぐったりし肩を叩いても, read
# しかた) is no 仕方 (a way of doing).
ROUND43_EDGES = [
    ("むねが いたい いきが くるしい ひとりで います", "119"),
    ("あたまが いたいの すごく はきそう うごけない", "119"),
    ("施設の夜勤中、利用者さんがぐったりし肩を叩いても目を開けません", "119"),
    ("デイサービスの送迎中に、おばあさんがじっとし肩をたたいても返事がないんです", "119"),
    ("空き家の解体費の補助はありますか", "none"),
    ("ゴミの分別のしかたを教えてください", "none"),
]


def test_round43_edge_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND43_EDGES)


@pytest.mark.parametrize(("text", "number"), ROUND43_EDGES)
def test_round43_a_reading_across_a_words_edge_names_no_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round43_pain_is_no_demolition() -> None:
    assert not TOPIC.search(views("むねが いたい ひとりで います").devoiced)
    assert TOPIC.search(views("家の解体費はいくらですか").devoiced)


# round 45 (blind46a): 公衆 (a public toilet, telephone, bath) is read こうしゅう like 講習, a course - no topic; the
# course itself still is one
PUBLIC_PLACE_CASES = [
    ("公衆トイレの個室から、さっきからうめき声がしてて、ノックしても返事がないんです。", "119"),  # the set's telling
    ("こうしゅう といれの こしつで だれか うなってて よんでも へんじ ない", "119"),
    ("公園の公衆便所の個室で誰かが呻いてて、戸を叩いても返事がありません", "119"),
    ("駅前の公衆トイレに入ったきりの人がいて、中からうめき声がする。声をかけても返事しない", "119"),
    ("公衆トイレの清掃の講習はどこで受けられますか", "none"),
    ("公衆電話の使い方の講習会があるそうです", "none"),
]


def test_public_place_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PUBLIC_PLACE_CASES[1:])


@pytest.mark.parametrize(("text", "number"), PUBLIC_PLACE_CASES)
def test_a_public_toilet_is_no_course(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 57: the news spelled in kana with う (にゅうす) is the news, as ニュース is; an accident before one's eyes
# told after watching it stays an alarm, and 入水 (にゅうすい) is no news.
KANA_NEWS = [
    ("てれびの にゅうすで くるまの じこを みて、むねが どきどきした", "none"),
    ("らじおの にゅうすで ばすの じこが あったって きいた", "none"),
    ("にゅうす みてたら そとで おおきな おと、くるまの じこ です、ひとが たおれてる", "119"),
]


def test_kana_news_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KANA_NEWS)


@pytest.mark.parametrize(("text", "number"), KANA_NEWS)
def test_the_news_spelled_in_kana_is_a_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["投入ストーブから火が出た", "しんにゅうするところを見た", "購入済みのチケット"])
def test_a_word_ending_in_nyuusu_is_no_news(text: str) -> None:
    """にゅうす only before a particle: not a heard 導入ストーブ nor a verb in -にゅうする (round 57)."""
    assert not TOPIC.search(views(text).devoiced)
