"""Round 57 (:mod:`safety.events_generic` ``abduction``): someone forced into a car named by its kind
(ワゴン, ワンボックス, 軽トラ, トラック), not only 車, is an abduction for 110; a child put on a bus, a van loaded with
goods and a ride offered and taken stay none."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("公園の前で、小学生の男の子が黒いワンボックスに無理やり乗せられていきました", "110"),
    ("いま こうえんで おんなのこが しらない おとこに わごんに むりやり のせられてた", "110"),
    ("コンビニの駐車場で女の人が知らない男に白いワゴンに押し込まれてる！", "110"),
    ("見だごどねえ軽トラさ、子どもが無理やり乗せられで行ったっちゃ", "110"),
]
QUIET = [
    ("孫を幼稚園バスに乗せてから畑に行きました", "none"),
    ("ワゴンに野菜の箱を積んで直売所へ運びました", "none"),
    ("祭りの片付けで、近所の人がワンボックスに乗せてくれて助かりました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_someone_forced_into_a_van_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_van_in_daily_use_stays_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
