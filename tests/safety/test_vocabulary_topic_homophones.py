""":mod:`safety.vocabulary_topic`: a topic word read the same as a thing in danger - 照明 (a light) is read しょうめい
like 証明 (a certificate, a topic); a light that sparks, smokes or burns is a fire, not a certificate asked about
(coordinator, round 46: 舞台の照明から火が出て本当に火事になってます was decided none)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

LIGHT_ON_FIRE = [
    ("照明から火が出ています", "119"),
    ("しょうめいから けむりが でてる", "119"),
    ("居間の照明器具から煙が出て焦げ臭いです", "119"),
    ("体育館の照明が燃えでる、早ぐ来てけろ", "119"),
    # the certificate stays a topic
    ("火事の証明はどこでもらえますか", "none"),
    ("去年の火事の罹災証明書がほしいです", "none"),
]


def test_the_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LIGHT_ON_FIRE)


@pytest.mark.parametrize(("text", "number"), LIGHT_ON_FIRE)
def test_a_light_on_fire_is_no_certificate(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
