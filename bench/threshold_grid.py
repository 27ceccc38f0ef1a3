"""The grid of candidate (gate, scope) threshold pairs the threshold-rule benches choose from
(``bench/bench_threshold_policy.py``, ``bench/bench_writer_rule.py``): the gate outputs of the fitting sets and of a
left-out set, every candidate pair's counts per set, precision / NONE recall / coverage per set or pooled, the
shortfall from the targets, the pair a constraint chooses, and one pair's figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from knowledge.evaluate import OUT_OF_SCOPE, TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL
from knowledge.ranker import NO_SCOPE_THRESHOLD
from knowledge.thresholds import THRESHOLD_DECIMALS
from knowledge.tuning import PreparedItem, fit_gates, fit_ranker, gate_rows

Figures = tuple[float, float, float]  # answered precision, coverage, NONE recall


@dataclass(frozen=True)
class Outputs:
    """Gate and scope probabilities of a set of queries, whether the first answer is right, whether the query is
    out of scope, and the labelled set of each (an index into ``names``)."""

    conf: np.ndarray
    scope: np.ndarray
    correct: np.ndarray
    is_none: np.ndarray
    groups: np.ndarray
    names: tuple[str, ...]


@dataclass(frozen=True)
class Grid:
    """Per (scope threshold, gate threshold, set): in-scope questions answered, answered right, out-of-scope questions
    refused; and per set the in-scope and out-of-scope counts."""

    gates: np.ndarray  # (G,)
    scopes: np.ndarray  # (S,)
    answered: np.ndarray  # (S, G, sets)
    right: np.ndarray  # (S, G, sets)
    refused: np.ndarray  # (S, G, sets)
    inside: np.ndarray  # (sets,)
    outside: np.ndarray  # (sets,)
    names: tuple[str, ...]


def grid(out: Outputs) -> Grid:
    """Every candidate pair's counts per set (the candidates of :func:`knowledge.thresholds.pick_thresholds`)."""
    gates = np.unique(np.round(out.conf, THRESHOLD_DECIMALS))
    scopes = np.r_[np.unique(np.round(out.scope, THRESHOLD_DECIMALS)), NO_SCOPE_THRESHOLD]
    n_sets = len(out.names)
    shape = (len(scopes), len(gates), n_sets)
    answered, right, refused = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    passes_gate = out.conf[None, :] >= gates[:, None]  # (G, queries)
    for s, cut in enumerate(scopes):
        passes = passes_gate & (out.scope < cut)[None, :]
        for g in range(n_sets):
            member = out.groups == g
            inside, outside = member & ~out.is_none, member & out.is_none
            answered[s, :, g] = passes[:, inside].sum(axis=1)
            right[s, :, g] = (passes[:, inside] & out.correct[inside]).sum(axis=1)
            refused[s, :, g] = (~passes[:, outside]).sum(axis=1)
    inside_n = np.array([int(((out.groups == g) & ~out.is_none).sum()) for g in range(n_sets)], dtype=float)
    outside_n = np.array([int(((out.groups == g) & out.is_none).sum()) for g in range(n_sets)], dtype=float)
    return Grid(gates, scopes, answered, right, refused, inside_n, outside_n, out.names)


def per_set(g: Grid) -> tuple[np.ndarray, np.ndarray]:
    """Answered precision and NONE recall per (scope, gate, set); 1.0 where nothing is answered / out of scope."""
    precision = np.where(g.answered > 0, g.right / np.maximum(g.answered, 1), 1.0)
    none_recall = np.where(g.outside > 0, g.refused / np.maximum(g.outside, 1), 1.0)
    return precision, none_recall


def pooled(g: Grid, keep: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Answered precision, NONE recall and coverage per (scope, gate) over the sets ``keep`` (all by default)."""
    k = np.ones(len(g.names), dtype=bool) if keep is None else keep
    answered, right, refused = g.answered[..., k].sum(-1), g.right[..., k].sum(-1), g.refused[..., k].sum(-1)
    precision = np.where(answered > 0, right / np.maximum(answered, 1), 1.0)
    outside = g.outside[k].sum()
    none_recall = refused / outside if outside > 0 else np.ones_like(precision)
    return precision, none_recall, answered / max(g.inside[k].sum(), 1.0)


def shortfall(precision: np.ndarray, none_recall: np.ndarray, margin: float = 0.0) -> np.ndarray:
    return (np.maximum(0.0, TARGET_ANSWERED_PRECISION + margin - precision)
            + np.maximum(0.0, TARGET_NONE_RECALL + margin - none_recall))


def choose(g: Grid, short: np.ndarray) -> tuple[float, float]:
    """The pair with the most pooled coverage whose shortfall is zero (or, when none, the least short), taken in
    :func:`knowledge.thresholds.pick_thresholds`'s order (scope, then gate, ascending; the first of equals)."""
    coverage = pooled(g)[2]
    meets = (short <= 1e-12) & (coverage > 0)
    key = np.where(meets, 10.0 + coverage, -short - (coverage == 0))
    s, t = np.unravel_index(int(np.argmax(key)), key.shape)
    return float(g.gates[t]), float(g.scopes[s])


def figures(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
            gate: float, scope_threshold: float) -> Figures:
    """Answered precision, coverage and NONE recall of one threshold pair."""
    answered = (conf >= gate) & (scope < scope_threshold)
    inside = answered & ~is_none
    precision = float((inside & correct).sum() / inside.sum()) if inside.any() else 1.0
    coverage = float(inside.sum() / max(1, int((~is_none).sum())))
    none_recall = float((~answered[is_none]).mean()) if is_none.any() else 1.0
    return precision, coverage, none_recall


def holds(f: Figures) -> bool:
    return f[0] >= TARGET_ANSWERED_PRECISION and f[2] >= TARGET_NONE_RECALL


def fold_outputs(items: Sequence[PreparedItem], left_out: str, seed: int) -> tuple[Outputs, Outputs]:
    """The fitting sets' inner out-of-fold gate outputs and the left-out set's outputs (gates fitted on the others)."""
    train = [i for i in items if i.set_name != left_out]
    test = [i for i in items if i.set_name == left_out]
    fit = fit_gates(train, seed=seed)
    feats, labels = gate_rows(test, fit_ranker(train))
    names = tuple(sorted({i.set_name for i in train}))
    fitting = Outputs(fit.confidence, fit.out_of_scope, fit.correct, fit.is_none,
                      np.array([names.index(i.set_name) for i in train]), names)
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in test])
    scope = fit.scope.probabilities(feats) if fit.scope is not None else np.zeros(len(test))
    held = Outputs(fit.gate.probabilities(feats), scope, labels > 0, is_none, np.zeros(len(test), dtype=int),
                   (left_out,))
    return fitting, held
