"""Round 53 (:mod:`safety.events_hidden_harm_signs` ``money_taken_by_force``, blind54a): money or a bankbook being
taken by force now - a push, a blow or "by force" with it, by family or anyone - is 110; taken on pension day again and
again stays the consultation line, and a bankbook lost or asked about stays none (a pension's bankbook is no topic)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BY_FORCE_NOW = [
    ("孫が祖母を突き飛ばして、財布のお金を力ずくで取っていこうとしてる", "110"),
    ("むすこが おかねを むりやり もっていこうと してる たすけて", "110"),
    ("娘の夫が母を押さえつけて、ねんきんの通帳を持っていこうとしています", "110"),
]
NOT_NOW_OR_NOT_FORCE = [
    ("年金の日には息子が来て、断ると怒鳴って通帳を持っていく", "#9110"),
    ("年金の通帳をなくしました、再発行はどこで", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BY_FORCE_NOW + NOT_NOW_OR_NOT_FORCE)


@pytest.mark.parametrize(("text", "number"), BY_FORCE_NOW)
def test_money_taken_by_force_now_is_110(text: str, number: str) -> None:
    assert "money_taken_by_force" in find(views(text)).events
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_NOW_OR_NOT_FORCE)
def test_pension_day_or_a_lost_bankbook_is_no_alarm(text: str, number: str) -> None:
    assert "money_taken_by_force" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
