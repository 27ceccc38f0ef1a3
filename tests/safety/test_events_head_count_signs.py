"""Round 53 (:mod:`safety.events_head_count_signs`, wide55): a head count one short with the one missing not reached
nor found is a missing person (110); a count one short with a known absence, one found again, a story are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("林間学校の夜、点呼を取ったら一人足りません。一時間以上探していますが見つかりません", "110"),
    ("てんこを したら こどもが ひとり いません でんわも つながりません", "110"),
    ("キャンプ場で人数を数えたら部員が一人いない、携帯に電話しても出ない", "110"),
    ("遠足の帰りの点呼で児童一人いねえんだ、もう二時間さがしてんだげっと", "110"),
]
LOOK_ALIKES = [
    ("朝の点呼で一人いませんでしたが、風邪で休みとの連絡がありました", "none"),
    ("点呼で一人足りなかったけど、トイレにいてすぐ見つかりました", "none"),
    ("点呼のやり方を部員に教えたいです", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_head_count_short_with_no_answer_is_a_missing_person(text: str, number: str) -> None:
    assert "missing_person" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_an_absence_known_or_one_found_is_not(text: str, number: str) -> None:
    assert "missing_person" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
