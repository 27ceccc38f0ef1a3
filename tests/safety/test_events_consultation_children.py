"""A child alone or spoken to by a stranger (:mod:`safety.events_consultation`), on phrasings not in the set: a
child not the writer's own, alone and crying or by a road with no parent around, or led off by a stranger now, is 110;
a stranger who spoke to a child on another day is the police consultation line (#9110); a child who sent a card or
crosses a road alone is no alarm (split from test_events_consultation.py in round 47)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 22 (blind22): a child not the writer's own, alone and crying with no parent around (110), in other wordings;
# the same words with the child only sending a card, or playing happily, are no alarm.
CHILD_ALONE = [
    ("ショッピングモールで知らない子が一人きりで泣いてて、親が見当たらない", "110"),
    ("駅の改札で小さい子がひとりぼっちで泣いてる、親がいないみたい", "110"),
    ("知らない子から年賀状が来た、親がいないらしい", "none"),
]


def test_round_22_child_alone_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CHILD_ALONE)


@pytest.mark.parametrize(("text", "number"), CHILD_ALONE)
def test_round_22_a_strange_child_alone_without_a_parent_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: a small child alone by a road with no one who looks like a parent (親らしい人はいない, 裸足のまま一人で
# 県道を) is 110; a child who has learned to cross a road alone is not.
CHILD_BY_ROAD_CASES = [
    ("3歳くらいの女の子が裸足のまま一人で県道を歩いてる、親らしい姿はない", "110"),
    ("小さい子が夜中に一人で線路の近くにいる、保護者らしい人は見当たらない", "110"),
    ("うちの子がひとりで道路を渡れるようになった", "none"),
]


def test_child_by_road_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CHILD_BY_ROAD_CASES)


@pytest.mark.parametrize(("text", "number"), CHILD_BY_ROAD_CASES)
def test_a_small_child_alone_by_a_road_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind25's final score: a stranger who spoke to a child, told of another day or asked where to report, is the
# police consultation line; a stranger leading a child off now is 110.
BLIND25_STRANGER = [
    ("おととい むすめが しらない おとこに なまえを きかれたって こわがってる", "#9110"),
    ("先日、公園で子どもたちに声をかけている怪しい男を見ました。どこに相談すればよいでしょうか", "#9110"),
    ("知らない男がうちの子に声をかけて、今も手を引っ張ってる", "110"),
]


def test_blind25_stranger_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND25_STRANGER)


@pytest.mark.parametrize(("text", "number"), BLIND25_STRANGER)
def test_blind25_a_stranger_who_spoke_to_a_child(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 54 (wide56): a small child with no grown-up around (周りに大人がいない) is a child alone: 110; a child at home
# whose parents are out at work, asked about, is not.
ROUND54_NO_GROWN_UP_AROUND = [
    ("公園の池のそばで小さい子がひとりで泣いてる。近くに大人の姿もない", "110"),
    ("スーパーの駐車場に ちいさい こが いて まわりに おとなが いない", "110"),
    ("共働きで、うちの子が放課後ひとりになる時間の預け先を探しています", "none"),
]


def test_round54_no_grown_up_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_NO_GROWN_UP_AROUND)


@pytest.mark.parametrize(("text", "number"), ROUND54_NO_GROWN_UP_AROUND)
def test_round54_a_small_child_with_no_grown_up_around(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
