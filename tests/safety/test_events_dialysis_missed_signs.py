"""Round 53 (:mod:`safety.events_dialysis_missed_signs`): a dialysis session missed - forgotten, skipped, prevented -
is a question for the advice line (#7119) even told "I feel fine"; a session moved or asked about while fleeing is
not, and grave signs beside it keep 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

MISSED = [
    ("父が透析を一回休みました。本人は元気だと言っています", "#7119"),
    ("透析さ行がねがった、なんともねえけど平気だべか", "#7119"),
    ("きょう とうせきに いけませんでした からだは だいじょうぶです", "#7119"),
    ("昨日の透析をすっぽかしてしまいまして、今は何ともございませんが", "#7119"),
]
GRAVE_BESIDE = [
    ("透析の日を忘れて、今は息が苦しくて意識がはっきりしない", "119"),
]
NOT_MISSED = [
    ("透析の予約を来週に変えたいのですが", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MISSED + GRAVE_BESIDE + NOT_MISSED)


@pytest.mark.parametrize(("text", "number"), MISSED)
def test_a_missed_session_is_for_the_advice_line(text: str, number: str) -> None:
    assert "dialysis_missed" in find(views(text)).names("symptom")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), GRAVE_BESIDE)
def test_grave_signs_beside_a_missed_session_stay_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_MISSED)
def test_a_session_moved_is_no_missed_session(text: str, number: str) -> None:
    assert "dialysis_missed" not in find(views(text)).names("symptom")
    assert_decides(text, number, now=DAY)
