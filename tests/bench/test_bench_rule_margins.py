"""bench_rule_margins: the threshold table agrees with the shipped rule, the margins move the pair, the choice."""

from __future__ import annotations

import numpy as np

from bench.bench_rule_margins import SHIPPED, choose, figures, pick, table
from knowledge.thresholds import POOLED_WITH_MARGIN, pick_thresholds


def _outputs(n: int = 800) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(5)
    is_none = rng.random(n) < 0.15
    correct = ~is_none & (rng.random(n) < 0.8)
    conf = np.clip(np.where(correct, 0.75, 0.45) + rng.normal(0, 0.2, n), 0, 1)
    scope = np.clip(np.where(is_none, 0.5, 0.1) + rng.normal(0, 0.15, n), 0, 1)
    return conf, scope, correct, is_none


def test_the_shipped_margins_pick_the_shipped_rules_pair() -> None:
    conf, scope, correct, is_none = _outputs()
    assert pick(table(conf, scope, correct, is_none), SHIPPED) == pick_thresholds(
        conf, scope, correct, is_none, rule=POOLED_WITH_MARGIN)


def test_a_larger_none_margin_refuses_more_out_of_scope_questions() -> None:
    conf, scope, correct, is_none = _outputs()
    tab = table(conf, scope, correct, is_none)
    recalls = []
    for margins in ((0.0, 0.0), (0.0, 0.10)):
        g, s = pick(tab, margins)
        recalls.append(figures((conf >= g) & (scope < s), correct, is_none)[2])
    assert recalls[1] >= 0.95 and recalls[1] >= recalls[0]


def test_choose_by_coverage_or_by_holds() -> None:
    n = 20
    none = np.zeros(n, dtype=bool)
    none[:4] = True  # four out-of-scope questions a set: one answered fails the set (0.75), not the pool (0.875)
    right = ~none

    def part(answered_in: int, answered_none: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        answered = np.zeros(n, dtype=bool)
        answered[:answered_none] = True
        answered[4:4 + answered_in] = True
        return answered, right, none

    loso = {SHIPPED: [part(8, 0), part(8, 1)],  # holds 1 of 2 (the second answers an out-of-scope question)
            (0.0, 0.0): [part(14, 0), part(14, 1)],  # as many holds, more coverage
            (0.04, 0.10): [part(4, 0), part(4, 0)]}  # every set holds, less coverage
    assert choose(loso, "coverage") == (0.0, 0.0)
    assert choose(loso, "holds") == (0.04, 0.10)
