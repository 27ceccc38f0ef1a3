"""Round 57 (:mod:`safety.vocabulary_settled` ``OVER_STATE``): a cut told healed since - the wound closed (もうすっかり
ふさがりました, 傷口もふさがった) or its stitches out (抜糸も終わった) - after a turn is a scare told over, and an
apology for the worry given (ご心配をおかけしました, :mod:`safety.vocabulary_consulting` ``CONSULTING``) is no worry
still asked about. A fresh sign after it, a blow to the head, or a way blocked by smoke keep the alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("鉈で手を切ったけど、傷はもうふさがった。なのに今また別のとこ切って血が止まらない", "119"),
    ("台所から火が出たけど、煙で勝手口がもうふさがった！中に母がいる", "119"),
    ("父が梯子から落ちて頭を切りましたが、もうふさがりました。ただ、さっきから呼んでも返事がありません", "119"),
    ("夫が鎌で足を切りましたが、傷もふさがりました。ご心配をおかけしましたが、今急に胸を押さえて倒れました", "119"),
]
OVER = [
    ("先月、剪定ばさみで手のひらを切りましたが、傷口もすっかりふさがりました。ご心配をおかけしました", "none"),
    ("こないだ鎌で指切ったけど、抜糸も済んだ。もう畑に出てるよ", "none"),
    ("このあいだ ほうちょうで ゆび きったけど もう ふさがった", "none"),
    ("稲刈りの時に鎌で足をやっちまったけんど、もう抜糸も終わったっちゃ", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + OVER)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_fresh_sign_after_the_wound_closed_stays_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), OVER)
def test_a_cut_told_healed_is_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
