"""Unwelcome contact (:mod:`safety.events_line_signs` and the stalking rules), on phrasings not in the set: someone
one split up with or a job one left, calling, waiting at the home or writing again and again, past a block too, and
feared in Tohoku words (おっかねえ), is the police consultation line (#9110); a welcome message is not (split from
test_events_line_signs.py in round 47)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 22: someone one split up with (別れた男, 別れた相手) and the Tohoku fear word おっかねえ are read by the
# stalking rules; a welcome message is not.
ROUND_22 = [
    ("別れた男が毎晩家の前をうろうろしてて、おっかねえ", "#9110"),
    ("別れた相手から何十回も着信があって怖い", "#9110"),
    ("別れた男の人と久しぶりに連絡がきて嬉しかった", "none"),
    ("毎日のように知らねえ番号がら電話来て、おっかねえっちゃ", "#9110"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_former_partner_and_fear(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): someone from a job one left waiting at one's home again and again is #9110.
def test_blind34_former_colleague_waiting() -> None:
    text = "退職した職場の上司が、家の前で何度も待っています"
    assert_not_in_phrase_set([(text, "#9110")])
    assert_decides(text, "#9110", now=DAY)


# Round 34 (blind35 read): contact that goes on past a block is unwelcome.
BLIND35_EVENTS_LINE_SIGNS = [
    ('元の職場の人から毎日メッセージ、ブロックしても別のアカウントで来ます', '#9110'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_LINE_SIGNS)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_LINE_SIGNS)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
