"""The dev set and the retrieval metrics of the embedder benchmark (``bench/bench_embedders.py``): the FAQ and the
dev queries, and per candidate and document text P@1, R@5, MRR@10, P@1 per query style and the top-1 cosine of
correct, wrong and out-of-scope queries (quartiles and AUROC)."""

from __future__ import annotations

import csv
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

STYLES = ("plain", "casual", "senior", "dialect", "kana", "indirect", "keywords")


@dataclass(frozen=True)
class Query:
    text: str
    expected: str | None  # None = out of scope
    style: str


def load_eval(eval_dir: Path) -> tuple[list[dict[str, str]], list[Query]]:
    """Read faq.csv and queries-dev.tsv."""
    with (eval_dir / "faq.csv").open(encoding="utf-8", newline="") as handle:
        faq = list(csv.DictReader(handle))
    queries = []
    with (eval_dir / "queries-dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected = row["expected_id"].strip()
            queries.append(Query(row["query"], None if expected == "NONE" else expected, row["style"].strip()))
    return faq, queries


def quartiles(values: list[float]) -> dict[str, float]:
    """n, mean, min, quartiles and max of a list of scores."""
    if not values:
        return {"n": 0}
    arr = np.asarray(values, dtype=np.float64)
    q1, q2, q3 = np.percentile(arr, [25, 50, 75])
    return {
        "n": len(values),
        "mean": float(arr.mean()),
        "min": float(arr.min()),
        "q1": float(q1),
        "median": float(q2),
        "q3": float(q3),
        "max": float(arr.max()),
    }


def auroc(positive: list[float], negative: list[float]) -> float | None:
    """Probability that a positive scores above a negative (ties count half)."""
    if not positive or not negative:
        return None
    pos = np.asarray(positive)[:, None]
    neg = np.asarray(negative)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def evaluate(scores: np.ndarray, queries: list[Query], doc_ids: list[str]) -> dict[str, Any]:
    """Retrieval metrics over in-scope queries and top-1 score groups over all queries."""
    order = np.argsort(-scores, axis=1, kind="stable")
    p1: list[float] = []
    r5: list[float] = []
    rr10: list[float] = []
    by_style: dict[str, list[float]] = {style: [] for style in STYLES}
    top1: dict[str, list[float]] = {"correct": [], "wrong": [], "none": []}
    for i, query in enumerate(queries):
        ranked = [doc_ids[j] for j in order[i, :10]]
        best = float(scores[i, order[i, 0]])
        if query.expected is None:
            top1["none"].append(best)
            continue
        hit1 = float(ranked[0] == query.expected)
        p1.append(hit1)
        r5.append(float(query.expected in ranked[:5]))
        rr10.append(1.0 / (ranked.index(query.expected) + 1) if query.expected in ranked else 0.0)
        by_style.setdefault(query.style, []).append(hit1)
        top1["correct" if hit1 else "wrong"].append(best)
    return {
        "p1": statistics.mean(p1),
        "r5": statistics.mean(r5),
        "mrr10": statistics.mean(rr10),
        "p1_style": {style: statistics.mean(v) if v else None for style, v in by_style.items()},
        "n_style": {style: len(v) for style, v in by_style.items()},
        "top1": {group: quartiles(values) for group, values in top1.items()},
        "top1_raw": top1,
        "auroc_correct_vs_none": auroc(top1["correct"], top1["none"]),
        "auroc_correct_vs_rest": auroc(top1["correct"], top1["wrong"] + top1["none"]),
    }
