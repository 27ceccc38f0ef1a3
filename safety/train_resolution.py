"""Train the "told, then resolved" classifier (:mod:`safety.resolution`) on the examined splits and the training-only
phrases.

    .venv/bin/python -m safety.train_resolution [--threshold 0.8] [--no-training]

The training examples are the messages where the signal could act: a plain tail (:func:`safety.resolution.tail`,
:func:`safety.resolution.tail_is_plain`) after an alarm - the rules' alarm on the whole message with the resolved-scare
cues (``RESOLVED``/``EXPLAINED``/``SETTLED``) switched off, so the hundreds of tellings those patterns decide become
examples in many writers' words, or an alarm on the part before the tail. The target: the phrase is not an emergency.
Needs scikit-learn (a development tool; the service only reads the weights). Shared with
``bench/bench_safety_resolution.py``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import safety.detect
from safety.data_file import default_safety_data
from safety.decide import decide
from safety.evaluate import EXAMINED_SPLITS, Phrase, load_phrases, load_training
from safety.findings import Findings
from safety.normalize import TextViews, cached_views
from safety.resolution import RESOLUTION_FILE, ResolutionModel, features, pleads, tail, tail_is_plain
from safety.signals import Signals
from safety.train_ngram import fit_weights

THRESHOLD = 0.8  # chosen held out: bench/bench_safety_resolution.py (docs/safety.md, round 29)


@contextmanager
def without_resolution_cues() -> Iterator[None]:
    """The rules with the resolved-scare cues switched off (``safety.detect._resolved`` always False)."""
    original = safety.detect._resolved

    def never(views: TextViews) -> bool:
        return False

    safety.detect._resolved = never
    try:
        yield
    finally:
        safety.detect._resolved = original


def rules_alarm(findings: Findings, phrase: Phrase) -> bool:
    """Whether the rules alone (no second signal) raise an emergency."""
    return decide(findings, local_now=phrase.moment, channel="chat", signals=Signals(),
                  data=default_safety_data()).is_emergency


def plain_tail(phrase: Phrase) -> str:
    """The phrase's tail when it is plain (may resolve the message) and the writer makes no plea, else ""."""
    if pleads(phrase.text):
        return ""

    def alarm(part: str) -> bool:
        return rules_alarm(safety.detect.find(cached_views(part)), phrase)
    found = tail(phrase.text, alarm)
    if found and tail_is_plain(found, dict(safety.detect.find(cached_views(found)).events)):
        return found
    return ""


@dataclass(frozen=True)
class Example:
    """One training example: the phrase, its plain tail, and its features."""

    phrase: Phrase
    tail: str
    features: frozenset[str]

    @property
    def resolved(self) -> bool:
        """The target: not an emergency."""
        return self.phrase.label != "emergency"


def examples(phrases: Sequence[Phrase]) -> list[Example]:
    """The phrases where the signal could act (see the module's docstring), with their features."""
    found: list[Example] = []
    for phrase in phrases:
        tail_text = plain_tail(phrase)
        if not tail_text:
            continue
        head_alarm = rules_alarm(safety.detect.find(cached_views(phrase.text[:len(phrase.text) - len(tail_text)])),
                                 phrase)
        with without_resolution_cues():
            whole_alarm = rules_alarm(safety.detect.find(cached_views(phrase.text)), phrase)
        if head_alarm or whole_alarm:
            found.append(Example(phrase, tail_text, features(phrase.text, tail_text)))
    return found


def fit(chosen: Sequence[Example], *, threshold: float = THRESHOLD) -> ResolutionModel:
    """Fit the classifier (classes balanced, as the n-gram classifiers)."""
    intercept, weights = fit_weights([dict.fromkeys(e.features, 1) for e in chosen], [e.resolved for e in chosen])
    return ResolutionModel(intercept=intercept, threshold=threshold,
                           trained_on=sorted({e.phrase.split for e in chosen}), weights=weights)


def main() -> None:
    """Train on the examined splits (and the training-only phrases) and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--no-training", action="store_true", help="leave out safety/eval/training.tsv")
    args = parser.parse_args()
    phrases = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    if not args.no_training:
        phrases += load_training()
    chosen = examples(phrases)
    model = fit(chosen, threshold=args.threshold)
    RESOLUTION_FILE.write_text(json.dumps(model.model_dump(), ensure_ascii=False, sort_keys=True) + "\n",
                               encoding="utf-8")
    print(f"{len(chosen)} examples ({sum(e.resolved for e in chosen)} resolved) of {len(phrases)} phrases; "
          f"{len(model.weights)} weights -> {RESOLUTION_FILE}")


if __name__ == "__main__":
    main()
