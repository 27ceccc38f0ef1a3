"""Round 53 (:mod:`safety.events_stranded_signs`): a shelter asked for when stranded by snow - a car on a closed
road, a train stopped for the night - is the disaster page, not 119; someone hurt, unconscious or breathing exhaust
beside it keeps the alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

STRANDED = [
    ("吹雪で県道が通行止めになって車が動けない、近くに泊まれるところありますか", "disaster"),
    ("おおゆきで くるまが うごけません ちかくに ひなんじょは ありますか", "disaster"),
    ("雪で峠の道さ車ごと足止めだ。今晩休めるとこあっぺか", "disaster"),
    ("大雪でバスが止まってしまいまして、帰れなくなりました。一晩過ごせる所はございますか", "disaster"),
]
HURT_BESIDE = [
    ("大雪で車が立ち往生、同乗の母が倒れて意識がありません。避難所まで行けません", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STRANDED + HURT_BESIDE)


@pytest.mark.parametrize(("text", "number"), STRANDED)
def test_a_shelter_asked_for_when_stranded_by_snow_is_the_disaster_page(text: str, number: str) -> None:
    assert "stranded_shelter" in find(views(text)).names("disaster")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), HURT_BESIDE)
def test_someone_hurt_while_stranded_stays_119(text: str, number: str) -> None:
    assert "stranded_shelter" not in find(views(text)).names("disaster")
    assert_decides(text, number, now=NIGHT)
