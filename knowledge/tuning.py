"""Fit fusion weights, the confidence calibration and the abstain threshold on a labelled dev set."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from knowledge.evaluate import OUT_OF_SCOPE, LabeledQuery
from knowledge.japanese import is_kana_only
from knowledge.search import Calibration, Candidate, FusionWeights, Searcher, fuse

WEIGHT_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3)
TARGET_ANSWERED_PRECISION = 0.92
TARGET_NONE_RECALL = 0.85
LOGISTIC_STEPS = 3000
LOGISTIC_LR = 0.5


@dataclass
class TuneResult:
    """Tuned values, ready to paste into settings (.env)."""

    weights: FusionWeights
    calibration: Calibration
    threshold: float
    dev_p_at_1: float

    def env_lines(self) -> str:
        """The values as KNOWLEDGE_* environment lines."""
        return "\n".join(
            [
                f"KNOWLEDGE_WEIGHT_DENSE={self.weights.dense}",
                f"KNOWLEDGE_WEIGHT_MORPH={self.weights.morph}",
                f"KNOWLEDGE_WEIGHT_READING={self.weights.reading}",
                f"KNOWLEDGE_CALIB_INTERCEPT={self.calibration.intercept:.3f}",
                f"KNOWLEDGE_CALIB_SCORE={self.calibration.score:.3f}",
                f"KNOWLEDGE_CALIB_MARGIN={self.calibration.margin:.3f}",
                f"KNOWLEDGE_ABSTAIN_THRESHOLD={self.threshold:.3f}",
            ]
        )


def _rescore(cands: Sequence[Candidate], weights: FusionWeights, kana: bool) -> list[Candidate]:
    if kana:
        weights = FusionWeights(weights.dense * 0.5, weights.morph, weights.reading * 2.0)
    dense = {c.doc: c.dense for c in cands}
    morph = np.zeros(max(dense) + 1, dtype=np.float32)
    reading = np.zeros_like(morph)
    for c in cands:
        morph[c.doc], reading[c.doc] = c.morph, c.reading
    return fuse(dense, morph, reading, sorted(dense), weights)


def fit_logistic(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Plain gradient-descent logistic regression with a small L2 penalty; returns [bias, w...]."""
    x = np.hstack([np.ones((len(features), 1)), features])
    w = np.zeros(x.shape[1])
    for _ in range(LOGISTIC_STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - labels) / len(labels) + 1e-3 * np.r_[0, w[1:]]
        w -= LOGISTIC_LR * grad * 4
    return w


def tune(searcher: Searcher, queries: Sequence[LabeledQuery]) -> TuneResult:
    """Grid-search fusion weights for P@1 (MRR as tie-break), then calibrate and pick the threshold."""
    pools = [(q, searcher.candidates(q.text), is_kana_only(q.text)) for q in queries]
    ids = [e.id for e in searcher.index.entries]
    in_scope = [(q, c, k) for q, c, k in pools if q.expected_id != OUT_OF_SCOPE]
    best: tuple[float, float, FusionWeights] | None = None
    for wm, wr in itertools.product(WEIGHT_GRID, WEIGHT_GRID):
        weights = FusionWeights(1.0, wm, wr)
        hits, rr = 0, 0.0
        for q, cands, kana in in_scope:
            ranked = [ids[c.doc] for c in _rescore(cands, weights, kana)[:10]]
            if ranked and ranked[0] == q.expected_id:
                hits += 1
            if q.expected_id in ranked:
                rr += 1 / (ranked.index(q.expected_id) + 1)
        key = (hits, rr, weights)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    weights = best[2]
    feats, labels = [], []
    for q, cands, kana in pools:
        ranked = _rescore(cands, weights, kana)
        top = ranked[0].score if ranked else 0.0
        second = ranked[1].score if len(ranked) > 1 else 0.0
        feats.append((top, top - second))
        labels.append(1.0 if ranked and ids[ranked[0].doc] == q.expected_id else 0.0)
    coef = fit_logistic(np.array(feats), np.array(labels))
    calibration = Calibration(float(coef[0]), float(coef[1]), float(coef[2]))
    conf = np.array([calibration.confidence(t, t - m) for t, m in feats])
    is_none = np.array([q.expected_id == OUT_OF_SCOPE for q, _, _ in pools])
    correct = np.array(labels) > 0
    threshold = 0.5
    best_cover = -1.0
    for candidate in np.unique(np.round(conf, 3)):
        answered = (conf >= candidate) & ~is_none
        precision = correct[answered].mean() if answered.any() else 0.0
        none_recall = (conf[is_none] < candidate).mean() if is_none.any() else 1.0
        cover = answered.sum() / max((~is_none).sum(), 1)
        if precision >= TARGET_ANSWERED_PRECISION and none_recall >= TARGET_NONE_RECALL and cover > best_cover:
            best_cover, threshold = float(cover), float(candidate)
    p1 = best[0] / max(len(in_scope), 1)
    return TuneResult(weights, calibration, threshold if not math.isnan(threshold) else 0.5, p1)
