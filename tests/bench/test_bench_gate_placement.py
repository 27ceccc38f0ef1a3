"""bench_gate_placement: the count tables agree with the gate's rule, the placement meets its targets, the folds."""

from __future__ import annotations

import numpy as np

from bench.bench_gate_placement import (
    MARGINS,
    SHIPPED_PAIR,
    Outputs,
    at,
    choose_margins,
    counts,
    held_out,
    nested,
    place,
    pooled,
)
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL


def _outputs(seed: int, n: int = 400) -> Outputs:
    rng = np.random.default_rng(seed)
    none = rng.random(n) < 0.15
    right = ~none & (rng.random(n) < 0.85)
    conf = np.clip(np.where(right, 0.8, 0.45) + rng.normal(0, 0.2, n), 0, 1)
    scope = np.clip(np.where(none, 0.4, 0.06) + rng.normal(0, 0.1, n), 0, 1)
    return Outputs(conf, scope, right, none)


def test_the_tables_count_what_the_gate_answers() -> None:
    outputs = _outputs(3)
    table = counts(outputs)
    for g, s in ((0, 101), (87, 17), (60, 9), (95, 3)):
        answered = (outputs.conf >= g / 100) & (outputs.scope < s / 100)
        figures = at(table, (g, s))
        assert figures.answered == (answered & ~outputs.none).sum()
        assert figures.right == (answered & outputs.right).sum()
        assert figures.none_answered == (answered & outputs.none).sum()


def test_the_placement_meets_its_targets_and_a_none_margin_refuses_more() -> None:
    table = counts(_outputs(4))
    recalls = []
    for margins in ((0.0, 0.0), (0.0, 0.08)):
        figures = at(table, place(table, margins))
        assert figures.precision >= TARGET_ANSWERED_PRECISION + margins[0]
        assert figures.none_recall >= TARGET_NONE_RECALL + margins[1]
        recalls.append(figures.none_recall)
    assert recalls[1] >= recalls[0]


def test_the_folds_answer_each_set_with_a_pair_chosen_on_the_others() -> None:
    by_set = {n: counts(_outputs(n)) for n in range(13, 17)}
    sets = list(by_set)
    assert all(pair == SHIPPED_PAIR for pair, _ in held_out(by_set, sets, None).values())
    folds = held_out(by_set, sets, (0.0, 0.0))
    assert folds[13][0] == place(pooled(by_set, [14, 15, 16]), (0.0, 0.0))
    assert choose_margins(by_set, sets, "coverage") in MARGINS
    by_holds = nested(by_set, sets, "holds")
    assert sum(f.holds for *_, f in by_holds.values()) >= sum(
        f.holds for *_, f in nested(by_set, sets, "coverage").values())
