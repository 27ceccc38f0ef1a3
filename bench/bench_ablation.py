"""Ablation on the dev set: what each channel and the kana handling contribute to ranking.

    .venv/bin/python bench/bench_ablation.py [--corpus FAQ.csv] [--queries QUERIES.tsv]

Candidates are computed once per query with the production pipeline; each row re-ranks them with
other channel weights. Ranking figures only (the abstention figures come from `python -m knowledge eval`).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.evaluate import OUT_OF_SCOPE, load_queries  # noqa: E402
from knowledge.ingest import load_corpus  # noqa: E402
from knowledge.japanese import is_kana_only, normalize  # noqa: E402
from knowledge.search import FusionWeights  # noqa: E402
from knowledge.service import searcher_for_entries  # noqa: E402
from knowledge.settings import KnowledgeSettings  # noqa: E402
from knowledge.tuning import rescore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "faq.csv")
    parser.add_argument("--queries", type=Path, default=ROOT.parent / "shared" / "eval" / "queries-dev.tsv")
    args = parser.parse_args()
    settings = KnowledgeSettings()
    searcher = searcher_for_entries(load_corpus(args.corpus), settings)
    ids = [e.id for e in searcher.index.entries]
    pools = [
        (q, searcher.candidates(q.text), is_kana_only(normalize(q.text)))
        for q in load_queries(args.queries) if q.expected_id != OUT_OF_SCOPE
    ]
    tuned = searcher.weights
    variants = {
        f"dense only ({settings.model})"[:32]: (FusionWeights(1, 0, 0), False),
        "morpheme BM25 only": (FusionWeights(0, 1, 0), False),
        "reading n-gram BM25 only": (FusionWeights(0, 0, 1), False),
        "dense + morpheme BM25": (FusionWeights(1, tuned.morph, 0), False),
        "dense + morpheme + reading": (tuned, False),
        "full (+ kana-aware weights)": (tuned, True),
    }
    styles = sorted({q.style for q, _, _ in pools})
    print(f"{'variant':<32} {'P@1':>6} {'R@5':>6} {'MRR':>6}  " + " ".join(f"{s[:8]:>8}" for s in styles))
    for name, (weights, kana_aware) in variants.items():
        hits1 = hits5 = 0
        rr = 0.0
        per_style: dict[str, list[int]] = defaultdict(list)
        for q, cands, kana in pools:
            ranked = [ids[c.doc] for c in rescore(cands, weights, kana and kana_aware)[:10]]
            top1 = bool(ranked) and ranked[0] == q.expected_id
            hits1 += top1
            hits5 += q.expected_id in ranked[:5]
            rr += 1 / (ranked.index(q.expected_id) + 1) if q.expected_id in ranked else 0
            per_style[q.style].append(top1)
        n = len(pools)
        cells = " ".join(f"{sum(per_style[s]) / len(per_style[s]):>8.3f}" for s in styles)
        print(f"{name:<32} {hits1 / n:>6.3f} {hits5 / n:>6.3f} {rr / n:>6.3f}  {cells}")


if __name__ == "__main__":
    main()
