"""Threshold policies of the plain model, held out: each `faq.csv` set left out in turn (a new writer's questions).

    .venv/bin/python bench/bench_threshold_policy.py [--seed 13]

For each left-out set the re-ranker and both gates are fitted on the other sets and Osaki 1 (plain), as
``knowledge tune`` would; every policy below chooses the (gate, scope) thresholds from the same inner
out-of-fold gate outputs, and is scored on the left-out set: answered precision @ coverage / NONE recall and how
many of those three targets it meets (P@1, R@5 and the weakest style do not depend on the thresholds). Also
printed per set: how well the gates separate (AUROC: the gate over right and wrong first answers of in-scope
questions, the scope gate over out-of-scope and in-scope questions) and the best pair chosen on the left-out set
itself (what no policy can beat). ``--seed`` changes the inner folds (the thresholds' instability).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import DEV, auroc, faq_set, prepare  # noqa: E402
from knowledge.evaluate import (  # noqa: E402
    OUT_OF_SCOPE,
    TARGET_ANSWERED_PRECISION,
    TARGET_COVERAGE,
    TARGET_NONE_RECALL,
)
from knowledge.ranker import NO_SCOPE_THRESHOLD  # noqa: E402
from knowledge.tuning import (  # noqa: E402
    THRESHOLD_DECIMALS,
    fit_gates,
    fit_ranker,
    gate_rows,
    pick_thresholds,
    set_groups,
)

FAQ_SETS = (DEV, *(faq_set(n) for n in (2, 3, 4, 5, 6)))
MARGINS = (0.0, 0.02, 0.04, 0.06)  # added to both targets by the pooled policies
Figures = tuple[float, float, float]  # answered precision, coverage, NONE recall
Policy = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray], tuple[float, float]]


def figures(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
            gate: float, scope_threshold: float) -> Figures:
    """Answered precision, coverage and NONE recall of one threshold pair."""
    answered = (conf >= gate) & (scope < scope_threshold)
    inside = answered & ~is_none
    precision = float((inside & correct).sum() / inside.sum()) if inside.any() else 1.0
    coverage = float(inside.sum() / max(1, int((~is_none).sum())))
    none_recall = float((~answered[is_none]).mean()) if is_none.any() else 1.0
    return precision, coverage, none_recall


def constrained(margin: float, *, pooled: bool, may_fail: int = 0) -> Policy:
    """The pair with the most pooled coverage whose precision and NONE recall reach the targets plus ``margin``:
    pooled over the fitting sets, or on every set but ``may_fail`` of them (when none does: the least short)."""
    def policy(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
               groups: np.ndarray) -> tuple[float, float]:
        members = [np.ones(len(conf), dtype=bool)] if pooled else [groups == g for g in np.unique(groups)]
        best: tuple[tuple[float, float], float, float] | None = None
        for s in np.r_[np.unique(np.round(scope, THRESHOLD_DECIMALS)), NO_SCOPE_THRESHOLD]:
            for g in np.unique(np.round(conf, THRESHOLD_DECIMALS)):
                shortfalls = sorted((max(0.0, TARGET_ANSWERED_PRECISION + margin - p)
                                     + max(0.0, TARGET_NONE_RECALL + margin - n)
                                     for p, _, n in (figures(conf[m], scope[m], correct[m], is_none[m], g, s)
                                                     for m in members)), reverse=True)
                short = sum(shortfalls[may_fail:])
                coverage = figures(conf, scope, correct, is_none, g, s)[1]
                key = (1.0, coverage) if short <= 1e-12 and coverage > 0 else (0.0, -short - float(coverage == 0))
                if best is None or key > best[0]:
                    best = (key, float(g), float(s))
        return (best[1], best[2]) if best is not None else (0.5, NO_SCOPE_THRESHOLD)
    return policy


POLICIES: dict[str, Policy] = {
    "every set (shipped rule)": lambda c, s, r, n, g: pick_thresholds(c, s, r, n, g),
    "every set but one": constrained(0.0, pooled=False, may_fail=1),
    **{f"pooled, margin {m:.2f}": constrained(m, pooled=True) for m in MARGINS},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13, help="inner fold seed")
    args = parser.parse_args()
    items = prepare(FAQ_SETS)
    totals = {name: [0.0, 0.0] for name in POLICIES}
    print("answered precision @ coverage / NONE recall (gate targets met of 3), each faq set left out")
    for path in FAQ_SETS:
        train = [i for i in items if i.set_name != path.name]
        test = [i for i in items if i.set_name == path.name]
        gates = fit_gates(train, seed=args.seed)
        feats, labels = gate_rows(test, fit_ranker(train))
        conf = gates.gate.probabilities(feats)
        scope = gates.scope.probabilities(feats) if gates.scope is not None else np.zeros(len(test))
        correct = labels > 0
        is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in test])
        best = figures(conf, scope, correct, is_none, *pick_thresholds(conf, scope, correct, is_none))
        print(f"{path.name}: gate AUROC {auroc(conf[~is_none], correct[~is_none]):.3f}, scope AUROC "
              f"{auroc(scope, is_none):.3f}; best pair on the set itself {best[0]:.3f} @ {best[1]:.3f} / {best[2]:.3f}")
        for name, policy in POLICIES.items():
            gate, scope_threshold = policy(gates.confidence, gates.out_of_scope, gates.correct, gates.is_none,
                                           set_groups(train))
            p, c, n = figures(conf, scope, correct, is_none, gate, scope_threshold)
            met = int(p >= TARGET_ANSWERED_PRECISION) + int(c >= TARGET_COVERAGE) + int(n >= TARGET_NONE_RECALL)
            totals[name][0] += met
            totals[name][1] += c / len(FAQ_SETS)
            print(f"  {name:<26} ({gate:.2f}, {scope_threshold:.2f}) {p:.3f} @ {c:.3f} / {n:.3f} ({met}/3)", flush=True)
    print("all six left-out sets: gate targets met (of 18), mean coverage")
    for name, (count, coverage) in totals.items():
        print(f"  {name:<26} {int(count):>2}/18  {coverage:.3f}")


if __name__ == "__main__":
    main()
