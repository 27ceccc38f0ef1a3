"""Command line: build the index, ask a question, evaluate (cross-validated), tune, lint the corpus.

Exit codes: 0 success, 1 the corpus lint found errors, 2 bad input (corpus, queries, question), 3 index
not built or unreadable, 4 embedding or ranking model cannot be loaded.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.errors import (
    IndexCorruptError,
    IndexNotBuiltError,
    KnowledgeError,
    ModelLoadError,
)
from knowledge.settings import KnowledgeSettings

if TYPE_CHECKING:
    from knowledge.evaluate import QueryOutcome
    from knowledge.records import FaqEntry

EXIT_BAD_INPUT = 2
EXIT_NO_INDEX = 3
EXIT_MODEL = 4
EXIT_LINT = 1


def _labelled_set(value: str) -> tuple[Path, Path]:
    corpus, sep, queries = value.partition(":")
    if not sep or not corpus or not queries:
        raise argparse.ArgumentTypeError(f"expected CORPUS:QUERIES, got {value!r}")
    return Path(corpus), Path(queries)


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
    evaluate = sub.add_parser("eval", help="evaluate on labelled queries (per style and per category)")
    evaluate.add_argument("--corpus", type=Path, required=True, help="FAQ CSV (or folder) to index afresh")
    evaluate.add_argument("--queries", type=Path, required=True, nargs="+",
                          help="TSV file(s): query, expected_id[, style]; several files are reported one by one, "
                               "then together")
    evaluate.add_argument("--cv", action="store_true",
                          help="cross-validate: refit the ranking model on the other folds (and --also sets)")
    evaluate.add_argument("--also", type=_labelled_set, action="append", default=[], metavar="CORPUS:QUERIES",
                          help="another labelled set that always trains (with --cv)")
    evaluate.add_argument("--folds", type=int, default=10, help="folds of the target set (with --cv; default 10)")
    evaluate.add_argument("--leave-set-out", action="store_true",
                          help="with --cv: fit on the --also sets only, answer every query of the target set")
    tune = sub.add_parser("tune", help="fit the re-ranker, the gate and the threshold on labelled sets")
    tune.add_argument("--set", type=_labelled_set, action="append", required=True, metavar="CORPUS:QUERIES",
                      dest="sets", help="a labelled set (repeat for several)")
    tune.add_argument("--output", type=Path,
                      help="model file to write (default: the packaged model for corpora with alternative questions, "
                           "or with --without-alternatives the one for corpora without)")
    for command in (evaluate, tune):
        command.add_argument("--without-alternatives", action="store_true",
                             help="ignore the entries' alternative questions (as a corpus that has none)")
    lint = sub.add_parser("lint", help="check a corpus: near-duplicates, contacts, staleness, URLs")
    lint.add_argument("--corpus", type=Path, help="corpus folder or file (default: settings)")
    lint.add_argument("--today", help="date to judge staleness against (YYYY-MM-DD; default: today)")
    lint.add_argument("--vocabulary", action="store_true",
                      help="check the search vocabulary file instead: synonyms the analyzer never matches")
    terms = sub.add_parser("terms", help="print the search terms and reading of a text (to write synonyms)")
    terms.add_argument("text")
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


def _entries(corpus: Path, settings: KnowledgeSettings, *, without_alternatives: bool) -> list[FaqEntry]:
    from knowledge.ingest import load_corpus

    entries = load_corpus(corpus, csv_encoding=settings.csv_encoding)
    return [replace(e, questions=()) for e in entries] if without_alternatives else entries


def _prepared_set(corpus: Path, queries_path: Path, settings: KnowledgeSettings, embedder: object,
                  name: str, *, without_alternatives: bool) -> tuple[list[object], dict[str, str]]:
    return _prepared_sets(corpus, [queries_path], settings, embedder, [name],
                          without_alternatives=without_alternatives)


def _prepared_sets(corpus: Path, queries_paths: Sequence[Path], settings: KnowledgeSettings, embedder: object,
                   names: Sequence[str], *, without_alternatives: bool) -> tuple[list[object], dict[str, str]]:
    """Prepared items of every query file over one corpus (indexed once), and the corpus's categories."""
    from knowledge.evaluate import load_queries
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.tuning import prepare_items

    query_sets = [load_queries(path) for path in queries_paths]
    entries = _entries(corpus, settings, without_alternatives=without_alternatives)
    searcher = searcher_for_entries(entries, settings, embedder=embedder,  # type: ignore[arg-type]
                                    model=untrained_model())
    for query in query_sets[0][:3]:  # warm-up: first calls pay one-off allocation costs
        searcher.prepare(query.text)
    items: list[object] = []
    for queries, name in zip(query_sets, names, strict=True):
        items += prepare_items(searcher, queries, set_name=name, corpus_name=str(corpus))
    return items, {e.id: e.category for e in entries}


def _print_reports(outcomes: Sequence[QueryOutcome], sizes: Sequence[int], files: Sequence[Path],
                   categories: dict[str, str], how: str) -> None:
    """One report per query file, then (for several files) all of them together; the targets line last."""
    from knowledge.evaluate import format_report, score_outcomes

    if len(files) > 1:
        start = 0
        for path, size in zip(files, sizes, strict=True):
            print(format_report(score_outcomes(outcomes[start:start + size], categories), heading=f"{path} ({how})"))
            print()
            start += size
    heading = how if len(files) == 1 else f"all {len(files)} query files together ({how})"
    print(format_report(score_outcomes(outcomes, categories), heading=heading))


def _cmd_eval(args: argparse.Namespace) -> int:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.evaluate import load_queries, run_queries
    from knowledge.service import searcher_for_entries
    from knowledge.thresholds import rule_for
    from knowledge.tuning import cross_validate

    settings = _settings(args)
    files: list[Path] = list(args.queries)
    query_sets = [load_queries(path) for path in files]
    sizes = [len(queries) for queries in query_sets]
    if not args.cv:
        entries = _entries(args.corpus, settings, without_alternatives=args.without_alternatives)
        searcher = searcher_for_entries(entries, settings, progress=sys.stderr.isatty())
        for query in query_sets[0][:3]:  # warm-up
            searcher.search(query.text)
        heading = "shipped ranking model"
        seen = [path.name for path in files if path.name in searcher.model.trained_on]
        if seen:
            heading += f" (IN SAMPLE for {', '.join(seen)}: it was fitted on it; use --cv for honest figures)"
        outcomes = run_queries(searcher, [q for queries in query_sets for q in queries])
        _print_reports(outcomes, sizes, files, {e.id: e.category for e in entries}, heading)
        return 0
    if args.leave_set_out and not args.also:
        print("error: --leave-set-out needs at least one --also set to fit on", file=sys.stderr)
        return EXIT_BAD_INPUT
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    plain = args.without_alternatives
    target, categories = _prepared_sets(args.corpus, files, settings, embedder, [str(path) for path in files],
                                        without_alternatives=plain)
    others: list[object] = []
    for corpus, queries_path in args.also:
        others += _prepared_set(corpus, queries_path, settings, embedder, str(queries_path),
                                without_alternatives=plain)[0]
    folds = 1 if args.leave_set_out else max(2, args.folds)
    outcomes = cross_validate(target, others, n_folds=folds,  # type: ignore[arg-type]
                              rule=rule_for(plain=plain))
    how = "out of fold, fitted on the other sets only" if args.leave_set_out else \
        f"out of fold, {folds}-fold cross-validation"
    _print_reports(outcomes, sizes, files, categories, how)
    return 0


def _cmd_tune(args: argparse.Namespace) -> int:
    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.ranker import ALTERNATIVES_MODEL_PATH, PLAIN_MODEL_PATH, load_ranking_model
    from knowledge.thresholds import rule_for
    from knowledge.tuning import fit_model, keep_long_telling

    settings = _settings(args)
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    items: list[object] = []
    for corpus, queries_path in args.sets:
        items += _prepared_set(corpus, queries_path, settings, embedder, queries_path.name,
                               without_alternatives=args.without_alternatives)[0]
    model = fit_model(items, rule=rule_for(plain=args.without_alternatives))  # type: ignore[arg-type]
    output = args.output or (PLAIN_MODEL_PATH if args.without_alternatives else ALTERNATIVES_MODEL_PATH)
    try:
        previous = load_ranking_model(output) if output.is_file() else None
    except ModelLoadError:
        previous = None  # an unreadable model is replaced, not kept
    model = keep_long_telling(model, previous)
    model.save(output)
    print(f"ranking model fitted on {len(items)} queries ({', '.join(model.trained_on)}); "
          f"threshold {model.threshold:.3f}; written to {output}")
    if model.long_threshold is not None:
        print(f"kept the previous model's threshold {model.long_threshold:.3f} for tellings of {model.long_chars} "
              "characters or more; re-choose it for the new gate with bench/bench_gate_told_situation.py")
    return 0


def _cmd_lint(args: argparse.Namespace) -> int:
    from knowledge.lint import format_problems, lint_corpus, lint_vocabulary

    settings = _settings(args)
    problems = lint_vocabulary(settings) if args.vocabulary else lint_corpus(settings, today=args.today)
    print(format_problems(problems))
    return EXIT_LINT if any(p.severity == "error" for p in problems) else 0


def _cmd_terms(args: argparse.Namespace) -> int:
    from knowledge.service import make_analyzer

    analyzer = make_analyzer(_settings(args))
    print("rewritten:", analyzer.rewrite(args.text))
    print("terms:", " ".join(analyzer.terms(args.text)))
    print("reading:", analyzer.reading(args.text))
    return 0


COMMANDS = {"build": _cmd_build, "ask": _cmd_ask, "eval": _cmd_eval, "tune": _cmd_tune, "lint": _cmd_lint,
            "terms": _cmd_terms}
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
