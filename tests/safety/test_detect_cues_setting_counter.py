"""Round 58 (:mod:`safety.detect_cues_setting` ``SETTING_AFTER``): a topic word followed by the counter or the queue
its errand brought one to (年金の窓口で, 税金の支払いの列で, a few characters of the errand between) is the setting of
what happens there, not what the message is about (blind59a: a pension day's bank queue, read alarm-free once the
recogniser lost 支給日); the counter asked about, with no event, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# real alarms told at the counter of an errand: tested first
ALARMS = [
    ("年金の窓口で、隣に座っていたおじいさんが倒れて、声をかけても反応がない", "119"),
    ("ねんきんの うけとりの れつで おばあさんが たおれて うごかない", "119"),
    ("税金の支払いの列で、前の男性が急に倒れて息をしていません", "119"),
    ("年金の受付で、知らない男が職員に刃物を向けて怒鳴っています", "110"),
]
QUIET = [
    ("年金の窓口は何時まで開いていますか", "none"),
    ("税金の窓口で払えるのはどの書類ですか", "none"),
    ("年金の窓口で倒れた人がいたらどうすればいいか、講習で習いたい", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_at_the_counter_of_an_errand_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_the_counter_itself_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
