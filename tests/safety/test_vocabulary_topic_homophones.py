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


# round 54 (wide56): 照明 (a light) written, read しょうめい like 証明, is no certificate when a person collapses by it
# (照明を拭いてた同僚が倒れてる); the certificate written stays a topic.
ROUND54_LIGHT_IS_NO_CERTIFICATE = [
    ("体育館の照明を替えてた先輩が倒れてて、呼んでも返事がない", "119"),
    ("照明の下で父が倒れてる、息してない", "119"),
    ("事故の証明書は照明のある二階の窓口でもらえますか", "none"),
]


def test_round54_light_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_LIGHT_IS_NO_CERTIFICATE)


@pytest.mark.parametrize(("text", "number"), ROUND54_LIGHT_IS_NO_CERTIFICATE)
def test_round54_a_light_is_no_certificate(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
