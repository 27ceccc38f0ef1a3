"""A body hot to the touch with the talk gone wrong (:mod:`safety.events_heat_body_signs`; round 50, blind51b's
casual telling of a grandmother hot and not making sense), on tellings written for these tests in several styles, not
phrases of the set (119). Talk that does not get through with a clerk or a son, and a hot body talking fine, stay off
the emergency line."""

from __future__ import annotations

import pytest

from safety.events_heat_body_signs import heat_body_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: the body hot, the talk gone wrong
    ("父の体が燃えるように熱くて、話しかけても会話になりません", "119"),
    ("ばあちゃん からだ あつくて へんじが おかしい", "119"),
    ("じいちゃん体熱くて、なに言ってるかわかんねえ", "119"),
    ("エアコンのない部屋で母が朦朧としていて、体がすごく熱いです", "119"),
    # not these: a quarrel with a clerk, a son, a hot body talking fine
    ("暑くて体があっついのに、役所の人と話が通じない", "none"),
    ("息子と話が通じなくて困ってます", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_needs_the_body_hot() -> None:
    (hot_body,) = heat_body_sign_rules()
    assert hot_body.pattern.search(views("母の体が熱くて話が通じない").devoiced) is not None
    assert hot_body.pattern.search(views("母と話が通じない").devoiced) is None
