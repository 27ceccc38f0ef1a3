"""Round 56 (:mod:`safety.events_wide_tail_signs` ``poisoning``): wild plants picked and eaten (山菜, 野草, 毒草), then
vomiting, numbness or someone limp, are a poisoning (119) as wild mushrooms were; wild plants eaten with a mild
tingle or nothing yet stay a question, and a kana three-year-old (さんさいの こ) is no wild plant."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("土手で摘んだ野草をおひたしにして食べた夫が、吐いて手がしびれると申しております", "119"),
    ("山菜採りで取ってきたやつ食べたじいちゃん、ぐったりして返事うすい", "119"),
    ("さんさい たべた ばあちゃん はいて しびれて たてない", "119"),
    ("毒草を食べてしまったのか、夕飯のあと家族みんなが吐いております", "119"),
]
ASK = [
    ("山菜を食べたあと、少しお腹がゆるいのですが受診したほうがいいでしょうか", "#7119"),
]
# a kana three-year-old who ate something and is fine: not a wild plant
CHILD = [("よる はちじ さんさいの むすこが くすりを ひとつぶ たべた いまは げんき", "#8000")]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + ASK + CHILD)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_wild_plants_eaten_then_vomiting_or_numbness_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ASK)
def test_wild_plants_eaten_with_a_mild_sign_stays_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), CHILD)
def test_a_kana_three_year_old_is_not_a_wild_plant(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
