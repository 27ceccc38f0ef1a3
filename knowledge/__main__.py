"""Command line: build the index, ask a question, evaluate on a labelled set, tune on a dev set.

Exit codes: 0 success, 2 bad input (corpus, queries, question), 3 index not built or unreadable,
4 embedding model cannot be loaded.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from knowledge.errors import (
    IndexCorruptError,
    IndexNotBuiltError,
    KnowledgeError,
    ModelLoadError,
)
from knowledge.settings import KnowledgeSettings

EXIT_BAD_INPUT = 2
EXIT_NO_INDEX = 3
EXIT_MODEL = 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the index from the corpus (skipped when unchanged)")
    build.add_argument("--corpus", type=Path, help="corpus folder or file (default: settings)")
    build.add_argument("--index", type=Path, help="index folder (default: settings)")
    build.add_argument("--force", action="store_true", help="rebuild even when the corpus is unchanged")
    ask = sub.add_parser("ask", help="print the top answers for a question")
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=3, help="how many answers (default 3)")
    ask.add_argument("--index", type=Path, help="index folder (default: settings)")
    for name, text in (("eval", "evaluate on labelled queries"), ("tune", "fit weights and threshold")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--corpus", type=Path, required=True, help="FAQ CSV (or folder) to index afresh")
        cmd.add_argument("--queries", type=Path, required=True, help="TSV: query, expected_id[, style]")
    return parser


def _settings(args: argparse.Namespace) -> KnowledgeSettings:
    settings = KnowledgeSettings()
    updates = {}
    if getattr(args, "corpus", None) is not None:
        updates["corpus_path"] = args.corpus
    if getattr(args, "index", None) is not None:
        updates["index_dir"] = args.index
    return settings.model_copy(update=updates)


def _cmd_build(args: argparse.Namespace) -> int:
    from knowledge.service import ensure_index

    outcome = ensure_index(_settings(args), force=args.force, progress=True)
    if outcome.rebuilt:
        reused = outcome.entries - outcome.embedded
        print(f"index built: {outcome.entries} entries ({outcome.embedded} embedded, {reused} reused) "
              f"in {outcome.folder}")
    else:
        print(f"index unchanged, kept: {outcome.entries} entries in {outcome.folder}")
    return 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from knowledge.search import validate_query
    from knowledge.service import open_searcher

    validate_query(args.question)
    searcher = open_searcher(_settings(args))
    result = searcher.search(args.question, k=max(1, args.k))
    if result.abstained:
        print(f"確かな答えが見つかりませんでした (confidence {result.confidence:.2f})。")
        print(f"お問い合わせ: {result.contact_name} {result.contact_phone}")
        print("候補 (参考):")
    for rank, answer in enumerate(result.answers, start=1):
        e = answer.entry
        print(f"{rank}. [{e.id}] {e.question}  score={answer.score:.3f} confidence={answer.confidence:.2f}")
        print(f"   {e.answer}")
        print(f"   出典: {e.source_url}  担当: {e.department} {e.phone}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from knowledge.evaluate import format_report, load_queries, run_queries, score_outcomes
    from knowledge.ingest import load_corpus
    from knowledge.service import searcher_for_entries

    settings = _settings(args)
    queries = load_queries(args.queries)
    entries = load_corpus(args.corpus, csv_encoding=settings.csv_encoding)
    searcher = searcher_for_entries(entries, settings, progress=sys.stderr.isatty())
    for query in queries[:3]:  # warm-up: first calls pay one-off allocation costs
        searcher.search(query.text)
    print(format_report(score_outcomes(run_queries(searcher, queries))))
    return 0


def _cmd_tune(args: argparse.Namespace) -> int:
    from knowledge.evaluate import load_queries
    from knowledge.ingest import load_corpus
    from knowledge.service import searcher_for_entries
    from knowledge.tuning import tune

    settings = _settings(args)
    queries = load_queries(args.queries)
    entries = load_corpus(args.corpus, csv_encoding=settings.csv_encoding)
    result = tune(searcher_for_entries(entries, settings), queries)
    print(f"dev P@1 with tuned weights: {result.dev_p_at_1:.3f}")
    print(result.env_lines())
    return 0


COMMANDS = {"build": _cmd_build, "ask": _cmd_ask, "eval": _cmd_eval, "tune": _cmd_tune}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (IndexNotBuiltError, IndexCorruptError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_NO_INDEX
    except ModelLoadError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_MODEL
    except KnowledgeError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
