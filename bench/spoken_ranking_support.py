"""What bench_spoken_ranking.py reuses across its protocols: the prepared items of the two query sets (typed, the
cached Whisper transcripts through the transcript fix, a second typed set; pickled to a cache file), the shipped
model's other typed sets, and the outcomes of a fitted model with their figures, paired comparison and P@1 per style.

Nothing heavy happens at import (the search and voice modules load inside the functions).
"""

from __future__ import annotations

import pickle
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

CACHES = (ROOT / "var" / "bench" / "spoken-questions", ROOT / "var" / "bench" / "spoken-decoding" / "base")

SECOND_SETS = {"dev": ROOT / "knowledge" / "eval" / "faq-queries-2.tsv",  # over the dev corpus
               "osaki": ROOT / "knowledge" / "eval" / "osaki-queries-2.tsv"}


@dataclass
class SetItems:
    """The prepared items of one labelled set: typed, and spoken+fix for the queries with a cached transcript."""

    name: str
    typed: list[Any]
    spoken: list[Any]
    spoken_index: list[int]  # position in ``typed`` of each spoken item
    second: list[Any]  # a second typed query set over the same corpus (the size control)


def cached_heard(text: str, settings: Any) -> str | None:
    """The cached transcript of ``text`` in any of :data:`CACHES` (shipped Whisper settings)."""
    from bench.spoken_support import cached_transcript

    for cache in CACHES:
        heard = cached_transcript(text, cache, settings)
        if heard is not None:
            return str(heard)
    return None


def spoken_texts(entries: list[Any], typed: list[Any]) -> list[tuple[int, str, str]]:
    """(position, what Whisper heard, what the voice hands the chat) of every query with a cached transcript: the
    transcript fix built from ``entries`` and the voice lexicon, as the voice builds it (choose_text)."""
    from voice.lexicon import read_lexicon
    from voice.settings import VoiceSettings
    from voice.transcript_fix import TranscriptFixer, choose_text

    voice_settings = VoiceSettings()
    lexicon = [(e.surface, e.reading) for e in read_lexicon(voice_settings.lexicon_path)]
    texts = [t for e in entries for t in (*e.all_questions, e.answer)]
    fixer = TranscriptFixer.from_texts(texts, lexicon=lexicon, max_distance=voice_settings.transcript_fix_distance)
    found = []
    for n, query in enumerate(typed):
        heard = cached_heard(query.text, voice_settings)
        if heard is not None:
            found.append((n, heard, choose_text(heard, fixer)))
    return found


def prepare_set(name: str, corpus: Path, queries_path: Path, second_path: Path, embedder: Any, *,
                plain: bool = False) -> SetItems:
    """Typed and spoken+fix items of one set over its corpus (fixer built from the same corpus, as the voice)."""
    from knowledge.evaluate import load_queries
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings
    from knowledge.tuning import prepare_items

    settings = KnowledgeSettings()
    entries = load_corpus(corpus, csv_encoding=settings.csv_encoding)
    if plain:  # as `python -m knowledge tune --without-alternatives` (the plain model's Osaki set)
        entries = [replace(e, questions=()) for e in entries]
    typed = load_queries(queries_path)
    heard = spoken_texts(entries, typed)
    index = [n for n, _, _ in heard]
    spoken = [replace(typed[n], text=handed or "。") for n, _, handed in heard]
    searcher = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
    for query in typed[:3]:
        searcher.prepare(query.text)
    started = time.perf_counter()
    typed_items = prepare_items(searcher, typed, set_name=name, corpus_name=str(corpus))
    spoken_items = prepare_items(searcher, spoken, set_name=f"{name}-spoken", corpus_name=str(corpus))
    second_items = prepare_items(searcher, load_queries(second_path), set_name=second_path.name,
                                 corpus_name=str(corpus))
    print(f"{name}: {len(typed)} typed, {len(spoken)} spoken (cached), {len(second_items)} typed ({second_path.name}) "
          f"prepared in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return SetItems(name, typed_items, spoken_items, index, second_items)


def load_items(path: Path | None, *, plain: bool = False) -> dict[str, SetItems]:
    """Prepare both sets (or read them from ``path``, written on the first run)."""
    if path is not None and path.exists():
        loaded: dict[str, SetItems] = pickle.loads(path.read_bytes())
        return loaded
    from bench.spoken_support import DEV_CORPUS, DEV_QUERIES, OSAKI_CORPUS, OSAKI_QUERIES
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.settings import KnowledgeSettings
    from safety.assess import warm_up

    warm_up()
    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    sets = {"dev": prepare_set("dev", DEV_CORPUS, DEV_QUERIES, SECOND_SETS["dev"], embedder),
            "osaki": prepare_set("osaki", OSAKI_CORPUS, OSAKI_QUERIES, SECOND_SETS["osaki"], embedder,
                                  plain=plain)}
    if path is not None:
        path.write_bytes(pickle.dumps(sets))
    return sets


def relabel(items: list[Any], set_name: str) -> list[Any]:
    """The same items under another set name (``--merged``: transcripts count as the typed set)."""
    return [replace(item, set_name=set_name) for item in items]


def right(outcome: Any) -> bool:
    """In scope: the first answer is the expected entry; out of scope: the search abstained."""
    from knowledge.evaluate import OUT_OF_SCOPE

    return bool(outcome.abstained if outcome.query.expected_id == OUT_OF_SCOPE else outcome.rank == 1)


def outcomes_for(model: Any, items: list[Any], *, spoken_scope: float | None) -> list[Any]:
    """Outcomes with ``model``; ``spoken_scope``: the search's spoken scope threshold (max with the model's)."""
    from knowledge.decision import decide
    from knowledge.evaluate import MRR_DEPTH, QueryOutcome

    outcomes = []
    for item in items:
        decision = decide(model, item.prepared, item.facts)
        ranked = [item.ids[item.prepared.candidates[i].doc] for i in decision.order[:MRR_DEPTH]]
        scope = None if spoken_scope is None else max(model.scope_threshold, spoken_scope)
        outcomes.append(QueryOutcome(item.query, ranked, decision.abstains(model, scope_threshold=scope),
                                     decision.confidence, item.elapsed_ms))
    return outcomes


def line(label: str, outcomes: list[Any]) -> str:
    from knowledge.evaluate import score_outcomes

    r = score_outcomes(outcomes)
    return (f"  {label:<34} P@1 {r.p_at_1:.3f}  R@5 {r.r_at_5:.3f}  coverage {r.coverage:.3f}  "
            f"answered precision {r.answered_precision:.3f}  out of scope abstained {r.none_recall:.3f} "
            f"({r.in_scope}+{r.out_of_scope})")


def paired(before: list[Any], after: list[Any]) -> str:
    from bench.spoken_support import sign_test_p
    from knowledge.evaluate import OUT_OF_SCOPE

    parts = []
    for scope, wanted in (("in scope", False), ("out of scope", True)):
        pairs = [(a, b) for a, b in zip(before, after, strict=True) if (a.query.expected_id == OUT_OF_SCOPE) == wanted]
        gained = sum(1 for a, b in pairs if right(b) and not right(a))
        lost = sum(1 for a, b in pairs if right(a) and not right(b))
        parts.append(f"{scope}: {gained} gained, {lost} lost (p {sign_test_p(gained, lost):.2f})")
    return "; ".join(parts)


def per_style(runs: dict[str, list[Any]]) -> list[str]:
    from knowledge.evaluate import score_outcomes

    reports = {name: score_outcomes(outcomes) for name, outcomes in runs.items()}
    first = next(iter(reports.values()))
    lines = [f"  {'style':<10} {'n':>4} " + " ".join(f"{name:>16}" for name in reports)]
    for style, figures in first.per_style.items():
        cells = " ".join(f"{r.per_style.get(style, {}).get('p_at_1', 0.0):>16.3f}" for r in reports.values())
        lines.append(f"  {style:<10} {int(figures['n']):>4} {cells}")
    return lines


PRODUCT_SETS = {  # the other typed sets the shipped models are fitted on (docs/search-quality.md), per corpus
    "dev": [f"faq-queries-{n}.tsv" for n in range(2, 7)],  # the plain model (Osaki without alternatives)
    "osaki": [f"osaki-queries-{n}.tsv" for n in range(2, 5)],  # the alternatives model
}


def product_items(target: str, corpus: Path, path: Path | None) -> list[Any]:
    """The shipped model's other typed sets over ``target``'s corpus, prepared (read from ``path`` when there)."""
    if path is not None and path.exists():
        loaded: list[Any] = pickle.loads(path.read_bytes())
        return loaded
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import load_queries
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings
    from knowledge.tuning import prepare_items

    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    searcher = searcher_for_entries(load_corpus(corpus, csv_encoding=settings.csv_encoding), settings,
                                    embedder=embedder, model=untrained_model())
    items: list[Any] = []
    for name in PRODUCT_SETS[target]:
        items += prepare_items(searcher, load_queries(ROOT / "knowledge" / "eval" / name), set_name=name,
                               corpus_name=str(corpus))
    if path is not None:
        path.write_bytes(pickle.dumps(items))
    return items
