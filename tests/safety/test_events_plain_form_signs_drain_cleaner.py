"""A strong household cleaner or a drain cleaner on the skin, with the skin breaking down or severe pain
(:mod:`safety.events_plain_form_signs`, ``caustic_on_skin``; round 58), on tellings written for these tests: a
chemical burn, 119. A cleaner asked about, or one that only touched a hand with no harm told, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("パイプクリーナーが跳ねて母の腕にかかり、皮膚がただれてきました", "119"),
    ("はいすいかんの せんざいが こどもの てに かかって すごく いたがってる", "119"),
    ("強力な洗剤が床にこぼれて、お客様の足にかかりました。赤くただれてひどく痛がっています", "119"),
    ("排水口の洗浄剤、じいちゃんの手さかかって、皮むけでるんだけど", "119"),
    # not these
    ("排水管の洗剤はどれが一番よく効きますか", "none"),
    ("強い洗剤を使うときは手袋をしたほうがいいですか", "none"),
]


def test_drain_cleaner_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_drain_cleaner_burning_the_skin(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
