"""Round 55 (``heatstroke`` of :mod:`safety.events_heat_body_signs`): the skin told dry first and then burning hot
(肌がからからに乾いて燃えるように熱い), with answers at odds with the question (答えがちぐはぐ), is heatstroke (119).
Dry skin asked about, or answers at odds on the phone, stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    ("畑で祖母がしゃがみ込んで、話しかけても答えがちぐはぐ、体がかさかさに乾いて熱い", "119"),
    ("炎天下の草刈りのあと、父の返事がとんちんかんで、おでこが燃えるように熱いです", "119"),
    ("冬は肌がかさかさに乾いてかゆいです。皮膚科はどこがいいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_dry_burning_skin_with_the_mind_gone_is_heatstroke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
