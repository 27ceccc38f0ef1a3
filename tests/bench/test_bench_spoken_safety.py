"""bench.bench_spoken_safety: what speech loses against typing, counted per style."""

from __future__ import annotations

from bench.bench_spoken_safety import losses_by_style
from safety.evaluate import Outcome, Phrase
from safety.models import DecisionKind, SafetyDecision


def _outcome(style: str, label: str, number: str, kind: DecisionKind, decided: str | None) -> Outcome:
    phrase = Phrase(text=f"{style}{label}{decided}", label=label, number=number, style=style, at="", split="dev")
    return Outcome(phrase, SafetyDecision(kind=kind, number=decided))


def test_losses_are_counted_per_style() -> None:
    pairs = [
        # a senior's emergency caught typed, missed spoken: both counts
        (
            _outcome("senior", "emergency", "119", "emergency_fire_ambulance", "119"),
            _outcome("senior", "emergency", "119", "none", None),
        ),
        # a senior's advice line lost spoken: the number only
        (
            _outcome("senior", "urgent", "#7119", "urgent_advice", "#7119"),
            _outcome("senior", "urgent", "#7119", "none", None),
        ),
        # wrong typed already: no loss
        (_outcome("senior", "urgent", "188", "none", None), _outcome("senior", "urgent", "188", "none", None)),
        # a plain phrase right both ways
        (_outcome("plain", "none", "none", "none", None), _outcome("plain", "none", "none", "none", None)),
    ]
    assert losses_by_style(pairs) == (
        "lost when spoken per style (emergencies missed / right number lost): plain 0/0, senior 1/2"
    )
