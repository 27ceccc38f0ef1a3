"""The plain model over every labelled `faq.csv` set, held out: each set left out in turn (a new writer's questions).

    .venv/bin/python bench/bench_plain_sets.py [--cache /tmp/plain-items.pkl] [--trials without-newest,all] \
        [--threshold-seeds 1,3] [--seeds 13,1,2] [--misses faq-queries-8.tsv]

The sets are the dev set and every ``knowledge/eval/faq-queries-N.tsv``; Osaki 1 (plain: alternative questions
ignored) always trains. For each left-out set the re-ranker, both gates and the two thresholds are fitted on the other
sets exactly as ``knowledge tune`` (:func:`knowledge.tuning.fit_model`) would, and the left-out set is answered:
P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style, the gates' separation on it (AUROC: the gate
over right and wrong first answers of in-scope questions, the scope gate over out-of-scope and in-scope questions) and
the thresholds chosen. Trials (they share the folds):

- ``without-newest``: the newest set (``--newest N``: the N newest) never trains (the recipe before it joined the fit),
- ``all``: every other set trains.

The thresholds follow the plain model's rule (:func:`knowledge.thresholds.rule_for`; ``--every-set-rule``: the rule
before the fourteenth session, the targets met on every fitting set).

``--threshold-seeds K`` chooses the thresholds on the gates' inner out-of-fold outputs pooled over K fold shufflings
(:data:`knowledge.tuning.THRESHOLD_SEEDS`; 1 = one shuffling, the rule before the eleventh session); each value given
is run. ``--seeds`` runs every trial once per inner fold seed and prints the answered precision / coverage / NONE
recall per seed (the thresholds' stability). The last trial is compared query by query with the first (gained and
lost at rank 1). ``--cache PATH`` keeps the prepared queries (embedding and analysis, the slow part) between runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import OSAKI, auroc, faq_sets, figures, prepared, print_misses, styles  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome, score_outcomes  # noqa: E402
from knowledge.ranker import NO_SCOPE_THRESHOLD, RankingModel  # noqa: E402
from knowledge.thresholds import EVERY_SET, ThresholdRule, rule_for  # noqa: E402
from knowledge.tuning import (  # noqa: E402
    PreparedItem,
    fit_gates_over_seeds,
    fit_ranker,
    gate_rows,
    outcomes_with,
    pooled_thresholds,
)


def held_out(train: Sequence[PreparedItem], test: Sequence[PreparedItem], *, seed: int, threshold_seeds: int,
             rule: ThresholdRule | None = None) -> tuple[list[QueryOutcome], float, float, tuple[float, float]]:
    """``fit_model`` on ``train`` (thresholds by ``rule``, by default the plain model's); the outcomes, the gates'
    AUROC on ``test`` and the thresholds."""
    ranker = fit_ranker(train)
    fits = fit_gates_over_seeds(train, seed=seed, threshold_seeds=threshold_seeds)
    gate_threshold, scope_threshold = pooled_thresholds(fits, train, rule=rule or rule_for(plain=True))
    gates = fits[0]
    model = RankingModel(ranker, gates.gate, gate_threshold, (), gates.scope,
                         scope_threshold if gates.scope is not None else NO_SCOPE_THRESHOLD)
    feats, labels = gate_rows(test, ranker)
    conf = gates.gate.probabilities(feats)
    scope = gates.scope.probabilities(feats) if gates.scope is not None else np.zeros(len(test))
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in test])
    return (outcomes_with(model, test), auroc(conf[~is_none], (labels > 0)[~is_none]), auroc(scope, is_none),
            (gate_threshold, scope_threshold))


def first_hits(outcomes: Sequence[QueryOutcome]) -> dict[tuple[int, str], bool]:
    """Whether each in-scope query (by position and text) is answered first with its entry."""
    return {(n, o.query.text): o.rank == 1 for n, o in enumerate(outcomes) if o.query.expected_id != OUT_OF_SCOPE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the prepared queries (written when missing)")
    parser.add_argument("--trials", default="without-newest,all", help="comma-separated: without-newest, all")
    parser.add_argument("--threshold-seeds", default="1", help="comma-separated fold shufflings pooled (K)")
    parser.add_argument("--seeds", default="13", help="comma-separated inner fold seeds")
    parser.add_argument("--misses", default="", help="list this set's misses (left out, last trial, first seed)")
    parser.add_argument("--newest", type=int, default=1, help="how many of the newest sets without-newest leaves out")
    parser.add_argument("--quiet", action="store_true", help="only the pooled lines")
    parser.add_argument("--every-set-rule", action="store_true",
                        help="thresholds by the rule before the fourteenth session (targets on every fitting set)")
    args = parser.parse_args()
    sets = faq_sets()
    items = prepared(sets, args.cache)
    names = [p.name for p in sets]
    print("P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style [targets met]; "
          "gate / scope AUROC; (gate, scope) thresholds; each faq set left out")
    runs: list[list[QueryOutcome]] = []
    for k in (int(v) for v in args.threshold_seeds.split(",")):
        for trial in args.trials.split(","):
            fitting = set(names) - (set(names[-args.newest:]) if trial == "without-newest" else set())
            for seed in (int(v) for v in args.seeds.split(",")):
                print(f"{trial}, thresholds over {k} shuffling(s), inner fold seed {seed}", flush=True)
                pooled: list[QueryOutcome] = []
                met = 0
                for name in names:
                    test = [i for i in items if i.set_name == name]
                    train = [i for i in items if i.set_name != name and (i.set_name in fitting or
                                                                          i.set_name == OSAKI[1].name)]
                    outcomes, gate_auc, scope_auc, (gate, scope) = held_out(
                        train, test, seed=seed, threshold_seeds=k, rule=EVERY_SET if args.every_set_rule else None)
                    pooled += outcomes
                    met += int(score_outcomes(outcomes).targets_line().split(" met")[0].split()[-1].split("/")[0])
                    if not args.quiet:
                        print(f"  {name:<20} {figures(outcomes)}; {gate_auc:.3f} / {scope_auc:.3f}; "
                              f"({gate:.2f}, {scope:.2f})\n  {'':<20} {styles(outcomes)}", flush=True)
                    if name == args.misses and seed == int(args.seeds.split(",")[0]):
                        print_misses(outcomes)
                report = score_outcomes(pooled)
                print(f"  {'pooled':<20} {figures(pooled)}; targets met on the sets {met}/{6 * len(names)}\n"
                      f"  {'':<20} {styles(pooled)}\n  {'':<20} precision {report.answered_precision:.3f}, "
                      f"coverage {report.coverage:.3f}, NONE recall {report.none_recall:.3f}", flush=True)
                runs.append(pooled)
    if len(runs) > 1:
        before, after = first_hits(runs[0]), first_hits(runs[-1])
        gained = sum(1 for key, hit in after.items() if hit and not before[key])
        lost = sum(1 for key, hit in before.items() if hit and not after[key])
        print(f"last run against the first, at rank 1: gained {gained}, lost {lost}")


if __name__ == "__main__":
    main()
