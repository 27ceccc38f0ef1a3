"""The learned stages of the search, pure and shared by search, tuning and cross-validation: the fused
candidates (:func:`fuse`), the prepared query they come with, and :func:`decide` (re-rank, then gate).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from knowledge.features import (
    COVERAGE_VOTERS,
    ChannelScores,
    EntryFacts,
    FloatMatrix,
    QueryFacts,
    answer_content,
    answer_values,
    gate_features,
)
from knowledge.index import SearchIndex
from knowledge.ranker import RankingModel

KANA_DENSE_SCALE = 0.5
KANA_READING_SCALE = 2.0


@dataclass(frozen=True)
class FusionWeights:
    """Weights of the three channels in the fused (candidate) score."""

    dense: float
    morph: float
    reading: float


@dataclass(frozen=True)
class Candidate:
    """One scored entry, with the per-channel features behind its fused score."""

    doc: int
    dense: float
    morph: float
    reading: float
    score: float


@dataclass(frozen=True)
class PreparedQuery:
    """Everything the learned stages need about one query (also cached by tuning and cross-validation)."""

    text: str
    facts: QueryFacts
    candidates: list[ChannelScores]  # fused order, best first
    rows: FloatMatrix  # rank features, one row per candidate


@dataclass(frozen=True)
class Decision:
    """The learned stages' verdict on a prepared query."""

    order: list[int]  # candidate positions, best first
    probabilities: list[float]  # re-ranker P, same order
    confidence: float  # gate P(first answer right)
    out_of_scope: float = 0.0  # scope gate P(the corpus does not answer)

    def abstains(self, model: RankingModel, threshold: float | None = None, *,
                 scope_threshold: float | None = None, length: int = 0) -> bool:
        """Whether the search hands over (``threshold`` / ``scope_threshold`` override the model's; ``length``: the
        query's characters, for the model's own threshold of long tellings)."""
        gate_threshold = model.gate_threshold(length) if threshold is None else threshold
        scope = model.scope_threshold if scope_threshold is None else scope_threshold
        return self.confidence < gate_threshold or self.out_of_scope >= scope


def weights_for(weights: FusionWeights, *, kana: bool) -> FusionWeights:
    """Channel weights for a query: kana-only queries lean on the reading channel."""
    if not kana:
        return weights
    # Dense models barely understand kana-only Japanese; the reading channel carries it.
    return FusionWeights(weights.dense * KANA_DENSE_SCALE, weights.morph, weights.reading * KANA_READING_SCALE)


def fuse(
    dense: dict[int, float], morph: npt.NDArray[np.float32], reading: npt.NDArray[np.float32],
    pool_ids: list[int], weights: FusionWeights,
) -> list[Candidate]:
    """Fused, sorted candidates: the weighted mean of per-channel scores (each about 0..1)."""
    total = (weights.dense + weights.morph + weights.reading) or 1.0
    candidates = [
        Candidate(
            doc=d,
            dense=dense[d],
            morph=float(morph[d]),
            reading=float(reading[d]),
            score=(weights.dense * dense[d] + weights.morph * float(morph[d]) + weights.reading * float(reading[d]))
            / total,
        )
        for d in pool_ids
    ]
    candidates.sort(key=lambda c: c.score, reverse=True)
    return candidates


def entry_facts(index: SearchIndex) -> list[EntryFacts]:
    """Per-entry facts for the features, from the index (no text analysis at load)."""
    morph_terms = list(index.morph.vocab)
    reading_grams = list(index.reading.vocab)
    morph_by_doc = index.morph.weights.tocsc()
    reading_by_doc = index.reading.weights.tocsc()
    facts = []
    for doc, entry in enumerate(index.entries):
        text = morph_by_doc.indices[morph_by_doc.indptr[doc]:morph_by_doc.indptr[doc + 1]]
        grams = reading_by_doc.indices[reading_by_doc.indptr[doc]:reading_by_doc.indptr[doc + 1]]
        facts.append(EntryFacts(
            question_terms=frozenset(index.question_terms[doc]) if index.question_terms else frozenset(),
            text_terms=frozenset(morph_terms[i] for i in text.tolist()),
            reading_grams=frozenset(reading_grams[i] for i in grams.tolist()),
            content=answer_content(entry.answer),
            category=entry.category,
            values=answer_values(entry.answer),
            question=entry.question,
            answer=entry.answer,
        ))
    return facts


def decide(model: RankingModel, prepared: PreparedQuery, facts: list[EntryFacts]) -> Decision:
    """Re-rank a prepared query's candidates and gate the best one."""
    if not prepared.candidates:
        return Decision([], [], 0.0)
    probabilities = model.ranker.probabilities(prepared.rows)
    order = sorted(range(len(probabilities)), key=lambda i: (-probabilities[i], i))
    ranked = [float(probabilities[i]) for i in order]
    top = order[0]
    best = [prepared.candidates[i] for i in order[:COVERAGE_VOTERS]]
    gate = gate_features(prepared.facts, ranked, best, [facts[c.doc] for c in best], prepared.rows[top].tolist(),
                         prepared.text)
    return Decision(order, ranked, model.gate.probability(gate), model.out_of_scope(gate))
