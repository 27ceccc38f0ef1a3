"""Round 55 (``child_alone`` of :mod:`safety.events_consultation`): a small child alone by water or a road with no
parent or grown-up told in the polite or humble form (大人の姿がございません, 親がいません) is 110 as the plain form
is. A child whose parent is there, or a child who has learned to go alone, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALONE = [
    ("川岸で二歳くらいの小さい子がひとりで石を投げております。そばに大人の方がおりません", "110"),
    ("ようちえんくらいの こが ひとりで ためいけの ふちに います ちかくに おとなが いません", "110"),
    ("国道の脇を、小さな子がパジャマで歩いています。親らしい人はいません", "110"),
]
NOT_ALONE = [
    ("保育園の小さい子たちが先生と一緒に用水路のそばを散歩していました。かわいかったです", "none"),
    ("小さい子が親と一緒に川で遊んでいます。水遊びに許可はいりますか", "none"),
    ("うちの子がひとりで道路を渡れるようになりました。いつから一人で通学させていいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALONE + NOT_ALONE)


@pytest.mark.parametrize(("text", "number"), ALONE)
def test_no_grown_up_told_politely_is_a_child_alone(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_ALONE)
def test_a_parent_there_or_a_child_grown_up_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
