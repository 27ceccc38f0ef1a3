""":mod:`safety.detect_thing_closures`: every closure names events the rules really raise (a misspelt name would close
nothing), and each closure's telling, with an event it names, leaves that event out of the findings.

Tellings written for this test (plain, kana)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.detect_thing_closures import THING_NOT_PERSON_CLOSURES
from safety.normalize import views
from safety.patterns import rules
from tests.safety.helpers import assert_not_in_phrase_set

# A telling each closure quiets, and the event it would otherwise raise.
QUIETED = [
    ("空のベビーカーが用水路に落ちてた、誰も乗ってなかった", "drowning"),
    ("だれも のってない ぼーとが ろーぷ はずれて ながされてます", "drowning"),
]


def test_every_closed_event_is_a_rule_of_the_set() -> None:
    names = {rule.name for rule in rules()}
    closed = {event for events, _ in THING_NOT_PERSON_CLOSURES for event in events}
    assert closed <= names, sorted(closed - names)


def test_the_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "none") for text, _ in QUIETED])


@pytest.mark.parametrize(("text", "event"), QUIETED)
def test_a_thing_told_raises_no_person_event(text: str, event: str) -> None:
    told_views = views(text)
    assert any(rule.pattern.search(told_views.devoiced) or rule.pattern.search(told_views.reading)
               for rule in rules() if rule.name == event)
    assert any(event in events and told.search(told_views.devoiced) for events, told in THING_NOT_PERSON_CLOSURES)
    assert event not in find(told_views).events
