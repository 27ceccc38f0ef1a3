"""Round 54 (:mod:`safety.events_gone_signs` ``suicide_threat``): a life called not worth living or a wish to die,
quoted on the phone, and the call then cut off or unanswered (生きてても仕方ない…って切れた) is a farewell (110); a
degree, a worry asked about, or a call that ended calmly stays no alarm."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FAREWELL = [
    ("友だちから電話で、もう死にたいって言ったきり切れて、かけ直してもつながらない", "110"),
    ("叔母が電話さ出で、生ぎでても仕方ねえって言ったっきり切れだ", "110"),
    ("兄から電話がありまして、生きていても意味がないと申しまして、それで切れてしまいました", "110"),
]
QUIET = [
    ("母がときどき電話で生きていても仕方ないと言うのですが、どこに相談すればいいですか", "none"),
]
# a degree, not a farewell: the rule does not read it (what else the message raises is not this rule's)
DEGREE = "死にたいくらい暑いって友だちから電話きて、すぐ切れた"


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*FAREWELL, *QUIET, (DEGREE, "")])


@pytest.mark.parametrize(("text", "number"), FAREWELL)
def test_a_farewell_on_the_phone_cut_off_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_worry_or_a_degree_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_degree_is_no_farewell() -> None:
    assert "suicide_threat" not in find(views(DEGREE)).names("police")
