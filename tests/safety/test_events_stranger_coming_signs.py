""":mod:`safety.events_stranger_coming_signs`: a stranger who lingers and then comes at the writer while they are
afraid is 110 now; told of another day, feared in the past, in a drama, or asked about where to consult, it stays as
before."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

COMING_NOW = [
    ("公民館の前に知らない男がずっといて、こっちに向かってくる、怖い", "110"),
    ("しらねえ男がずっと店の前さいで、こっちさ来る、こわい", "110"),
    ("あやしい ひとが ずっと いて わたしの ほうに ちかづいてくる たすけて", "110"),
    ("えっと駐車場に変な人がずっといてあのこっちに寄ってくる怖いです", "110"),
]
NOT_NOW = [
    ("昨日、知らない男の人がこっちに来て怖かったです", "#9110"),
    ("先週知らない男がずっと家の前にいて、こっちに来そうで怖かった。どこに相談すれば", "#9110"),
    ("ドラマで知らない男がこっちに来る場面が怖かった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COMING_NOW + NOT_NOW)


@pytest.mark.parametrize(("text", "number"), COMING_NOW)
def test_a_stranger_coming_at_the_writer_now_is_110(text: str, number: str) -> None:
    assert "stranger_coming" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_NOW)
def test_another_day_or_a_story_is_not_now(text: str, number: str) -> None:
    assert "stranger_coming" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


# Round 55: a thief caught at it and told off, who then comes at the writer now, is 110 with or without fear told;
# another day, a thief who came up to apologise the day before, or a drama stays quiet.
THIEF_TOLD_OFF_COMING = [
    ("畑で野菜盗ってる男に声かけたら、鎌持ってこっちに向かってくる", "110"),
    ("倉庫から灯油盗んでたやつに注意したら、バール持ってこっちに来る", "110"),
    ("まんびき した こ に こえ かけたら おいかけて きてる", "110"),
    ("墓の花を盗ってた婆さんさ注意したっけ、棒持ってこっちさ来るっちゃ", "110"),
]
THIEF_TOLD_OFF_NOT_NOW = [
    ("昨日、自転車を盗もうとしてた人に注意したら、こっちに来て謝ってた", "none"),
    ("ドラマで泥棒に注意したら包丁持ってこっちに来るシーンが怖かった", "none"),
]


def test_round55_thief_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THIEF_TOLD_OFF_COMING + THIEF_TOLD_OFF_NOT_NOW)


@pytest.mark.parametrize(("text", "number"), THIEF_TOLD_OFF_COMING)
def test_round55_a_thief_told_off_coming_at_the_writer_is_110(text: str, number: str) -> None:
    assert "stranger_coming" in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THIEF_TOLD_OFF_NOT_NOW)
def test_round55_a_thief_told_off_another_day_or_in_a_drama_is_quiet(text: str, number: str) -> None:
    assert "stranger_coming" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
