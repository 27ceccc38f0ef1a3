"""Readings the traffic-accident rule of :mod:`safety.events_police` must not take for 事故 (round 48): 火事 read on
into こっち (山火事こっちさ来っかも: かじこっち, wide49b read 110) and an accident at a nuclear plant (原発で事故:
the disaster page). A road accident told in kana still is one."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import assert_not_in_phrase_set

READINGS = [
    ("山火事こっちさ来るかもって", False),
    ("かじ こっち まで きそう", False),
    ("火事こっちに広がってきてる", False),
    ("原発で事故があったそうです", False),
    ("原発の事故の時はどこへ", False),
    ("こうさてんで じこ です", True),
    ("むすこさんが じこを おこしたって でんわが きた", True),
    ("そこの交差点で事故があった、人が倒れてる", True),
]


def test_accident_reading_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "") for text, _ in READINGS])


@pytest.mark.parametrize(("text", "accident"), READINGS)
def test_a_fire_read_on_or_a_plant_accident_is_no_traffic_accident(text: str, accident: bool) -> None:
    assert ("traffic_accident" in find(views(text)).events) == accident
