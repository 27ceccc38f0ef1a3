"""Round 58 (:mod:`safety.events_generic`, ``NOT_SEEN_ANYWHERE``): a person not seen anywhere, or a hand let go and
then no one seen anywhere (娘の手を離してしまって、どこにも見えません), is a missing person (110) - while a thing or a
pet not seen anywhere stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("人混みで娘の手を離してしまって、どこにも見えません", "110"),
    ("うちのじいさま、どこさも見えねえ、さっきまで畑さいだのに", "110"),
]
QUIET = [
    ("孫の帽子がどこにも見えないんだけど", "none"),
    ("目を離したすきに猫がどこにも見えなくなった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_a_person_not_seen_anywhere_is_missing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_thing_or_a_pet_not_seen_anywhere_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
