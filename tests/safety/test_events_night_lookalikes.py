"""Round 55 (:mod:`safety.events_consultation` ``stalking``, :mod:`safety.events_police` ``missing_person``):
a child who will not fall asleep (寝ついてくれない) is not someone following (ついてくる), and someone back home and
then unwell (帰ってきてなんとなく) is not someone who has not come back (帰ってきてない). Someone following, and
someone not back, stay alarms."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("知らない男の人が駅からずっとついてきてて、今もうしろにいる", "110"),
    ("さっきから変な人が後ろからついてくるんです、今も", "110"),
    ("夜9時、認知症の父が散歩から帰ってきてないんです、もう3時間たちます", "110"),
    ("むすこ が ゆうがた でかけて まだ もどってきてない です でんわ も でない", "110"),
]
QUIET = [
    ("夜中、3歳の娘がずっとぐずって寝ついてくれなくて、おでこが熱い", "#8000"),
    ("祖母が病院から帰ってきてなんとなく元気がなくて、熱は37度2分です", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_followed_or_not_back_stays_110(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_falling_asleep_or_back_home_is_no_police_matter(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT if "夜" in text else DAY)
