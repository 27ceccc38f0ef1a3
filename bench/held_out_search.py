"""The held-out search of a spoken-question set: its corpus and engines loaded, and its (spoken) queries searched with
a ranking fitted on the other set's typed queries only, so typed, spoken and fixed texts are all held out. The sets
and corpora are those of ``bench/spoken_support.py``; nothing heavy happens at import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.spoken_support import DEV_CORPUS, DEV_QUERIES, OSAKI_CORPUS, OSAKI_QUERIES

if TYPE_CHECKING:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import LabeledQuery
    from knowledge.records import FaqEntry
    from knowledge.settings import KnowledgeSettings
    from voice.settings import VoiceSettings
    from voice.transcript_fix import TranscriptFixer


@dataclass(frozen=True)
class CorpusSetup:
    """What the spoken-question benches build before searching: the settings, the embedder, the corpus, the voice
    lexicon and the texts the transcript fixer takes its terms from (the safety layer is warmed up too)."""

    settings: KnowledgeSettings
    voice_settings: VoiceSettings
    embedder: SentenceTransformerEmbedder
    entries: list[FaqEntry]
    lexicon: list[tuple[str, str]]
    texts: list[str]


def corpus_setup(corpus: Path) -> CorpusSetup:
    """Load the corpus and the engines both spoken-question benches search with."""
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ingest import load_corpus
    from knowledge.settings import KnowledgeSettings
    from safety.assess import warm_up
    from voice.lexicon import read_lexicon
    from voice.settings import VoiceSettings

    settings = KnowledgeSettings()
    voice_settings = VoiceSettings()
    entries = load_corpus(corpus, csv_encoding=settings.csv_encoding)
    warm_up()
    return CorpusSetup(
        settings=settings, voice_settings=voice_settings,
        embedder=SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads), entries=entries,
        lexicon=[(e.surface, e.reading) for e in read_lexicon(voice_settings.lexicon_path)],
        texts=[t for e in entries for t in (*e.all_questions, e.answer)])


@dataclass(frozen=True)
class SetPair:
    """A spoken-question set, its corpus, and the other set whose typed queries fit the held-out ranking."""

    name: str
    corpus: Path
    queries: Path
    other_name: str
    other_corpus: Path
    other_queries: Path


SET_PAIRS = {
    "dev": SetPair("dev", DEV_CORPUS, DEV_QUERIES, "Osaki", OSAKI_CORPUS, OSAKI_QUERIES),
    "osaki": SetPair("osaki", OSAKI_CORPUS, OSAKI_QUERIES, "dev", DEV_CORPUS, DEV_QUERIES),
}


@dataclass
class HeldOutSearch:
    """The search of one set's (spoken) queries with a ranking fitted on the other set only, so typed, spoken and
    fixed texts are all held out. ``outcomes(texts)`` searches ``texts`` in place of the typed queries' texts (an
    empty text is searched as 「。」); the model is fitted once, on first use."""

    pair: SetPair
    typed: list[LabeledQuery]
    setup: CorpusSetup
    plain: Any
    others: list[Any]
    _model: Any = field(default=None, repr=False)

    def fixer(self, **options: Any) -> TranscriptFixer:
        """The transcript fixer the voice builds from this corpus and the voice lexicon (distance: the setting)."""
        from voice.transcript_fix import TranscriptFixer

        options.setdefault("max_distance", self.setup.voice_settings.transcript_fix_distance)
        return TranscriptFixer.from_texts(self.setup.texts, lexicon=self.setup.lexicon, **options)

    def outcomes(self, texts: Sequence[str]) -> list[Any]:
        """Held-out outcomes of the typed queries asked as ``texts`` (one per typed query, in order)."""
        from knowledge.tuning import fit_model, outcomes_with, prepare_items

        if self._model is None:
            self._model = fit_model(self.others)
        queries = [replace(q, text=t or "。") for q, t in zip(self.typed, texts, strict=True)]
        return list(outcomes_with(self._model, prepare_items(self.plain, queries, set_name=self.pair.name)))


def held_out_search(pair: SetPair, typed: list[LabeledQuery]) -> HeldOutSearch:
    """Load ``pair``'s corpus and engines and prepare the other set's typed queries for the held-out ranking."""
    from knowledge.evaluate import load_queries
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.tuning import prepare_items

    setup = corpus_setup(pair.corpus)
    plain = searcher_for_entries(setup.entries, setup.settings, embedder=setup.embedder, model=untrained_model())
    other_searcher = searcher_for_entries(load_corpus(pair.other_corpus), setup.settings, embedder=setup.embedder,
                                          model=untrained_model())
    others = prepare_items(other_searcher, load_queries(pair.other_queries), set_name="other")
    return HeldOutSearch(pair=pair, typed=typed, setup=setup, plain=plain, others=others)
