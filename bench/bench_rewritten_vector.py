"""The vocabulary-rewritten query as an extra dense vector, held out (thirty-second session, docs/search-quality.md
section 19). Section 18's lever 2 embedded the rewritten text instead of the typed one; here the typed text keeps its
vector and the rewritten text (when the vocabulary changes it) adds one, as the restored kana of a kana-only question
does. Measured by patching the search; nothing in ``knowledge/`` reads the variants.

    .venv/bin/python bench/bench_rewritten_vector.py --work /tmp/s32 --base BASE.pkl --mode max --prepare --check 10
    .venv/bin/python bench/bench_rewritten_vector.py --work /tmp/s32 --base BASE.pkl --mode max --shipped
    .venv/bin/python bench/bench_rewritten_vector.py --work /tmp/s32 --base BASE.pkl --mode max --folds --seed 13

Modes: ``max`` - the rewritten text's vector is one more variant, combined as the restored kana's is (an entry's
dense score and question-wording score are the best over the vectors; its top entries join the candidate pool);
``mean`` - the typed text's vector is replaced by the mean of the typed and the rewritten text's vectors (an entry's
dense score is then the mean of the two cosines per wording). Only the dense channel changes: the morpheme and reading
channels already read the rewritten text. ``--base``: dev + faq-2..27 + Osaki 1 prepared with the shipped code and
vocabulary (``bench.plain_support.prepare``, pickled); ``--prepare`` prepares again only the queries the vocabulary
rewrites (the typed text, its need or its restored kana) and splices them in; ``--shipped``, ``--folds-fixed``,
``--folds``: as ``bench_description_vocabulary`` (the packaged plain model; one model per block fitted on the other
blocks' base preparation, the same before and after; the plain model refitted leave-sets-out).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_description_vocabulary import counts, folds, folds_fixed, rewritten_differs, shipped  # noqa: E402
from bench.plain_support import FAQ_CORPUS, OSAKI, set_number, styles, variant_arguments  # noqa: E402
from knowledge.index import dense_scores  # noqa: E402
from knowledge.normal_form import normalize  # noqa: E402
from knowledge.search import Searcher  # noqa: E402
from knowledge.tuning import PreparedItem, prepare_items  # noqa: E402

MODES = ("max", "mean")


def extra_vector_channels(mode: str) -> Callable[..., Any]:
    """``Searcher._channels`` with the rewritten text's vector added (``max``) or averaged in (``mean``) whenever
    the vocabulary rewrites the text the channels are asked for (the typed text, its need or its restored kana)."""
    original = Searcher._channels

    def channels(self: Searcher, text: str, pool: int) -> Any:
        rewritten = self.analyzer.rewrite(text)
        if rewritten == normalize(text):
            return original(self, text, pool)
        if mode == "mean":
            embedder = self.embedder

            class Mean:
                def encode_queries(self, texts: list[str]) -> Any:
                    both = embedder.encode_queries([*texts, *(rewritten for _ in texts)])
                    return (both[: len(texts)] + both[len(texts):]) / 2

            self.embedder = Mean()  # type: ignore[assignment]
            try:
                return original(self, text, pool)
            finally:
                self.embedder = embedder
        dense, morph, reading, pool_ids, vector = original(self, text, pool)
        extra = self.embedder.encode_queries([rewritten])[0]
        extra_dense = dense_scores(self.index, extra, pool)
        # The extra vector's top entries join the pool; Searcher.prepare scores the rest of the pool with the
        # returned vector, which the patched scorers read as the best of the two (:func:`patched_scores`).
        merged = {d: max(s, extra_dense.get(d, s)) for d, s in dense.items()}
        return merged, morph, reading, pool_ids | set(extra_dense), _MaxVector(vector, extra)

    return channels


class _MaxVector(np.ndarray):
    """Marker: a query vector standing for two (read by the scorers :func:`patched_scores` installs)."""

    def __new__(cls, first: np.ndarray, second: np.ndarray) -> _MaxVector:
        obj = np.asarray(first).view(cls)
        obj.second = np.asarray(second)
        return obj

    def __array_finalize__(self, obj: Any) -> None:
        self.second = getattr(obj, "second", None)


def patched_scores() -> Callable[[], None]:
    """Make the index's per-entry scorers take the best over a :class:`_MaxVector`'s two vectors; returns the undo."""
    import knowledge.search as search

    names = ("entry_dense_scores", "question_scores")
    saved: dict[str, Callable[..., dict[int, float]]] = {name: vars(search)[name] for name in names}

    def best_of(score: Callable[..., dict[int, float]]) -> Callable[..., dict[int, float]]:
        def scored(index: Any, vector: np.ndarray, docs: Sequence[int]) -> dict[int, float]:
            second = getattr(vector, "second", None)
            first = score(index, np.asarray(vector).view(np.ndarray), docs)
            if second is None:
                return first
            other = score(index, second, docs)
            return {d: max(s, other.get(d, s)) for d, s in first.items()}
        return scored

    for name in names:
        setattr(search, name, best_of(saved[name]))

    def undo() -> None:
        for name, score in saved.items():
            setattr(search, name, score)

    return undo


def reprepare(base: Sequence[PreparedItem], mode: str, *, check: int = 0) -> list[PreparedItem]:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings

    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=1)
    out = list(base)
    original = Searcher._channels
    for corpus in (FAQ_CORPUS, OSAKI[0]):
        entries = [replace(e, questions=()) for e in load_corpus(corpus)]
        searcher = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
        mine = [n for n, item in enumerate(base) if Path(item.corpus_name).name == corpus.name]
        positions = [n for n in mine if rewritten_differs(searcher, base[n].query.text)]
        chosen = set(positions)
        same = [n for n in mine if n not in chosen][:check]
        Searcher._channels = extra_vector_channels(mode)  # type: ignore[method-assign]
        undo = patched_scores() if mode == "max" else (lambda: None)
        try:
            for n in positions + same:
                item = base[n]
                (fresh,) = prepare_items(searcher, [item.query], set_name=item.set_name, corpus_name=item.corpus_name)
                if n in chosen:
                    out[n] = fresh
                else:
                    assert np.allclose(fresh.prepared.rows, item.prepared.rows), item.query.text
        finally:
            Searcher._channels = original  # type: ignore[method-assign]
            undo()
        print(f"{corpus.name}: {len(positions)} queries prepared again", flush=True)
    return out


def shipped_counts(prepared: dict[str, list[PreparedItem]]) -> None:
    """The shipped model's pooled counts (precision and NONE recall to one question) and P@1 per style."""
    from knowledge.ranker import PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.tuning import outcomes_with

    model = load_ranking_model(PLAIN_MODEL_PATH)
    for variant, items in prepared.items():
        for label, chosen in (("faq-13..26", range(13, 27)), ("faq-27", range(27, 28)), ("faq-2..27", range(2, 28))):
            faq = [i for i in items if Path(i.corpus_name).name == FAQ_CORPUS.name and set_number(i.set_name) in chosen]
            outcomes = outcomes_with(model, faq)
            print(f"{label} {variant}: {counts(outcomes)}; {styles(outcomes)}", flush=True)


def main() -> None:
    parser = variant_arguments(argparse.ArgumentParser())
    parser.add_argument("--mode", choices=MODES, required=True)
    args = parser.parse_args()
    base: list[PreparedItem] = pickle.loads(args.base.read_bytes())
    name = f"vec-{args.mode}"
    path = args.work / f"{name}-items.pkl"
    if args.prepare:
        path.write_bytes(pickle.dumps(reprepare(base, args.mode, check=args.check)))
    prepared = {"base": base, name: pickle.loads(path.read_bytes())}
    if args.shipped:
        shipped(prepared)
        shipped_counts(prepared)
    if args.folds_fixed:
        folds_fixed(base, prepared[name], name, args.seed)
    if args.folds:
        folds({v: i for v, i in prepared.items() if v != "base" or not args.skip_base}, args.seed)


if __name__ == "__main__":
    main()
