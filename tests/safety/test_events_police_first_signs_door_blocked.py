"""A person kept in by someone standing in or blocking the way out (:mod:`safety.events_police_first_signs`,
``DOOR_BLOCKED``; round 58), on tellings written for these tests: 110 - a confinement by a person going on. A door
that is only stuck, a way out blocked by snow or goods, and a child kept in over homework stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("クレームの客が事務所のドアの前に立って、店員を出してくれません", "110"),
    ("おとこが でぐちを ふさいで かえして くれない", "110"),
    ("酔った客が戸の前さ立って、帰してくれねえの", "110"),
    ("あの休憩室の入口に男の人が立ちふさがって通してくれないんです", "110"),
    # not these
    ("倉庫のドアが固くて開かないので、業者を呼びたい", "none"),
    ("雪で出口がふさがって車が出せない、除雪はいつ来ますか", "none"),
]


def test_door_blocked_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_kept_in_by_someone_blocking_the_way_out(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
