"""Round 58 (:mod:`safety.vocabulary_topic`): a sign told over after a medicine, with a degree or politely
(お薬を飲みましたらすっかり楽になりました, 薬飲んだらだいぶ楽になった), is a recovery told - while a sign back again
after it (また急に苦しくなって) or another's trouble after a contrast (でも今度は父が倒れて) keeps its alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("胸が苦しくて薬を飲みましたらすっかり楽になりましたが、また急に苦しくなって息ができません", "119"),
    ("薬を飲んだら楽になりました。でも今度は父が倒れて動きません", "119"),
]
QUIET = [
    ("さっき頭痛いって言ったけど、薬飲んだらだいぶ楽になった", "none"),
    ("さきほど息苦しいとお伝えしましたが、横になりましたらずいぶん楽になりました", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_sign_back_or_another_trouble_keeps_its_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_recovery_told_politely_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
