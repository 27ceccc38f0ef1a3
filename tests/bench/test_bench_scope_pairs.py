"""bench_scope_pairs: the scope gate with pairwise products reads an interaction, the decision and the hindsight."""

from __future__ import annotations

import numpy as np
import pytest

from bench.bench_scope_pairs import ScopeGate, answer, hindsight


def _rows(n: int = 600) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(n, 3))
    is_none = x[:, 0] * x[:, 1] > 0.5  # out of scope: two inputs together, neither alone
    correct = ~is_none & (x[:, 2] > -1.0)
    folds = np.arange(n) % 5
    return x, correct, is_none, folds


def test_products_read_what_the_linear_gate_cannot() -> None:
    x, _, is_none, _ = _rows()
    linear, pairs = ScopeGate(x, is_none, pairs=False), ScopeGate(x, is_none, pairs=True)
    assert pairs.inputs(x).shape == (len(x), 3 + 6)
    assert linear.inputs(x) is x
    accuracy = [((g.probabilities(x) > 0.5) == is_none).mean() for g in (linear, pairs)]
    assert accuracy[1] > 0.9 and accuracy[1] > accuracy[0] + 0.05


def test_the_decision_answers_in_scope_questions_and_refuses_out_of_scope_ones() -> None:
    x, correct, is_none, folds = _rows()
    answered, conf, scope = answer(x, correct, is_none, folds, x, pairs=True)
    assert answered.shape == conf.shape == scope.shape == (len(x),)
    assert answered[~is_none].mean() > answered[is_none].mean() + 0.5
    assert scope[is_none].mean() > scope[~is_none].mean()


def test_hindsight_prints_both_rules_and_the_scope_gate_alone(capsys: pytest.CaptureFixture[str]) -> None:
    x, correct, is_none, folds = _rows()
    _, conf, scope = answer(x, correct, is_none, folds, x, pairs=False)
    hindsight(conf, scope, correct, is_none, folds)
    out = capsys.readouterr().out
    assert "targets pooled" in out and "targets every set" in out
    assert out.count("scope gate alone") == 5
