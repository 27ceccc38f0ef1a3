"""bench_gate_curve: the precision-coverage curve in the gate's order and the thresholds' upper bound."""

from __future__ import annotations

import numpy as np

from bench.bench_gate_curve import at, curve, oracle


def test_curve_answers_the_most_confident_first() -> None:
    conf = np.array([0.2, 0.9, 0.5, 0.7])
    correct = np.array([False, True, False, True])
    precision = curve(conf, correct)
    assert precision.tolist() == [1.0, 1.0, 2 / 3, 0.5]  # 0.9 right, 0.7 right, 0.5 wrong, 0.2 wrong
    assert at(precision, 0.5) == 1.0
    assert at(precision, 0.8) == 0.5  # the fourth of four questions: 0.8 * 4 rounds up
    assert at(precision, 1.0) == 0.5


def test_oracle_finds_the_pair_that_keeps_out_of_scope_questions_out() -> None:
    # two right answers, one wrong; two out-of-scope questions the scope gate knows and the gate does not
    conf = np.array([0.9, 0.8, 0.3, 0.95, 0.95])
    scope = np.array([0.01, 0.02, 0.01, 0.60, 0.70])
    correct = np.array([True, True, False, False, False])
    none = np.array([False, False, False, True, True])
    found = oracle(conf, scope, correct, none)
    assert found.startswith("coverage 0.667 at gate ")
    assert "NONE recall 1.000" in found and "precision 1.000" in found


def test_oracle_says_when_no_pair_meets_the_targets() -> None:
    conf = np.array([0.9, 0.8])
    scope = np.array([0.5, 0.5])
    correct = np.array([False, False])
    none = np.array([False, True])
    assert oracle(conf, scope, correct, none) == "no pair meets both targets"
