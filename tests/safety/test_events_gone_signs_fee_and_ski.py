"""A fee (手数料, read りょう like 猟) and a date gone past (過ぎても, read すきて like スキー) are no outing: a
seller not answering after a payment is a consumer matter (188) (:mod:`safety.events_gone_signs`; round 55,
wide57), on tellings written for these tests, not phrases of the set; someone gone skiing and not back is still
110."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FEE_AND_SKI = [
    ("ネットで買ったコンサートのチケット、手数料まで振り込んだのに届かず連絡もつかない", "188"),
    ("父がスキーに行ったまま夜になっても戻らず、電話もつながりません", "110"),
]


def test_fee_and_past_date_are_no_outing_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FEE_AND_SKI)


@pytest.mark.parametrize(("text", "number"), FEE_AND_SKI)
def test_fee_and_past_date_are_no_outing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
