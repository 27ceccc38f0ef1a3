"""Fitting the calibration and picking the threshold (pure logic)."""

from __future__ import annotations

import numpy as np

from knowledge.tuning import (
    TARGET_ANSWERED_PRECISION,
    TARGET_NONE_RECALL,
    fit_conditional_logit,
    fit_logistic,
    pick_threshold,
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
