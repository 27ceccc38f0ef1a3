"""Fitting the calibration and picking the threshold (pure logic)."""

from __future__ import annotations

import numpy as np

from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL
from knowledge.ranker import NO_SCOPE_THRESHOLD
from knowledge.tuning import (
    fit_conditional_logit,
    fit_logistic,
    pick_threshold,
    pick_thresholds,
)


def test_logistic_fit_separates_and_orders() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.2 * rng.normal(size=400) > 0).astype(float)
    w = fit_logistic(x, y)
    assert w[1] > 1.0  # the informative feature gets a strong positive weight
    assert abs(w[2]) < w[1] / 3  # the noise feature does not
    p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    assert ((p > 0.5) == (y > 0)).mean() > 0.9


def test_threshold_meets_the_targets_with_most_coverage() -> None:
    conf = np.array([0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.3, 0.2, 0.65])
    correct = np.array([1, 1, 1, 1, 1, 0, 1, 0, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1], dtype=bool)
    threshold = pick_threshold(conf, correct, is_none)
    answered = (conf >= threshold) & ~is_none
    assert correct[answered].mean() >= TARGET_ANSWERED_PRECISION
    assert (conf[is_none] < threshold).mean() >= TARGET_NONE_RECALL
    assert threshold == 0.7  # 0.66..0.7 keeps the NONE at 0.65 out and the wrong 0.6 out


def test_conditional_logit_learns_to_put_the_positive_first() -> None:
    rng = np.random.default_rng(1)
    groups, positives = [], []
    for _ in range(200):
        x = rng.normal(size=(8, 2))
        positive = int(np.argmax(x[:, 0] + 0.3 * rng.normal(size=8)))
        groups.append(x)
        positives.append(positive)
    w = fit_conditional_logit(groups, positives)
    assert w[0] > 1.0 and abs(w[1]) < w[0] / 3
    hits = sum(int(np.argmax(g @ w)) == p for g, p in zip(groups, positives, strict=True))
    assert hits / len(groups) > 0.7


def test_threshold_falls_back_to_the_smallest_shortfall() -> None:
    conf = np.array([0.9, 0.8, 0.7, 0.6])
    correct = np.array([0, 1, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 1], dtype=bool)
    threshold = pick_threshold(conf, correct, is_none)  # no threshold reaches the precision target
    assert 0.6 < threshold <= 0.9


def test_the_scope_gate_lets_the_gate_threshold_drop() -> None:
    # Out-of-scope questions with a confident gate: only the scope probability tells them apart.
    conf = np.array([0.95, 0.9, 0.85, 0.6, 0.55, 0.5, 0.3, 0.92, 0.88])
    scope = np.array([0.05, 0.1, 0.05, 0.1, 0.2, 0.1, 0.3, 0.8, 0.7])
    correct = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1], dtype=bool)
    gate_threshold, scope_threshold = pick_thresholds(conf, scope, correct, is_none)
    answered = (conf >= gate_threshold) & (scope < scope_threshold)
    assert answered[~is_none].sum() == 6  # every right answer, not the wrong one at 0.3
    assert not answered[is_none].any()
    assert pick_thresholds(conf, np.zeros_like(conf), correct, is_none)[1] == NO_SCOPE_THRESHOLD or \
        pick_threshold(conf, correct, is_none) > 0.88  # without a scope gate only a high threshold keeps NONE out


def test_thresholds_meet_the_targets_on_every_set() -> None:
    # Set 0 alone would allow answering its NONE at 0.7; set 1's NONE at 0.7 must stay out as well.
    conf = np.array([0.9, 0.8, 0.75, 0.7, 0.9, 0.8, 0.72, 0.65])
    scope = np.zeros(8)
    correct = np.array([1, 1, 1, 0, 1, 1, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 1, 0, 0, 0, 1], dtype=bool)
    groups = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    gate_threshold, _ = pick_thresholds(conf, scope, correct, is_none, groups)
    assert 0.72 < gate_threshold <= 0.75  # set 1's wrong answer at 0.72 would put its precision at 2/3
