"""Fit fusion weights, the confidence calibration and the abstain threshold on a labelled dev set."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields

import numpy as np
from scipy.optimize import minimize

from knowledge.calibration import Calibration, candidate_features
from knowledge.evaluate import OUT_OF_SCOPE, LabeledQuery
from knowledge.japanese import is_kana_only, normalize
from knowledge.search import Candidate, FusionWeights, Searcher, fuse, weights_for

WEIGHT_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3)
TARGET_ANSWERED_PRECISION = 0.91
TARGET_NONE_RECALL = 0.85
L2_PENALTY = 1e-2


@dataclass
class TuneResult:
    """Tuned values, ready to paste into settings (.env)."""

    weights: FusionWeights
    calibration: Calibration
    threshold: float
    dev_p_at_1: float

    def env_lines(self) -> str:
        """The values as KNOWLEDGE_* environment lines."""
        lines = [
            f"KNOWLEDGE_WEIGHT_DENSE={self.weights.dense}",
            f"KNOWLEDGE_WEIGHT_MORPH={self.weights.morph}",
            f"KNOWLEDGE_WEIGHT_READING={self.weights.reading}",
        ]
        lines += [
            f"KNOWLEDGE_CALIB_{f.name.upper()}={getattr(self.calibration, f.name):.3f}"
            for f in fields(self.calibration)
        ]
        lines.append(f"KNOWLEDGE_ABSTAIN_THRESHOLD={self.threshold:.3f}")
        return "\n".join(lines)


def rescore(cands: Sequence[Candidate], weights: FusionWeights, kana: bool) -> list[Candidate]:
    dense = {c.doc: c.dense for c in cands}
    morph = np.zeros(max(dense) + 1, dtype=np.float32)
    reading = np.zeros_like(morph)
    for c in cands:
        morph[c.doc], reading[c.doc] = c.morph, c.reading
    return fuse(dense, morph, reading, sorted(dense), weights_for(weights, kana=kana))


def fit_logistic(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """L2-regularized logistic regression (L-BFGS on standardized features); returns [bias, w...]."""
    mean, std = features.mean(axis=0), features.std(axis=0)
    std[std == 0] = 1.0
    x = np.hstack([np.ones((len(features), 1)), (features - mean) / std])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        nll = float(np.mean(np.logaddexp(0, z) - labels * z)) + L2_PENALTY * float(w[1:] @ w[1:]) / 2
        grad = x.T @ (p - labels) / len(labels) + L2_PENALTY * np.r_[0, w[1:]]
        return nll, grad

    w = np.asarray(minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x, dtype=np.float64)
    scaled = w[1:] / std
    return np.asarray(np.r_[w[0] - float(scaled @ mean), scaled], dtype=np.float64)


def best_weights(
    pools: Sequence[tuple[LabeledQuery, list[Candidate], bool]], ids: list[str]
) -> tuple[int, FusionWeights]:
    """Grid-search the morph and reading weights (dense fixed at 1) for P@1, MRR breaking ties."""
    best: tuple[int, float, FusionWeights] | None = None
    for wm, wr in itertools.product(WEIGHT_GRID, WEIGHT_GRID):
        weights = FusionWeights(1.0, wm, wr)
        hits, rr = 0, 0.0
        for q, cands, kana in pools:
            ranked = [ids[c.doc] for c in rescore(cands, weights, kana)[:10]]
            hits += bool(ranked) and ranked[0] == q.expected_id
            if q.expected_id in ranked:
                rr += 1 / (ranked.index(q.expected_id) + 1)
        if best is None or (hits, rr) > best[:2]:
            best = (hits, rr, weights)
    assert best is not None
    return best[0], best[2]


def pick_threshold(conf: np.ndarray, correct: np.ndarray, is_none: np.ndarray) -> float:
    """Lowest-coverage-loss threshold meeting the answered-precision and NONE-recall targets."""
    threshold, best_cover = 0.5, -1.0
    for candidate in np.unique(np.round(conf, 3)):
        answered = (conf >= candidate) & ~is_none
        precision = correct[answered].mean() if answered.any() else 0.0
        none_recall = (conf[is_none] < candidate).mean() if is_none.any() else 1.0
        cover = answered.sum() / max((~is_none).sum(), 1)
        if precision >= TARGET_ANSWERED_PRECISION and none_recall >= TARGET_NONE_RECALL and cover > best_cover:
            best_cover, threshold = float(cover), float(candidate)
    return threshold


def tune(searcher: Searcher, queries: Sequence[LabeledQuery]) -> TuneResult:
    """Fit weights for P@1, then the calibration, then the threshold."""
    pools = [(q, searcher.candidates(q.text), is_kana_only(normalize(q.text))) for q in queries]
    ids = [e.id for e in searcher.index.entries]
    hits, weights = best_weights([p for p in pools if p[0].expected_id != OUT_OF_SCOPE], ids)
    feats, labels = [], []
    for q, cands, kana in pools:
        ranked = rescore(cands, weights, kana)
        feats.append(candidate_features(ranked, 0, kana=kana))
        labels.append(1.0 if ids[ranked[0].doc] == q.expected_id else 0.0)
    coef = fit_logistic(np.array(feats), np.array(labels))
    calibration = Calibration(*(round(float(c), 3) for c in coef))
    conf = np.array([calibration.probability(f) for f in feats])
    is_none = np.array([q.expected_id == OUT_OF_SCOPE for q, _, _ in pools])
    threshold = pick_threshold(conf, np.array(labels) > 0, is_none)
    in_scope = int((~is_none).sum())
    assert len(astuple(calibration)) == len(coef)
    return TuneResult(weights, calibration, threshold, hits / max(in_scope, 1))
