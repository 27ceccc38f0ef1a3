"""Kana questions restored with the city's vocabulary words too, held out (twenty-ninth session, section 16).

    .venv/bin/python bench/bench_kana_vocabulary.py --prepare --work /tmp/s29      # once: both preparations
    .venv/bin/python bench/bench_kana_vocabulary.py --work /tmp/s29 --shipped      # the shipped model, per set
    .venv/bin/python bench/bench_kana_vocabulary.py --work /tmp/s29 --folds --seed 13   # leave-sets-out refits

Two preparations of dev + faq-2..25 + Osaki 1 (faq-26 and later never read: the held-out set): **before**, the
restorer of the corpus's nouns only (``citizen_words`` empty, the search before this session), and **after**, this
tree's (the vocabulary's synonym keys restored where no corpus noun has the reading). ``--shipped`` answers every set
with the packaged plain model, unchanged by this session (fitted on dev + faq-2..12 + Osaki 1: faq-13..25 never fit
it) and prints per set, pooled and kana-only figures and the queries gained or lost at rank 1. ``--folds`` refits the
whole plain model (re-ranker, gates, thresholds by the plain rule, as ``knowledge tune --without-alternatives``) on
dev + Osaki 1 + three of four folds of faq-2..25 (six sets each) and answers the fourth, for both preparations.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.plain_support import DEV, faq_set, figures, outcomes_by_set, prepare, print_rank1_changes, refit_by_folds  # noqa: E402
from bench.plain_support import set_number as number  # noqa: E402
from knowledge import kana  # noqa: E402
from knowledge.japanese import MorphAnalyzer, is_kana_only  # noqa: E402
from knowledge.ranker import PLAIN_MODEL_PATH, load_ranking_model  # noqa: E402
from knowledge.tuning import PreparedItem, outcomes_with  # noqa: E402

SETS = [DEV, *map(faq_set, range(2, 26))]  # faq-26 stays out
VARIANTS = ("before", "after")


def prepare_before() -> list[PreparedItem]:
    """The preparation with the corpus's nouns alone restored (the restorer before this session)."""
    original = kana.KanaRestorer.from_terms
    descriptor = kana.KanaRestorer.__dict__["from_terms"]

    def corpus_only(terms: Iterable[tuple[str, int]], analyzer: MorphAnalyzer, *,
                    citizen_words: Iterable[str] = ()) -> kana.KanaRestorer:
        return original(terms, analyzer)

    kana.KanaRestorer.from_terms = corpus_only  # type: ignore[method-assign]
    try:
        return prepare(SETS)
    finally:
        setattr(kana.KanaRestorer, "from_terms", descriptor)  # noqa: B010 (the classmethod itself, not a bound one)


def shipped(prepared: dict[str, list[PreparedItem]]) -> None:
    model = load_ranking_model(PLAIN_MODEL_PATH)
    results = {}
    for variant, items in prepared.items():
        faq = [i for i in items if i.corpus_name.endswith("faq.csv")]
        results[variant] = outcomes_by_set(faq, outcomes_with(model, faq))
    names = sorted(results["before"], key=number)
    for name in names:
        print(name, " | ".join(f"{v} {figures(results[v][name])}" for v in VARIANTS))
    for label, chosen in (("faq-13..24", range(13, 25)), ("faq-13..25", range(13, 26)),
                          ("faq-2..12 (fitted)", range(2, 13))):
        for variant in VARIANTS:
            pool = [o for n in names if number(n) in chosen for o in results[variant][n]]
            kana_pool = [o for o in pool if is_kana_only(o.query.text)]
            print(f"{label} {variant}: {figures(pool)}; kana-only {figures(kana_pool)}")
    gained, lost = print_rank1_changes(results["before"], results["after"], [n for n in names if number(n) >= 13])
    print(f"faq-13..25 at rank 1: {gained} gained, {lost} lost")


def folds(prepared: dict[str, list[PreparedItem]], seed: int) -> None:
    for variant, items in prepared.items():
        pooled = [outcome for _, outcome in refit_by_folds(variant, items, seed=seed)]
        print(f"{variant} seed {seed} pooled faq-2..25: {figures(pooled)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True, help="where the two preparations are pickled")
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--shipped", action="store_true")
    parser.add_argument("--folds", action="store_true")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    paths = {v: args.work / f"kana-{v}-items.pkl" for v in VARIANTS}
    if args.prepare:
        args.work.mkdir(parents=True, exist_ok=True)
        paths["before"].write_bytes(pickle.dumps(prepare_before()))
        paths["after"].write_bytes(pickle.dumps(prepare(SETS)))
    prepared: dict[str, list[PreparedItem]] = {v: pickle.loads(p.read_bytes()) for v, p in paths.items()}
    if args.shipped:
        shipped(prepared)
    if args.folds:
        folds(prepared, args.seed)


if __name__ == "__main__":
    main()
