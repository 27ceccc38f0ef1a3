"""Helpers of ``bench_staff_loop_gain.py``: an embedder that remembers its vectors, and a corpus the simulated staff
loop writes to through the product's own path (``knowledge.alternatives.add_alternative_question`` on a copy of
``faq.csv``, then ``rebuild_searcher``: the incremental rebuild the 「FAQの改善」 page runs after an attach).

Nothing heavy is imported until a class is used.
"""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from knowledge.embed import Embedder
    from knowledge.evaluate import LabeledQuery, QueryOutcome
    from knowledge.search import Searcher
    from knowledge.settings import KnowledgeSettings
    from knowledge.tuning import PreparedItem

FloatArray = npt.NDArray[np.float32]


class CachingEmbedder:
    """Wraps an embedder; each text is embedded once per kind (query / document), across corpora and runs.

    A vector embedded alone or in a batch may differ in the last float bits; the cache keeps the first one."""

    def __init__(self, inner: Embedder, cache: Path | None) -> None:
        self.inner, self.cache, self.name, self.dim = inner, cache, inner.name, inner.dim
        self.vectors: dict[tuple[str, str], FloatArray] = {}
        if cache is not None and cache.exists():
            self.vectors = pickle.loads(cache.read_bytes())
        self.computed = 0

    def _encode(self, kind: str, texts: Sequence[str]) -> FloatArray:
        todo = list(dict.fromkeys(t for t in texts if (kind, t) not in self.vectors))
        if todo:
            fresh = (self.inner.encode_queries(todo) if kind == "q"
                     else self.inner.encode_documents(todo, batch_size=32))
            self.vectors.update({(kind, t): v for t, v in zip(todo, fresh, strict=True)})
            self.computed += len(todo)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.vectors[(kind, t)] for t in texts]).astype(np.float32)

    def encode_queries(self, texts: Sequence[str]) -> FloatArray:
        """Query vectors (cached)."""
        return self._encode("q", texts)

    def encode_documents(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> FloatArray:
        """Document vectors (cached)."""
        return self._encode("d", texts)

    def save(self) -> None:
        """Write the cache file (when one was named)."""
        if self.cache is not None:
            self.cache.write_bytes(pickle.dumps(self.vectors))


@dataclass
class LoopCorpus:
    """A copy of the corpus that staff attach questions to, and the search rebuilt over it after each batch."""

    folder: Path
    source: Path
    embedder: CachingEmbedder
    settings: KnowledgeSettings = field(init=False)
    searcher: Searcher = field(init=False)
    attached: int = 0  # questions written as alternative questions
    present: int = 0  # already there (the same wording attached before, or the entry's own question)
    refused: int = 0  # refused by the page's rule (personal data in the wording)
    entries_touched: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        from knowledge.alternatives import rebuild_searcher
        from knowledge.settings import KnowledgeSettings

        self.folder.mkdir(parents=True, exist_ok=True)
        corpus = self.folder / self.source.name
        shutil.copyfile(self.source, corpus)
        self.settings = KnowledgeSettings().model_copy(
            update={"corpus_path": corpus, "index_dir": self.folder / "index", "ranking_model_path": None,
                    "abstain_threshold": None})
        self.searcher = rebuild_searcher(self.settings, embedder=self.embedder)

    def attach(self, questions: Sequence[tuple[str, str]]) -> int:
        """Attach (question, entry id) pairs as the page does, then rebuild once; returns how many were written."""
        from knowledge.alternatives import AlreadyPresentError, add_alternative_question, rebuild_searcher
        from staff.errors import InvalidInputError
        from staff.faq_improvement import clean_alternative

        before = self.attached
        for text, entry_id in questions:
            try:
                add_alternative_question(self.settings, entry_id=entry_id, question=clean_alternative(text))
            except InvalidInputError:
                self.refused += 1
                continue
            except AlreadyPresentError:
                self.present += 1
                continue
            self.attached += 1
            self.entries_touched.add(entry_id)
        self.searcher = rebuild_searcher(self.settings, embedder=self.embedder)
        return self.attached - before

    def share_with_alternatives(self) -> float:
        """Share of the index's entries that list alternative questions (the model choice's input)."""
        entries = self.searcher.index.entries
        return sum(1 for e in entries if e.questions) / len(entries)

    def prepared(self, queries: Sequence[LabeledQuery], name: str) -> list[PreparedItem]:
        """The queries prepared on the current search (model-free; any model then decides)."""
        from knowledge.tuning import prepare_items

        return prepare_items(self.searcher, queries, set_name=name, corpus_name=str(self.source))


def not_answered_right(outcomes: Sequence[QueryOutcome], *, wrong: bool = True) -> list[QueryOutcome]:
    """In-scope questions the search abstained on or (``wrong``) answered wrong: what the page lists as unanswered,
    and as unhelpful when the citizen says so (without ``wrong``: no citizen ever marks a wrong answer)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    return [o for o in outcomes if o.query.expected_id != OUT_OF_SCOPE and (o.abstained or (wrong and o.rank != 1))]


def none_answered_near(outcomes: Sequence[QueryOutcome], touched: set[str]) -> tuple[int, int]:
    """(out-of-scope questions answered, of which the answer is an entry that got alternative questions)."""
    from knowledge.evaluate import OUT_OF_SCOPE

    answered = [o for o in outcomes if o.query.expected_id == OUT_OF_SCOPE and not o.abstained]
    return len(answered), sum(1 for o in answered if o.ranked_ids[:1] and o.ranked_ids[0] in touched)


def close_to_attached(queries: Sequence[LabeledQuery], attached: Sequence[str], *, ratio: float) -> list[bool]:
    """Per query: whether an attached wording is at least ``ratio`` similar to it (rapidfuzz ratio on normalized
    text; 100 = the same wording). Such queries are answered by a near-copy, not by the loop's generalisation."""
    from rapidfuzz import fuzz, process

    from knowledge.normal_form import normalize

    if not attached or not queries:
        return [False] * len(queries)
    best = process.cdist([normalize(q.text) for q in queries], [normalize(a) for a in attached],
                         scorer=fuzz.ratio, workers=1).max(axis=1)
    return [bool(score >= ratio) for score in best]
