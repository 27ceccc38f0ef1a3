"""Round 58 (:mod:`safety.vocabulary_time`, ``RECURRING_WORDS``): a span up to now (ここ一週間, ここ2週間) tells a
matter that keeps happening, as 毎朝 does - a car or a man watching the house is the police consultation line
(#9110), not 110 - while one watching now stays 110 and a symptom told over the span keeps its alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("今、知らない車が家の前に停まってて、男がずっとこっち見てる", "110"),
    ("ここ一週間、咳が止まらなくて今朝から息が苦しい", "119"),
]
CONSULTED = [
    ("ここ2週間くらい、知らない男が毎晩うちの前をうろうろしてる", "#9110"),
    ("ここ一週間ほど、同じ車が朝から夕方まで家の向かいに停まっています", "#9110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + CONSULTED)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_watcher_now_or_a_symptom_keeps_its_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), CONSULTED)
def test_a_watcher_over_a_span_is_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
