"""The generic events (:mod:`safety.events_generic`, split from :mod:`safety.events_police` after blind34): applied
right after the police rules, in the same order as before the split."""

from __future__ import annotations

from safety.events_generic import generic_rules
from safety.events_police import police_rules
from safety.normalize import views


def test_generic_rules_follow_the_police_rules() -> None:
    generic = generic_rules()
    assert police_rules()[-len(generic):] == generic


def test_a_will_is_read_but_not_inside_a_place_name() -> None:
    suicide = [rule for rule in generic_rules() if rule.name == "suicide_threat"]
    assert any(rule.pattern.search(views("机に遺書が置いてあった").devoiced) for rule in suicide)
    assert not any(rule.pattern.search(views("休憩所がある公園").devoiced) for rule in suicide)
