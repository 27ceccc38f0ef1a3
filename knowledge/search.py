"""Query -> ranked, calibrated answers from the hybrid index, or an honest abstention."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from knowledge.calibration import Calibration, candidate_features
from knowledge.embed import Embedder
from knowledge.errors import QueryError
from knowledge.index import SearchIndex, dense_scores
from knowledge.japanese import MorphAnalyzer, is_kana_only, normalize
from knowledge.records import FaqEntry
from knowledge.settings import MAX_QUERY_CHARS, KnowledgeSettings

KANA_DENSE_SCALE = 0.5
KANA_READING_SCALE = 2.0


@dataclass(frozen=True)
class FusionWeights:
    """Weights of the three channels in the fused score."""

    dense: float
    morph: float
    reading: float


@dataclass(frozen=True)
class Candidate:
    """One scored entry, with the per-channel features behind its score."""

    doc: int
    dense: float
    morph: float
    reading: float
    score: float


@dataclass(frozen=True)
class Answer:
    """A ranked answer as shown to callers."""

    entry: FaqEntry
    score: float
    confidence: float


@dataclass
class SearchResult:
    """The outcome of a query: ranked answers, whether to abstain, and whom to call."""

    query: str
    answers: list[Answer]
    confidence: float
    abstained: bool
    contact_name: str
    contact_phone: str
    elapsed_ms: float = 0.0
    candidates: list[Candidate] = field(default_factory=list, repr=False)


def weights_for(weights: FusionWeights, *, kana: bool) -> FusionWeights:
    """Channel weights for a query: kana-only queries lean on the reading channel."""
    if not kana:
        return weights
    # Dense models barely understand kana-only Japanese; the reading channel carries it.
    return FusionWeights(weights.dense * KANA_DENSE_SCALE, weights.morph, weights.reading * KANA_READING_SCALE)


def validate_query(query: str) -> str:
    """Strip the query and reject empty or over-long input."""
    text = query.strip()
    if not text:
        raise QueryError("the question is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the question is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    return text


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


class Searcher:
    """Hybrid search over a loaded index: dense (FAISS) + morpheme BM25 + reading n-gram BM25."""

    def __init__(
        self, index: SearchIndex, *, embedder: Embedder, analyzer: MorphAnalyzer, settings: KnowledgeSettings
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.analyzer = analyzer
        self.settings = settings
        self.weights = FusionWeights(settings.weight_dense, settings.weight_morph, settings.weight_reading)
        self.calibration = Calibration(
            settings.calib_intercept, settings.calib_score, settings.calib_margin, settings.calib_agree_dense,
            settings.calib_agree_morph, settings.calib_agree_reading, settings.calib_kana, settings.calib_dense,
            settings.calib_morph, settings.calib_reading,
        )

    def candidates(self, query: str) -> list[Candidate]:
        """All fused candidates for a (validated) query, best first."""
        text = normalize(query)
        pool = min(self.settings.candidate_pool, len(self.index.entries))
        vector = self.embedder.encode_queries([text])[0]
        dense = dense_scores(self.index, vector, pool)
        morph_raw, morph_ceiling = self.index.morph.scores(self.analyzer.terms(text))
        reading_raw, reading_ceiling = self.index.reading.scores(self.analyzer.reading_terms(text))
        morph = morph_raw / morph_ceiling
        reading = reading_raw / reading_ceiling
        pool_ids = set(dense)
        for channel in (morph, reading):
            top = np.argpartition(-channel, pool - 1)[:pool] if pool < len(channel) else np.arange(len(channel))
            pool_ids.update(int(i) for i in top if channel[i] > 0)
        missing = [d for d in pool_ids if d not in dense]
        if missing:
            vectors = self.index.dense.reconstruct_batch(np.asarray(missing, dtype=np.int64))
            for d, v in zip(missing, vectors @ vector, strict=True):
                dense[d] = float(v)
        return fuse(dense, morph, reading, sorted(pool_ids), weights_for(self.weights, kana=is_kana_only(text)))

    def search(self, query: str, *, k: int | None = None) -> SearchResult:
        """Ranked answers for ``query`` with a calibrated confidence; abstains below the threshold."""
        started = time.perf_counter()
        text = validate_query(query)
        k = k or self.settings.top_k
        candidates = self.candidates(text)
        kana = is_kana_only(normalize(text))
        answers = [
            Answer(
                self.index.entries[cand.doc],
                round(cand.score, 4),
                round(self.calibration.probability(candidate_features(candidates, rank, kana=kana)), 4),
            )
            for rank, cand in enumerate(candidates[:k])
        ]
        confidence = answers[0].confidence if answers else 0.0
        return SearchResult(
            query=text,
            answers=answers,
            confidence=round(confidence, 4),
            abstained=confidence < self.settings.abstain_threshold,
            contact_name=self.settings.general_contact_name,
            contact_phone=self.settings.general_contact_phone,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            candidates=candidates,
        )
