"""Round 54 (:mod:`safety.events_family_harm_signs`), on tellings of my own: a farewell note with the person gone is
110; a neck gripped or a body pinned down is 110 (not a massage, a sport, an animal); beatings of years ago told with
the one harmed apart now and asking where to turn are the police consultation line (#9110), while beatings told now
stay 110."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_family_harm_signs import ABUSE_LEFT_BEHIND_EVENT
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FAREWELL_NOTE = [
    ("兄の部屋に「もう疲れた、ごめん」と手紙があって、車がなくなってる", "110"),
    ("むすこの へやに さがさないでと かいた めもが あって くるまも ない", "110"),
    ("じいちゃんの部屋さ「迷惑ばっかりかけだ」って書いだ紙あって、軽トラもねえんだ", "110"),
    ("母の書置きに今までありがとうとあって、連絡がつかないんです", "110"),
]
NO_FAREWELL = [
    ("母が「探さないで」と書き置きして出かけた。買い物に行っただけみたい", "none"),
    ("ドラマで「探さないでください」って置き手紙して主人公が出ていった", "none"),
]
GRIPPED = [
    ("娘婿が娘の首を掴んで壁に押し付けている", "110"),
    ("元彼に首根っこ掴まれて壁に押しつけられてる、助けて", "110"),
    ("夫が母を床に押さえつけてる", "110"),
]
NOT_GRIPPED = [
    ("マッサージで首を掴んでもらったら気持ちよかった", "none"),
    ("猫の首根っこを掴んで病院に連れてった", "none"),
    ("柔道の練習で首を掴まれて床に押さえつけられた", "none"),
]
# the hands at one's own throat are choking's sign, for the choking rules (119), no violence
CHOKING_SIGN = [
    ("お餅を食べてた祖父が急に両手で首をつかんで、声が出ない", "119"),
]
ABUSE_LEFT_BEHIND = [
    ("十年前まで夫に毎日殴られていました。今は別居していますが、どこかに相談できますか", "#9110"),
    ("昔、父親にずっと殴られてた。もう家は出たけど、今になって辛い。相談できるとこある？", "#9110"),
    ("おら若え頃から亭主に叩かれできたのっしゃ。今は娘のとこさ逃げできてっけど、どごさ相談すればいいべ", "#9110"),
    ("むかし おっとに たたかれて いました いまは りこんして います そうだん できる ところ ありますか", "#9110"),
]
BEATEN_NOW = [
    ("夫に殴られています。どこに相談すればいいですか", "110"),
    ("今、夫に殴られています。助けて", "110"),
    ("別居中の夫が今玄関に来て殴られた、助けて", "110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAREWELL_NOTE + NO_FAREWELL + GRIPPED + NOT_GRIPPED + CHOKING_SIGN + ABUSE_LEFT_BEHIND
                             + BEATEN_NOW)


@pytest.mark.parametrize(("text", "number"), FAREWELL_NOTE)
def test_a_farewell_note_with_the_person_gone_is_110(text: str, number: str) -> None:
    assert "farewell_note" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NO_FAREWELL)
def test_a_note_of_an_errand_or_a_story_is_quiet(text: str, number: str) -> None:
    assert "farewell_note" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), GRIPPED)
def test_a_neck_gripped_or_a_body_pinned_is_110(text: str, number: str) -> None:
    assert "violence" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_GRIPPED + CHOKING_SIGN)
def test_a_grip_in_a_massage_a_sport_or_on_an_animal_is_quiet(text: str, number: str) -> None:
    assert "violence" not in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ABUSE_LEFT_BEHIND)
def test_beatings_left_behind_and_asked_about_are_for_the_consultation_line(text: str, number: str) -> None:
    assert ABUSE_LEFT_BEHIND_EVENT in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), BEATEN_NOW)
def test_beatings_told_now_stay_110(text: str, number: str) -> None:
    assert ABUSE_LEFT_BEHIND_EVENT not in find(views(text)).events
    assert_decides(text, number, now=DAY)
