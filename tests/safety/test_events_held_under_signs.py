"""Round 55 (:mod:`safety.events_held_under_signs`): someone's head pressed down and sunk in the water by others is
violence now - the police stop it (110). A swimming lesson, hair washed, a thing sunk or a story stay quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

HELD_UNDER = [
    ("プールで上級生たちが一年生の顔を押さえつけて水に沈めてる、今すぐ来て", "110"),
    ("公園の池で、酔った男が連れの女性の頭を水の中へ押し込んでいます", "110"),
    ("沼のとこで、でっけえ子が小せえ子の頭押さえで水さ沈めでんだ、何べんも", "110"),
    ("いけで おおきい こが ちいさい こ の あたまを みずに しずめてる なんども", "110"),
]
NOT_HARM = [
    ("水泳教室で、子どもが顔を水につける練習をしています。何歳から通えますか", "none"),
    ("赤ちゃんの頭を洗うとき、シャンプーが目に入らないコツはありますか", "none"),
    ("漬物の野菜を水に沈めておく重しはどこで買えますか", "none"),
    ("ドラマで男が相手の頭を水に沈めるシーンがあって怖かった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HELD_UNDER + NOT_HARM)


@pytest.mark.parametrize(("text", "number"), HELD_UNDER)
def test_a_head_held_under_water_is_a_police_matter(text: str, number: str) -> None:
    assert "held_under_water" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_HARM)
def test_a_lesson_hair_a_thing_or_a_drama_is_quiet(text: str, number: str) -> None:
    assert "held_under_water" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
