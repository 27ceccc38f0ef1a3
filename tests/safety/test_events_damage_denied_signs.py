"""Round 54 (:mod:`safety.events_damage_denied_signs`), on tellings of my own: a shop or a contractor that damaged a
thing and denies it or will not pay is the consumer line (188), its damage words no longer read as an accident or a
break-in; one's own breakage, a hit-and-run or harm to a person is not it."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.events_damage_denied_signs import DAMAGE_DENIED_EVENT
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAMAGE_DENIED = [
    ("引っ越し業者に冷蔵庫をへこまされたのに、元からの傷だと言って弁償してくれない", "188"),
    ("工務店がリフォームのときに床に傷をつけたのに、うちのせいじゃないと認めてくれません", "188"),
    ("車を洗車に出したらボディに擦り傷がついて戻ってきた。店は知らないの一点張り", "188"),
    ("業者さ屋根直してもらったっけ、雨樋壊されで、そっちのせいだべって言っても払わねえって", "188"),
    ("くりーにんぐに だしたら あなが あいて もどってきた みせが みとめない", "188"),
]
NOT_DAMAGE_DENIED = [
    ("自分で家具を壊しちゃったので修理を頼みたい", "none"),
    ("車に傷をつけられた、相手の車は逃げた", "110"),
    ("店の前で店員に殴られて傷ができた、店は認めない", "110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DAMAGE_DENIED + NOT_DAMAGE_DENIED)


@pytest.mark.parametrize(("text", "number"), DAMAGE_DENIED)
def test_damage_a_trader_denies_is_for_the_consumer_line(text: str, number: str) -> None:
    assert DAMAGE_DENIED_EVENT in find(views(text)).names("consumer")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_DAMAGE_DENIED)
def test_ones_own_breakage_a_hit_and_run_or_a_blow_is_not_it(text: str, number: str) -> None:
    assert DAMAGE_DENIED_EVENT not in find(views(text)).events
    assert_decides(text, number, now=DAY)
