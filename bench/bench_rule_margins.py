"""Threshold placement with separate precision and NONE-recall margins, chosen by leave-one-set-out (twenty-seventh
session, docs/search-quality.md section 14).

The plain model's rule picks the (gate, scope) pair with the most coverage such that answered precision >= 0.92 +
0.04 and NONE recall >= 0.85 + 0.04 hold on the fitting queries pooled. On writers no fit has seen the gates keep
precision far above 0.92 (0.96-0.98) while NONE recall falls to about the target: this bench asks whether other
margins (precision margin ``mp``, NONE margin ``mn``) answer more held out, the margins chosen by cross-validation over
the fitting sets.

It reads the rows cache of ``bench_sibling_gate.py --only`` (one fit per seed, the ``--never-train`` sets answered by
it) and, per seed:
1. gate-level leave-one-set-out over the fitting ``faq.csv`` sets (Osaki 1 always fits): both gates fitted on the
   other sets' out-of-fold rows, the thresholds chosen for every (mp, mn) on their inner-fold outputs, the left-out
   set answered;
2. the candidate chosen: the most pooled left-out coverage among those holding (precision >= 0.92 and NONE recall >=
   0.85) on at least as many left-out sets as the shipped margins (0.04, 0.04) and meeting both targets pooled;
3. the never-train sets answered by the fit on every fitting set, under the shipped and the chosen margins.

    .venv/bin/python bench/bench_rule_margins.py --cache /tmp/s27/plain-items.pkl --rows-cache /tmp/s27/B-rows.pkl \
        --never-train faq-queries-21.tsv,faq-queries-22.tsv,faq-queries-23.tsv,faq-queries-24.tsv --seeds 13,1
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.bench_aspect_gate import aspect_features, columns, entry_texts, with_aspects  # noqa: E402
from bench.bench_gate_features import Rows  # noqa: E402
from bench.plain_support import prepared  # noqa: E402
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402
from knowledge.ranker import NO_SCOPE_THRESHOLD  # noqa: E402
from knowledge.thresholds import THRESHOLD_DECIMALS  # noqa: E402
from knowledge.tuning import _sigmoid, fit_logistic  # noqa: E402

SHIPPED = (0.04, 0.04)
PRECISION_MARGINS = (-0.02, 0.0, 0.01, 0.02, 0.03, 0.04, 0.05)
NONE_MARGINS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.10)
Candidate = tuple[float, float]


def table(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every (gate, scope) threshold pair of the grids (as ``pick_thresholds``): the grids, and per pair the
    answered precision, NONE recall and coverage (arrays shaped (scope grid, gate grid))."""
    gate_grid = np.unique(np.round(conf, THRESHOLD_DECIMALS))
    scope_grid = np.r_[np.unique(np.round(scope, THRESHOLD_DECIMALS)), NO_SCOPE_THRESHOLD]
    inside = ~is_none
    n_in = np.zeros((len(scope_grid), len(gate_grid)))
    n_right, n_none = np.zeros_like(n_in), np.zeros_like(n_in)
    for k, threshold in enumerate(scope_grid):
        answered = (conf[None, :] >= gate_grid[:, None]) & (scope < threshold)[None, :]
        n_in[k], n_right[k] = (answered & inside).sum(axis=1), (answered & inside & correct).sum(axis=1)
        n_none[k] = (answered & is_none).sum(axis=1)
    precision = np.where(n_in > 0, n_right / np.maximum(n_in, 1), 1.0)
    none_recall = 1 - n_none / max(int(is_none.sum()), 1)
    return gate_grid, scope_grid, precision, none_recall, n_in / max(int(inside.sum()), 1)


def pick(tab: tuple[np.ndarray, ...], margins: Candidate) -> tuple[float, float]:
    """The pooled rule with margins (precision, NONE recall): the most coverage meeting both (ties: the first pair
    in ``pick_thresholds``' order), or the smallest shortfall."""
    gate_grid, scope_grid, precision, none_recall, cover = tab
    short = (np.maximum(0.0, TARGET_ANSWERED_PRECISION + margins[0] - precision)
             + np.maximum(0.0, TARGET_NONE_RECALL + margins[1] - none_recall))
    ok = (short <= 1e-12) & (cover > 0)
    key = np.where(ok, 1e3 + cover, -short - (cover == 0))
    s, g = np.unravel_index(int(np.argmax(key)), key.shape)
    return float(gate_grid[g]), float(scope_grid[s])


def full_gates(x: np.ndarray, rows: Rows) -> tuple[np.ndarray, np.ndarray]:
    """Both gates fitted on every row (as fit_gates): the coefficients."""
    return (fit_logistic(x[~rows.is_none], rows.correct[~rows.is_none].astype(np.float64)),
            fit_logistic(x, rows.is_none.astype(np.float64)))


def gate_outputs(x: np.ndarray, rows: Rows, folds: np.ndarray, test: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Inner-fold (conf, scope) on ``x``'s rows and the full fit's (conf, scope) on ``test`` (as fit_gates)."""
    conf, out = np.zeros(len(x)), np.zeros(len(x))
    for fold in np.unique(folds):
        tr, te = folds != fold, folds == fold
        inside = tr & ~rows.is_none
        conf[te] = _sigmoid(fit_logistic(x[inside], rows.correct[inside].astype(np.float64)), x[te])
        out[te] = _sigmoid(fit_logistic(x[tr], rows.is_none[tr].astype(np.float64)), x[te])
    gate, scope = full_gates(x, rows)
    return conf, out, _sigmoid(gate, test), _sigmoid(scope, test)


def figures(answered: np.ndarray, correct: np.ndarray, is_none: np.ndarray) -> tuple[float, float, float]:
    inside = ~is_none
    shipped = answered & inside
    return (float((shipped & correct).sum() / max(int(shipped.sum()), 1)),
            float(shipped.sum() / max(int(inside.sum()), 1)),
            float((~answered[is_none]).mean()) if is_none.any() else 1.0)


def holds(f: tuple[float, float, float]) -> bool:
    return f[0] >= TARGET_ANSWERED_PRECISION and f[2] >= TARGET_NONE_RECALL


def line(label: str, parts: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> str:
    pooled = figures(*(np.concatenate(a) for a in zip(*parts, strict=True)))
    n = sum(holds(figures(*p)) for p in parts)
    return f"{label}: {pooled[0]:.3f} @ {pooled[1]:.3f} / {pooled[2]:.3f}, holds {n}/{len(parts)}"


def choose(loso: dict[Candidate, list[tuple[np.ndarray, np.ndarray, np.ndarray]]], criterion: str) -> Candidate:
    """The margins chosen on the left-out sets' figures (``--criterion``)."""
    def n_holds(c: Candidate) -> int:
        return sum(holds(figures(*p)) for p in loso[c])

    def pooled(c: Candidate) -> tuple[float, float, float]:
        return figures(*(np.concatenate(a) for a in zip(*loso[c], strict=True)))

    if criterion == "holds":
        return max(loso, key=lambda c: (n_holds(c), pooled(c)[1]))
    eligible = [c for c in loso if n_holds(c) >= n_holds(SHIPPED) and holds(pooled(c))]
    return max(eligible, key=lambda c: pooled(c)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--rows-cache", type=Path, required=True)
    parser.add_argument("--never-train", required=True)
    parser.add_argument("--seeds", default="13")
    parser.add_argument("--criterion", choices=("coverage", "holds"), default="coverage",
                        help="coverage: the most left-out coverage holding on as many sets as the shipped margins; "
                             "holds: the most left-out holds, then coverage")
    parser.add_argument("--all", action="store_true", help="the never-train sets under every candidate too")
    parser.add_argument("--hindsight", action="store_true",
                        help="the never-train sets' own best pair (what no rule can beat): pooled targets, no margin")
    args = parser.parse_args()
    items = prepared([], args.cache)
    never = args.never_train.split(",")
    cached = pickle.loads(args.rows_cache.read_bytes())
    texts, cols = entry_texts(), columns("aspect_missing")
    train_items = [i for i in items if i.set_name not in never]
    sets = np.array([i.set_name for i in train_items])
    candidates = [(p, n) for p in PRECISION_MARGINS for n in NONE_MARGINS]
    for seed in (int(s) for s in args.seeds.split(",")):
        answered_sets = [name for name in never if (name, seed) in cached]
        train, tops, folds, _, _ = cached[(answered_sets[0], seed)]
        x_rows = with_aspects(train, train_items, tops, texts, aspect_features)
        x, f = x_rows.feats[:, cols], np.array(folds)
        loso: dict[Candidate, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {c: [] for c in candidates}
        for left in sorted(set(sets) - {"osaki-queries.tsv"}):
            keep, out = sets != left, sets == left
            sub = Rows(x_rows.feats[keep], train.correct[keep], train.is_none[keep])
            conf, scope, tconf, tscope = gate_outputs(x[keep], sub, f[keep], x[out])
            tab = table(conf, scope, sub.correct, sub.is_none)
            for c in candidates:
                g, s = pick(tab, c)
                loso[c].append(((tconf >= g) & (tscope < s), train.correct[out], train.is_none[out]))
        chosen = choose(loso, args.criterion)
        print(f"seed {seed}: leave-one-set-out over {len(loso[SHIPPED])} sets", flush=True)
        for c in candidates:
            print(f"  {line(f'mp {c[0]:+.2f} mn {c[1]:+.2f}', loso[c])}{'  <- chosen' if c == chosen else ''}")
        conf, scope, _, _ = gate_outputs(x, x_rows, f, x[:1])
        tab = table(conf, scope, x_rows.correct, x_rows.is_none)
        gate, scope_coef = full_gates(x, x_rows)
        shown = [("shipped margins", SHIPPED), ("chosen margins", chosen)]
        for label, c in shown + ([(f"{'':>6}", c) for c in candidates] if args.all else []):
            g, s = pick(tab, c)
            parts = []
            for name in answered_sets:
                test, test_tops = cached[(name, seed)][3], cached[(name, seed)][4]
                test_items = [i for i in items if i.set_name == name]
                tx = with_aspects(test, test_items, test_tops, texts, aspect_features).feats[:, cols]
                answered = (_sigmoid(gate, tx) >= g) & (_sigmoid(scope_coef, tx) < s)
                parts.append((answered, test.correct, test.is_none))
                p = figures(*parts[-1])
                if label.strip():
                    print(f"    {name:<20} P@1 {test.correct[~test.is_none].mean():.3f}  "
                      f"{p[0]:.3f} @ {p[1]:.3f} / {p[2]:.3f}")
            print(f"  never-train, {line(f'{label} {c} (gate {g:.2f}, scope {s:.2f})', parts)}", flush=True)
            if args.hindsight and c == SHIPPED and label == "shipped margins":
                tests = [(cached[(n, seed)][3], cached[(n, seed)][4], [i for i in items if i.set_name == n])
                         for n in answered_sets]
                tx = np.vstack([with_aspects(t, ti, tt, texts, aspect_features).feats[:, cols] for t, tt, ti in tests])
                right = np.concatenate([t[0].correct for t in tests])
                none = np.concatenate([t[0].is_none for t in tests])
                hg, hs = pick(table(_sigmoid(gate, tx), _sigmoid(scope_coef, tx), right, none), (0.0, 0.0))
                h = figures((_sigmoid(gate, tx) >= hg) & (_sigmoid(scope_coef, tx) < hs), right, none)
                print(f"  never-train, hindsight (gate {hg:.2f}, scope {hs:.2f}): {h[0]:.3f} @ {h[1]:.3f} / {h[2]:.3f}")


if __name__ == "__main__":
    main()
