"""Sibling inputs for the re-ranker, rank only, each labelled set left out (twenty-fifth session).

    .venv/bin/python bench/bench_sibling_rank.py --cache /tmp/plain-items.pkl \
        --trials base,distinct_text,distinct_question,sibling_contrast [--list faq-queries-22.tsv]

Each of dev and faq-2..N is left out in turn; the re-ranker is fitted on every other set and Osaki 1 (plain) with the
trial's columns appended (:mod:`bench.sibling_support`) and answers the left-out set. Printed: P@1 and R@5 per set and
pooled for each trial, and the queries each trial gains or loses at rank 1 against the first trial.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import faq_sets, prepared  # noqa: E402
from bench.sibling_support import with_columns  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE  # noqa: E402
from knowledge.tuning import PreparedItem, fit_ranker  # noqa: E402


def ranks(train: list[PreparedItem], test: list[PreparedItem]) -> list[tuple[str, str, int]]:
    """(query, expected, rank of the expected entry: 0 when not among the candidates) per in-scope test item."""
    ranker = fit_ranker(train)
    out = []
    for item in test:
        probs = ranker.probabilities(item.prepared.rows)
        order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
        rank = 0 if item.positive is None else order.index(item.positive) + 1
        out.append((item.query.text, item.query.expected_id, rank))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--trials", default="base,distinct_text")
    parser.add_argument("--list", default="", help="list gains and losses of this set (every set when 'all')")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    trials = args.trials.split(",")
    variants = {t: with_columns(items, [] if t == "base" else t.split("+")) for t in trials}
    names = [p.name for p in faq_sets()]
    pooled: dict[str, list[int]] = {t: [] for t in trials}
    for name in names:
        results = {}
        for trial, its in variants.items():
            train = [i for i in its if i.set_name != name]
            test = [i for i in its if i.set_name == name and i.query.expected_id != OUT_OF_SCOPE]
            results[trial] = ranks(train, test)
            pooled[trial] += [r for _, _, r in results[trial]]
        line = "  ".join(f"{t} {np.mean([r == 1 for *_, r in res]):.3f}/{np.mean([1 <= r <= 5 for *_, r in res]):.3f}"
                         for t, res in results.items())
        print(f"{name}: {line}", flush=True)
        if args.list in (name, "all"):
            first = results[trials[0]]
            for trial in trials[1:]:
                for (q, e, rb), (_, _, ra) in zip(first, results[trial], strict=True):
                    if (rb == 1) != (ra == 1):
                        print(f"    {trial} {'+' if ra == 1 else '-'} {q[:60]} -> {e} ({rb} -> {ra})", flush=True)
    for trial, rs in pooled.items():
        arr = np.array(rs)
        print(f"pooled {trial}: P@1 {np.mean(arr == 1):.4f} R@5 {np.mean((arr >= 1) & (arr <= 5)):.4f} over {len(arr)}")


if __name__ == "__main__":
    main()
