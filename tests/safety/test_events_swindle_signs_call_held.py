"""Round 58 (:mod:`safety.events_swindle_signs`, ``ON_THE_PHONE_HELD``): the call held open told first, then the
cash machine worked (電話を切らないまま、ATMでボタンを押し続けて) is a transfer scam now (110) - while a notice against
it stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("父が携帯を耳に当てたまま、コンビニのATMで画面を操作しています。相手は役所の人だと言っています", "110"),
    ("ちちが でんわ きらないまま えーてぃーえむで ぼたん おしてる", "110"),
    ("ばあちゃん、電話切らずにATMの振り込みのボタン押してっけど、止めだほうがいいべか", "110"),
]
QUIET = [
    ("電話しながらATMを操作しないでくださいと貼り紙がありました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_cash_machine_worked_with_the_call_held_is_a_scam_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_notice_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
