"""Round 57 (:mod:`safety.rule`): a bat (コウモリ, 蝙蝠) lying still is an animal, not a person who does not move -
while a person found still beside a bat is still 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("倉庫でコウモリを追い払ってた父が倒れて、呼んでも返事しない", "119"),
]
QUIET = [
    ("物置の床にコウモリが落ちてて動かない、死んでるのかな", "none"),
    ("こうもりが 軒下で じっとして うごかない", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_still_beside_a_bat_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_bat_lying_still_is_an_animal(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
