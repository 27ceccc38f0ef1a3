"""Two levers against a told circumstance pulling its own entry, held out (thirtieth session, docs/search-quality.md
section 17). Measured, not shipped: nothing in ``knowledge/`` reads them; this bench patches the search.

    .venv/bin/python bench/bench_circumstance_pull.py --work /tmp/s30 --base BASE.pkl --prepare syn-0.5,need-20
    .venv/bin/python bench/bench_circumstance_pull.py --work /tmp/s30 --base BASE.pkl --shipped syn-0.5,syn-0.0
    .venv/bin/python bench/bench_circumstance_pull.py --work /tmp/s30 --base BASE.pkl --folds syn-0.5 --seed 13

- **syn-W**: a term ``vocabulary.yaml`` adds to the query (亡くなる -> 死亡, 会社 -> 勤務) weighs W of a word said
  in the morpheme BM25 channel (its score and its ceiling); shipped: 1. 「わんこ 亡くなった 届け」 answers 死亡届
  through 死亡, 「会社やめて国保入るとき」 the new job's insurance entry through 勤務. The features' matches
  through synonyms (``QueryFacts.alternatives``) are unchanged.
- **need-N**: ``knowledge.need.LONG_QUERY_CHARS = N`` (shipped: 40): a question of N to 39 characters is also searched
  on its extracted need (「わんこと一緒に新しい家に移ったんだけど、わんこ関係で何か届けいる？」 ->
  「わんこ関係で何か届けいる？」) and read as a long telling.

``--base``: the preparation of dev + faq-2..26 + Osaki 1 with the shipped code (``bench.plain_support.prepare``,
pickled); only the queries a variant changes (syn: the vocabulary adds a term to the typed text, its need or its
restored kana; need: under 40 characters with a need extracted) are prepared again and spliced in, the others are
unchanged by construction (``--check N`` re-prepares N untouched ones per corpus and compares their features). faq-27
is in no preparation. ``--shipped``: the packaged plain model, unchanged (fitted on dev + faq-2..12 + Osaki 1:
faq-13..26 never fit it), per set and pooled, and the queries gained or lost at rank 1. ``--folds``: the whole plain
model refitted on dev + Osaki 1 + three of four folds of faq-2..25, answering the fourth (as section 16).
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

from bench.plain_support import FAQ_CORPUS, OSAKI, figures, print_rank1_changes, refit_by_folds  # noqa: E402
from bench.plain_support import set_number as number  # noqa: E402
from knowledge import need as need_module  # noqa: E402
from knowledge.japanese import is_kana_only  # noqa: E402
from knowledge.need import extract_need  # noqa: E402
from knowledge.normal_form import normalize  # noqa: E402
from knowledge.search import Searcher  # noqa: E402
from knowledge.sparse import BM25_K1, Bm25Index  # noqa: E402
from knowledge.tuning import PreparedItem, prepare_items  # noqa: E402


def expanded(searcher: Searcher, item: PreparedItem) -> bool:
    """Whether the vocabulary adds a term to the typed question, its need or its restored kana."""
    text = normalize(item.query.text.strip())
    variants = [text, extract_need(text), searcher.kana.restore(text) if is_kana_only(text) else None]
    analyzer = searcher.analyzer
    return any(v is not None and analyzer.terms(v) != analyzer.terms(v, expand=False) for v in variants)


def needs_now(searcher: Searcher, item: PreparedItem) -> bool:
    """Whether a question under 40 characters has a need extracted under the patched ``LONG_QUERY_CHARS``."""
    text = normalize(item.query.text.strip())
    return len(text) < 40 and need_module.extract_need(text) is not None


class WeightedMorph:
    """The morpheme index with the terms not in ``said`` weighing ``weight`` (score and ceiling)."""

    def __init__(self, index: Bm25Index, said: set[str], weight: float) -> None:
        self.index, self.said, self.weight = index, said, weight

    def scores(self, query_terms: Sequence[str]) -> tuple[np.ndarray, float]:
        index = self.index
        unique = list(dict.fromkeys(query_terms))
        share = [1.0 if t in self.said else self.weight for t in unique]
        known = [(index.vocab[t], w) for t, w in zip(unique, share, strict=True) if t in index.vocab]
        ceiling = (BM25_K1 + 1) * (sum(float(index.idf[i]) * w for i, w in known) + index.unknown_idf * sum(
            w for t, w in zip(unique, share, strict=True) if t not in index.vocab))
        if not known:
            return np.zeros(index.n_docs, dtype=np.float32), max(ceiling, 1e-6)
        rows = np.array([i for i, _ in known])
        total = np.asarray(index.weights[rows].T @ np.array([w for _, w in known], dtype=np.float32))
        return total.astype(np.float32).ravel(), max(ceiling, 1e-6)


def weighted_channels(weight: float) -> Callable[..., Any]:
    """``Searcher._channels`` with the vocabulary's added terms weighing ``weight`` in the morpheme channel."""
    original = Searcher._channels

    def channels(self: Searcher, text: str, pool: int) -> Any:
        morph = self.index.morph
        self.index.morph = WeightedMorph(morph, set(self.analyzer.terms(text, expand=False)), weight)  # type: ignore[assignment]
        try:
            return original(self, text, pool)
        finally:
            self.index.morph = morph

    return channels


def reprepare(base: Sequence[PreparedItem], variant: str, *, check: int = 0) -> list[PreparedItem]:
    """``base`` with the queries the variant changes prepared again under it (``check``: also that many unchanged
    ones, compared with the base's features)."""
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import LabeledQuery
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings

    kind, value = variant.split("-", 1)
    original = Searcher._channels
    if kind == "syn":
        Searcher._channels = weighted_channels(float(value))  # type: ignore[method-assign]
        changed = expanded
    else:
        need_module.LONG_QUERY_CHARS = int(value)
        changed = needs_now
    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=1)
    out = list(base)
    for corpus in (FAQ_CORPUS, OSAKI[0]):
        entries = [replace(e, questions=()) for e in load_corpus(corpus)]
        searcher = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
        mine = [n for n, item in enumerate(base) if Path(item.corpus_name).name == corpus.name]
        positions = [n for n in mine if changed(searcher, base[n])]
        same = [n for n in mine if not changed(searcher, base[n])][:check]
        for n in positions + same:
            item = base[n]
            query: LabeledQuery = item.query
            (fresh,) = prepare_items(searcher, [query], set_name=item.set_name, corpus_name=item.corpus_name)
            if n in same:
                assert np.allclose(fresh.prepared.rows, item.prepared.rows), item.query.text
            else:
                out[n] = fresh
        print(f"{variant} {corpus.name}: {len(positions)} queries prepared again", flush=True)
    Searcher._channels = original  # type: ignore[method-assign]
    need_module.LONG_QUERY_CHARS = 40
    return out


def shipped(prepared: dict[str, list[PreparedItem]]) -> None:
    from bench.plain_support import shipped_outcomes_by_set

    results = shipped_outcomes_by_set(prepared)
    names = [n for n in sorted(results["base"], key=number) if number(n) >= 13]
    for name in names:
        print(name, " | ".join(f"{v} {figures(results[v][name])}" for v in results))
    for label, chosen in (("faq-13..25", range(13, 26)), ("faq-26", range(26, 27))):
        for variant in results:
            pool = [o for n in names if number(n) in chosen for o in results[variant][n]]
            print(f"{label} {variant}: {figures(pool)}")
    for variant in list(results)[1:]:
        gained, lost = print_rank1_changes(results["base"], results[variant], names, prefix=f"{variant} ")
        print(f"{variant}: faq-13..26 at rank 1: {gained} gained, {lost} lost")


def folds(prepared: dict[str, list[PreparedItem]], seed: int) -> None:
    for variant, items in prepared.items():
        fitted = [i for i in items if number(i.set_name) <= 25]  # faq-26 fits no fold
        held_out = refit_by_folds(variant, fitted, seed=seed)
        pooled = [outcome for _, outcome in held_out]
        late = [outcome for item, outcome in held_out if number(item.set_name) >= 13]
        print(f"{variant} seed {seed} pooled faq-2..25: {figures(pooled)}; faq-13..25: {figures(late)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True, help="where the variants' preparations are pickled")
    parser.add_argument("--base", type=Path, required=True, help="the shipped code's preparation (a pickle)")
    parser.add_argument("--prepare", help="comma-separated variants to prepare (syn-W, need-N)")
    parser.add_argument("--shipped", help="comma-separated prepared variants answered against the base")
    parser.add_argument("--folds", help="comma-separated prepared variants refitted against the base")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--skip-base", action="store_true", help="--folds: the variants only (no base refit)")
    parser.add_argument("--check", type=int, default=0, help="unchanged queries re-prepared and compared")
    args = parser.parse_args()
    base: list[PreparedItem] = pickle.loads(args.base.read_bytes())
    base = [i for i in base if number(i.set_name) != 27]
    if args.prepare:
        args.work.mkdir(parents=True, exist_ok=True)
        for variant in args.prepare.split(","):
            items = reprepare(base, variant, check=args.check)
            (args.work / f"{variant}-items.pkl").write_bytes(pickle.dumps(items))
    for option, run in ((args.shipped, shipped), (args.folds, folds)):
        if option:
            prepared = {"base": base}
            for variant in option.split(","):
                prepared[variant] = pickle.loads((args.work / f"{variant}-items.pkl").read_bytes())
            if run is folds:
                folds({v: i for v, i in prepared.items() if v != "base" or not args.skip_base}, args.seed)
            else:
                shipped(prepared)


if __name__ == "__main__":
    main()
