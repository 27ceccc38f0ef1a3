"""The answer gate's placement chosen by leave-one-set-out over the never-fit blind sets (thirty-eighth session,
docs/search-quality.md section 28). Measured only: nothing in ``knowledge/`` reads it.

The shipped plain model (fitted on dev + faq-2..12 + Osaki 1) answers faq-13..34, whose writers never fit it; its
gate confidence and scope probability per query are the rows. A placement is the pair (gate threshold, scope
threshold): a query is answered when its confidence reaches the first and its scope probability stays under the
second (``Decision.abstains``). A *rule* chooses the pair on some sets' rows: the most coverage whose pooled answered
precision and NONE recall reach the targets plus a margin pair (precision, NONE). Each set is answered in turn by the
pair the rule chose on the other sets (the held-out folds); the margin pair itself is chosen by the same leave-one-
set-out inside the other sets (nested) under a criterion fixed before the outer folds are read:

- ``coverage``: the inner folds meet both targets pooled, then the most coverage;
- ``coverage_holds``: as ``coverage``, among margins holding on as many inner sets as the shipped pair (section 14);
- ``shipped_none``: the inner folds' precision meets its target and their NONE recall is no lower than the shipped
  pair's on the same folds (out-of-scope questions answered no more often than now), then the most coverage;
- ``holds``: the most inner sets holding both targets, then coverage.

    .venv/bin/python bench/bench_gate_placement.py --cache /tmp/s41/base-items.pkl --rows /tmp/s41/rows.pkl

``--cache``: dev + faq-2..35 + Osaki 1 prepared (``bench.plain_support.prepare``, pickled); faq-35 is answered
only after every choice (the pair chosen on all of faq-13..34).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gate_outputs_cache import ShippedAnswer, cached_outputs, fold_arguments, shipped_answers  # noqa: E402
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402

FloatArray = npt.NDArray[np.float64]
GRID = 101  # gate g / 100 for g in 0..100; scope s / 100 for s in 0..100, and 101 (no scope gate)
SHIPPED_PAIR = (87, 17)  # the packaged model's gate 0.87 / scope 0.17
MARGINS = tuple((p, n) for p in (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06)
                for n in (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10))
CRITERIA = ("coverage", "coverage_holds", "shipped_none", "holds")
Pair = tuple[int, int]
Rule = tuple[float, float] | None  # margins (precision, NONE), or None for the shipped pair


@dataclass(frozen=True)
class Outputs:
    """One query set's gate outputs: confidence, scope probability, first answer right, out of scope."""

    conf: FloatArray
    scope: FloatArray
    right: npt.NDArray[np.bool_]
    none: npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Counts:
    """Per placement (gate index, scope index): in-scope answered, right answered, NONE answered; and totals."""

    answered: FloatArray
    right: FloatArray
    none_answered: FloatArray
    in_scope: float
    out_of_scope: float

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.answered + other.answered, self.right + other.right,
                      self.none_answered + other.none_answered, self.in_scope + other.in_scope,
                      self.out_of_scope + other.out_of_scope)


@dataclass(frozen=True)
class Figures:
    """Answered precision, coverage and NONE recall at one placement, with the counts behind them."""

    answered: float
    right: float
    none_answered: float
    in_scope: float
    out_of_scope: float

    @property
    def precision(self) -> float:
        return self.right / self.answered if self.answered else 1.0

    @property
    def coverage(self) -> float:
        return self.answered / self.in_scope if self.in_scope else 0.0

    @property
    def none_recall(self) -> float:
        return 1.0 - self.none_answered / self.out_of_scope if self.out_of_scope else 1.0

    @property
    def holds(self) -> bool:
        return self.precision >= TARGET_ANSWERED_PRECISION and self.none_recall >= TARGET_NONE_RECALL

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.answered + other.answered, self.right + other.right,
                       self.none_answered + other.none_answered, self.in_scope + other.in_scope,
                       self.out_of_scope + other.out_of_scope)

    def line(self) -> str:
        return f"{self.precision:.3f} @ {self.coverage:.3f} / {self.none_recall:.3f}"


def _bins(values: FloatArray) -> npt.NDArray[np.int64]:
    return np.clip(np.floor(values * 100 + 1e-9).astype(np.int64), 0, 100)


def counts(outputs: Outputs) -> Counts:
    """Every placement's counts at once: answered when conf >= g / 100 and scope < s / 100."""
    gate, scope = _bins(outputs.conf), _bins(outputs.scope)

    def table(mask: npt.NDArray[np.bool_]) -> FloatArray:
        hist = np.zeros((GRID, GRID + 1))
        np.add.at(hist, (gate[mask], scope[mask]), 1.0)
        at_least = hist[::-1].cumsum(axis=0)[::-1]  # confidence bin >= g
        below: FloatArray = np.concatenate([np.zeros((GRID, 1)), at_least.cumsum(axis=1)[:, :-1]], axis=1)
        return below  # scope bin < s

    in_scope = ~outputs.none
    return Counts(table(in_scope), table(in_scope & outputs.right), table(outputs.none),
                  float(in_scope.sum()), float(outputs.none.sum()))


def at(c: Counts, pair: Pair) -> Figures:
    g, s = pair
    return Figures(float(c.answered[g, s]), float(c.right[g, s]), float(c.none_answered[g, s]), c.in_scope,
                   c.out_of_scope)


def place(c: Counts, margins: tuple[float, float]) -> Pair:
    """The pair with the most coverage meeting both targets plus ``margins`` on ``c`` (pooled); ties to the higher
    precision; when none does, the pair refusing most out-of-scope questions at the most precision."""
    precision = np.where(c.answered > 0, c.right / np.maximum(c.answered, 1), 1.0)
    none_recall = 1.0 - c.none_answered / max(c.out_of_scope, 1.0)
    coverage = c.answered / max(c.in_scope, 1.0)
    ok = ((precision >= TARGET_ANSWERED_PRECISION + margins[0] - 1e-12)
          & (none_recall >= TARGET_NONE_RECALL + margins[1] - 1e-12) & (coverage > 0))
    score = np.where(ok, coverage + 1e-6 * precision, -1.0) if ok.any() else none_recall + 1e-3 * precision
    g, s = np.unravel_index(int(np.argmax(score)), score.shape)
    return int(g), int(s)


def pooled(by_set: dict[int, Counts], sets: Sequence[int]) -> Counts:
    total = by_set[sets[0]]
    for name in sets[1:]:
        total = total + by_set[name]
    return total


def held_out(by_set: dict[int, Counts], sets: Sequence[int], rule: Rule) -> dict[int, tuple[Pair, Figures]]:
    """Each set answered by the pair ``rule`` chose on the other sets (``None``: the shipped pair)."""
    out = {}
    for name in sets:
        pair = SHIPPED_PAIR if rule is None else place(pooled(by_set, [o for o in sets if o != name]), rule)
        out[name] = (pair, at(by_set[name], pair))
    return out


def summary(folds: dict[int, tuple[Pair, Figures]]) -> tuple[Figures, int]:
    """The folds pooled, and how many sets hold both targets."""
    figures = [f for _, f in folds.values()]
    total = figures[0]
    for f in figures[1:]:
        total = total + f
    return total, sum(f.holds for f in figures)


def choose_margins(by_set: dict[int, Counts], sets: Sequence[int], criterion: str) -> tuple[float, float]:
    """The margin pair ``criterion`` prefers on the leave-one-set-out folds of ``sets``."""
    shipped, shipped_holds = summary(held_out(by_set, sets, None))
    best: tuple[tuple[float, float], tuple[float, float]] | None = None
    for margins in MARGINS:
        total, holding = summary(held_out(by_set, sets, margins))
        precision_ok = total.precision >= TARGET_ANSWERED_PRECISION
        if criterion == "holds":
            key = (float(holding), round(total.coverage, 4))
        elif criterion == "shipped_none":
            if not precision_ok or total.none_recall < max(TARGET_NONE_RECALL, shipped.none_recall) - 1e-12:
                continue
            key = (round(total.coverage, 4), float(holding))
        else:
            if not precision_ok or total.none_recall < TARGET_NONE_RECALL:
                continue
            if criterion == "coverage_holds" and holding < shipped_holds:
                continue
            key = (round(total.coverage, 4), float(holding))
        if best is None or key > best[0]:
            best = (key, margins)
    return best[1] if best is not None else MARGINS[-1]


def nested(by_set: dict[int, Counts], sets: Sequence[int], criterion: str,
           ) -> dict[int, tuple[tuple[float, float], Pair, Figures]]:
    """Each set answered by the pair chosen on the others with the margins ``criterion`` chose on them."""
    out = {}
    for name in sets:
        others = [o for o in sets if o != name]
        margins = choose_margins(by_set, others, criterion)
        pair = place(pooled(by_set, others), margins)
        out[name] = (margins, pair, at(by_set[name], pair))
    return out


def shipped_outputs(items: Sequence[object]) -> dict[int, Outputs]:
    """The packaged plain model's gate outputs on every faq set of the prepared ``items``."""
    rows: dict[int, list[ShippedAnswer]] = {}
    for answer in shipped_answers(items):
        rows.setdefault(answer.set_number, []).append(answer)
    return {name: Outputs(np.array([a.confidence for a in v]), np.array([a.out_of_scope for a in v]),
                          np.array([a.right for a in v]), np.array([a.none for a in v]))
            for name, v in rows.items()}


def hindsight(c: Counts, none_floor: float) -> Pair:
    """The pair with the most coverage on ``c`` itself at precision >= its target and NONE recall >= ``none_floor``
    (what no rule choosing on other sets can beat)."""
    return place(c, (0.0, none_floor - TARGET_NONE_RECALL))


def report(by_set: dict[int, Counts], sets: Sequence[int], final: int | None) -> None:
    everything = pooled(by_set, sets)
    for floor in (0.80, 0.85, 0.87, 0.90):
        pair = hindsight(everything, floor)
        print(f"hindsight, NONE recall >= {floor:.2f}: pair {pair}: {at(everything, pair).line()}")
    shipped, holding = summary(held_out(by_set, sets, None))
    print(f"shipped pair {SHIPPED_PAIR}: {shipped.line()}, holds {holding}/{len(sets)}")
    for margins in MARGINS:
        total, holding = summary(held_out(by_set, sets, margins))
        print(f"rule {margins}: {total.line()}, holds {holding}/{len(sets)}", flush=True)
    for criterion in CRITERIA:
        folds = nested(by_set, sets, criterion)
        print(f"\nnested, criterion {criterion}")
        for name, (margins, pair, figures) in folds.items():
            before = at(by_set[name], SHIPPED_PAIR)
            moved = "" if figures.holds == before.holds else (" GAINED" if figures.holds else " LOST")
            print(f"  faq-{name}: margins {margins} pair {pair}: {figures.line()} | shipped {before.line()}{moved}")
        total, holding = summary({n: (p, f) for n, (_, p, f) in folds.items()})
        precision_held = sum(f.precision >= TARGET_ANSWERED_PRECISION for *_, f in folds.values())
        none_held = sum(f.none_recall >= TARGET_NONE_RECALL for *_, f in folds.values())
        print(f"  pooled: {total.line()}, holds {holding}/{len(sets)}; answered {total.answered:.0f} "
              f"({total.right:.0f} right) of {total.in_scope:.0f}; NONE answered {total.none_answered:.0f} of "
              f"{total.out_of_scope:.0f}; precision held on {precision_held}, NONE recall on {none_held}", flush=True)
        if final is not None:
            margins = choose_margins(by_set, sets, criterion)
            pair = place(pooled(by_set, sets), margins)
            print(f"  faq-{final} (never chose): margins {margins} pair {pair}: {at(by_set[final], pair).line()} | "
                  f"shipped {at(by_set[final], SHIPPED_PAIR).line()}")


def main() -> None:
    args = fold_arguments(last=34, final=35).parse_args()
    outputs = cached_outputs(cache=args.cache, rows=args.rows, compute=shipped_outputs, from_columns=Outputs,
                             to_columns=lambda o: (o.conf, o.scope, o.right, o.none))
    by_set = {name: counts(o) for name, o in outputs.items()}
    report(by_set, list(range(args.first, args.last + 1)), args.final if args.final in by_set else None)

if __name__ == "__main__":
    main()
