"""The vocabulary-rewritten query as a re-ranker column kept out of the gates' features, refitted held out
(thirty-second session, helper S34; docs/search-quality.md section 21).

Section 19 added the rewritten text's vector to the dense channel (``bench_rewritten_vector``): P@1 and coverage rose,
but NONE recall fell on every judgement, since the scope gate reads the dense similarity the rewrite raises. Here the
dense channel, the candidate pool and every gate feature stay the typed text's; the rewrite gets a column of its own in
the re-ranker, ``rewritten_dense``: the dense score each candidate would have if the dense channel embedded the
vocabulary-rewritten text (the typed text, its need and its restored kana each rewritten, best cosine per entry, as
``dense`` is), which is ``dense`` itself when the vocabulary rewrites none of them. The gates see the rewrite only
through the re-ranker's probabilities (top_p, second_p, lead_p) and its order.

    .venv/bin/python bench/bench_rewritten_column.py --work /tmp/s34 --base BASE.pkl --prepare --check 20
    .venv/bin/python bench/bench_rewritten_column.py --work /tmp/s34 --base BASE.pkl --folds --seed 13   # and 1

``--base``: dev + faq-2..27 + Osaki 1 prepared with the shipped code and vocabulary (``bench.plain_support.prepare``
pickled; section 18's final preparation). ``--prepare`` appends the column: a copy of ``dense`` for the queries the
vocabulary does not rewrite, the cosines of the rewritten texts' embeddings with the candidates for the ones it does
(``--check N``: N untouched queries computed the long way and compared with the copy). ``--folds``: faq-2..25 in four
blocks of six sets, each answered by the plain model refitted (re-ranker, gates, thresholds by the plain rule) on the
other blocks + dev + Osaki 1, before (the 28 shipped columns) and after (29); ``--skip-base`` the variant only;
``--lift`` the column as ``rewritten_dense - dense`` (0 when nothing is rewritten). ``--pinned``: the refit answered
with its own and with the base refit's thresholds per block, the changes split by rewritten and untouched queries.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_description_vocabulary import counts  # noqa: E402
from bench.plain_support import (  # noqa: E402
    FAQ_CORPUS,
    OSAKI,
    figures,
    outcomes_by_set,
    print_rank1_changes,
    refit_by_folds,
    set_number,
    styles,
)
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome  # noqa: E402
from knowledge.index import entry_dense_scores  # noqa: E402
from knowledge.japanese import is_kana_only  # noqa: E402
from knowledge.need import extract_need  # noqa: E402
from knowledge.normal_form import normalize  # noqa: E402
from knowledge.search import Searcher  # noqa: E402
from knowledge.tuning import PreparedItem  # noqa: E402

COLUMN = "rewritten_dense"
LIFT = "rewritten_lift"  # --lift: the column minus dense (0 when the vocabulary rewrites nothing)


def variants(searcher: Searcher, text: str) -> list[str]:
    """The texts the dense channel embeds for a query (as ``Searcher.prepare``): the typed text, its need, its
    restored kana (when it differs)."""
    text = normalize(text.strip())
    need = extract_need(text)
    restored = searcher.kana.restore(text) if is_kana_only(text) else text
    return [text, *([need] if need is not None else []), *([restored] if restored != text else [])]


def rewritten_column(searcher: Searcher, text: str, docs: Sequence[int]) -> tuple[list[float], bool, float]:
    """Per candidate: the best cosine over the query's texts, each as the vocabulary rewrites it; whether any text
    is rewritten; the milliseconds the extra embedding and scoring take (0 when none is)."""
    texts = variants(searcher, text)
    rewritten = [searcher.analyzer.rewrite(v) for v in texts]
    changed = any(r != v for r, v in zip(rewritten, texts, strict=True))
    started = time.perf_counter()
    best = {d: -1.0 for d in docs}
    for vector in searcher.embedder.encode_queries(rewritten):
        for d, s in entry_dense_scores(searcher.index, vector, list(docs)).items():
            best[d] = max(best[d], s)
    return [best[d] for d in docs], changed, (time.perf_counter() - started) * 1000


def with_column(item: PreparedItem, column: Sequence[float] | np.ndarray) -> PreparedItem:
    rows = np.hstack([item.prepared.rows, np.asarray(column, dtype=np.float64).reshape(-1, 1)])
    return replace(item, prepared=replace(item.prepared, rows=rows))


def prepare_column(base: Sequence[PreparedItem], *, check: int = 0) -> list[PreparedItem]:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.features import RANK_FEATURES
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings

    dense = RANK_FEATURES.index("dense")
    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=1)
    out = [with_column(item, item.prepared.rows[:, dense]) for item in base]
    for corpus in (FAQ_CORPUS, OSAKI[0]):
        entries = [replace(e, questions=()) for e in load_corpus(corpus)]
        searcher = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
        mine = [n for n, item in enumerate(base) if Path(item.corpus_name).name == corpus.name]
        changed_positions: list[int] = []
        checked = 0
        added: list[float] = []
        for n in mine:
            item = base[n]
            texts = variants(searcher, item.query.text)
            if all(searcher.analyzer.rewrite(v) == v for v in texts):
                if checked < check:  # the long way must give the copy of `dense`
                    checked += 1
                    column, _, _ = rewritten_column(searcher, item.query.text,
                                                    [c.doc for c in item.prepared.candidates])
                    assert np.allclose(column, item.prepared.rows[:, dense], atol=1e-5), item.query.text
                continue
            column, changed, ms = rewritten_column(searcher, item.query.text,
                                                   [c.doc for c in item.prepared.candidates])
            assert changed
            added.append(ms)
            out[n] = with_column(item, column)
            changed_positions.append(n)
        share = len(changed_positions) / max(1, len(mine))
        print(f"{corpus.name}: {len(changed_positions)} of {len(mine)} queries rewritten ({share:.3f}); "
              f"{checked} unchanged checked; extra ms per rewritten query: mean {statistics.mean(added or [0]):.1f}, "
              f"median {statistics.median(added or [0]):.1f}, p95 "
              f"{np.percentile(added, 95) if added else 0:.1f}; per query over all "
              f"{sum(added) / max(1, len(mine)):.1f}", flush=True)
    return out


def differences(items: Sequence[PreparedItem]) -> None:
    """How far the column moves from ``dense`` on the rewritten queries (candidates' mean change, rank-1 flips)."""
    deltas, flips, rewritten = [], 0, 0
    for item in items:
        rows = item.prepared.rows
        delta = rows[:, -1] - rows[:, 1]
        if np.any(np.abs(delta) > 1e-6):
            rewritten += 1
            deltas.append(float(np.mean(delta)))
            flips += int(np.argmax(rows[:, -1]) != np.argmax(rows[:, 1]))
    print(f"column differs from dense on {rewritten} queries; mean change {statistics.mean(deltas or [0]):+.4f}; "
          f"best candidate by the column differs on {flips}", flush=True)


def rewritten(item: PreparedItem, *, lift: bool = False) -> bool:
    """Whether the vocabulary rewrites the item's query (its last column differs from dense, or is not 0)."""
    rows = item.prepared.rows
    return bool(np.any(np.abs(rows[:, -1] - (0.0 if lift else rows[:, 1])) > 1e-6))


def print_split(label: str, before: Sequence[QueryOutcome], after: Sequence[QueryOutcome],
                flags: Sequence[bool]) -> None:
    """Rank-1 changes, NONE questions answered and in-scope answers given (right, wrong), before -> after, for the
    queries the vocabulary rewrites and for the others (the outcomes in the same order, one flag each)."""
    for flag in (True, False):
        pairs = [(b, a) for b, a, f in zip(before, after, flags, strict=True) if f == flag]
        none = [(b, a) for b, a in pairs if b.query.expected_id == OUT_OF_SCOPE]
        scoped = [(b, a) for b, a in pairs if b.query.expected_id != OUT_OF_SCOPE]

        def given(outcomes: Sequence[QueryOutcome], right: bool) -> int:
            return sum(not o.abstained and (o.rank == 1) == right for o in outcomes)

        was, now = [b for b, _ in scoped], [a for _, a in scoped]
        print(f"{label} {'rewritten' if flag else 'untouched'} ({len(pairs)} queries): rank 1 "
              f"+{sum(a.rank == 1 and b.rank != 1 for b, a in scoped)} "
              f"-{sum(b.rank == 1 and a.rank != 1 for b, a in scoped)}; NONE answered "
              f"{sum(not b.abstained for b, _ in none)} -> {sum(not a.abstained for _, a in none)} of "
              f"{len(none)}; in scope answered right {given(was, True)} -> {given(now, True)}, wrong "
              f"{given(was, False)} -> {given(now, False)}", flush=True)


def run_folds(prepared: dict[str, list[PreparedItem]], seed: int) -> dict[str, list[tuple[PreparedItem, QueryOutcome]]]:
    import knowledge.features as features
    import knowledge.tuning as tuning

    shipped = features.RANK_FEATURES
    held: dict[str, list[tuple[PreparedItem, QueryOutcome]]] = {}
    for variant, items in prepared.items():
        names: tuple[str, ...] = shipped if variant == "base" else (*shipped, variant)
        tuning.RANK_FEATURES = names  # type: ignore[attr-defined,assignment]  # the fitted ranker's names
        try:
            fitted = [i for i in items if set_number(i.set_name) <= 25]
            held[variant] = refit_by_folds(variant, fitted, seed=seed)
        finally:
            tuning.RANK_FEATURES = shipped  # type: ignore[attr-defined]
        pooled = [o for _, o in held[variant]]
        late = [o for i, o in held[variant] if set_number(i.set_name) >= 13]
        print(f"{variant} seed {seed} pooled faq-2..25: {figures(pooled)}; faq-13..25: {figures(late)}", flush=True)
        print(f"{variant} seed {seed} pooled faq-2..25 counts: {counts(pooled)}", flush=True)
        print(f"{variant} seed {seed} pooled styles: {styles(pooled)}", flush=True)
    if "base" in held and len(held) > 1:
        before = outcomes_by_set([i for i, _ in held["base"]], [o for _, o in held["base"]])
        for variant in [v for v in held if v != "base"]:
            after = outcomes_by_set([i for i, _ in held[variant]], [o for _, o in held[variant]])
            set_names = sorted(before, key=set_number)
            gained, lost = print_rank1_changes(before, after, set_names, prefix=f"{variant} ")
            print(f"{variant} seed {seed}: faq-2..25 at rank 1: {gained} gained, {lost} lost", flush=True)
            flips = [(was, now) for name in set_names for was, now in zip(before[name], after[name], strict=True)
                     if was.query.expected_id == OUT_OF_SCOPE and was.abstained != now.abstained]
            flags = [rewritten(i, lift=variant == LIFT) for i, _ in held[variant]]
            print_split(f"{variant} seed {seed}", [o for _, o in held["base"]], [o for _, o in held[variant]], flags)
            for was, now in flips:
                print(f"  {variant} NONE {'answered' if not now.abstained else 'refused'} now: {was.query.text} "
                      f"-> {now.ranked_ids[:1]} conf {now.confidence:.2f}", flush=True)
    return held


def same_thresholds(base: Sequence[PreparedItem], variant: Sequence[PreparedItem], seed: int) -> None:
    """The refit's effect without its threshold move: each block answered by the variant's refitted model with the
    base refit's (gate, scope) thresholds of that block, and the NONE and rank-1 flips split by whether the query
    is rewritten (the column differs from ``dense``)."""
    import knowledge.features as features
    import knowledge.tuning as tuning
    from bench.plain_support import FAQ_SET_FOLDS
    from knowledge.thresholds import rule_for

    shipped = features.RANK_FEATURES
    pooled: dict[str, list[QueryOutcome]] = {"base": [], "own": [], "base-thresholds": []}
    rewritten_flag: list[bool] = []
    for fold in FAQ_SET_FOLDS:
        train_b = [i for i in base if set_number(i.set_name) <= 25 and set_number(i.set_name) not in fold]
        train_v = [i for i in variant if set_number(i.set_name) <= 25 and set_number(i.set_name) not in fold]
        model_b = tuning.fit_model(train_b, seed=seed, rule=rule_for(plain=True))
        tuning.RANK_FEATURES = (*shipped, COLUMN)  # type: ignore[attr-defined,assignment]
        try:
            model_v = tuning.fit_model(train_v, seed=seed, rule=rule_for(plain=True))
        finally:
            tuning.RANK_FEATURES = shipped  # type: ignore[attr-defined]
        pinned = replace(model_v, threshold=model_b.threshold, scope_threshold=model_b.scope_threshold)
        test_b = [i for i in base if set_number(i.set_name) in fold]
        test_v = [i for i in variant if set_number(i.set_name) in fold]
        rewritten_flag += [rewritten(i) for i in test_v]
        for label, model, test in (("base", model_b, test_b), ("own", model_v, test_v),
                                   ("base-thresholds", pinned, test_v)):
            outcomes = tuning.outcomes_with(model, test)
            pooled[label] += outcomes
            print(f"pinned {label} seed {seed} faq-{fold[0]}..{fold[-1]} (gate {model.threshold:.2f}, scope "
                  f"{model.scope_threshold:.2f}): {figures(outcomes)}", flush=True)
    for label, outcomes in pooled.items():
        print(f"pinned {label} seed {seed} pooled faq-2..25: {figures(outcomes)}; {counts(outcomes)}", flush=True)
    for label in ("own", "base-thresholds"):
        print_split(f"pinned {label} seed {seed}", pooled["base"], pooled[label], rewritten_flag)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--check", type=int, default=0)
    parser.add_argument("--folds", action="store_true")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--skip-base", action="store_true")
    parser.add_argument("--lift", action="store_true", help="--folds: the column as rewritten_dense - dense")
    parser.add_argument("--pinned", action="store_true", help="the refit with the base refit's thresholds per block, "
                        "and the flips split by rewritten / untouched queries")
    args = parser.parse_args()
    base: list[PreparedItem] = pickle.loads(args.base.read_bytes())
    path = args.work / "column-items.pkl"
    if args.prepare:
        args.work.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(prepare_column(base, check=args.check)))
    variant: list[PreparedItem] = pickle.loads(path.read_bytes())
    differences(variant)
    if args.folds:
        name = LIFT if args.lift else COLUMN
        if args.lift:
            variant = [with_column(replace(i, prepared=replace(i.prepared, rows=i.prepared.rows[:, :-1])),
                                   i.prepared.rows[:, -1] - i.prepared.rows[:, 1]) for i in variant]
        prepared = {"base": base, name: variant} if not args.skip_base else {name: variant}
        run_folds(prepared, args.seed)
    if args.pinned:
        same_thresholds(base, variant, args.seed)


if __name__ == "__main__":
    main()
