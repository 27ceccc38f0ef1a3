"""A hat told by its colour (きいろい ぼうし) is no prevention (防止), and a festival's extra bus (臨時バス) is
the setting of what happened, not the topic (:mod:`safety.vocabulary_topic`; round 55, wide57), on tellings
written for these tests, not phrases of the set; prevention asked about stays a topic."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

HAT_AND_BUS = [
    ("こうえんで むすめが いなく なりました きいろい ぼうし です まだ みつかりません", "110"),
    ("秋祭りの臨時バスで、おじいさんがぐったりして返事をしません", "119"),
    ("火災防止のポスターはどこでもらえますか", "none"),
]


def test_hat_and_extra_bus_are_no_topic_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HAT_AND_BUS)


@pytest.mark.parametrize(("text", "number"), HAT_AND_BUS)
def test_hat_and_extra_bus_are_no_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
