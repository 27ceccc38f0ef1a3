"""Round 19 (:mod:`safety.events_life`), on phrasings not in the set: a limb caught in a machine told with the
intransitive 挟まった (除雪機に手挟まった) is 119 even when a finger is named; a sheet, a note or a stone caught in a
machine or a door is no person trapped."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # a limb caught in a machine, intransitive or passive, either word order, kana
    ("耕運機のロータリーにじいちゃんの腕はさまった、抜けねえ", "119"),
    ("母の腕が脱穀機に巻き込まった", "119"),
    ("じょせつきに とうちゃんの てが はさまった ゆび", "119"),
    ("ベルトに兄の手が挟まって指がやばいことになってる", "119"),
    # a person caught between things is still trapped (かみさん is a wife, not 紙)
    ("うちのかみさんがタンスと壁の間にはさまって動けない", "119"),
    ("倒れた棚の下に祖母がはさまってる", "119"),
    # a thing caught is not a person
    ("コピー機に紙が挟まった", "none"),
    ("こぴーきに かみが はさまった", "none"),
    ("機械に書類がはさまってしまいました", "none"),
    ("郵便受けにチラシが挟まったままです", "none"),
    ("除雪機に雪が詰まって挟まったみたいで動かない、直し方は？", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_machines_and_things_caught(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
