"""Round 53 (:mod:`safety.events_voyeur_signs`): someone photographing people in secret - at a footbath, an open-air
bath, on a train - told as a habit or as past is for the consultation line (#9110); told as happening now it stays
110; a photo of scenery is quiet."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

HABIT_OR_PAST = [
    ("露天風呂で、いつも来るおじさんが女湯の方にカメラを向けてこっそり撮ってるみたい", "#9110"),
    ("足湯さ毎週来る男、女の人の足ばっかり撮ってんだ。どごさ相談すればいいべ", "#9110"),
    ("せんしゅう でんしゃで すかーとの なかを とられました どこに そうだん したら いいですか", "#9110"),
    ("日帰り温泉の足湯で、同じ人物がスマホを下から構えて女性客を何度も撮影しております", "#9110"),
]
NOW = [
    ("今、足湯で男が女の人の足をこっそり撮っています", "110"),
    ("いま ろてんぶろで おとこが すまほで こっそり とってます", "110"),
]
NOT_VOYEUR = [
    ("足湯で景色の写真を毎週撮っています", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HABIT_OR_PAST + NOW + NOT_VOYEUR)


@pytest.mark.parametrize(("text", "number"), HABIT_OR_PAST)
def test_a_voyeur_told_as_a_habit_or_past_is_for_the_consultation_line(text: str, number: str) -> None:
    assert "voyeur" in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOW)
def test_a_voyeur_now_is_110(text: str, number: str) -> None:
    assert "voyeur" not in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_VOYEUR)
def test_scenery_photographed_is_quiet(text: str, number: str) -> None:
    assert "voyeur" not in find(views(text)).names("stalking")
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): someone peeping into a room, a window or a bath day after day
# is the consultation line.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("隣の男が何度も風呂場の窓を覗いてくる", "#9110", DAY),
    ("ここ数日、配達の人が娘の部屋をのぞき込んでいる気がする", "#9110", DAY),
    ("窓から外の景色をのぞいてみた", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_peeping_told_as_a_habit_is_the_consultation_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
