"""Vocabulary lines for the "described, not named" kind, held out (thirty-first session, docs/search-quality.md
section 18). Measured against the shipped vocabulary; nothing in ``knowledge/`` reads the variant file.

    .venv/bin/python bench/bench_description_vocabulary.py --work /tmp/s31 --base BASE.pkl \
        --vocabulary /tmp/s31/vocab-desc.yaml --name desc --prepare
    .venv/bin/python bench/bench_description_vocabulary.py --work /tmp/s31 --base BASE.pkl --name desc --shipped
    .venv/bin/python bench/bench_description_vocabulary.py --work /tmp/s31 --base BASE.pkl --name desc --folds --seed 13

``--base``: dev + faq-2..27 (since the thirty-third session also faq-28 and faq-29, since the thirty-fourth faq-30,
since the thirty-fifth faq-31 and faq-32, since the thirty-sixth faq-33, since the thirty-seventh faq-34, since the
thirty-eighth faq-35, since the thirty-ninth faq-36, since the fortieth faq-37, since the forty-first faq-38, since
the forty-second faq-39, since the forty-third faq-40, since the forty-fourth faq-41, since the forty-fifth faq-42,
since the forty-sixth faq-43, since the forty-seventh faq-44, since the forty-eighth faq-45) +
Osaki 1 prepared with the shipped code and vocabulary (``bench.plain_support.prepare``, pickled). ``--prepare``: the
queries whose analysis the variant vocabulary changes (the rewritten text, the terms of the text, of its extracted
need or of its restored kana, or the kana restoration itself) are prepared again under it and spliced in; a corpus
with an entry the variant's rewrites change is prepared again whole (Osaki 1: its answers say 顔写真付きのカード);
``--check N`` re-prepares N untouched faq queries and compares their features.
``--shipped``: the packaged plain model (fitted on dev + faq-2..12 + Osaki 1: faq-13..45 never fit it), per set,
pooled and the queries gained or lost at rank 1 (faq-2..44 held out; faq-45, read for section 38's lines, apart;
section 37 had faq-2..43 and faq-44, section 36 had faq-2..42 and faq-43, section 35 had faq-2..41 and faq-42, section
34 had faq-2..40 and faq-41, section 33 had faq-2..39 and faq-40, section 32 had faq-2..38 and faq-39, section 31 had
faq-2..37 and faq-38, section 30 faq-2..36 and faq-37, section 29 faq-2..35 and faq-36, section 28 faq-2..34 and
faq-35, section 27 faq-2..33 and faq-34, section 26 faq-2..32 and faq-33, section 25 faq-2..30 and faq-31..32, section
23 faq-2..29 and faq-30).
``--folds``: the plain model refitted on dev + Osaki 1 + three of four folds of faq-2..25, answering the fourth
(sections 16-17); faq-26..34 fit no fold.
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
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome  # noqa: E402
from knowledge.japanese import is_kana_only  # noqa: E402
from knowledge.need import extract_need  # noqa: E402
from knowledge.normal_form import normalize  # noqa: E402
from knowledge.search import Searcher  # noqa: E402
from knowledge.tuning import PreparedItem, outcomes_with, prepare_items  # noqa: E402


def analysis(searcher: Searcher, text: str) -> tuple[object, ...]:
    """What the vocabulary shapes in a query's analysis: rewritten text and terms of the text, its need and its
    restored kana."""
    text = normalize(text.strip())
    restored = searcher.kana.restore(text) if is_kana_only(text) else None
    variants = [text, extract_need(text), restored]
    analyzer = searcher.analyzer
    return (restored, *((analyzer.rewrite(v), tuple(analyzer.terms(v))) if v else None for v in variants))


def corpus_changed(old: Searcher, new: Searcher) -> bool:
    """Whether the variant's rewrites change any entry's text (then the index differs)."""
    return any(old.analyzer.rewrite(t) != new.analyzer.rewrite(t)
               for e in old.index.entries for t in (e.question, e.answer))


def rewritten_channels() -> Callable[..., Any]:
    """``Searcher._channels`` with the dense channel embedding the text as the vocabulary rewrites it (dialect
    endings and everyday phrasings folded, as the morpheme and reading channels already read it)."""
    original = Searcher._channels

    def channels(self: Searcher, text: str, pool: int) -> Any:
        embedder = self.embedder
        rewrite = self.analyzer.rewrite

        class Rewritten:
            def encode_queries(self, texts: list[str]) -> Any:
                return embedder.encode_queries([rewrite(t) for t in texts])

        self.embedder = Rewritten()  # type: ignore[assignment]
        try:
            return original(self, text, pool)
        finally:
            self.embedder = embedder

    return channels


def rewritten_differs(searcher: Searcher, text: str) -> bool:
    """Whether the vocabulary rewrites the text, its need or its restored kana (what the dense channel embeds)."""
    text = normalize(text.strip())
    variants = [text, extract_need(text), searcher.kana.restore(text) if is_kana_only(text) else None]
    return any(v is not None and searcher.analyzer.rewrite(v) != v for v in variants)


def reprepare(base: Sequence[PreparedItem], vocabulary: Path | None, *, embed_rewritten: bool = False,
              check: int = 0) -> list[PreparedItem]:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings

    shipped = KnowledgeSettings()
    variant = shipped.model_copy(update={"vocabulary_path": vocabulary}) if vocabulary else shipped
    original = Searcher._channels
    embedder = SentenceTransformerEmbedder(shipped.model, threads=1)
    out = list(base)
    for corpus in (FAQ_CORPUS, OSAKI[0]):
        entries = [replace(e, questions=()) for e in load_corpus(corpus)]
        old = searcher_for_entries(entries, shipped, embedder=embedder, model=untrained_model())
        new = searcher_for_entries(entries, variant, embedder=embedder, model=untrained_model())
        mine = [n for n, item in enumerate(base) if Path(item.corpus_name).name == corpus.name]
        whole = corpus_changed(old, new)
        positions = mine if whole else [
            n for n in mine if analysis(old, base[n].query.text) != analysis(new, base[n].query.text)
            or (embed_rewritten and rewritten_differs(new, base[n].query.text))]
        if embed_rewritten:
            Searcher._channels = rewritten_channels()  # type: ignore[method-assign]
        same = [] if whole else [n for n in mine if n not in set(positions)][:check]
        for n in positions + same:
            item = base[n]
            (fresh,) = prepare_items(new, [item.query], set_name=item.set_name, corpus_name=item.corpus_name)
            if n in same:
                assert np.allclose(fresh.prepared.rows, item.prepared.rows), item.query.text
            else:
                out[n] = fresh
        Searcher._channels = original  # type: ignore[method-assign]
        print(f"{corpus.name}: {len(positions)} queries prepared again{' (entries changed)' if whole else ''}",
              flush=True)
    return out


def shipped(prepared: dict[str, list[PreparedItem]]) -> None:
    from bench.plain_support import shipped_outcomes_by_set

    results = shipped_outcomes_by_set(prepared)
    names = sorted(results["base"], key=number)
    for name in names:
        print(name, " | ".join(f"{v} {figures(results[v][name])}" for v in results))
    for label, chosen in (("faq-2..12 (fitted)", range(2, 13)), ("faq-13..21", range(13, 22)),
                          ("faq-22..26", range(22, 27)), ("faq-13..26", range(13, 27)), ("faq-27", range(27, 28)),
                          ("faq-13..27", range(13, 28)), ("faq-28", range(28, 29)), ("faq-13..28", range(13, 29)),
                          ("faq-29", range(29, 30)), ("faq-2..28", range(2, 29)), ("faq-13..29", range(13, 30)),
                          ("faq-2..29", range(2, 30)), ("faq-30", range(30, 31)), ("faq-13..30", range(13, 31)),
                          ("faq-2..30", range(2, 31)), ("faq-31", range(31, 32)), ("faq-32", range(32, 33)),
                          ("faq-31..32", range(31, 33)), ("faq-13..32", range(13, 33)), ("faq-2..32", range(2, 33)),
                          ("faq-33", range(33, 34)), ("faq-13..33", range(13, 34)), ("faq-2..33", range(2, 34)),
                          ("faq-34", range(34, 35)), ("faq-13..34", range(13, 35)), ("faq-2..34", range(2, 35)),
                          ("faq-35", range(35, 36)), ("faq-13..35", range(13, 36)), ("faq-2..35", range(2, 36)),
                          ("faq-36", range(36, 37)), ("faq-13..36", range(13, 37)), ("faq-2..36", range(2, 37)),
                          ("faq-37", range(37, 38)), ("faq-13..37", range(13, 38)), ("faq-2..37", range(2, 38)),
                          ("faq-38", range(38, 39)), ("faq-13..38", range(13, 39)), ("faq-2..38", range(2, 39)),
                          ("faq-39", range(39, 40)), ("faq-13..39", range(13, 40)), ("faq-2..39", range(2, 40)),
                          ("faq-40", range(40, 41)), ("faq-13..40", range(13, 41)), ("faq-2..40", range(2, 41)),
                          ("faq-41", range(41, 42)), ("faq-13..41", range(13, 42)), ("faq-2..41", range(2, 42)),
                          ("faq-42", range(42, 43)), ("faq-13..42", range(13, 43)), ("faq-2..42", range(2, 43)),
                          ("faq-43", range(43, 44)), ("faq-13..43", range(13, 44)), ("faq-2..43", range(2, 44)),
                          ("faq-44", range(44, 45)), ("faq-13..44", range(13, 45)), ("faq-2..44", range(2, 45)),
                          ("faq-45", range(45, 46))):
        for variant in results:
            pool = [o for n in names if number(n) in chosen for o in results[variant][n]]
            print(f"{label} {variant}: {figures(pool)}; {counts(pool)}")
    held_out = [n for n in names if 2 <= number(n) <= 44]  # faq-45 was read for the forty-eighth session's lines
    for variant in list(results)[1:]:
        for label, sets in (("faq-2..44", held_out), ("faq-45", [n for n in names if number(n) == 45])):
            gained, lost = print_rank1_changes(results["base"], results[variant], sets, prefix=f"{variant} ")
            print(f"{variant}: {label} at rank 1: {gained} gained, {lost} lost")


def folds(prepared: dict[str, list[PreparedItem]], seed: int) -> None:
    for variant, items in prepared.items():
        fitted = [i for i in items if number(i.set_name) <= 25]
        held_out = refit_by_folds(variant, fitted, seed=seed)
        pooled = [outcome for _, outcome in held_out]
        late = [outcome for item, outcome in held_out if number(item.set_name) >= 13]
        print(f"{variant} seed {seed} pooled faq-2..25: {figures(pooled)}; faq-13..25: {figures(late)}", flush=True)
        print(f"{variant} seed {seed} pooled faq-2..25 counts: {counts(pooled)}", flush=True)


def folds_fixed(base: Sequence[PreparedItem], variant: Sequence[PreparedItem], name: str, seed: int) -> None:
    """What shipping the vocabulary does, held out: each block of faq-2..25 answered, before and after, by the same
    plain model refitted on the other blocks' base preparation (the model does not change with the vocabulary)."""
    from bench.plain_support import FAQ_SET_FOLDS
    from knowledge.thresholds import rule_for
    from knowledge.tuning import fit_model

    pooled: dict[str, list[QueryOutcome]] = {"base": [], name: []}
    for fold in FAQ_SET_FOLDS:
        model = fit_model([i for i in base if number(i.set_name) <= 25 and number(i.set_name) not in fold],
                          seed=seed, rule=rule_for(plain=True))
        for label, items in (("base", base), (name, variant)):
            outcomes = outcomes_with(model, [i for i in items if number(i.set_name) in fold])
            pooled[label] += outcomes
            print(f"fixed {label} seed {seed} faq-{fold[0]}..{fold[-1]} (gate {model.threshold:.2f}, scope "
                  f"{model.scope_threshold:.2f}): {figures(outcomes)}", flush=True)
    for label, outcomes in pooled.items():
        print(f"fixed {label} seed {seed} pooled faq-2..25: {figures(outcomes)}; {counts(outcomes)}", flush=True)


def counts(outcomes: Sequence[QueryOutcome]) -> str:
    """The pooled figures as counts: right first answers, answered (right), out-of-scope questions answered."""
    scoped = [o for o in outcomes if o.query.expected_id != OUT_OF_SCOPE]
    answered = [o for o in scoped if not o.abstained]
    none = [o for o in outcomes if o.query.expected_id == OUT_OF_SCOPE]
    return (f"P@1 {sum(o.rank == 1 for o in scoped)} of {len(scoped)}, answered {len(answered)} "
            f"({sum(o.rank == 1 for o in answered)} right), NONE answered {sum(not o.abstained for o in none)} "
            f"of {len(none)}")


def main() -> None:
    from bench.plain_support import variant_arguments

    parser = variant_arguments(argparse.ArgumentParser())
    parser.add_argument("--name", required=True, help="the variant's name (its pickle: NAME-items.pkl)")
    parser.add_argument("--vocabulary", type=Path, help="--prepare: the variant vocabulary file")
    parser.add_argument("--embed-rewritten", action="store_true", help="--prepare: the dense channel embeds the "
                        "rewritten text")
    args = parser.parse_args()
    base: list[PreparedItem] = pickle.loads(args.base.read_bytes())
    path = args.work / f"{args.name}-items.pkl"
    if args.prepare:
        path.write_bytes(pickle.dumps(reprepare(base, args.vocabulary, embed_rewritten=args.embed_rewritten,
                                                    check=args.check)))
    prepared = {"base": base, args.name: pickle.loads(path.read_bytes())}
    if args.shipped:
        shipped(prepared)
    if args.folds_fixed:
        folds_fixed(base, prepared[args.name], args.name, args.seed)
    if args.folds:
        folds({v: i for v, i in prepared.items() if v != "base" or not args.skip_base}, args.seed)


if __name__ == "__main__":
    main()
