"""Query -> ranked, calibrated answers from the hybrid index, or an honest abstention.

Three stages:

1. **Candidates**: dense (FAISS), morpheme BM25 and reading n-gram BM25, each on the whole query and, for a
   long telling, on the need extracted from it (knowledge/need.py); a weighted fusion keeps the best
   ``rerank_depth`` entries.
2. **Re-ranking**: a logistic model over per-candidate features (each channel's score and rank, how much of
   the query the entry's question and text cover, whether the answer gives what the question type asks,
   category agreement, reading overlap) gives P(this entry answers the query); answers are ordered by it
   and it is the confidence shown for each.
3. **Gates**: two logistic models over the query's best candidates (probabilities, lead, words of the query
   the corpus or the best entry does not know, whether the answer gives the kind of fact asked): the gate
   gives P(the best answer is right), the scope gate P(the corpus does not answer the question at all). The
   search abstains, naming the city's general contact, when the first is below its tuned threshold or the
   second reaches its own (two thresholds, fitted together by cross-validation).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from core.settings import RuntimeSettings
from knowledge.embed import Embedder
from knowledge.errors import QueryError
from knowledge.features import (
    ASKS_BUSINESS,
    ASKS_OPINION,
    COVERAGE_VOTERS,
    ChannelScores,
    EntryFacts,
    FloatMatrix,
    QueryFacts,
    answer_content,
    answer_values,
    asked_values,
    gate_features,
    question_types,
    rank_features,
)
from knowledge.index import SearchIndex, dense_scores, entry_dense_scores, question_scores
from knowledge.japanese import MorphAnalyzer, is_kana_only, normalize
from knowledge.need import extract_need
from knowledge.ranker import RankingModel, load_ranking_model, packaged_model_path
from knowledge.records import FaqEntry
from knowledge.settings import MAX_QUERY_CHARS, KnowledgeSettings

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
class Answer:
    """A ranked answer as shown to callers: ``confidence`` is the re-ranker's P(this entry answers)."""

    entry: FaqEntry
    score: float  # the fused retrieval score before re-ranking (for diagnostics)
    confidence: float


@dataclass
class SearchResult:
    """The outcome of a query: ranked answers, whether to abstain, and whom to call.

    ``confidence`` is the gate's P(the first answer is right), ``out_of_scope`` the scope gate's P(the corpus
    does not answer the question); ``abstained``: the first is below its threshold or the second reaches its.
    """

    query: str
    answers: list[Answer]
    confidence: float
    abstained: bool
    contact_name: str
    contact_phone: str
    elapsed_ms: float = 0.0
    candidates: list[Candidate] = field(default_factory=list, repr=False)
    out_of_scope: float = 0.0


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
                 scope_threshold: float | None = None) -> bool:
        """Whether the search hands over (``threshold`` / ``scope_threshold`` override the model's)."""
        gate_threshold = model.threshold if threshold is None else threshold
        scope = model.scope_threshold if scope_threshold is None else scope_threshold
        return self.confidence < gate_threshold or self.out_of_scope >= scope


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
        raise QueryError("ご質問を入力してください。", detail="the question is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"ご質問が長すぎます。{MAX_QUERY_CHARS}文字以内でお書きください。",
            detail=f"the question is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})",
        )
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
    gate = gate_features(prepared.facts, ranked, best, [facts[c.doc] for c in best], prepared.rows[top].tolist())
    return Decision(order, ranked, model.gate.probability(gate), model.out_of_scope(gate))


class Searcher:
    """Hybrid search over a loaded index, re-ranked and gated by the learned ranking model."""

    def __init__(
        self, index: SearchIndex, *, embedder: Embedder, analyzer: MorphAnalyzer, settings: KnowledgeSettings,
        runtime: RuntimeSettings | None = None, model: RankingModel | None = None,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.analyzer = analyzer
        self.settings = settings
        self.runtime = runtime if runtime is not None else RuntimeSettings()
        self.weights = FusionWeights(settings.weight_dense, settings.weight_morph, settings.weight_reading)
        self.model = model if model is not None else load_ranking_model(
            settings.ranking_model_path or packaged_model_path(
                entries=len(index.entries), with_alternatives=sum(1 for e in index.entries if e.questions))
        )
        self.threshold = settings.abstain_threshold if settings.abstain_threshold is not None else self.model.threshold
        self.facts = entry_facts(index)

    def _channels(self, text: str, pool: int) -> tuple[dict[int, float], npt.NDArray[np.float32],
                                                        npt.NDArray[np.float32], set[int], np.ndarray]:
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
        return dense, morph, reading, pool_ids, vector

    def _query_facts(self, text: str, *, long: bool) -> QueryFacts:
        tagged = self.analyzer.tagged_terms(text)
        terms = tuple(term for term, _ in tagged)
        vocab, idf, unknown = self.index.morph.vocab, self.index.morph.idf, self.index.morph.unknown_idf
        synonyms = self.analyzer.vocabulary.synonyms
        return QueryFacts(
            terms=terms,
            idf=tuple(float(idf[vocab[t]]) if t in vocab else unknown for t in terms),
            unknown_idf=unknown,
            known=tuple(t in vocab for t in terms),
            reading_grams=frozenset(self.analyzer.reading_terms(text)),
            types=question_types(self.analyzer.rewrite(text)),
            kana=is_kana_only(text),
            long=long,
            nouns=tuple(noun for _, noun in tagged),
            alternatives=tuple(frozenset({term, *synonyms.get(term, ())}) for term in terms),
            asks_opinion=ASKS_OPINION.search(text) is not None,
            values=asked_values(text),
            asks_business=ASKS_BUSINESS.search(text) is not None,
        )

    def prepare(self, query: str) -> PreparedQuery:
        """Candidates and their features for a (validated) query."""
        text = normalize(query)
        pool = min(self.settings.candidate_pool, len(self.index.entries))
        dense, morph, reading, pool_ids, vector = self._channels(text, pool)
        need = extract_need(text)
        need_dense: dict[int, float] = {}
        need_morph: npt.NDArray[np.float32] | None = None
        vectors = [vector]
        if need is not None:
            n_dense, need_morph, n_reading, n_ids, n_vector = self._channels(need, pool)
            vectors.append(n_vector)
            pool_ids |= n_ids
            rest = [d for d in pool_ids if d not in n_dense]
            need_dense = {**n_dense, **entry_dense_scores(self.index, n_vector, rest)}
            morph = np.maximum(morph, need_morph)
            reading = np.maximum(reading, n_reading)
        dense.update(entry_dense_scores(self.index, vector, [d for d in pool_ids if d not in dense]))
        if need_dense:
            dense = {d: max(s, need_dense.get(d, s)) for d, s in dense.items()}
        kana = is_kana_only(text)
        fused = fuse(dense, morph, reading, sorted(pool_ids), weights_for(self.weights, kana=kana))
        top = fused[: self.settings.rerank_depth]
        docs = [c.doc for c in top]
        per_vector = [question_scores(self.index, v, docs) for v in vectors]  # whole text, then the need
        question = {d: max(scores.get(d, 0.0) for scores in per_vector) for d in docs}
        candidates = [
            ChannelScores(
                c.doc, c.score, c.dense, c.morph, c.reading,
                need_dense.get(c.doc, 0.0), float(need_morph[c.doc]) if need_morph is not None else 0.0,
                question.get(c.doc, 0.0),
            )
            for c in top
        ]
        facts = self._query_facts(text, long=need is not None)
        return PreparedQuery(text, facts, candidates, rank_features(facts, candidates, self.facts))

    def candidates(self, query: str) -> list[Candidate]:
        """The fused candidates of a (validated) query, before re-ranking (best first)."""
        return [Candidate(c.doc, c.dense, c.morph, c.reading, c.fused) for c in self.prepare(query).candidates]

    def search(self, query: str, *, k: int | None = None, spoken: bool = False) -> SearchResult:
        """Ranked answers for ``query`` with calibrated confidences; abstains when the gate is unsure.

        ``spoken``: the query is a speech recogniser's transcript, whose slips (いつ heard as エッツ) look like
        needs the corpus does not know: the scope gate uses ``spoken_scope_threshold`` (never below the
        model's own), chosen on spoken questions (docs/search-quality.md)."""
        started = time.perf_counter()
        text = validate_query(query)
        k = k or self.settings.top_k
        prepared = self.prepare(text)
        decision = decide(self.model, prepared, self.facts)
        answers = [
            Answer(self.index.entries[prepared.candidates[i].doc], round(prepared.candidates[i].fused, 4), round(p, 4))
            for i, p in zip(decision.order[:k], decision.probabilities[:k], strict=True)
        ]
        return SearchResult(
            query=text,
            answers=answers,
            confidence=round(decision.confidence, 4),
            abstained=decision.abstains(self.model, self.threshold, scope_threshold=max(
                self.model.scope_threshold, self.settings.spoken_scope_threshold) if spoken else None),
            contact_name=self.runtime.city_contact_name,
            contact_phone=self.runtime.city_contact_phone,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            candidates=[Candidate(c.doc, c.dense, c.morph, c.reading, c.fused) for c in prepared.candidates],
            out_of_scope=round(decision.out_of_scope, 4),
        )
