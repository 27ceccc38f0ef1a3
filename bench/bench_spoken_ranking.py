"""Spoken questions: a ranking model fitted with spoken transcripts as extra training items, measured held out.

Tenth session, docs/voice.md "Tenth session: a ranking fitted on transcripts" (not shipped: it does not hold out).

    .venv/bin/python bench/bench_spoken_ranking.py [--items /tmp/spoken-ranking-items.pkl] [--save run.json]
    .venv/bin/python bench/bench_spoken_ranking.py --cv
    .venv/bin/python bench/bench_spoken_ranking.py --product osaki --product-items /tmp/spoken-ranking-osaki-2-4.pkl
    .venv/bin/python bench/bench_spoken_ranking.py --osaki-plain --items /tmp/spoken-ranking-items-plain.pkl \
        --product dev --product-items /tmp/spoken-ranking-faq-2-6.pkl

Only cached transcripts are used (``CACHES``: the shipped Whisper settings, base int8, beam 5, no prompt; the
Osaki queries without one are left out of the spoken figures); nothing is transcribed. Every transcript goes
through the transcript fix as the voice hands it to the chat (voice.transcript_fix.choose_text). The prepared
items (the slow part) are pickled to ``--items`` / ``--product-items`` on the first run (delete them after a
change of the search code: they hold its features).

Default: the held-out protocol of bench_spoken_questions.py (the model fitted on the other set only), both
directions (dev tested, fitted on Osaki; Osaki tested, fitted on dev), four fits of the other set: ``T`` its
typed queries (what bench_spoken_questions.py reports), ``T+S`` + its transcripts, ``T+T2`` + a second typed set
over the same corpus (faq-queries-2 / osaki-queries-2: does any extra data do the same?), ``T+T2+S``.
``--cv``: 10-fold cross-validation within each set (folds by expected entry, a query and its transcript in the
same fold), the other set always training, typed only vs + the other set's / the own folds' / both transcripts.
``--product SET``: 10-fold cross-validation of SET with the shipped model's training sets (dev: dev + faq-2..6 +
Osaki without its alternative questions, the plain model - use ``--osaki-plain``; Osaki: dev + Osaki 1-4, the
alternatives model) with or without the transcripts of both sets.
``--osaki-plain``: the Osaki corpus without its alternative questions (as the plain model is fitted).

The transcripts train as a labelled set of their own (``<set>-spoken``, same corpus: a typed query and its
transcript share the inner folds; the thresholds meet the targets on every set, the spoken one too); ``--merged``
puts them in the typed set instead. Reported: P@1 / R@5 / coverage / answered precision / out-of-scope abstention
for typed and spoken ("spoken s": with the search's spoken scope threshold, KNOWLEDGE_SPOKEN_SCOPE_THRESHOLD),
paired questions gained and lost (exact sign test), P@1 per style, and the spoken questions that changed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# SetItems is imported at run time, not only for annotations: item caches pickled while it was defined in this script
# name it ``__main__.SetItems``
from bench.spoken_ranking_support import (  # noqa: E402
    PRODUCT_SETS,
    SetItems,
    line,
    load_items,
    outcomes_for,
    paired,
    per_style,
    product_items,
    relabel,
    right,
)

FITS = (("T", "typed"), ("T+S", "typed + spoken"), ("T+T2", "typed + second typed set"),
        ("T+T2+S", "typed + second typed set + spoken"))
COMPARISONS = (("T", "T+S"), ("T+T2", "T+T2+S"), ("T+S", "T+T2"))


def training(other: SetItems, fit: str, *, merged: bool) -> list[Any]:
    """The training items of one fit (``T``: the other set's typed queries, ``S``: its spoken transcripts,
    ``T2``: its second typed set)."""
    items = list(other.typed)
    if "T2" in fit:
        items += other.second
    if "S" in fit:
        items += relabel(other.spoken, other.name) if merged else other.spoken
    return items


def report_direction(target: SetItems, other: SetItems, *, merged: bool, spoken_scope: float
                     ) -> list[dict[str, Any]]:
    """Fit the four models on ``other``, answer ``target`` typed and spoken with each, print the figures."""
    from knowledge.tuning import fit_model

    started = time.perf_counter()
    models = {fit: fit_model(training(other, fit, merged=merged)) for fit, _ in FITS}
    print(f"\n# {target.name} set tested, fitted on the {other.name} set ({len(other.typed)} typed, "
          f"{len(other.spoken)} spoken{', merged' if merged else ', own set'}, {len(other.second)} second typed); "
          f"fits {time.perf_counter() - started:.0f} s")
    typed_subset = [target.typed[n] for n in target.spoken_index]
    runs: dict[str, dict[str, list[Any]]] = {}
    for fit, title in FITS:
        model = models[fit]
        print(f" {fit} ({title}): gate threshold {model.threshold:.2f}, scope threshold {model.scope_threshold:.2f}")
        runs[fit] = {"typed": outcomes_for(model, target.typed, spoken_scope=None),
                     "typed*": outcomes_for(model, typed_subset, spoken_scope=None),
                     "spoken": outcomes_for(model, target.spoken, spoken_scope=None),
                     "spoken s": outcomes_for(model, target.spoken, spoken_scope=spoken_scope)}
        for kind, outcomes in runs[fit].items():
            print(line(kind, outcomes))
    print(f"  (typed*: the typed queries that have a cached transcript; 'spoken s': the search's spoken scope "
          f"threshold {spoken_scope} applied, max with the model's)")
    for before, after in COMPARISONS:
        for kind in ("typed", "spoken", "spoken s"):
            print(f"  {before} -> {after} {kind:<9} {paired(runs[before][kind], runs[after][kind])}")
    print("  P@1 per style (typed*: the typed queries with a transcript):")
    print("\n".join(per_style({**{f"typed* {fit}": runs[fit]["typed*"] for fit in ("T", "T+T2+S")},
                                **{f"spoken {fit}": runs[fit]["spoken"] for fit, _ in FITS}})))
    rows = []
    for n, typed_item in enumerate(typed_subset):
        row: dict[str, Any] = {"text": typed_item.query.text, "style": typed_item.query.style,
                               "expected": typed_item.query.expected_id, "heard": target.spoken[n].query.text}
        row.update({fit: right(runs[fit]["spoken"][n]) for fit, _ in FITS})
        rows.append(row)
    for before, after in COMPARISONS[:2]:
        print(f"  spoken questions changed {before} -> {after}:")
        for row in rows:
            if row[before] != row[after]:
                print(f"    {'+' if row[after] else '-'} [{row['style']}] {row['text']} -> {row['heard']}")
    return rows


def cross_validated(target: SetItems, other: SetItems, *, n_folds: int = 10) -> None:
    """Within-set cross-validation (the project's usual figure): folds of ``target`` grouped by expected entry
    (a typed query and its transcript in the same fold); every fold answered by a model fitted on the other set
    and the other folds, with or without the transcripts (of the other set, of this set's other folds, both)."""
    from knowledge.tuning import SEED, _folds, fit_model

    items = [*target.typed, *target.spoken]
    folds = _folds(items, n_folds, SEED)
    n_typed = len(target.typed)
    fits = {"typed only": (False, False), "+ other set's spoken": (True, False), "+ own folds' spoken": (False, True),
            "+ both spoken": (True, True)}
    outcomes: dict[str, list[Any]] = {name: [None] * len(items) for name in fits}
    started = time.perf_counter()
    for fold in range(n_folds):
        test = [n for n, f in enumerate(folds) if f == fold]
        for name, (other_spoken, own_spoken) in fits.items():
            train = [*other.typed, *(other.spoken if other_spoken else []),
                     *(item for n, item in enumerate(items) if folds[n] != fold and (n < n_typed or own_spoken))]
            model = fit_model(train)
            for n, outcome in zip(test, outcomes_for(model, [items[n] for n in test], spoken_scope=None), strict=True):
                outcomes[name][n] = outcome
    print(f"\n# {target.name} set, {n_folds}-fold cross-validation with the {other.name} set always training "
          f"({time.perf_counter() - started:.0f} s)")
    for name in fits:
        print(line(f"typed, {name}", outcomes[name][:n_typed]))
        print(line(f"spoken, {name}", outcomes[name][n_typed:]))
    for name in list(fits)[1:]:
        for kind, part in (("typed", slice(0, n_typed)), ("spoken", slice(n_typed, None))):
            print(f"  typed only -> {name} {kind:<7} {paired(outcomes['typed only'][part], outcomes[name][part])}")
    print("  P@1 per style:")
    print("\n".join(per_style({f"spoken {name}": outcomes[name][n_typed:] for name in fits})))


def product_cross_validated(target: SetItems, other: SetItems, extra: list[Any], *, n_folds: int = 10) -> None:
    """10-fold cross-validation over ``target``'s corpus with the shipped model's training sets (``target`` typed,
    ``extra`` typed - these only train -, ``other`` typed) with or without the transcripts of both sets."""
    from knowledge.tuning import SEED, _folds, fit_model

    items = [*target.typed, *target.spoken, *extra]
    n_typed, n_spoken = len(target.typed), len(target.spoken)
    folds = _folds(items, n_folds, SEED)
    fits = {"shipped sets": False, "+ spoken": True}
    outcomes: dict[str, list[Any]] = {name: [None] * (n_typed + n_spoken) for name in fits}
    started = time.perf_counter()
    for fold in range(n_folds):
        test = [n for n, f in enumerate(folds) if f == fold and n < n_typed + n_spoken]
        for name, spoken in fits.items():
            train = [*other.typed, *(other.spoken if spoken else []),
                     *(item for n, item in enumerate(items)
                       if folds[n] != fold and (spoken or not n_typed <= n < n_typed + n_spoken))]
            model = fit_model(train)
            for n, outcome in zip(test, outcomes_for(model, [items[n] for n in test], spoken_scope=None), strict=True):
                outcomes[name][n] = outcome
    print(f"\n# {target.name} set, {n_folds}-fold cross-validation, trained on the shipped model's sets "
          f"({target.name} + {', '.join(PRODUCT_SETS[target.name])} + {other.name}), with or without the transcripts "
          f"of both sets ({time.perf_counter() - started:.0f} s)")
    for name in fits:
        print(line(f"typed, {name}", outcomes[name][:n_typed]))
        print(line(f"spoken, {name}", outcomes[name][n_typed:]))
    print(f"  paired typed  {paired(outcomes['shipped sets'][:n_typed], outcomes['+ spoken'][:n_typed])}")
    print(f"  paired spoken {paired(outcomes['shipped sets'][n_typed:], outcomes['+ spoken'][n_typed:])}")
    print("  P@1 per style:")
    print("\n".join(per_style({f"spoken {name}": outcomes[name][n_typed:] for name in fits})))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=Path, default=Path("/tmp/spoken-ranking-items.pkl"),
                        help="prepared items cache (written on the first run)")
    parser.add_argument("--merged", action="store_true", help="transcripts join the typed set (one set name)")
    parser.add_argument("--cv", action="store_true", help="within-set 10-fold cross-validation instead")
    parser.add_argument("--product", choices=("dev", "osaki"), default=None,
                        help="10-fold cross-validation of this set with the shipped model's training sets "
                             "(dev: with --osaki-plain, as the plain model; osaki: as the alternatives model)")
    parser.add_argument("--product-items", type=Path, default=None, help="prepared items cache of those sets")
    parser.add_argument("--osaki-plain", action="store_true",
                        help="the Osaki corpus without its alternative questions (as the plain model is fitted)")
    parser.add_argument("--save", type=Path, default=None, help="per-query outcomes as JSON")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from knowledge.settings import KnowledgeSettings

    sets = load_items(args.items, plain=args.osaki_plain)
    if args.product is not None:
        from bench.spoken_support import DEV_CORPUS, OSAKI_CORPUS

        other = "osaki" if args.product == "dev" else "dev"
        corpus = DEV_CORPUS if args.product == "dev" else OSAKI_CORPUS
        extra = product_items(args.product, corpus, args.product_items)
        product_cross_validated(sets[args.product], sets[other], extra)
        return
    if args.cv:
        for test, train in (("dev", "osaki"), ("osaki", "dev")):
            cross_validated(sets[test], sets[train])
        return
    spoken_scope = KnowledgeSettings().spoken_scope_threshold
    saved = {test: report_direction(sets[test], sets[train], merged=args.merged, spoken_scope=spoken_scope)
             for test, train in (("dev", "osaki"), ("osaki", "dev"))}
    if args.save is not None:
        args.save.write_text(json.dumps(saved, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
