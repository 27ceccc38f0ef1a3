"""Round 54 (:mod:`safety.events_life` ``bleeding_not_stopping``, :data:`safety.rule.NOT_AT_ALL`): bleeding told not
to stop with an adverb of degree before the verb (血が全然止まんない, ちっとも止まらない) is 119, as without it; a
cut whose bleeding is told stopped gets the advice line, no alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BLEEDING = [
    ("包丁で指を深く切って、血がぜんぜん止まらない", "119"),
    ("ガラスで腕切った、ちがちっとも止まんねえ", "119"),
    ("転んだ拍子に額を切りまして、血がまったく止まりません", "119"),
]
QUIET = [
    ("指を切ったけど、血はもう止まりました", "#7119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLEEDING + QUIET)


@pytest.mark.parametrize(("text", "number"), BLEEDING)
def test_bleeding_that_does_not_stop_at_all_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_bleeding_told_stopped_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
