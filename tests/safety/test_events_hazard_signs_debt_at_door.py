"""Round 54 (:mod:`safety.events_hazard_signs` ``refuses_to_leave``): callers at the door demanding a debt back
(金を返せ, 借金返せ) who will not leave are a threat (110), like a demand for cards or money; a debt asked about,
or a relative who does not come home, stays no alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

THREAT = [
    ("知らない人がドアの前で、兄の金を返せって叫んでて帰らないの", "110"),
    ("玄関さ男来て、亡ぐなった親父の借金返せって、なんぼ言っても帰らねえ", "110"),
]
QUIET = [
    ("亡くなった夫の借金を返せと手紙が来ました。返さないといけないのでしょうか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THREAT + QUIET)


@pytest.mark.parametrize(("text", "number"), THREAT)
def test_a_debt_demanded_at_the_door_by_callers_who_stay_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_debt_asked_about_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
