"""A gate of its own for a need told as a situation, chosen by leave-one-set-out over the never-fit blind sets
(thirty-ninth session, docs/search-quality.md section 29). Measured only: nothing in ``knowledge/`` reads it.

The shipped plain model answers a query when its confidence reaches 0.87 and its scope probability stays under 0.17
(``Decision.abstains``). Two rules give one kind of query a placement of its own and keep the shipped pair for the
rest:

- ``length``: queries of at least L characters (of the normalized text, as the shipped gate counts) get their own
  confidence threshold g (the scope gate unchanged);
- ``statement``: queries with no question in them (no question mark, question word or request) get their own pair
  (confidence g, scope s).

Each set of faq-13..LAST is answered in turn by the placement chosen on the other sets (the held-out folds): the most
pooled coverage whose answered precision reaches its target plus ``--margin`` and whose NONE recall is no lower than
the shipped pair's on the same sets. The set after them (``--final``) is answered after every choice.

    .venv/bin/python bench/bench_gate_told_situation.py --cache /tmp/s42/base-items.pkl --rows /tmp/s42/told.pkl

``--cache``: dev + faq-2..36 + Osaki 1 prepared (``bench.plain_support.prepare``, pickled).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gate_outputs_cache import ShippedAnswer, cached_outputs, fold_arguments, shipped_answers  # noqa: E402
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402

SHIPPED_GATE = 0.87
SHIPPED_SCOPE = 0.17
LENGTHS_CHARS = (30, 40, 50, 60)
LENGTH_GATES = tuple(g / 100 for g in range(50, 88))
GATES = tuple(g / 100 for g in range(40, 88))
SCOPES = tuple(s / 100 for s in range(5, 31))
# A question asked: a question mark, a final or inner か, a question word or a request (Tohoku forms included).
QUESTION = re.compile(
    r"[?？]|か[。、!！]?$|か[。、]|(どこ|どちら|どっち|いつ|何|なに|なん|どう|いくら|なんぼ|どれ|誰|だれ|なじょ|どご|どさ|いづ|"
    r"ませんか|たい|教え|知りたい|ください|ほしい|欲しい)")
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class SetOutputs:
    """One query set's shipped-model outputs per query."""

    conf: npt.NDArray[np.float64]
    scope: npt.NDArray[np.float64]
    right: Mask
    none: Mask
    length: npt.NDArray[np.int64]
    statement: Mask


@dataclass(frozen=True)
class Figures:
    answered: int
    right: int
    in_scope: int
    none_answered: int
    out_of_scope: int

    def __add__(self, other: Figures) -> Figures:
        return Figures(self.answered + other.answered, self.right + other.right, self.in_scope + other.in_scope,
                       self.none_answered + other.none_answered, self.out_of_scope + other.out_of_scope)

    @property
    def precision(self) -> float:
        return self.right / max(self.answered, 1)

    @property
    def coverage(self) -> float:
        return self.answered / max(self.in_scope, 1)

    @property
    def none_recall(self) -> float:
        return 1 - self.none_answered / max(self.out_of_scope, 1)

    @property
    def holds(self) -> bool:
        return self.precision >= TARGET_ANSWERED_PRECISION and self.none_recall >= TARGET_NONE_RECALL

    def line(self) -> str:
        return f"{self.precision:.3f} @ {self.coverage:.3f} / {self.none_recall:.3f}"


Placement = tuple[float, ...]  # length: (L, g); statement: (g, s); () is the shipped pair
Answer = Callable[[SetOutputs, Placement], Mask]


def shipped_answer(o: SetOutputs) -> Mask:
    return (o.conf >= SHIPPED_GATE) & (o.scope < SHIPPED_SCOPE)


def length_answer(o: SetOutputs, placement: Placement) -> Mask:
    if not placement:
        return shipped_answer(o)
    min_length, gate = placement
    threshold = np.where(o.length >= min_length, gate, SHIPPED_GATE)
    return (o.conf >= threshold) & (o.scope < SHIPPED_SCOPE)


def statement_answer(o: SetOutputs, placement: Placement) -> Mask:
    if not placement:
        return shipped_answer(o)
    gate, scope = placement
    own = (o.conf >= gate) & (o.scope < scope)
    return np.where(o.statement, own, shipped_answer(o))


RULES: dict[str, tuple[Answer, tuple[Placement, ...]]] = {
    "length": (length_answer, tuple((float(n), g) for n in LENGTHS_CHARS for g in LENGTH_GATES)),
    "statement": (statement_answer, tuple((g, s) for g in GATES for s in SCOPES)),
}


def figures(o: SetOutputs, answered: Mask) -> Figures:
    return Figures(int((answered & ~o.none).sum()), int((answered & ~o.none & o.right).sum()), int((~o.none).sum()),
                   int((answered & o.none).sum()), int(o.none.sum()))


def pooled(by_set: dict[int, SetOutputs], sets: Sequence[int], answer: Answer, placement: Placement) -> Figures:
    total = Figures(0, 0, 0, 0, 0)
    for name in sets:
        total = total + figures(by_set[name], answer(by_set[name], placement))
    return total


def choose(by_set: dict[int, SetOutputs], sets: Sequence[int], rule: str, margin: float) -> Placement:
    """The placement with the most pooled coverage on ``sets`` at precision >= target + margin and NONE recall no
    lower than the shipped pair's; the shipped pair when none beats it."""
    answer, grid = RULES[rule]
    shipped = pooled(by_set, sets, answer, ())
    best: Placement = ()
    best_coverage = shipped.coverage
    for placement in grid:
        f = pooled(by_set, sets, answer, placement)
        if (f.precision >= TARGET_ANSWERED_PRECISION + margin and f.none_recall >= shipped.none_recall - 1e-12
                and f.coverage > best_coverage + 1e-12):
            best, best_coverage = placement, f.coverage
    return best


def shipped_outputs(items: Sequence[object]) -> dict[int, SetOutputs]:
    """The packaged plain model's outputs on every faq set of the prepared ``items``, with each query's length and
    whether it asks a question."""
    rows: dict[int, list[ShippedAnswer]] = {}
    for answer in shipped_answers(items):
        rows.setdefault(answer.set_number, []).append(answer)
    return {name: SetOutputs(np.array([a.confidence for a in v]), np.array([a.out_of_scope for a in v]),
                             np.array([a.right for a in v]), np.array([a.none for a in v]),
                             np.array([a.length for a in v]), np.array([QUESTION.search(a.text) is None for a in v]))
            for name, v in rows.items()}


def report(by_set: dict[int, SetOutputs], sets: Sequence[int], final: int | None, margin: float) -> None:
    for rule in RULES:
        answer, _ = RULES[rule]
        print(f"\nrule {rule}, margin {margin:.2f}")
        shipped_total = held_total = Figures(0, 0, 0, 0, 0)
        holds_shipped = holds_held = 0
        for name in sets:
            placement = choose(by_set, [s for s in sets if s != name], rule, margin)
            before = figures(by_set[name], answer(by_set[name], ()))
            after = figures(by_set[name], answer(by_set[name], placement))
            shipped_total, held_total = shipped_total + before, held_total + after
            holds_shipped += before.holds
            holds_held += after.holds
            print(f"  faq-{name}: chose {placement or 'shipped'}: {before.line()} -> {after.line()}")
        print(f"  pooled faq-{sets[0]}..{sets[-1]}: shipped {shipped_total.line()} (answered {shipped_total.answered}, "
              f"NONE answered {shipped_total.none_answered}) -> held out {held_total.line()} (answered "
              f"{held_total.answered}, right {held_total.right}, NONE answered {held_total.none_answered}); "
              f"holds {holds_shipped} -> {holds_held} of {len(sets)}")
        if final is not None:
            placement = choose(by_set, sets, rule, margin)
            before = figures(by_set[final], answer(by_set[final], ()))
            after = figures(by_set[final], answer(by_set[final], placement))
            print(f"  faq-{final} (never chose): all sets chose {placement or 'shipped'}: "
                  f"{before.line()} -> {after.line()}")


def main() -> None:
    parser = fold_arguments(last=35, final=36)
    parser.add_argument("--margin", type=float, default=0.04, help="precision margin over its target")
    args = parser.parse_args()
    by_set = cached_outputs(cache=args.cache, rows=args.rows, compute=shipped_outputs, from_columns=SetOutputs,
                            to_columns=lambda o: (o.conf, o.scope, o.right, o.none, o.length, o.statement))
    report(by_set, list(range(args.first, args.last + 1)), args.final if args.final in by_set else None, args.margin)

if __name__ == "__main__":
    main()
