"""Wiring: corpus -> (cached) index on disk -> Searcher. Used by the CLI and the gateway."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from core.settings import RuntimeSettings
from knowledge.embed import Embedder, SentenceTransformerEmbedder
from knowledge.errors import IndexNotBuiltError, KnowledgeError
from knowledge.index import build_index, corpus_fingerprint, load_index, read_manifest, save_index
from knowledge.ingest import load_corpus
from knowledge.japanese import MorphAnalyzer
from knowledge.normal_form import PATTERN_FORM
from knowledge.ranker import RankingModel
from knowledge.records import FaqEntry
from knowledge.search import Searcher
from knowledge.settings import KnowledgeSettings
from knowledge.vocabulary import DEFAULT_VOCABULARY_PATH, load_vocabulary

log = logging.getLogger(__name__)


def vocabulary_path(settings: KnowledgeSettings) -> Path:
    """The vocabulary file in use."""
    return settings.vocabulary_path or DEFAULT_VOCABULARY_PATH


def make_analyzer(settings: KnowledgeSettings) -> MorphAnalyzer:
    """The Sudachi analyzer with the configured vocabulary."""
    return MorphAnalyzer(load_vocabulary(vocabulary_path(settings)))


def vocabulary_digest(settings: KnowledgeSettings) -> str:
    """Content hash of the vocabulary file (it shapes the index's terms) and of how its patterns are read."""
    try:
        return hashlib.sha256(vocabulary_path(settings).read_bytes() + PATTERN_FORM.encode()).hexdigest()
    except OSError:
        return ""


@dataclass
class BuildOutcome:
    """What ``ensure_index`` did."""

    folder: Path
    entries: int
    rebuilt: bool
    fingerprint: str
    embedded: int = 0


def ensure_index(
    settings: KnowledgeSettings,
    *,
    embedder: Embedder | None = None,
    analyzer: MorphAnalyzer | None = None,
    force: bool = False,
    progress: bool = False,
) -> BuildOutcome:
    """Build the index from the corpus unless the one on disk has the same content hash."""
    entries = load_corpus(settings.corpus_path, csv_encoding=settings.csv_encoding)
    fingerprint = corpus_fingerprint(entries, model=settings.model, vocabulary=vocabulary_digest(settings))
    manifest = read_manifest(settings.index_dir)
    if not force and manifest is not None and manifest.get("fingerprint") == fingerprint:
        return BuildOutcome(settings.index_dir, len(entries), False, fingerprint)
    previous = None
    if manifest is not None and not force:
        try:
            previous = load_index(settings.index_dir)
        except KnowledgeError:
            log.warning("the old index in %s is unreadable; embedding everything", settings.index_dir)
    index = build_index(
        entries,
        embedder=embedder or SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads),
        analyzer=analyzer or make_analyzer(settings),
        fingerprint=fingerprint,
        batch_size=settings.embed_batch_size,
        progress=progress,
        previous=previous,
    )
    save_index(index, settings.index_dir)
    log.info("built index of %d entries in %s", len(entries), settings.index_dir)
    embedded = index.manifest.get("embedded", len(entries))
    return BuildOutcome(settings.index_dir, len(entries), True, fingerprint, int(str(embedded)))


def open_searcher(
    settings: KnowledgeSettings, *, embedder: Embedder | None = None, runtime: RuntimeSettings | None = None
) -> Searcher:
    """Load the built index and the models it needs into a Searcher."""
    index = load_index(settings.index_dir)
    built_with = index.manifest.get("model")
    if built_with != settings.model:
        raise IndexNotBuiltError(
            detail=f"the index in {settings.index_dir} was built with model {built_with!r}, but the configured model "
            f"is {settings.model!r}: run `python -m knowledge build`"
        )
    model = embedder or SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    return Searcher(index, embedder=model, analyzer=make_analyzer(settings), settings=settings, runtime=runtime)


def searcher_for_entries(
    entries: list[FaqEntry], settings: KnowledgeSettings, *, embedder: Embedder | None = None,
    analyzer: MorphAnalyzer | None = None, progress: bool = False, runtime: RuntimeSettings | None = None,
    model: RankingModel | None = None,
) -> Searcher:
    """A Searcher over a fresh in-memory index of ``entries`` (for evaluation)."""
    embedder_ = embedder or SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    morph = analyzer or make_analyzer(settings)
    index = build_index(entries, embedder=embedder_, analyzer=morph,
                        fingerprint=corpus_fingerprint(entries, model=settings.model),
                        batch_size=settings.embed_batch_size, progress=progress)
    return Searcher(index, embedder=embedder_, analyzer=morph, settings=settings, runtime=runtime, model=model)
