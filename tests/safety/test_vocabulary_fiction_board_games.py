"""Round 56 (:mod:`safety.vocabulary_fiction` ``PLAY``): a board game's stones or pieces "killed" (囲碁で石を殺され,
ごいしを ころされた) is play, not a threat to life; a person threatened or attacked at a go club or by a shogi friend
stays 110."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("碁会所で知らない男に殺されそうになった、今も追いかけてくる", "110"),
    ("将棋仲間の家から、殺されるって叫び声がしてる", "110"),
    ("囲碁の帰り道で男に刃物を向けられて、殺されると思った、まだ近くにいる", "110"),
]
QUIET = [
    ("いごの けいこで いしを みんな ころされた", "none"),
    ("将棋教室で孫に王を殺されてしまいましてな、負けました", "none"),
    ("碁石を半分も殺されちまって、今日は散々だ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_threatened_at_a_board_game_stays_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_stones_or_pieces_killed_are_play(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
