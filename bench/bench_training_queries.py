"""Training queries for the plain model, held out: each `faq.csv` set left out in turn (a new writer's questions),
answered by models fitted with and without extra training-only sets (and with and without faq-7 in the fit).

    .venv/bin/python bench/bench_training_queries.py [--train FILE.tsv ...] \
        [--misses faq-queries-7.tsv] [--cache /tmp/items.pkl]

For each left-out set the re-ranker, both gates and the two thresholds are fitted on the other sets and Osaki 1
(plain) exactly as ``knowledge tune`` (:func:`knowledge.tuning.fit_model`) would, and the left-out set is answered:
P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style (its name), and how well the two gates
separate on it (AUROC: the gate over right and wrong first answers of in-scope questions, the scope gate over
out-of-scope and in-scope questions). The trials share the folds; they differ only in what else trains:

- ``six sets``: dev + faq-2..6 + Osaki 1 (faq-7 never trains: the ninth session's recipe),
- ``seven sets``: dev + faq-2..7 + Osaki 1 (the refit with faq-7),
- ``seven sets + training``: the same plus every ``--train`` file (training-only: never a left-out set),
- ``... (thresholds without training)``: the training files fit the ranker and the gates but are not a set the
  thresholds must meet the targets on.

``--misses NAME`` lists that set's misses at rank 1 (left out, seven-set trial) by style. ``--cache PATH`` keeps
the prepared queries (embedding and analysis, the slow part) in a pickle between runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import DEV, auroc, faq_set, figures, prepared, print_misses, styles  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome  # noqa: E402
from knowledge.ranker import NO_SCOPE_THRESHOLD, RankingModel  # noqa: E402
from knowledge.thresholds import pick_thresholds  # noqa: E402
from knowledge.tuning import (  # noqa: E402
    PreparedItem,
    fit_gates,
    fit_ranker,
    gate_rows,
    outcomes_with,
    set_groups,
)

FAQ_SETS = (DEV, *(faq_set(n) for n in (2, 3, 4, 5, 6, 7)))
NEWEST = "faq-queries-7.tsv"  # the set the six-set trial never fits on


@dataclass
class Held:
    """One left-out set answered by one trial's model."""

    outcomes: list[QueryOutcome]
    gate_auroc: float
    scope_auroc: float
    thresholds: tuple[float, float]


def held_out(train: Sequence[PreparedItem], test: Sequence[PreparedItem], threshold_sets: frozenset[str],
             seed: int) -> Held:
    """``fit_model`` on ``train`` (the thresholds meet the targets on the sets in ``threshold_sets`` only), then
    the outcomes and gate separation on ``test``."""
    ranker = fit_ranker(train)
    gates = fit_gates(train, seed=seed)
    keep = np.array([i.set_name in threshold_sets for i in train])
    groups = set_groups([i for i, k in zip(train, keep, strict=True) if k])
    gate_threshold, scope_threshold = pick_thresholds(gates.confidence[keep], gates.out_of_scope[keep],
                                                      gates.correct[keep], gates.is_none[keep], groups)
    model = RankingModel(ranker, gates.gate, gate_threshold, (), gates.scope,
                         scope_threshold if gates.scope is not None else NO_SCOPE_THRESHOLD)
    feats, labels = gate_rows(test, ranker)
    conf = gates.gate.probabilities(feats)
    scope = gates.scope.probabilities(feats) if gates.scope is not None else np.zeros(len(test))
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in test])
    correct = labels > 0
    return Held(outcomes_with(model, test), auroc(conf[~is_none], correct[~is_none]), auroc(scope, is_none),
                (gate_threshold, scope_threshold))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, action="append", default=[], help="a training-only query file")
    parser.add_argument("--seed", type=int, default=13, help="inner fold seed")
    parser.add_argument("--cache", type=Path, help="pickle of the prepared queries (written when missing)")
    parser.add_argument("--misses", default="", help="list this set's misses (left out, seven-set trial)")
    parser.add_argument("--trials", default="six,seven,train,train-nothr",
                        help="comma-separated: six, seven, train, train-nothr")
    args = parser.parse_args()
    items = prepared((*FAQ_SETS, *args.train), args.cache)
    train_names = frozenset(p.name for p in args.train)
    labelled = frozenset(i.set_name for i in items) - train_names
    trials = {
        "six": ("six sets (faq-7 never trains)", labelled - {NEWEST}, labelled - {NEWEST}),
        "seven": ("seven sets", labelled, labelled),
        "train": ("seven sets + training", labelled | train_names, labelled | train_names),
        "train-nothr": ("seven sets + training (thresholds without training)", labelled | train_names, labelled),
    }
    print("P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style [targets met]; "
          "gate / scope AUROC; (gate, scope) thresholds; each faq set left out")
    for key in args.trials.split(","):
        title, fitting, threshold_sets = trials[key]
        if key.startswith("train") and not train_names:
            continue
        print(title, flush=True)
        pooled: list[QueryOutcome] = []
        for path in FAQ_SETS:
            test = [i for i in items if i.set_name == path.name]
            train = [i for i in items if i.set_name != path.name and i.set_name in fitting]
            held = held_out(train, test, threshold_sets - {path.name}, args.seed)
            pooled += held.outcomes
            print(f"  {path.name:<20} {figures(held.outcomes)}; {held.gate_auroc:.3f} / {held.scope_auroc:.3f}; "
                  f"({held.thresholds[0]:.2f}, {held.thresholds[1]:.2f})", flush=True)
            print(f"  {'':<20} {styles(held.outcomes)}")
            if key == "seven" and path.name == args.misses:
                print_misses(held.outcomes)
        print(f"  {'all seven':<20} {figures(pooled)}\n  {'':<20} {styles(pooled)}", flush=True)


if __name__ == "__main__":
    main()
