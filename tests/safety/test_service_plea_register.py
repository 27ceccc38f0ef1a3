"""Round 55 (:data:`safety.service_plea.SCHEME_PLEA`): a hand lent by a register or a plan (手を貸してもらえる名簿,
手伝ってくれる登録) is a scheme asked about, not a plea for a person now: no alarm. A hand asked for a person now
stays an alarm."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.service_plea import service_plea_told
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

SCHEMES = [
    ("一人暮らしで足が悪いです。大雨のときに手を貸してもらえる名簿に載せてもらうには", "none"),
    ("災害のとき手伝ってくれる登録って、どこでするの?", "none"),
]
PLEA = [("母が倒れて起き上がれません、誰か手を貸してください", "119")]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SCHEMES + PLEA)


@pytest.mark.parametrize(("text", "number"), SCHEMES)
def test_a_register_of_helpers_is_a_scheme_not_an_alarm(text: str, number: str) -> None:
    assert service_plea_told(text)
    assert not assess(text, now=DAY, channel="chat").is_emergency


@pytest.mark.parametrize(("text", "number"), PLEA)
def test_a_hand_asked_for_a_person_now_is_an_alarm(text: str, number: str) -> None:
    assert not service_plea_told(text)
    assert_decides(text, number, now=DAY)
