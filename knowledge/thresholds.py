"""Choosing the gate and scope thresholds from out-of-fold gate outputs (:mod:`knowledge.tuning` fits the gates).

A query is answered when its gate confidence reaches the gate threshold and its scope probability stays below the
scope threshold. The pair chosen is the one with the most coverage whose answered precision and NONE recall reach
the targets (plus a margin) under a :class:`ThresholdRule`: on every labelled set (the alternatives model's rule), or
on the fitting queries pooled with a margin (the plain model's since the fourteenth session: held out over eleven
`faq.csv` sets it met the targets on as many left-out sets and answered about 0.14 more of the in-scope questions;
docs/search-quality.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL
from knowledge.ranker import NO_SCOPE_THRESHOLD

THRESHOLD_DECIMALS = 2  # threshold candidates: the out-of-fold probabilities rounded to this


@dataclass(frozen=True)
class ThresholdRule:
    """Where the targets must hold: on every labelled set (``pooled=False``) or on all fitting queries pooled; and
    the margin added to both targets (precision 0.92 + margin, NONE recall 0.85 + margin)."""

    pooled: bool = False
    margin: float = 0.0


EVERY_SET = ThresholdRule()  # the alternatives model's rule (and every model's before the fourteenth session)
POOLED_WITH_MARGIN = ThresholdRule(pooled=True, margin=0.04)  # the plain model's (bench/bench_threshold_policy.py)


def rule_for(*, plain: bool) -> ThresholdRule:
    """The rule of the plain model (a corpus without alternative questions) or of the alternatives model."""
    return POOLED_WITH_MARGIN if plain else EVERY_SET


def _figures(answered: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Answered precision, NONE recall and coverage of each row of an (options, queries) answered mask."""
    answered_in = answered & ~is_none
    n_answered = answered_in.sum(axis=1)
    precision = np.where(n_answered > 0, (answered_in & correct).sum(axis=1) / np.maximum(n_answered, 1), 1.0)
    none_recall = (~answered[:, is_none]).mean(axis=1) if is_none.any() else np.ones(len(answered))
    return precision, none_recall, n_answered / max(int((~is_none).sum()), 1)


def pick_thresholds(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
                    groups: np.ndarray | None = None, *, rule: ThresholdRule = EVERY_SET) -> tuple[float, float]:
    """The (gate, scope) thresholds with the most coverage meeting the answered-precision and NONE-recall
    targets (plus ``rule.margin``) in every group (labelled set) of queries - or, with ``rule.pooled``, on all of
    them together - (or, when none does, the pair closest to them)."""
    gate_grid = np.unique(np.round(conf, THRESHOLD_DECIMALS))
    scope_grid = np.r_[np.unique(np.round(scope, THRESHOLD_DECIMALS)), NO_SCOPE_THRESHOLD]
    group_of = np.zeros(len(conf), dtype=int) if groups is None or rule.pooled else groups
    members = [group_of == g for g in np.unique(group_of)]
    precision_target, none_target = TARGET_ANSWERED_PRECISION + rule.margin, TARGET_NONE_RECALL + rule.margin
    best: tuple[tuple[float, float], float, float] | None = None  # ((meets all, coverage or -shortfall), t, s)
    for scope_threshold in scope_grid:
        answered = (conf[None, :] >= gate_grid[:, None]) & (scope < scope_threshold)[None, :]  # (grid, queries)
        shortfall = np.zeros(len(gate_grid))
        for member in members:
            precision, none_recall, _ = _figures(answered[:, member], correct[member], is_none[member])
            shortfall += np.maximum(0.0, precision_target - precision) + np.maximum(0.0, none_target - none_recall)
        cover = _figures(answered, correct, is_none)[2]
        for g, short, c in zip(gate_grid, shortfall, cover, strict=True):
            key = (1.0, float(c)) if short <= 1e-12 and c > 0 else (0.0, -float(short) - float(c == 0))
            if best is None or key > best[0]:
                best = (key, float(g), float(scope_threshold))
    return (best[1], best[2]) if best is not None else (0.5, NO_SCOPE_THRESHOLD)


def pick_threshold(conf: np.ndarray, correct: np.ndarray, is_none: np.ndarray) -> float:
    """The gate threshold alone (no scope gate) with the most coverage meeting both targets."""
    return pick_thresholds(conf, np.zeros_like(conf), correct, is_none)[0]
