"""Fit the re-ranker, the out-of-scope gate and the abstain threshold on labelled query sets, and measure
them by cross-validation (every figure comes from queries the model being measured was not fitted on).

Folds group the queries of one set by their expected entry (all wordings of a need fall in the same
fold); out-of-scope queries are spread over the folds one by one. Other sets always train.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from knowledge.evaluate import MRR_DEPTH, OUT_OF_SCOPE, LabeledQuery, QueryOutcome
from knowledge.features import GATE_FEATURES, RANK_FEATURES, EntryFacts, gate_features
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker
from knowledge.search import PreparedQuery, Searcher, decide

TARGET_ANSWERED_PRECISION = 0.92  # the targets themselves, met on out-of-fold gate outputs
TARGET_NONE_RECALL = 0.85
L2_PENALTY = 1e-2
CV_FOLDS = 10
INNER_FOLDS = 5
SEED = 13


@dataclass
class PreparedItem:
    """One labelled query with its prepared candidates, and where the expected entry is among them."""

    query: LabeledQuery
    prepared: PreparedQuery
    positive: int | None  # candidate position of the expected entry (None: absent or out of scope)
    set_name: str
    facts: list[EntryFacts]
    ids: list[str]
    elapsed_ms: float


def prepare_items(searcher: Searcher, queries: Sequence[LabeledQuery], *, set_name: str) -> list[PreparedItem]:
    """Prepare every query of a set once (the slow part: embedding and analysis)."""
    ids = [e.id for e in searcher.index.entries]
    items = []
    for query in queries:
        started = time.perf_counter()
        prepared = searcher.prepare(query.text)
        elapsed = (time.perf_counter() - started) * 1000
        docs = [ids[c.doc] for c in prepared.candidates]
        positive = docs.index(query.expected_id) if query.expected_id in docs else None
        items.append(PreparedItem(query, prepared, positive, set_name, searcher.facts, ids, elapsed))
    return items


def fit_logistic(features: np.ndarray, labels: np.ndarray, *, l2: float = L2_PENALTY) -> np.ndarray:
    """L2-regularized logistic regression (L-BFGS on standardized features); returns [bias, w...]."""
    mean, std = features.mean(axis=0), features.std(axis=0)
    std[std == 0] = 1.0
    x = np.hstack([np.ones((len(features), 1)), (features - mean) / std])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        nll = float(np.mean(np.logaddexp(0, z) - labels * z)) + l2 * float(w[1:] @ w[1:]) / 2
        grad = x.T @ (p - labels) / len(labels) + l2 * np.r_[0, w[1:]]
        return nll, grad

    w = np.asarray(minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x, dtype=np.float64)
    scaled = w[1:] / std
    return np.asarray(np.r_[w[0] - float(scaled @ mean), scaled], dtype=np.float64)


def fit_conditional_logit(groups: Sequence[np.ndarray], positives: Sequence[int], *, l2: float = L2_PENALTY,
                          ) -> np.ndarray:
    """Weights maximizing the mean log softmax probability of each group's positive row (L2-regularized,
    on standardized features); returns the weights for raw features."""
    x_all = np.vstack(groups)
    mean, std = x_all.mean(axis=0), x_all.std(axis=0)
    std[std == 0] = 1.0
    x = (x_all - mean) / std
    starts = np.cumsum([0, *(len(g) for g in groups[:-1])])
    owner = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    pos_rows = starts + np.asarray(positives)
    x_pos_sum = x[pos_rows].sum(axis=0)
    n = len(groups)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        zmax = np.maximum.reduceat(z, starts)
        e = np.exp(z - zmax[owner])
        sums = np.add.reduceat(e, starts)
        nll = float(np.sum(np.log(sums) + zmax) - z[pos_rows].sum()) / n + l2 * float(w @ w) / 2
        p = e / sums[owner]
        grad = (x.T @ p - x_pos_sum) / n + l2 * w
        return nll, grad

    w = np.asarray(minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x, dtype=np.float64)
    return np.asarray(w / std, dtype=np.float64)  # the mean shift cancels inside each softmax


def fit_ranker(items: Sequence[PreparedItem]) -> SoftmaxRanker:
    """Conditional logit over the candidates of every in-scope query whose expected entry is a candidate."""
    usable = [item for item in items if item.positive is not None and len(item.prepared.rows) > 1]
    coef = fit_conditional_logit([item.prepared.rows for item in usable], [int(item.positive or 0) for item in usable])
    return SoftmaxRanker(RANK_FEATURES, tuple(float(c) for c in coef))


def gate_rows(items: Sequence[PreparedItem], ranker: SoftmaxRanker) -> tuple[np.ndarray, np.ndarray]:
    """Gate features and labels (the re-ranked first answer is right) of each query."""
    model = RankingModel(ranker, LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.5)
    feats, labels = [], []
    for item in items:
        decision = decide(model, item.prepared, item.facts)
        if not decision.order:
            feats.append([0.0] * len(GATE_FEATURES))
            labels.append(0.0)
            continue
        top = decision.order[0]
        cand = item.prepared.candidates[top]
        feats.append(gate_features(item.prepared.facts, decision.probabilities, cand, item.facts[cand.doc],
                                   item.prepared.rows[top].tolist()))
        labels.append(float(top == item.positive))
    return np.array(feats, dtype=np.float64), np.array(labels, dtype=np.float64)


def pick_threshold(conf: np.ndarray, correct: np.ndarray, is_none: np.ndarray) -> float:
    """The threshold with the most coverage meeting the answered-precision and NONE-recall targets
    (or, when none does, the one closest to them)."""
    best: tuple[float, float, float] | None = None  # (meets both, coverage or -shortfall, threshold)
    for candidate in np.unique(np.round(conf, 3)):
        answered = (conf >= candidate) & ~is_none
        precision = float(correct[answered].mean()) if answered.any() else 1.0
        none_recall = float((conf[is_none] < candidate).mean()) if is_none.any() else 1.0
        cover = float(answered.sum() / max((~is_none).sum(), 1))
        shortfall = max(0.0, TARGET_ANSWERED_PRECISION - precision) + max(0.0, TARGET_NONE_RECALL - none_recall)
        key = (1.0, cover, float(candidate)) if shortfall == 0 else (0.0, -shortfall, float(candidate))
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best is not None else 0.5


def _folds(items: Sequence[PreparedItem], n_folds: int, seed: int) -> list[int]:
    """A fold number per item: in-scope grouped by (set, expected entry); out-of-scope one by one."""
    keys = [(i.set_name, i.query.expected_id) if i.query.expected_id != OUT_OF_SCOPE else (i.set_name, f"#{n}")
            for n, i in enumerate(items)]
    groups = sorted(set(keys))
    random.Random(seed).shuffle(groups)
    fold_of = {g: n % n_folds for n, g in enumerate(groups)}
    return [fold_of[k] for k in keys]


def fit_model(items: Sequence[PreparedItem], *, inner_folds: int = INNER_FOLDS, seed: int = SEED) -> RankingModel:
    """Ranker on everything; gate on out-of-fold ranker outputs; threshold on out-of-fold gate outputs."""
    ranker = fit_ranker(items)
    folds = _folds(items, inner_folds, seed)
    oof_feats = np.zeros((len(items), len(GATE_FEATURES)))
    oof_labels = np.zeros(len(items))
    for fold in range(inner_folds):
        train = [i for i, f in zip(items, folds, strict=True) if f != fold]
        test_idx = [n for n, f in enumerate(folds) if f == fold]
        if not train or not test_idx:
            continue
        fold_ranker = fit_ranker(train)
        feats, labels = gate_rows([items[n] for n in test_idx], fold_ranker)
        oof_feats[test_idx], oof_labels[test_idx] = feats, labels
    coef = fit_logistic(oof_feats, oof_labels)
    gate = LogisticModel(GATE_FEATURES, float(coef[0]), tuple(float(c) for c in coef[1:]))
    # Threshold: gate probabilities that are out of fold for the gate as well.
    conf = np.zeros(len(items))
    for fold in range(inner_folds):
        train_idx = [n for n, f in enumerate(folds) if f != fold]
        test_idx = [n for n, f in enumerate(folds) if f == fold]
        if not train_idx or not test_idx:
            continue
        c = fit_logistic(oof_feats[train_idx], oof_labels[train_idx])
        conf[test_idx] = 1 / (1 + np.exp(-(c[0] + oof_feats[test_idx] @ c[1:])))
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in items])
    threshold = pick_threshold(conf, oof_labels > 0, is_none)
    names = tuple(sorted({i.set_name for i in items}))
    return RankingModel(ranker, gate, threshold, names)


def outcomes_with(model: RankingModel, items: Sequence[PreparedItem]) -> list[QueryOutcome]:
    """What the search would answer for each item with ``model``."""
    outcomes = []
    for item in items:
        started = time.perf_counter()
        decision = decide(model, item.prepared, item.facts)
        elapsed = item.elapsed_ms + (time.perf_counter() - started) * 1000
        ranked = [item.ids[item.prepared.candidates[i].doc] for i in decision.order[:MRR_DEPTH]]
        outcomes.append(QueryOutcome(item.query, ranked, decision.confidence < model.threshold,
                                     decision.confidence, elapsed))
    return outcomes


def cross_validate(
    target: Sequence[PreparedItem], others: Sequence[PreparedItem] = (), *, n_folds: int = CV_FOLDS,
    seed: int = SEED,
) -> list[QueryOutcome]:
    """Out-of-fold outcomes for ``target``: each fold is answered by a model fitted on the other folds
    and on ``others``. With ``n_folds=1`` the model is fitted on ``others`` only (leave the set out)."""
    folds = _folds(target, n_folds, seed) if n_folds > 1 else [0] * len(target)
    outcomes: list[QueryOutcome | None] = [None] * len(target)
    for fold in range(n_folds):
        train = [*others, *(i for i, f in zip(target, folds, strict=True) if f != fold)]
        test_idx = [n for n, f in enumerate(folds) if f == fold]
        if not test_idx:
            continue
        model = fit_model(train, seed=seed)
        for n, outcome in zip(test_idx, outcomes_with(model, [target[n] for n in test_idx]), strict=True):
            outcomes[n] = outcome
    return [o for o in outcomes if o is not None]
