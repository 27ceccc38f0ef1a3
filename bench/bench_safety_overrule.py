"""The emergency classifier overruling the rules when it is all but certain, held out by writer (prints figures):
``bench_safety_levers``' blocks and recipe (``trheard``: the classifiers trained without the block, with the training
tellings' transcripts), the block decided typed and as heard with its ablated rules, then every decision short of an
alarm turned into an unsure 119/110 (the police line picks 110) where the held-out emergency probability reaches a bar.

    .venv/bin/python -m bench.bench_safety_overrule --heard safety/eval/heard.tsv \\
        --training safety/eval/training.tsv --training-heard safety/eval/heard-training.tsv [--bars 0.9,0.95,0.98,0.99]

The lines ``trheard typed/heard`` are the shipped decision. Round 35 measured it and did not ship it: held out it adds
recall and no false alarm on the blocks, but at 0.98 it turns 12 hard negatives of the layer's own tests into alarms
(docs/safety.md, Round 35).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.bench_safety_levers as levers  # noqa: E402
import safety.detect  # noqa: E402
from safety.evaluate import Outcome  # noqa: E402
from safety.models import SafetyDecision  # noqa: E402

BLOCKS = ("blind36a,blind36b;blind33a,blind33b,blind34a,blind34b,blind35a,blind35b;"
          "blind29a,blind29b,blind30a,blind30b,blind31a,blind31b,blind32a,blind32b")


def overruled(outcomes: Sequence[Outcome], test: Sequence[int], probs: levers.Probabilities, *, bar: float,
              police_threshold: float, none_only: bool) -> list[Outcome]:
    """Every outcome short of an alarm (``none_only``: decided "none", not an advice line or the disaster page) whose
    held-out emergency probability reaches ``bar`` made an unsure alarm."""
    turned = []
    for i, outcome in zip(test, outcomes, strict=True):
        eligible = outcome.decision.kind == "none" if none_only else not outcome.decision.is_emergency
        if eligible and probs.emergency[i] >= bar:
            police = probs.police[i] >= police_threshold
            outcome = Outcome(outcome.phrase, SafetyDecision(
                kind="emergency_police" if police else "emergency_fire_ambulance", certainty="unsure",
                number="110" if police else "119", events=("ngram_overrules",)))
        turned.append(outcome)
    return turned


def main() -> None:
    """Run bench_safety_levers with the shipped decision (no overrule) and print each bar's figures beside it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heard", required=True)
    parser.add_argument("--training", required=True)
    parser.add_argument("--training-heard", required=True)
    parser.add_argument("--blocks", default=BLOCKS)
    parser.add_argument("--bars", default="0.9,0.95,0.98,0.99")
    args = parser.parse_args()
    bars = [float(bar) for bar in args.bars.split(",")]
    base = levers.decisions

    def with_bars(rows: levers.Rows, test: Sequence[int], found: dict[int, safety.detect.Findings],
                  probs: levers.Probabilities, *, police_threshold: float, advice_threshold: float) -> list[Outcome]:
        outcomes = base(rows, test, found, probs, police_threshold=police_threshold,
                        advice_threshold=advice_threshold)
        kind = rows.kind[test[0]] if test else ""
        for bar in bars:
            for none_only in (False, True):
                label = f"overrule{' none' if none_only else ''} >= {bar} {kind}"
                print(levers.line(label, overruled(outcomes, test, probs, bar=bar, police_threshold=police_threshold,
                                                   none_only=none_only)), flush=True)
        return outcomes

    levers.decisions = with_bars
    sys.argv = [sys.argv[0], "--heard", args.heard, "--training", args.training, "--training-heard",
                args.training_heard, "--recipes", "trheard", "--blocks", args.blocks]
    levers.main()


if __name__ == "__main__":
    main()
