"""The learned stages as pure functions: fusion, kana weighting, re-ranking and the two gates' verdict."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from knowledge.decision import (
    KANA_DENSE_SCALE,
    KANA_READING_SCALE,
    Decision,
    FusionWeights,
    PreparedQuery,
    decide,
    fuse,
    weights_for,
)
from knowledge.features import GATE_FEATURES, RANK_FEATURES, ChannelScores, EntryFacts, QueryFacts
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker


def _model(*, threshold: float = 0.5, scope_threshold: float = 0.3) -> RankingModel:
    # The re-ranker trusts the dense channel alone; both gates are constant (bias only).
    coef = tuple(5.0 if name == "dense" else 0.0 for name in RANK_FEATURES)
    zeros = (0.0,) * len(GATE_FEATURES)
    return RankingModel(SoftmaxRanker(RANK_FEATURES, coef), LogisticModel(GATE_FEATURES, 2.0, zeros), threshold,
                        (), LogisticModel(GATE_FEATURES, -2.0, zeros), scope_threshold)


def _facts(category: str) -> EntryFacts:
    return EntryFacts(frozenset(), frozenset(), frozenset(), frozenset(), category)


def test_fuse_orders_by_the_weighted_mean_of_the_channels() -> None:
    dense = {0: 0.2, 1: 0.9}
    morph = np.array([1.0, 0.0], dtype=np.float32)
    reading = np.array([0.0, 0.5], dtype=np.float32)
    fused = fuse(dense, morph, reading, [0, 1], FusionWeights(1.0, 1.0, 0.0))
    assert [c.doc for c in fused] == [0, 1]  # (0.2 + 1.0) / 2 = 0.60 > (0.9 + 0.0) / 2 = 0.45
    assert abs(fused[0].score - 0.6) < 1e-6
    assert [c.doc for c in fuse(dense, morph, reading, [0, 1], FusionWeights(1.0, 0.0, 1.0))] == [1, 0]


def test_kana_queries_lean_on_the_reading_channel() -> None:
    weights = FusionWeights(1.0, 1.0, 1.0)
    assert weights_for(weights, kana=False) is weights
    kana = weights_for(weights, kana=True)
    assert (kana.dense, kana.morph, kana.reading) == (KANA_DENSE_SCALE, 1.0, KANA_READING_SCALE)


def test_decide_reorders_by_the_ranker_and_reports_both_gates() -> None:
    candidates = [ChannelScores(0, 0.9, 0.1, 0.9, 0.0), ChannelScores(1, 0.8, 0.9, 0.1, 0.0)]
    rows = np.zeros((2, len(RANK_FEATURES)))
    rows[:, RANK_FEATURES.index("dense")] = [0.1, 0.9]
    query = QueryFacts(terms=(), idf=(), unknown_idf=1.0, known=(), reading_grams=frozenset(), types=(), kana=False,
                       long=False)
    model = _model()
    decision = decide(model, PreparedQuery("q", query, candidates, rows), [_facts("a"), _facts("b")])
    assert decision.order == [1, 0]  # the dense channel wins over the fused order
    assert decision.probabilities[0] > decision.probabilities[1]
    assert abs(sum(decision.probabilities) - 1.0) < 1e-9
    assert abs(decision.confidence - 1 / (1 + np.exp(-2.0))) < 1e-9
    assert abs(decision.out_of_scope - 1 / (1 + np.exp(2.0))) < 1e-9
    assert not decision.abstains(model)  # 0.88 >= 0.5 and 0.12 < 0.3
    assert decision.abstains(model, 0.9)
    assert decision.abstains(model, scope_threshold=0.1)
    long_telling = replace(model, threshold=0.9, long_chars=60, long_threshold=0.8)
    assert decision.abstains(long_telling, length=59)  # 0.88 < 0.9
    assert not decision.abstains(long_telling, length=60)  # a long telling: 0.88 >= 0.8
    assert decision.abstains(long_telling, 0.9, length=60)  # an explicit threshold overrides both


def test_no_candidates_means_no_answer() -> None:
    query = QueryFacts(terms=(), idf=(), unknown_idf=1.0, known=(), reading_grams=frozenset(), types=(), kana=False,
                       long=False)
    decision = decide(_model(), PreparedQuery("q", query, [], np.zeros((0, len(RANK_FEATURES)))), [])
    assert decision == Decision([], [], 0.0)
    assert decision.abstains(_model())
