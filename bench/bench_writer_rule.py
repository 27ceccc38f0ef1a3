"""Threshold rules that hold per left-out writer (twenty-second session): each ``faq.csv`` set left out in turn.

    .venv/bin/python bench/bench_writer_rule.py --cache /tmp/plain-items.pkl --folds-cache /tmp/writer-folds.pkl \
        [--seeds 13,1] [--never-train faq-queries-19.tsv] [--per-set] [--final "RULE NAME"]

For each left-out set (dev and every ``knowledge/eval/faq-queries-N.tsv`` but ``--never-train``) the re-ranker and
both gates are fitted on the other sets and Osaki 1 (plain) as ``knowledge tune`` fits them (the ``--never-train`` set
never fits); each rule below picks the (gate, scope) pair from the fitting sets' inner out-of-fold gate outputs and is
scored on the left-out set. A rule *holds* on a left-out set when answered precision >= 0.92 and NONE recall >= 0.85
there. Printed per rule and seed: holds of the left-out sets, pooled answered precision @ coverage / NONE recall over
every left-out query, and the mean coverage per set; with ``--per-set`` each set's figures for the named rules.

Rules (each the pair with the most pooled coverage of the fitting queries under its constraint):

- ``pooled + m``: the targets plus m on the fitting queries pooled (the shipped rule: m = 0.04);
- ``sets but k``: precision >= 0.92 and NONE recall >= 0.85 on every fitting set but the k furthest from them (the
  k-th worst fitting set, counted from zero, still meets them);
- ``sets but f``: the same with k = floor(f x the number of fitting sets) (a share, so that it scales with the pool);
- ``quantile q``: each fitting set's own best pair (the most coverage meeting the targets on that set alone); the
  gate threshold their q-quantile, the scope threshold their (1 - q)-quantile;
- ``nested h``: pooled with a precision margin and a NONE margin (0.00-0.06 each) chosen by leave-one-set-out inside
  the fitting sets: the margins whose pair, picked on the other fitting sets, holds on at least a share h of the
  inner left-out sets, then has the most inner coverage.

``--final RULE`` then fits once more with the ``--never-train`` set left out (every other set fitting) and prints that
one rule's figures on it: the set is scored once, with one rule chosen before.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import faq_sets, prepared  # noqa: E402
from bench.threshold_grid import Grid, Outputs, choose, fold_outputs, grid, holds, per_set, pooled, shortfall  # noqa: E402
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402

Rule = Callable[[Grid], tuple[float, float]]
MARGINS = (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06)
Counts = tuple[int, int, int, int, int]  # in scope, answered, answered right, out of scope, refused


def pooled_rule(margin: float, none_margin: float | None = None) -> Rule:
    def rule(g: Grid) -> tuple[float, float]:
        precision, none_recall, _ = pooled(g)
        n = margin if none_margin is None else none_margin
        return choose(g, np.maximum(0.0, TARGET_ANSWERED_PRECISION + margin - precision)
                      + np.maximum(0.0, TARGET_NONE_RECALL + n - none_recall))
    return rule


def sets_but(k: int | None = None, share: float | None = None) -> Rule:
    def rule(g: Grid) -> tuple[float, float]:
        precision, none_recall = per_set(g)
        short = shortfall(precision, none_recall)  # (S, G, sets)
        excused = k if k is not None else math.floor((share or 0.0) * len(g.names))
        return choose(g, (-np.sort(-short, axis=-1))[..., excused:].sum(-1))
    return rule


def own_best(g: Grid) -> tuple[np.ndarray, np.ndarray]:
    """Each set's own best (gate, scope) pair: the most coverage of that set meeting the targets there."""
    precision, none_recall = per_set(g)
    short = shortfall(precision, none_recall)
    coverage = g.answered / np.maximum(g.inside, 1)
    gates, scopes = np.zeros(len(g.names)), np.zeros(len(g.names))
    for n in range(len(g.names)):
        meets = (short[..., n] <= 1e-12) & (coverage[..., n] > 0)
        key = np.where(meets, 10.0 + coverage[..., n], -short[..., n])
        s, t = np.unravel_index(int(np.argmax(key)), key.shape)
        gates[n], scopes[n] = g.gates[t], g.scopes[s]
    return gates, scopes


def quantile_rule(q: float) -> Rule:
    def rule(g: Grid) -> tuple[float, float]:
        gates, scopes = own_best(g)
        return float(np.quantile(gates, q)), float(np.quantile(scopes, 1.0 - q))
    return rule


def _pick(g: Grid, keep: np.ndarray, margin: float, none_margin: float) -> tuple[int, int]:
    precision, none_recall, coverage = pooled(g, keep)
    short = (np.maximum(0.0, TARGET_ANSWERED_PRECISION + margin - precision)
             + np.maximum(0.0, TARGET_NONE_RECALL + none_margin - none_recall))
    key = np.where((short <= 1e-12) & (coverage > 0), 10.0 + coverage, -short - (coverage == 0))
    s, t = np.unravel_index(int(np.argmax(key)), key.shape)
    return int(s), int(t)


_TABLES: dict[int, tuple[Grid, dict[tuple[float, float], tuple[int, float]]]] = {}


def nested_table(g: Grid) -> dict[tuple[float, float], tuple[int, float]]:
    """Per (precision margin, NONE margin): on how many fitting sets the pooled pair picked on the other fitting sets
    holds, and the mean coverage there (memoised per grid)."""
    if id(g) in _TABLES and _TABLES[id(g)][0] is g:
        return _TABLES[id(g)][1]
    precision, none_recall = per_set(g)
    n_sets = len(g.names)
    picks = {}
    for j in range(n_sets):
        keep = np.arange(n_sets) != j
        for margin in MARGINS:
            for none_margin in MARGINS:
                picks[(margin, none_margin, j)] = _pick(g, keep, margin, none_margin)
    table = {}
    for margin in MARGINS:
        for none_margin in MARGINS:
            held, cover = 0, 0.0
            for j in range(n_sets):
                s, t = picks[(margin, none_margin, j)]
                held += int(precision[s, t, j] >= TARGET_ANSWERED_PRECISION
                            and none_recall[s, t, j] >= TARGET_NONE_RECALL)
                cover += g.answered[s, t, j] / max(g.inside[j], 1)
            table[(margin, none_margin)] = (held, cover / n_sets)
    _TABLES[id(g)] = (g, table)
    return table


def nested_rule(share: float) -> Rule:
    def rule(g: Grid) -> tuple[float, float]:
        table = nested_table(g)
        need = share * len(g.names)
        margins = max(table, key=lambda m: (table[m][0] >= need, table[m][1] if table[m][0] >= need else table[m][0]))
        return pooled_rule(*margins)(g)
    return rule


RULES: dict[str, Rule] = {
    **{f"pooled + {m:.2f}": pooled_rule(m) for m in (0.02, 0.03, 0.04)},
    "pooled 0.02 / NONE 0.04": pooled_rule(0.02, 0.04),
    "pooled 0.00 / NONE 0.04": pooled_rule(0.0, 0.04),
    **{f"sets but {k}": sets_but(k=k) for k in (0, 1, 2, 3, 4, 5, 6, 8)},
    **{f"sets but {f:.2f}": sets_but(share=f) for f in (0.1, 0.15, 0.2, 0.25, 0.3)},
    **{f"quantile {q:.2f}": quantile_rule(q) for q in (0.5, 0.6, 0.7, 0.8, 0.9)},
    **{f"nested {h:.2f}": nested_rule(h) for h in (0.7, 0.75, 0.8, 0.85, 0.9)},
}


def counts(held: Outputs, pair: tuple[float, float]) -> Counts:
    answered = (held.conf >= pair[0]) & (held.scope < pair[1])
    inside = ~held.is_none
    return (int(inside.sum()), int((answered & inside).sum()), int((answered & inside & held.correct).sum()),
            int(held.is_none.sum()), int((~answered & held.is_none).sum()))


def figures_of(c: Counts) -> tuple[float, float, float]:
    """Answered precision, coverage, NONE recall."""
    return (c[2] / c[1] if c[1] else 1.0, c[1] / max(c[0], 1), c[4] / c[3] if c[3] else 1.0)


def summary(per: Sequence[Counts]) -> str:
    total = tuple(sum(c[n] for c in per) for n in range(5))
    p, c, n = figures_of(total)  # type: ignore[arg-type]
    figs = [figures_of(x) for x in per]
    return (f"{sum(map(holds, figs)):>2}/{len(per)} (p {sum(f[0] < TARGET_ANSWERED_PRECISION for f in figs)}, "
            f"N {sum(f[2] < TARGET_NONE_RECALL for f in figs)}) {p:.3f} @ {c:.3f} / {n:.3f} "
            f"mean cov {np.mean([f[1] for f in figs]):.3f}")


def honest_pick(per_rule: dict[str, list[Counts]], left: int, reference: str) -> str:
    """The rule with the most mean coverage on the left-out sets other than ``left`` among those holding there on at
    least as many sets as ``reference``."""
    def on_others(rule: str) -> tuple[int, float]:
        figs = [figures_of(c) for n, c in enumerate(per_rule[rule]) if n != left]
        return sum(map(holds, figs)), float(np.mean([f[1] for f in figs]))
    floor = on_others(reference)[0]
    return max(per_rule, key=lambda r: (on_others(r)[0] >= floor, on_others(r)[1]))


def load_folds(path: Path | None) -> dict[tuple[int, str], tuple[Outputs, Outputs]]:
    if path is not None and path.exists():
        folds: dict[tuple[int, str], tuple[Outputs, Outputs]] = pickle.loads(path.read_bytes())
        return folds
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds-cache", type=Path)
    parser.add_argument("--seeds", default="13,1")
    parser.add_argument("--never-train", default="faq-queries-19.tsv")
    parser.add_argument("--rules", default="", help="comma-separated rule names (all by default)")
    parser.add_argument("--per-set", default="", help="comma-separated rule names whose per-set figures print")
    parser.add_argument("--final", default="", help="the one rule scored on the --never-train set")
    parser.add_argument("--fit-only", action="store_true")
    parser.add_argument("--honest", action="store_true", help="a rule chosen per left-out set on the other ones "
                        "(the first of --rules is the reference)")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    sets = [p.name for p in faq_sets() if p.name != args.never_train]
    folds = load_folds(args.folds_cache)
    items = None
    wanted = [(seed, "FINAL:" + args.never_train) for seed in seeds] if args.final else [
        (seed, name) for seed in seeds for name in sets]
    for seed, name in wanted:
        if (seed, name) in folds:
            continue
        if items is None:
            items = prepared(faq_sets(), args.cache)
        if name.startswith("FINAL:"):
            folds[(seed, name)] = fold_outputs(items, args.never_train, seed)
        else:
            folds[(seed, name)] = fold_outputs([i for i in items if i.set_name != args.never_train], name, seed)
        print(f"fitted: {name}, seed {seed}", flush=True)
        if args.folds_cache is not None:
            merged = {**load_folds(args.folds_cache), **folds}
            args.folds_cache.write_bytes(pickle.dumps(merged))
    if args.fit_only:
        return
    if args.final:
        for seed in seeds:
            fitting, held = folds[(seed, "FINAL:" + args.never_train)]
            pair = RULES[args.final](grid(fitting))
            precision, coverage, none_recall = figures_of(counts(held, pair))
            print(f"FINAL {args.final} on {args.never_train}, seed {seed}: pair {pair[0]:.2f} / {pair[1]:.2f}: "
                  f"{precision:.3f} @ {coverage:.3f} / {none_recall:.3f}", flush=True)
        return
    names = [r for r in args.rules.split(",") if r] or list(RULES)
    detail = [r for r in args.per_set.split(",") if r]
    results: dict[tuple[str, int], list[Counts]] = {}
    grids = {(seed, s): grid(folds[(seed, s)][0]) for seed in seeds for s in sets}
    for rule_name in names:
        parts = []
        for seed in seeds:
            per = [counts(folds[(seed, s)][1], RULES[rule_name](grids[(seed, s)])) for s in sets]
            results[(rule_name, seed)] = per
            parts.append(f"s{seed}: {summary(per)}")
        print(f"{rule_name:<26} " + " | ".join(parts), flush=True)
    if args.honest and len(names) > 1:
        for seed in seeds:
            chosen, per = [], []
            for n in range(len(sets)):
                pick = honest_pick({r: results[(r, seed)] for r in names}, n, names[0])
                chosen.append(pick)
                per.append(results[(pick, seed)][n])
            print(f"honest choice (the most coverage on the other left-out sets holding there on as many as "
                  f"{names[0]}) s{seed}: {summary(per)}; chosen: {dict(Counter(chosen).most_common())}")
    for rule_name in detail:
        for seed in seeds:
            print(f"{rule_name}, seed {seed}: left out: precision @ coverage / NONE recall")
            for s, c in zip(sets, results[(rule_name, seed)], strict=True):
                p, cov, none = figures_of(c)
                print(f"  {s:<20} {p:.3f} @ {cov:.3f} / {none:.3f}{'' if holds((p, cov, none)) else ' x'}")


if __name__ == "__main__":
    main()
