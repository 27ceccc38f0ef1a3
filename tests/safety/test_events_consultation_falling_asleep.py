"""Round 55 (:mod:`safety.events_consultation` ``stalking``): a child who will not fall asleep (寝ついてくれない) is not
someone following (ついてくる); someone following stays an alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("知らない男の人が駅からずっとついてきてて、今もうしろにいる", "110"),
    ("さっきから変な人が後ろからついてくるんです、今も", "110"),
]
QUIET = [
    ("夜中、3歳の娘がずっとぐずって寝ついてくれなくて、おでこが熱い", "#8000"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_someone_following_stays_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_child_not_falling_asleep_is_no_police_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
