"""Fit the re-ranker, the gates and the abstain thresholds on labelled query sets, and measure
them by cross-validation (every figure comes from queries the model being measured was not fitted on).

Folds group the queries of one corpus by their expected entry (all wordings of a need fall in the same
fold, whichever query file they come from); out-of-scope queries are spread over the folds one by one.
Other sets always train. The gate and scope thresholds are chosen by a rule (:mod:`knowledge.thresholds`): the
targets met on every set (the alternatives model) or on the fitting queries pooled with a margin (the plain model).
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import minimize

from knowledge.decision import PreparedQuery, decide
from knowledge.evaluate import MRR_DEPTH, OUT_OF_SCOPE, LabeledQuery, QueryOutcome
from knowledge.features import COVERAGE_VOTERS, GATE_FEATURES, RANK_FEATURES, EntryFacts, gate_features
from knowledge.ranker import NO_SCOPE_THRESHOLD, LogisticModel, RankingModel, SoftmaxRanker
from knowledge.search import Searcher
from knowledge.thresholds import EVERY_SET, ThresholdRule, pick_thresholds

L2_PENALTY = 1e-2
CV_FOLDS = 10
INNER_FOLDS = 5
SEED = 13
# Inner fold shufflings whose out-of-fold gate outputs the thresholds are chosen on, pooled. Three did not make the
# choice steadier nor better held out (docs/search-quality.md, eleventh session): one, as before.
THRESHOLD_SEEDS = 1
THRESHOLD_SEED_STEP = 100  # shuffling k uses seed SEED + k * THRESHOLD_SEED_STEP


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
    corpus_name: str = ""  # query files over one corpus share their folds by entry

    @property
    def group(self) -> str:
        """What folds group by, besides the expected entry: the corpus (or, without one, the set)."""
        return self.corpus_name or self.set_name


def prepare_items(searcher: Searcher, queries: Sequence[LabeledQuery], *, set_name: str, corpus_name: str = "",
                  ) -> list[PreparedItem]:
    """Prepare every query of a set once (the slow part: embedding and analysis)."""
    ids = [e.id for e in searcher.index.entries]
    items = []
    for query in queries:
        started = time.perf_counter()
        prepared = searcher.prepare(query.text)
        elapsed = (time.perf_counter() - started) * 1000
        docs = [ids[c.doc] for c in prepared.candidates]
        positive = docs.index(query.expected_id) if query.expected_id in docs else None
        items.append(PreparedItem(query, prepared, positive, set_name, searcher.facts, ids, elapsed, corpus_name))
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
        best = [item.prepared.candidates[i] for i in decision.order[:COVERAGE_VOTERS]]
        feats.append(gate_features(item.prepared.facts, decision.probabilities, best,
                                   [item.facts[c.doc] for c in best], item.prepared.rows[top].tolist(),
                                   item.prepared.text))
        labels.append(float(top == item.positive))
    return np.array(feats, dtype=np.float64), np.array(labels, dtype=np.float64)


def _folds(items: Sequence[PreparedItem], n_folds: int, seed: int) -> list[int]:
    """A fold number per item: in-scope grouped by (set, expected entry); out-of-scope one by one."""
    keys = [(i.group, i.query.expected_id) if i.query.expected_id != OUT_OF_SCOPE else (i.set_name, f"#{n}")
            for n, i in enumerate(items)]
    groups = sorted(set(keys))
    random.Random(seed).shuffle(groups)
    fold_of = {g: n % n_folds for n, g in enumerate(groups)}
    return [fold_of[k] for k in keys]


def _sigmoid(coef: np.ndarray, feats: np.ndarray) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-np.clip(coef[0] + feats @ coef[1:], -50, 50))), dtype=np.float64)


@dataclass
class GateFit:
    """The two gates fitted on out-of-fold ranker outputs, with their own out-of-fold outputs per item (what
    the thresholds are chosen on)."""

    gate: LogisticModel
    scope: LogisticModel | None
    confidence: np.ndarray  # out-of-fold P(first answer right), one per item
    out_of_scope: np.ndarray  # out-of-fold P(out of scope), one per item (0 without a scope gate)
    correct: np.ndarray  # the out-of-fold re-ranked first answer is right
    is_none: np.ndarray  # the query is out of scope


def fit_gates(items: Sequence[PreparedItem], *, inner_folds: int = INNER_FOLDS, seed: int = SEED) -> GateFit:
    """The gates on out-of-fold ranker outputs (the gate on in-scope queries only: P(right | in scope); the scope
    gate on every query: P(out of scope)), and their outputs, out of fold as well."""
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
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in items])
    has_none = bool(is_none.any()) and not bool(is_none.all())
    gate_coef = fit_logistic(oof_feats[~is_none], oof_labels[~is_none])
    scope_coef = fit_logistic(oof_feats, is_none.astype(np.float64)) if has_none else None
    conf, scope = np.zeros(len(items)), np.zeros(len(items))
    for fold in range(inner_folds):
        fold_train = np.array([n for n, f in enumerate(folds) if f != fold], dtype=int)
        fold_test = np.array([n for n, f in enumerate(folds) if f == fold], dtype=int)
        if not len(fold_train) or not len(fold_test):
            continue
        in_train = fold_train[~is_none[fold_train]]
        conf[fold_test] = _sigmoid(fit_logistic(oof_feats[in_train], oof_labels[in_train]), oof_feats[fold_test])
        if has_none and is_none[fold_train].any():
            scope[fold_test] = _sigmoid(fit_logistic(oof_feats[fold_train], is_none[fold_train].astype(np.float64)),
                                        oof_feats[fold_test])
    gate = LogisticModel(GATE_FEATURES, float(gate_coef[0]), tuple(float(c) for c in gate_coef[1:]))
    scope_gate = (LogisticModel(GATE_FEATURES, float(scope_coef[0]), tuple(float(c) for c in scope_coef[1:]))
                  if scope_coef is not None else None)
    return GateFit(gate, scope_gate, conf, scope, oof_labels > 0, is_none)


def set_groups(items: Sequence[PreparedItem]) -> np.ndarray:
    """A group number per item: its labelled set."""
    set_names = sorted({i.set_name for i in items})
    return np.array([set_names.index(i.set_name) for i in items])


def fit_gates_over_seeds(items: Sequence[PreparedItem], *, inner_folds: int = INNER_FOLDS, seed: int = SEED,
                         threshold_seeds: int = THRESHOLD_SEEDS) -> list[GateFit]:
    """:func:`fit_gates` once per inner fold shuffling (``seed``, ``seed + THRESHOLD_SEED_STEP``, ...); the first
    fit's gates are the model's, every fit's out-of-fold outputs are what the thresholds are chosen on."""
    return [fit_gates(items, inner_folds=inner_folds, seed=seed + k * THRESHOLD_SEED_STEP)
            for k in range(max(1, threshold_seeds))]


def pooled_thresholds(fits: Sequence[GateFit], items: Sequence[PreparedItem], *, rule: ThresholdRule = EVERY_SET,
                      ) -> tuple[float, float]:
    """The (gate, scope) thresholds chosen by :func:`pick_thresholds` under ``rule`` on the out-of-fold outputs of
    every fit pooled: each query counts once per shuffling (with one fit: :func:`pick_thresholds` on its outputs)."""
    groups = set_groups(items)
    return pick_thresholds(np.concatenate([f.confidence for f in fits]),
                           np.concatenate([f.out_of_scope for f in fits]),
                           np.concatenate([f.correct for f in fits]), np.concatenate([f.is_none for f in fits]),
                           np.concatenate([groups for _ in fits]), rule=rule)


def fit_model(items: Sequence[PreparedItem], *, inner_folds: int = INNER_FOLDS, seed: int = SEED,
              threshold_seeds: int = THRESHOLD_SEEDS, rule: ThresholdRule = EVERY_SET) -> RankingModel:
    """Ranker on everything; the gates on out-of-fold ranker outputs (:func:`fit_gates`); the two thresholds on
    gate outputs that are out of fold as well, pooled over ``threshold_seeds`` fold shufflings, chosen by ``rule``
    (:func:`knowledge.thresholds.rule_for`)."""
    ranker = fit_ranker(items)
    fits = fit_gates_over_seeds(items, inner_folds=inner_folds, seed=seed, threshold_seeds=threshold_seeds)
    gates = fits[0]
    gate_threshold, scope_threshold = pooled_thresholds(fits, items, rule=rule)
    names = tuple(sorted({i.set_name for i in items}))
    return RankingModel(ranker, gates.gate, gate_threshold, names, gates.scope,
                        scope_threshold if gates.scope is not None else NO_SCOPE_THRESHOLD)


def keep_long_telling(fitted: RankingModel, previous: RankingModel | None) -> RankingModel:
    """``fitted`` with the long tellings' own threshold of the model it replaces, if that had one: the threshold is
    chosen leave-one-set-out over the blind sets (``bench/bench_gate_told_situation.py``, docs/search-quality.md
    sections 29-30), not by :func:`fit_model`, so a refit keeps it rather than silently dropping it."""
    if previous is None or previous.long_threshold is None:
        return fitted
    return replace(fitted, long_chars=previous.long_chars, long_threshold=previous.long_threshold)


def outcomes_with(model: RankingModel, items: Sequence[PreparedItem]) -> list[QueryOutcome]:
    """What the search would answer for each item with ``model``."""
    outcomes = []
    for item in items:
        started = time.perf_counter()
        decision = decide(model, item.prepared, item.facts)
        elapsed = item.elapsed_ms + (time.perf_counter() - started) * 1000
        ranked = [item.ids[item.prepared.candidates[i].doc] for i in decision.order[:MRR_DEPTH]]
        outcomes.append(QueryOutcome(item.query, ranked, decision.abstains(model, length=len(item.prepared.text)),
                                     decision.confidence, elapsed))
    return outcomes


def cross_validate(
    target: Sequence[PreparedItem], others: Sequence[PreparedItem] = (), *, n_folds: int = CV_FOLDS,
    seed: int = SEED, rule: ThresholdRule = EVERY_SET,
) -> list[QueryOutcome]:
    """Out-of-fold outcomes for ``target``: each fold is answered by a model fitted (thresholds by ``rule``) on the
    other folds and on ``others``. With ``n_folds=1`` the model is fitted on ``others`` only (leave the set out)."""
    folds = _folds(target, n_folds, seed) if n_folds > 1 else [0] * len(target)
    outcomes: list[QueryOutcome | None] = [None] * len(target)
    for fold in range(n_folds):
        train = [*others, *(i for i, f in zip(target, folds, strict=True) if f != fold)]
        test_idx = [n for n, f in enumerate(folds) if f == fold]
        if not test_idx:
            continue
        model = fit_model(train, seed=seed, rule=rule)
        for n, outcome in zip(test_idx, outcomes_with(model, [target[n] for n in test_idx]), strict=True):
            outcomes[n] = outcome
    return [o for o in outcomes if o is not None]
