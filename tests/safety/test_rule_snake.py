"""Round 58 (:mod:`safety.rule`, ``ANIMAL_WORD``): a snake (へび, 蛇) found dead is an animal's, not a person's death -
while a person bitten by a snake stays 119, and ヘビー (heavy, read へび) is no snake."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("へびに かまれて ちちが たおれて うごかない", "119"),
    ("蛇にかまれた足がどんどん腫れてきて、息が苦しいと言っています", "119"),
    ("ヘビースモーカーの父が急に倒れて息をしていません", "119"),
]
QUIET = [
    ("庭で蛇が死んでた", "none"),
    ("はたけ の すみ で へび が しんでた", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_bitten_or_collapsed_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_snake_found_dead_is_no_persons_death(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
