"""What the staff loop is worth to the search, held out: questions of earlier labelled sets are "logged", the ones
the search did not answer right (abstained or answered wrong; variant ``all``: every in-scope one) are attached by
staff to their expected entry as alternative questions, and later sets that were never attached are scored.

    .venv/bin/python bench/bench_staff_loop_gain.py --cache /tmp/s28/vectors.pkl --work /tmp/s28/loop

The loop runs on a copy of ``../shared/eval/faq.csv`` through the product's own path: each question goes through
the page's ``clean_alternative`` and ``knowledge.alternatives.add_alternative_question`` (the CSV's 別の聞き方 column),
and after each logged set ``rebuild_searcher`` rebuilds the index incrementally and reopens the search, which picks
its ranking model by the corpus rule (``packaged_model_path``: the alternatives model once half of the entries list
alternative questions). Variant ``missed`` is sequential: set k is answered by the search as it stands after sets
1..k-1 were attached (its figures are printed as they arrive: held out too), and only its misses are attached;
``abstained`` attaches only the abstentions (the page lists a wrong answer only when the citizen marks it unhelpful).
Out-of-scope questions are never attached. Each snapshot (after 0, 1, 2, 4, 8, 16 logged sets; newest set first:
faq-20, faq-19, ...) answers faq-21..25 with the product's choice and with each packaged model forced. Figures are
``knowledge eval``'s (``score_outcomes``): P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style.
Differences from the page: the page attaches one wording per group of similar questions (the most asked, or one
staff type), here every logged miss is attached one by one (an upper bound on what staff write), and the page
rebuilds after every attach, here once per logged set (the same index: the rebuild is from the corpus files).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.plain_support import FAQ_CORPUS, faq_set, figures  # noqa: E402
from bench.staff_loop_support import (  # noqa: E402
    CachingEmbedder,
    LoopCorpus,
    close_to_attached,
    none_answered_near,
    not_answered_right,
)
from knowledge.evaluate import OUT_OF_SCOPE, LabeledQuery, QueryOutcome, load_queries, run_queries  # noqa: E402

if TYPE_CHECKING:
    from knowledge.ranker import RankingModel

MODELS = ("product", "plain", "alternatives")


def _numbers(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-sets", type=_numbers, default=list(range(20, 4, -1)),
                        help="faq sets logged, in the order they arrive (default 20,19,...,5)")
    parser.add_argument("--eval-sets", type=_numbers, default=[21, 22, 23, 24, 25], help="never attached")
    parser.add_argument("--points", type=_numbers, default=[0, 1, 2, 4, 8, 16], help="snapshots (sets logged)")
    parser.add_argument("--variants", default="missed,abstained,all",
                        help="missed: abstained or wrong; abstained: abstained only (both sequential); all")
    parser.add_argument("--cache", type=Path, help="pickle of the embedding vectors (read, then written)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/s28-staff-loop"), help="corpus copies and indexes")
    parser.add_argument("--per-set-models", default="product", help="models printed per eval set (comma list)")
    parser.add_argument("--ratio", type=float, default=80.0,
                        help="also score without the queries this close to an attached wording (rapidfuzz ratio)")
    parser.add_argument("--check", action="store_true",
                        help="first check that scoring prepared queries equals Searcher.search on 60 queries")
    return parser


def _score(model: RankingModel, items: Sequence[object]) -> list[QueryOutcome]:
    from knowledge.tuning import outcomes_with

    return outcomes_with(model, items)  # type: ignore[arg-type]


def _check(corpus: LoopCorpus, queries: list[LabeledQuery]) -> None:
    sample = queries[:60]
    direct = run_queries(corpus.searcher, sample)
    scored = _score(corpus.searcher.model, corpus.prepared(sample, "check"))
    same = sum(a.ranked_ids == b.ranked_ids and a.abstained == b.abstained for a, b in zip(direct, scored, strict=True))
    print(f"check: prepared-then-scored equals Searcher.search on {same} of {len(sample)} queries")


def _model_name(corpus: LoopCorpus) -> str:
    from knowledge.ranker import ALTERNATIVES_MODEL_PATH, PLAIN_MODEL_PATH, packaged_model_path

    entries = corpus.searcher.index.entries
    path = packaged_model_path(entries=len(entries), with_alternatives=sum(1 for e in entries if e.questions))
    return {PLAIN_MODEL_PATH: "plain", ALTERNATIVES_MODEL_PATH: "alternatives"}.get(path, str(path))


def _snapshot(corpus: LoopCorpus, variant: str, logged: int, evals: dict[str, list[LabeledQuery]],
              forced: dict[str, RankingModel], per_set_models: set[str], ratio: float) -> dict[str, list[QueryOutcome]]:
    started = time.perf_counter()
    items = {name: corpus.prepared(queries, name) for name, queries in evals.items()}
    attached = [q for e in corpus.searcher.index.entries for q in e.questions]
    close = [c for queries in evals.values() for c in close_to_attached(queries, attached, ratio=ratio)]
    models = {"product": corpus.searcher.model, **forced}
    pooled: dict[str, list[QueryOutcome]] = {}
    print(f"\n[{variant}] {logged} set(s) logged: {corpus.attached} questions attached to "
          f"{len(corpus.entries_touched)} entries (share with alternatives {corpus.share_with_alternatives():.3f}, "
          f"product model: {_model_name(corpus)}; {corpus.present} already present, {corpus.refused} refused)")
    for label in MODELS:
        per_set = {name: _score(models[label], set_items) for name, set_items in items.items()}
        pooled[label] = [o for outcomes in per_set.values() for o in outcomes]
        if label in per_set_models:
            for name, outcomes in per_set.items():
                print(f"  {label:<12} {name:<20} {figures(outcomes)}")
        answered, near = none_answered_near(pooled[label], corpus.entries_touched)
        print(f"  {label:<12} {'pooled':<20} {figures(pooled[label])}  NONE answered {answered}, "
              f"{near} by an entry given alternatives")
        if any(close):
            far = [o for o, c in zip(pooled[label], close, strict=True) if not c]
            print(f"  {label:<12} {'pooled, new wording':<20} {figures(far)}  ({sum(close)} in-scope queries "
                  f"left out: an attached wording at ratio >= {ratio:.0f})")
    print(f"  ({time.perf_counter() - started:.0f} s)")
    return pooled


def main(argv: Sequence[str] | None = None) -> int:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ranker import ALTERNATIVES_MODEL_PATH, PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.settings import KnowledgeSettings

    args = _parser().parse_args(argv)
    embedder = CachingEmbedder(SentenceTransformerEmbedder(KnowledgeSettings().model, threads=1), args.cache)
    forced = {"plain": load_ranking_model(PLAIN_MODEL_PATH),
              "alternatives": load_ranking_model(ALTERNATIVES_MODEL_PATH)}
    evals = {f"faq-queries-{n}": load_queries(faq_set(n)) for n in args.eval_sets}
    logs = [(f"faq-queries-{n}", load_queries(faq_set(n))) for n in args.log_sets]
    points = sorted(set(args.points))
    if points[-1] > len(logs):
        print(f"error: {points[-1]} sets asked, {len(logs)} logged", file=sys.stderr)
        return 2
    sizes = {name: (sum(q.expected_id != OUT_OF_SCOPE for q in qs), sum(q.expected_id == OUT_OF_SCOPE for q in qs))
             for name, qs in evals.items()}
    print(f"corpus {FAQ_CORPUS}; eval sets (in scope, NONE): {sizes}; logged in order: {[n for n, _ in logs]}")
    print("figures: P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style P@1 (style) [targets met]")
    per_set_models = set(args.per_set_models.split(","))
    curve: list[tuple[str, int, int, str, dict[str, list[QueryOutcome]]]] = []
    for n_variant, variant in enumerate(args.variants.split(",")):
        corpus = LoopCorpus(args.work / variant, FAQ_CORPUS, embedder)
        if args.check and n_variant == 0:
            _check(corpus, next(iter(evals.values())))
        if 0 in points and n_variant == 0:
            curve.append(("none", 0, 0, _model_name(corpus),
                          _snapshot(corpus, "no loop", 0, evals, forced, per_set_models, args.ratio)))
        for step, (name, queries) in enumerate(logs[:points[-1]], start=1):
            if variant != "all":  # the search as it stands answers the set first (held out: never attached yet)
                outcomes = _score(corpus.searcher.model, corpus.prepared(queries, name))
                chosen = not_answered_right(outcomes, wrong=variant == "missed")
                model_before = _model_name(corpus)
                written = corpus.attach([(o.query.text, o.query.expected_id) for o in chosen])
                print(f"[{variant}] {name} answered by the loop so far ({model_before} model): "
                      f"{figures(outcomes)}; {len(chosen)} not answered right, {written} written")
            else:
                corpus.attach([(q.text, q.expected_id) for q in queries if q.expected_id != OUT_OF_SCOPE])
            if step in points:
                curve.append((variant, step, corpus.attached, _model_name(corpus),
                              _snapshot(corpus, variant, step, evals, forced, per_set_models, args.ratio)))
            embedder.save()
    embedder.save()
    print("\nCurve, pooled over the eval sets (variant, sets logged, questions attached, product model):")
    for variant, logged, attached, chosen_model, pooled in curve:
        for label in MODELS:
            print(f"  {variant:<6} {logged:>2} {attached:>5} {chosen_model:<12} {label:<12} {figures(pooled[label])}")
    print(f"(embedded {embedder.computed} new texts this run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
