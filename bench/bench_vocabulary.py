"""Two vocabulary files compared on the plain model, each faq set left out (the vocabulary moves the queries' terms).

    git show HEAD:knowledge/data/vocabulary.yaml > /tmp/vocabulary-head.yaml
    .venv/bin/python bench/bench_vocabulary.py --before /tmp/vocabulary-head.yaml \
        [--after knowledge/data/vocabulary.yaml] [--cache-dir /tmp/vocabulary-bench] \
        [--untouched faq-queries-6.tsv,...] [--list faq-queries-6.tsv] [--never-train faq-queries-10.tsv]

For each vocabulary the queries of every labelled faq set (and Osaki 1, plain) are prepared under it
(``KNOWLEDGE_VOCABULARY_PATH``), then each faq set is answered by a model fitted on the other sets and Osaki 1 exactly
as ``bench/bench_plain_sets.py --trials all`` does (inner fold seed 13, one threshold shuffling). Printed per left-out
set, for the sets named ``--untouched`` (the sets whose misses were not read while the vocabulary was written), for the
others and pooled: P@1 / R@5 / answered precision @ coverage / NONE recall / weakest style, P@1 per style, and the
in-scope queries gained and lost at rank 1. ``--list`` prints those gained and lost queries of the sets named.
``--never-train`` names sets that are answered but never fit a model (the set the words were chosen from, when the
others are the held-out measure). ``--before-without-count`` prepares the *before* queries without 「何冊まで」 as an
amount asked (the fifteenth session's feature, :data:`knowledge.features.ASKS_VALUE`), to measure it with the lines.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_plain_sets import held_out  # noqa: E402
from bench.plain_support import faq_sets, figures, prepared, styles  # noqa: E402
from knowledge import features  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, QueryOutcome  # noqa: E402
from knowledge.tuning import PreparedItem  # noqa: E402


def prepared_under(vocabulary: Path, cache: Path | None) -> list[PreparedItem]:
    """The prepared queries with ``vocabulary`` as the city's file (cached when ``cache`` is given)."""
    previous = os.environ.get("KNOWLEDGE_VOCABULARY_PATH")
    os.environ["KNOWLEDGE_VOCABULARY_PATH"] = str(vocabulary.resolve())
    try:
        return prepared(faq_sets(), cache)
    finally:
        if previous is None:
            del os.environ["KNOWLEDGE_VOCABULARY_PATH"]
        else:
            os.environ["KNOWLEDGE_VOCABULARY_PATH"] = previous


def without_count() -> AbstractContextManager[object]:
    """``ASKS_VALUE`` with 「何冊まで」 taken out of the amount pattern (the rule before the fifteenth session)."""
    amount = features.ASKS_VALUE["amount"].pattern.replace("|何冊まで", "")
    return mock.patch.dict(features.ASKS_VALUE, {"amount": re.compile(amount)})


def left_out(items: Sequence[PreparedItem], never_train: frozenset[str] = frozenset(),
             ) -> dict[str, list[QueryOutcome]]:
    """Each faq set answered by the model fitted on every other set (but ``never_train``) and Osaki 1."""
    outcomes: dict[str, list[QueryOutcome]] = {}
    for path in faq_sets():
        test = [i for i in items if i.set_name == path.name]
        train = [i for i in items if i.set_name != path.name and i.set_name not in never_train]
        outcomes[path.name] = held_out(train, test, seed=13, threshold_seeds=1)[0]
    return outcomes


def changed(before: Sequence[QueryOutcome], after: Sequence[QueryOutcome],
            ) -> tuple[list[QueryOutcome], list[QueryOutcome]]:
    """In-scope queries gained and lost at rank 1 (the outcomes pair up query by query)."""
    pairs = [(b, a) for b, a in zip(before, after, strict=True) if b.query.expected_id != OUT_OF_SCOPE]
    return [a for b, a in pairs if b.rank != 1 and a.rank == 1], [a for b, a in pairs if b.rank == 1 and a.rank != 1]


def report(label: str, before: Sequence[QueryOutcome], after: Sequence[QueryOutcome]) -> None:
    gained, lost = changed(before, after)
    print(f"{label:<22} before {figures(before)}\n{'':<22} after  {figures(after)}\n"
          f"{'':<22} gained {len(gained)}, lost {len(lost)}\n"
          f"{'':<22} before {styles(before)}\n{'':<22} after  {styles(after)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the vocabulary file compared against")
    parser.add_argument("--after", type=Path, default=ROOT / "knowledge" / "data" / "vocabulary.yaml")
    parser.add_argument("--cache-dir", type=Path, help="keep the prepared queries here (before.pkl, after.pkl)")
    parser.add_argument("--untouched", default="faq-queries-6.tsv,faq-queries-7.tsv,faq-queries-8.tsv",
                        help="comma-separated sets whose misses were not read (reported together)")
    parser.add_argument("--list", default="", help="comma-separated sets whose gained and lost queries are listed")
    parser.add_argument("--never-train", default="", help="comma-separated sets answered but never fitted on")
    parser.add_argument("--before-without-count", action="store_true",
                        help="prepare the before queries without 何冊まで as an amount asked")
    args = parser.parse_args()
    if args.cache_dir is not None:
        args.cache_dir.mkdir(parents=True, exist_ok=True)
    never_train = frozenset(filter(None, args.never_train.split(",")))
    runs = []
    for name, path in (("before", args.before), ("after", args.after)):
        with without_count() if name == "before" and args.before_without_count else nullcontext():
            items = prepared_under(path, None if args.cache_dir is None else args.cache_dir / f"{name}.pkl")
        runs.append(left_out(items, never_train))
    before, after = runs
    listed = set(filter(None, args.list.split(",")))
    for name in before:
        report(name, before[name], after[name])
        if name in listed:
            gained, lost = changed(before[name], after[name])
            for sign, outcomes in (("+", gained), ("-", lost)):
                for o in outcomes:
                    print(f"    {sign} [{o.query.style}] {o.query.text} -> {o.query.expected_id}, "
                          f"got {o.ranked_ids[:2]}")
    untouched = set(filter(None, args.untouched.split(",")))
    everything = set(before)
    for label, keep in (("untouched", untouched), ("the others", everything - untouched), ("pooled", everything)):
        names = [n for n in before if n in keep]
        report(label, [o for n in names for o in before[n]], [o for n in names for o in after[n]])


if __name__ == "__main__":
    main()
