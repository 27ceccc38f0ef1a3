"""Round 18 (:mod:`safety.events_body`), on phrasings not in the set: a thing dropped into water (スマホ, 鍵) is not
a person who fell in; a person who fell in still is."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.events_body import body_rules
from safety.normalize import views
from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    ("池さ家の鍵落としてしまったんだけど、拾ってもらえるとこある？", "none"),
    ("用水路に財布を落としました、どこに連絡すればいいですか", "none"),
    ("孫が池に落ちて沈んだまま上がってこない", "119"),
    ("散歩中のおじいさんが用水路に落ちて、自分で上がれないでいる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_enter_of_naite_wa_iru_is_no_vomiting() -> None:
    # engineer B's request B12-2: はいる / はいります is "enter", never 吐い-; はいてる after a knock stays vomiting
    head_injury = next(r for r in body_rules() if r.name == "head_injury")
    assert not head_injury.pattern.search(views("頭をぶつけて、泣いてはいるけど元気").devoiced)
    assert head_injury.pattern.search(views("あたま うって はいてる").devoiced)


# Round 23 (the training writers' misses): a person going under and coming up again is drowning; a child who swallowed
# something whole and cannot cry or cough is choking. Swallowed whole and crying is not.
ROUND_23_CASES = [
    ("池で男の人が浮いたり沈んだりしてる", "119"),
    ("川で子どもが沈んだり浮かんだりしてる、手をばたばたさせてる", "119"),
    ("孫がぶどうを丸のみして、声も出ないまま胸をたたいてる", "119"),
    ("ぶどうを丸のみしちゃったけど、普通に泣いて声も出てる", "none"),
    ("釣りの浮きが浮いたり沈んだりしてる", "none"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_23_CASES)
def test_going_under_and_swallowed_whole(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
