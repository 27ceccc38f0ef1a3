"""Ablation: what each feature group of the re-ranker adds, measured out of fold on both labelled sets.

    .venv/bin/python bench/bench_ablation.py [--folds 10]

Candidates and features are computed once per query with the production pipeline; each row refits the
ranking model (10-fold cross-validation, the other set always training) with one feature group removed
(its columns set to zero in training and in testing). The first row ranks by the fused score alone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.embed import SentenceTransformerEmbedder  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, load_queries, score_outcomes  # noqa: E402
from knowledge.features import RANK_FEATURES  # noqa: E402
from knowledge.ingest import load_corpus  # noqa: E402
from knowledge.ranker import untrained_model  # noqa: E402
from knowledge.service import searcher_for_entries  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    args = parser.parse_args()
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
