"""The pure parts of the veto bench (bench/safety_veto_support.py)."""

from __future__ import annotations

from bench.safety_veto_support import sign_events, weak_signs_only, without_alarm
from safety.findings import Findings


def findings(events: dict[str, str], *, now: bool = False) -> Findings:
    return Findings(events=events, topic=False, now=now, child=False, question=False)  # type: ignore[arg-type]


def test_weak_signs_only() -> None:
    assert weak_signs_only(findings({"weak_danger": "weak", "fever": "symptom"}))
    assert weak_signs_only(findings({"road_hazard": "weak_police"}))
    assert not weak_signs_only(findings({"danger_word": "lexical"}))
    assert not weak_signs_only(findings({"weak_danger": "weak", "danger_word": "lexical"}))
    assert not weak_signs_only(findings({"fever": "symptom"}))


def test_without_alarm_keeps_advice_events_and_drops_now() -> None:
    found = findings({"weak_danger": "weak", "danger_word": "lexical", "fever": "symptom", "fraud": "scam"}, now=True)
    rest = without_alarm(found)
    assert rest.events == {"fever": "symptom", "fraud": "scam"} and not rest.now


def test_sign_events_are_not_the_direct_statements() -> None:
    signs = sign_events()
    assert "weak_danger" in signs and "danger_word" in signs
    assert not {"fire", "collapsed", "unconscious"} & signs
