""":mod:`safety.detect_cues_flee` (round 52, blind53b), on phrasings not in the set: a hazard named with a question of
where to flee keeps the disaster page through a festival or a meet named as the day or the place; a drill's hazard,
a festival's day asked about, and real alarms at a festival are not changed."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect_cues_flee import flee_asked_with_hazard
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ROUND52_FLEE_AT_A_MEET = [
    ("盆踊り大会の日に台風が近づくみたい。避難所はどこになりますか", "disaster"),
    ("夏まつりの会場にいるけど川の水があふれそう、どこさ逃げればいいべ", "disaster"),
    ("盆踊り大会の日程と雨の日の会場を教えてください", "none"),
    ("盆踊り大会の会場で屋台のテントが燃えてる、人が中にいるかも", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_FLEE_AT_A_MEET)


@pytest.mark.parametrize(("text", "number"), ROUND52_FLEE_AT_A_MEET)
def test_flee_at_a_meet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "asked"), [
    ("大会の日に大雨になったら、どこに避難すれば", True),
    ("つなみが きたら どこに にげれば いいですか", True),
    ("防災訓練で大雨を想定して、避難所はどこか確認したい", False),
    ("台風の日は大会が中止になりますか", False),
])
def test_flee_asked_with_hazard(text: str, asked: bool) -> None:
    assert flee_asked_with_hazard(views(text).devoiced) is asked


# Round 58 (wide60b, construction sites and road works): an eruption with a question of where to flee, and a hazard
# map asked for, keep the disaster page under a topic word.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("ニュースで蔵王の火山の話を見た。噴火したらどこに逃げればいいのか知りたい", "disaster", DAY),
    ("工場跡地に家を建てる前に、洪水の地図を確認したい", "disaster", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_eruptions_and_hazard_maps_keep_the_disaster_page(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
