"""Round 56 (:mod:`safety.events_door_held_signs`): a caller's foot in the door, or the door held so it cannot be
closed, now - the police (110), before any swindle the caller may be. A pushy sale told afterwards (188), a door that
will not shut by itself, a courier asked about stay as they were."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DOOR_FORCED = [
    ("セールスの人がドアの間に足挟んできて閉められない、こわい", "110"),
    ("知らねえ男が戸さ足突っ込んで閉めらんねえ", "110"),
    ("ガス会社の者だと名乗る人が、玄関の戸を押さえて閉めさせてくれないのです", "110"),
    ("はいたつの ひとが げんかんに あし いれて どあ しめられない", "110"),
]
NOT_NOW = [
    ("昨日、訪問販売の男が玄関に足を入れてきて、断りきれず契約してしまいました", "188"),
    ("ドアの建て付けが悪くて閉められない、業者に頼みたい", "none"),
    ("宅配の人に荷物を玄関に置いてもらえますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DOOR_FORCED + NOT_NOW)


@pytest.mark.parametrize(("text", "number"), DOOR_FORCED)
def test_a_foot_in_the_door_now_is_a_police_matter(text: str, number: str) -> None:
    assert "refuses_to_leave" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_NOW)
def test_a_sale_told_afterwards_or_a_door_that_sticks_is_not_forced(text: str, number: str) -> None:
    assert "refuses_to_leave" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
