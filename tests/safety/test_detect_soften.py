"""Tests for safety.detect_soften: the softening and closing step, on the events the rules find in real tellings."""

from __future__ import annotations

from safety.detect_soften import soften
from safety.normalize import cached_views
from safety.rule import Group

COLLAPSED_BREATHING_HARD: dict[str, Group] = {"breathing_hard": "medical", "collapsed": "medical"}


def test_told_still_breathing_makes_laboured_breathing_a_symptom() -> None:
    softened = soften(dict(COLLAPSED_BREATHING_HARD), cached_views("父が倒れて息が荒いですが、息はしております"))
    assert softened.events == {"breathing_hard": "symptom", "collapsed": "medical"}
    assert not softened.guarded


def test_nothing_told_keeps_every_event_as_it_was() -> None:
    softened = soften(dict(COLLAPSED_BREATHING_HARD), cached_views("父が倒れて息が荒いです"))
    assert softened.events == COLLAPSED_BREATHING_HARD
    assert (softened.guarded, softened.guards, softened.dressed, softened.at_ease) == (False, frozenset(), False, False)


def test_a_scrape_already_dressed_closes_its_symptom() -> None:
    softened = soften({"symptom": "symptom"}, cached_views("膝をすりむいたけど絆創膏を貼りました"))
    assert softened.events == {}
    assert softened.dressed


def test_a_scrape_still_bleeding_is_not_dressed() -> None:
    events: dict[str, Group] = {"bleeding": "medical", "bleeding_much": "medical"}
    softened = soften(dict(events), cached_views("擦りむいて血が出ています"))
    assert softened.events == events
    assert not softened.dressed


def test_flopped_onto_the_sofa_is_tired_not_collapsed() -> None:
    events: dict[str, Group] = {"collapsed": "medical", "danger_word": "lexical", "symptom": "symptom"}
    softened = soften(events, cached_views("帰ってくるなりソファに倒れ込むように寝てしまいました"))
    assert softened.events == {"symptom": "symptom"}


def test_collapsed_told_plainly_is_not_a_flop() -> None:
    events: dict[str, Group] = {"collapsed": "medical", "danger_word": "lexical"}
    assert soften(dict(events), cached_views("帰ってくるなり玄関で倒れて動きません")).events == events


def test_said_while_eating_sweets_is_at_ease() -> None:
    events: dict[str, Group] = {"weak_danger": "weak", "not_moving_word": "lexical"}
    softened = soften(events, cached_views("動けないと言いながらお菓子を食べている"))
    assert softened.at_ease
    assert softened.events == {}
