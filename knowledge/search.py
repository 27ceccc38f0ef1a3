"""Query -> ranked, calibrated answers from the hybrid index, or an honest abstention.

Three stages:

1. **Candidates**: dense (FAISS), morpheme BM25 and reading n-gram BM25, each on the whole query and, for a
   long telling, on the need extracted from it (knowledge/need.py), for a kana-only question on the corpus's
   words restored from their readings (knowledge/kana.py); a weighted fusion keeps the best ``rerank_depth``
   entries.
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
from knowledge.decision import Candidate, FusionWeights, PreparedQuery, decide, entry_facts, fuse, weights_for
from knowledge.embed import Embedder
from knowledge.errors import QueryError
from knowledge.features import (
    ASKS_OPINION,
    ChannelScores,
    QueryFacts,
    asked_values,
    asks_business,
    question_types,
    rank_features,
)
from knowledge.index import SearchIndex, dense_scores, entry_dense_scores, question_scores
from knowledge.japanese import MorphAnalyzer, is_kana_only
from knowledge.kana import KanaRestorer
from knowledge.need import extract_need
from knowledge.normal_form import normalize
from knowledge.ranker import RankingModel, load_ranking_model, packaged_model_path
from knowledge.records import FaqEntry
from knowledge.settings import MAX_QUERY_CHARS, KnowledgeSettings


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
        self.threshold = settings.abstain_threshold  # None: the model's own (a long telling may have its own)
        self.facts = entry_facts(index)
        self.kana = KanaRestorer.from_terms(index.morph.document_frequencies(), analyzer,
                                            citizen_words=analyzer.vocabulary.synonyms)

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

    def _query_facts(self, text: str, *, long: bool, restored: str = "") -> QueryFacts:
        """The analysed query. A kana-only question's terms (what the entries are matched against: question and
        text match, the nouns an entry lacks) are read on ``restored``, its corpus words (knowledge/kana.py:
        「ほけんしょう」 is 保険証, not ほ + 健勝); ``restored`` is read too for an opinion asked (人気 restored from
        にんき). The reading, the kind of fact asked and the values asked stay the typed question's."""
        tagged = self.analyzer.tagged_terms(restored or text)
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
            asks_opinion=any(ASKS_OPINION.search(t) is not None for t in (text, restored)),
            values=asked_values(text),
            asks_business=asks_business(text),  # typed only: a restored スーパー, 駐車場 is
            # mostly asked about as the city's (スーパーのレジ袋でごみ出し, 市役所の駐車場: Osaki 3 and 4)
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
        kana = is_kana_only(text)
        restored = self.kana.restore(text) if kana else text
        variant_dense: list[dict[int, float]] = []
        for is_need, variant in ((True, need), (False, restored if restored != text else None)):
            if variant is None:
                continue
            v_dense, v_morph, v_reading, v_ids, v_vector = self._channels(variant, pool)
            vectors.append(v_vector)
            pool_ids |= v_ids
            variant_dense.append(v_dense)
            if is_need:
                need_morph = v_morph
            morph = np.maximum(morph, v_morph)
            reading = np.maximum(reading, v_reading)
        for n, v_dense in enumerate(variant_dense):  # every variant scored on the whole pool
            v_dense.update(entry_dense_scores(self.index, vectors[n + 1], [d for d in pool_ids if d not in v_dense]))
        if need is not None:
            need_dense = variant_dense[0]
        dense.update(entry_dense_scores(self.index, vector, [d for d in pool_ids if d not in dense]))
        for v_dense in variant_dense:
            dense = {d: max(s, v_dense.get(d, s)) for d, s in dense.items()}
        fused = fuse(dense, morph, reading, sorted(pool_ids), weights_for(self.weights, kana=kana))
        top = fused[: self.settings.rerank_depth]
        docs = [c.doc for c in top]
        per_vector = [question_scores(self.index, v, docs) for v in vectors]  # whole text, need, restored kana
        question = {d: max(scores.get(d, 0.0) for scores in per_vector) for d in docs}
        candidates = [
            ChannelScores(
                c.doc, c.score, c.dense, c.morph, c.reading,
                need_dense.get(c.doc, 0.0), float(need_morph[c.doc]) if need_morph is not None else 0.0,
                question.get(c.doc, 0.0),
            )
            for c in top
        ]
        facts = self._query_facts(text, long=need is not None, restored=restored if restored != text else "")
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
                self.model.scope_threshold, self.settings.spoken_scope_threshold) if spoken else None,
                length=len(prepared.text)),
            contact_name=self.runtime.city_contact_name,
            contact_phone=self.runtime.city_contact_phone,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            candidates=[Candidate(c.doc, c.dense, c.morph, c.reading, c.fused) for c in prepared.candidates],
            out_of_scope=round(decision.out_of_scope, 4),
        )
