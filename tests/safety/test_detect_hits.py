"""Whether one rule's event is in a message (:func:`safety.detect_hits.rule_hits`): its pattern, its guards, a
negation after it, a word before it, an animal as its subject."""

from __future__ import annotations

import re

from safety.detect_hits import rule_hits
from safety.normalize import views
from safety.rule import rule


def test_a_pattern_that_matches_is_a_hit_and_one_that_does_not_is_a_miss() -> None:
    collapsed = rule("collapsed", "medical", r"たおれ(?:て|た)")
    assert rule_hits(collapsed, views("父が倒れています"), {}) == "hit"
    assert rule_hits(collapsed, views("父は元気です"), {}) == "miss"


def test_a_guard_or_a_negation_after_the_match_makes_it_guarded() -> None:
    collapsed = rule("collapsed", "medical", r"たおれ(?:て|た)", unless=r"き|木")
    assert rule_hits(collapsed, views("木が倒れている"), {}) == "guarded"
    negated = rule("smoke", "fire", r"けむり")
    assert rule_hits(negated, views("煙はないです"), {}) == "guarded"


def test_a_guard_searched_once_is_remembered() -> None:
    guarded = rule("collapsed", "medical", r"たおれ", unless=r"ねこ")
    seen: dict[re.Pattern[str], bool] = {}
    assert rule_hits(guarded, views("ねこが倒れた"), seen) == "guarded"
    assert guarded.unless in seen and seen[guarded.unless] is True


def test_an_animal_as_the_subject_is_no_sign_of_a_person() -> None:
    not_breathing = rule("not_breathing", "medical", r"いきしてない", has_negation=True)
    assert rule_hits(not_breathing, views("うちの猫が息してない"), {}) == "guarded"
    assert rule_hits(not_breathing, views("父が息してない"), {}) == "hit"
