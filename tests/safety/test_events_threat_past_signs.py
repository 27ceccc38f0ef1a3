"""Round 53 (:mod:`safety.events_threat_past_signs`): a threat to kill or burn received the night before, nobody at the
door now, is for the police consultation line (#9110); the one who threatened at the door or outside now keeps 110."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

THREAT_LAST_NIGHT = [
    ("ゆうべ、別れた彼から「今から行って殺してやる」ってメールが来ました。今のところ来ていません。", "#9110"),
    ("きのうの よる しらない ひとから ころすぞ って でんわが ありました", "#9110"),
    ("きんな、隣のおやじに「家さ火つけるからな」って言われだ。おっかねえ", "#9110"),
    ("昨晩、店の客に『お前の家燃やしてやる』と言われまして、気になっております", "#9110"),
]
THREATENER_THERE_NOW = [
    ("元夫が昨夜「殺してやる」と言っていて、今玄関の前にいます", "110"),
    ("昨日の夜、殺すぞと言ってきた男が、今外にいます", "110"),
]
NO_THREAT = [
    ("ゆうべ見たドラマで「殺してやる」ってセリフがあった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THREAT_LAST_NIGHT + THREATENER_THERE_NOW + NO_THREAT)


@pytest.mark.parametrize(("text", "number"), THREAT_LAST_NIGHT)
def test_a_threat_received_last_night_is_for_the_consultation_line(text: str, number: str) -> None:
    assert "visitor_left" in find(views(text)).names("scam")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THREATENER_THERE_NOW)
def test_the_one_who_threatened_at_the_door_now_is_110(text: str, number: str) -> None:
    assert "visitor_left" not in find(views(text)).names("scam")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NO_THREAT)
def test_a_threat_in_a_drama_is_quiet(text: str, number: str) -> None:
    assert "threat" not in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


# a threat received days ago (round 54, wide56b): last week, written on a review site
THREAT_DAYS_AGO = [
    ("先週、店のレビューに「火をつけてやる」と投稿されました。今のところ何も起きていません", "#9110"),
    ("せんしゅう ねっとに おまえの いえ もやしてやる って かかれた こわい", "#9110"),
    ("こないだ客さ『殺してやる』って言われだ、気になってしょうがねえ", "#9110"),
    ("先週「殺してやる」と言ってきた男が、今玄関の前にいます", "110"),
]


def test_threat_days_ago_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THREAT_DAYS_AGO)


@pytest.mark.parametrize(("text", "number"), THREAT_DAYS_AGO)
def test_threat_days_ago_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 58: a burning threat written and sent again and again, a demand with a veiled threat; not a parent's warning
THREAT_WRITTEN_OR_VEILED = [
    ("うちの神社に、火をつけるぞという脅迫状が何回も届いておりまして、どうしたら", "#9110"),
    ("公民館に「看板を撤去しなければ火をつける」と書いた手紙が先週届きました。相談したいです", "#9110"),
]
NOT_A_THREAT = [
    ("先週、子どもに「宿題しないとどうなっても知らないよ」と言ったら泣いた", "none"),
    ("どんど焼きで神社のお札を燃やすって聞いたけど何時から？", "none"),
]


def test_round58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THREAT_WRITTEN_OR_VEILED + NOT_A_THREAT)


@pytest.mark.parametrize(("text", "number"), THREAT_WRITTEN_OR_VEILED + NOT_A_THREAT)
def test_round58_a_written_or_veiled_threat_is_for_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
