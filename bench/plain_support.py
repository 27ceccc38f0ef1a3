"""Shared parts of the plain-model benchmarks (``bench_plain_sets``, ``bench_training_queries``,
``bench_threshold_policy``, ``bench_vocabulary``, and the one-variant benches ``bench_circumstance_pull``,
``bench_description_vocabulary``, ``bench_rewritten_vector``, ``bench_rewritten_column``): the labelled sets, the
prepared queries, the folds and the figures printed.

The plain model answers a city's export without alternative questions (``faq.csv``); Osaki 1 always trains, with
every alternative question ignored. Nothing heavy is imported until :func:`prepare` runs.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.stats import rankdata

from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome, score_outcomes

if TYPE_CHECKING:
    from knowledge.tuning import PreparedItem

ROOT = Path(__file__).resolve().parents[1]
FAQ_CORPUS = ROOT.parent / "shared" / "eval" / "faq.csv"
DEV = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
OSAKI = (ROOT / "knowledge" / "corpus", ROOT / "knowledge" / "eval" / "osaki-queries.tsv")


def faq_set(number: int) -> Path:
    """``knowledge/eval/faq-queries-N.tsv``."""
    return ROOT / "knowledge" / "eval" / f"faq-queries-{number}.tsv"


def faq_sets() -> list[Path]:
    """The dev set and every labelled faq set in the repository, oldest first."""
    numbered = sorted((ROOT / "knowledge" / "eval").glob("faq-queries-*.tsv"),
                      key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [DEV, *numbered]


def prepare(faq_files: Sequence[Path]) -> list[PreparedItem]:
    """Every query of ``faq_files`` (on ``faq.csv``) and of Osaki 1, alternative questions ignored, prepared once
    (embedding and analysis: the slow part, under the vocabulary ``KNOWLEDGE_VOCABULARY_PATH`` names)."""
    from dataclasses import replace

    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import load_queries
    from knowledge.ingest import load_corpus
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings
    from knowledge.tuning import prepare_items

    settings = KnowledgeSettings()
    embedder = SentenceTransformerEmbedder(settings.model, threads=1)
    items: list[PreparedItem] = []
    for corpus, files in ((FAQ_CORPUS, tuple(faq_files)), (OSAKI[0], (OSAKI[1],))):
        entries = [replace(e, questions=()) for e in load_corpus(corpus)]
        searcher = searcher_for_entries(entries, settings, embedder=embedder, model=untrained_model())
        for path in files:
            items += prepare_items(searcher, load_queries(path), set_name=path.name, corpus_name=str(corpus))
    return items


def prepared(faq_files: Sequence[Path], cache: Path | None) -> list[PreparedItem]:
    """:func:`prepare` of ``faq_files``, read from the pickle ``cache`` when it exists (written there when it does
    not): the benches' ``--cache`` (a stale cache is the caller's to delete when the sets or the analysis change)."""
    if cache is not None and cache.exists():
        items: list[PreparedItem] = pickle.loads(cache.read_bytes())
        return items
    items = prepare(faq_files)
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def auroc(score: np.ndarray, label: np.ndarray) -> float:
    """Area under the ROC curve (ties count half)."""
    positives, negatives = int(label.sum()), int((~label).sum())
    if not positives or not negatives:
        return float("nan")
    ranks = rankdata(score)
    return float((ranks[label].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def figures(outcomes: Sequence[QueryOutcome]) -> str:
    """P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style (name) and targets met."""
    r = score_outcomes(outcomes)
    weakest = min(r.per_style, key=lambda s: r.per_style[s]["p_at_1"]) if r.per_style else "-"
    met = r.targets_line().split(" met")[0].removeprefix("TARGETS ")
    return (f"{r.p_at_1:.3f} / {r.r_at_5:.3f} / {r.answered_precision:.3f} @ {r.coverage:.3f} / "
            f"{r.none_recall:.3f} / {r.min_style_p_at_1:.3f} ({weakest}) [{met}]")


def styles(outcomes: Sequence[QueryOutcome]) -> str:
    """P@1 per style."""
    r = score_outcomes(outcomes)
    return "  ".join(f"{s} {f['p_at_1']:.3f}" for s, f in r.per_style.items())


def print_misses(outcomes: Sequence[QueryOutcome]) -> None:
    """In-scope misses at rank 1 by style, and the NONE questions answered."""
    misses = [o for o in outcomes if o.query.expected_id != OUT_OF_SCOPE and o.rank != 1]
    print(f"misses at rank 1 by style: {dict(Counter(o.query.style for o in misses).most_common())}")
    for o in sorted(misses, key=lambda o: (o.query.style, o.query.expected_id)):
        print(f"  [{o.query.style}] {o.query.text} -> {o.query.expected_id}, got {o.ranked_ids[:3]} "
              f"rank {o.rank} conf {o.confidence:.2f}{' answered' if not o.abstained else ''}")
    for o in outcomes:
        if o.query.expected_id == OUT_OF_SCOPE and not o.abstained:
            print(f"  [NONE answered] {o.query.text} -> {o.ranked_ids[:1]} conf {o.confidence:.2f}")


def outcomes_by_set(items: Sequence[PreparedItem], outcomes: Sequence[QueryOutcome]) -> dict[str, list[QueryOutcome]]:
    """The outcomes grouped by the query set their item came from (items and outcomes in the same order)."""
    grouped: dict[str, list[QueryOutcome]] = {}
    for item, outcome in zip(items, outcomes, strict=True):
        grouped.setdefault(item.set_name, []).append(outcome)
    return grouped

# faq-2..25 in four blocks, each held out in turn while the plain model is refitted on the rest (sections 14-17).
FAQ_SET_FOLDS = (range(2, 8), range(8, 14), range(14, 20), range(20, 26))


def set_number(set_name: str) -> int:
    """faq-queries-N.tsv -> N; the dev and Osaki sets -> 0."""
    return int(set_name.rsplit("-", 1)[1].split(".")[0]) if set_name.startswith("faq-queries-") else 0


def refit_by_folds(variant: str, items: Sequence[PreparedItem], *,
                   seed: int) -> list[tuple[PreparedItem, QueryOutcome]]:
    """Each block of :data:`FAQ_SET_FOLDS` answered by the plain model refitted without it (a line printed per
    block); the held-out items with their outcomes, block by block."""
    from knowledge.thresholds import rule_for
    from knowledge.tuning import fit_model, outcomes_with

    held_out: list[tuple[PreparedItem, QueryOutcome]] = []
    for fold in FAQ_SET_FOLDS:
        test = [i for i in items if set_number(i.set_name) in fold]
        model = fit_model([i for i in items if set_number(i.set_name) not in fold], seed=seed,
                          rule=rule_for(plain=True))
        outcomes = outcomes_with(model, test)
        held_out += zip(test, outcomes, strict=True)
        print(f"{variant} seed {seed} faq-{fold[0]}..{fold[-1]} (gate {model.threshold:.2f}, scope "
              f"{model.scope_threshold:.2f}): {figures(outcomes)}", flush=True)
    return held_out


def print_rank1_changes(before: dict[str, list[QueryOutcome]], after: dict[str, list[QueryOutcome]],
                        names: Sequence[str], *, prefix: str = "") -> tuple[int, int]:
    """Print each in-scope query of the sets ``names`` whose rank-1 answer turned right or wrong from ``before`` to
    ``after`` (the same queries in the same order); return (gained, lost)."""
    gained = lost = 0
    for name in names:
        for was, now in zip(before[name], after[name], strict=True):
            if was.query.expected_id != OUT_OF_SCOPE and (was.rank == 1) != (now.rank == 1):
                gained, lost = gained + (now.rank == 1), lost + (was.rank == 1)
                print(f"  {prefix}{'+' if now.rank == 1 else '-'} {name} {was.query.text} -> "
                      f"{was.query.expected_id}, {was.ranked_ids[:1]} -> {now.ranked_ids[:1]}")
    return gained, lost


def shipped_outcomes_by_set(prepared: dict[str, list[PreparedItem]]) -> dict[str, dict[str, list[QueryOutcome]]]:
    """Each variant's faq.csv queries answered by the shipped plain model, grouped by query set."""
    from knowledge.ranker import PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.tuning import outcomes_with

    model = load_ranking_model(PLAIN_MODEL_PATH)
    results: dict[str, dict[str, list[QueryOutcome]]] = {}
    for variant, items in prepared.items():
        faq = [i for i in items if Path(i.corpus_name).name == FAQ_CORPUS.name]
        results[variant] = outcomes_by_set(faq, outcomes_with(model, faq))
    return results


def variant_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options the one-variant search benches share (a base preparation, the variant's pickle, the judgements)."""
    parser.add_argument("--work", type=Path, required=True, help="where the variant's preparation is pickled")
    parser.add_argument("--base", type=Path, required=True, help="the shipped code's preparation (a pickle)")
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--check", type=int, default=0, help="--prepare: unchanged queries re-prepared and compared")
    parser.add_argument("--shipped", action="store_true")
    parser.add_argument("--folds", action="store_true")
    parser.add_argument("--folds-fixed", action="store_true", help="each block answered before and after by one "
                        "model refitted on the other blocks' base preparation")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--skip-base", action="store_true", help="--folds: the variant only")
    return parser
