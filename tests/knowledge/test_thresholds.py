"""The threshold rules: the targets on every labelled set, or pooled with a margin (the plain model's)."""

from __future__ import annotations

import numpy as np

from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL
from knowledge.thresholds import EVERY_SET, POOLED_WITH_MARGIN, ThresholdRule, pick_thresholds, rule_for


def _answered(conf: np.ndarray, scope: np.ndarray, pair: tuple[float, float]) -> np.ndarray:
    return np.asarray((conf >= pair[0]) & (scope < pair[1]))


# Two sets: set 0 is easy, set 1 has a wrong answer at 0.72 that only the every-set rule must keep out.
CONF = np.array([0.9, 0.85, 0.8, 0.78, 0.76, 0.7, 0.9, 0.8, 0.75, 0.72, 0.6] + [0.95] * 10 + [0.3])
SCOPE = np.zeros(len(CONF))
CORRECT = np.array([1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0] + [1] * 10 + [0], dtype=bool)
IS_NONE = np.array([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1] + [0] * 10 + [1], dtype=bool)
GROUPS = np.array([0] * 6 + [1] * 5 + [0] * 11)


def test_the_rules_of_the_two_models() -> None:
    assert rule_for(plain=False) == EVERY_SET == ThresholdRule(pooled=False, margin=0.0)
    assert rule_for(plain=True) == POOLED_WITH_MARGIN
    assert POOLED_WITH_MARGIN.pooled and POOLED_WITH_MARGIN.margin == 0.04


def test_every_set_keeps_each_sets_wrong_answers_out() -> None:
    pair = pick_thresholds(CONF, SCOPE, CORRECT, IS_NONE, GROUPS, rule=EVERY_SET)
    answered = _answered(CONF, SCOPE, pair)
    for g in (0, 1):
        inside = answered & ~IS_NONE & (g == GROUPS)
        assert (inside & CORRECT).sum() / inside.sum() >= TARGET_ANSWERED_PRECISION
        assert (~answered[IS_NONE & (g == GROUPS)]).mean() >= TARGET_NONE_RECALL
    assert 0.72 < pair[0] <= 0.75


def test_pooled_answers_more_where_one_set_alone_would_fall_short() -> None:
    every = _answered(CONF, SCOPE, pick_thresholds(CONF, SCOPE, CORRECT, IS_NONE, GROUPS, rule=EVERY_SET))
    pooled = _answered(CONF, SCOPE, pick_thresholds(CONF, SCOPE, CORRECT, IS_NONE, GROUPS,
                                                    rule=ThresholdRule(pooled=True)))
    assert pooled[~IS_NONE].sum() > every[~IS_NONE].sum()
    inside = pooled & ~IS_NONE
    assert (inside & CORRECT).sum() / inside.sum() >= TARGET_ANSWERED_PRECISION  # on all of them together


def test_a_margin_raises_both_targets() -> None:
    rng = np.random.default_rng(5)
    is_none = rng.random(400) < 0.2
    correct = ~is_none & (rng.random(400) < 0.8)
    conf = np.clip(np.where(correct, 0.75, 0.45) + rng.normal(0, 0.2, 400), 0, 1)
    scope = np.clip(np.where(is_none, 0.4, 0.08) + rng.normal(0, 0.12, 400), 0, 1)
    plain, strict = (pick_thresholds(conf, scope, correct, is_none, rule=ThresholdRule(pooled=True, margin=m))
                     for m in (0.0, 0.04))
    loose_answered, strict_answered = _answered(conf, scope, plain), _answered(conf, scope, strict)
    assert strict_answered[~is_none].sum() <= loose_answered[~is_none].sum()
    inside = strict_answered & ~is_none
    assert (inside & correct).sum() / inside.sum() >= TARGET_ANSWERED_PRECISION + 0.04
    assert (~strict_answered[is_none]).mean() >= TARGET_NONE_RECALL + 0.04
