"""Round 57 (:mod:`safety.events_bomb_threat_signs`): a bomb said to be planted, or an explosion threatened by phone,
letter or posting, is 110 (the police clear and search), not a fire - while a drill, a film and an explosion that
happened are read as before."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("市役所に「爆弾を置いた」という電話が来て、今みんな外に出ています", "110"),
    ("学校のメールに明日爆破するって書き込まれてた、どうしよう", "110"),
    ("駅に ばくだんを しかけたって でんわが あったそうです", "110"),
    ("店さ、爆発させっぞって男から電話来たっちゃ", "110"),
]
QUIET = [
    ("ガスボンベが爆発して、火が出てる", "119"),
    ("避難訓練で、爆弾が仕掛けられたという想定の訓練をしました", "none"),
    ("爆弾処理の映画を見て眠れなくなった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_bomb_threat_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_drills_films_and_explosions_are_read_as_before(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
