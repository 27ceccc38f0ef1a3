"""Round 55 (:mod:`safety.events_police` ``missing_person``): someone back home and then unwell (帰ってきてなんとなく)
is not someone who has not come back (帰ってきてない); someone not back stays an alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("夜9時、認知症の父が散歩から帰ってきてないんです、もう3時間たちます", "110"),
    ("むすこ が ゆうがた でかけて まだ もどってきてない です でんわ も でない", "110"),
]
QUIET = [
    ("祖母が病院から帰ってきてなんとなく元気がなくて、熱は37度2分です", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_someone_not_back_stays_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_back_home_and_unwell_is_no_police_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
