"""Round 56 (:func:`safety.vocabulary_things.thing_after`, read by ``collapsed`` and the bare danger word): a fallen
thing named after its place (倒れてた運動公園の看板, 倒れだ神社の灯籠) is a thing, not a person collapsed; a person
named after the fallen thing, or one caught under it, stays 119."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("倒れてる公園のトイレの前の看板の横で、おじいさんが動かない", "119"),
    ("倒れてた運動場の物置の下に、子どもが挟まってる", "119"),
    ("倒れた人の自転車が道に残ってて、その人は意識がない", "119"),
]
QUIET = [
    ("倒れてたゲートボール場の標識、もう直りましたか", "none"),
    ("台風で倒れだ神社の灯籠、いつ直すんだべ", "none"),
    ("倒れております公園の植木、片付けてよろしいでしょうか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_by_or_under_a_fallen_thing_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_fallen_thing_named_after_its_place_is_a_thing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
