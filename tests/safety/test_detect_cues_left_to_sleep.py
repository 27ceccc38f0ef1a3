"""Round 48 (:mod:`safety.detect_cues`): a person not up yet and left to sleep on purpose, a reason told (夜遅くまで
電話していたので、そのまま寝かせています), is no missing sign of life; a person left to sleep who then does not answer,
breathes strangely or is cold is (119)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49b's telling, then other tellings of the same kind
FROM_THE_SET = [("母は今朝もまだ起きてこないけれど、夜遅くまで孫と電話していたので、そのまま寝かせています。", "none")]
LEFT_TO_SLEEP = [
    ("父は夜勤明けで昼になっても起きてこないけど、寝かせておきます", "none"),
    ("むすこ おきてこない きのう おそくまで べんきょうしてたから ねかせておく", "none"),
    ("じいちゃん朝から起ぎでこねえけど、昨夜遅がったがら寝かせでおぐ", "none"),
]
# left to sleep, then a sign of danger
THEN_A_SIGN = [
    ("寝かせておいたら昼になっても起きてこなくて、呼んでも返事がなく息が変です", "119"),
    ("昨夜遅かったので寝かせていたけど、起こしに行ったら体が冷たくなってる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LEFT_TO_SLEEP + THEN_A_SIGN)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + LEFT_TO_SLEEP)
def test_a_person_left_to_sleep_on_purpose_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THEN_A_SIGN)
def test_a_sign_after_it_still_is(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
