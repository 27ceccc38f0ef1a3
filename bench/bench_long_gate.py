"""The channels' agreement on a long telling's first answer as gate inputs, held out (twenty-fourth session): do
they tell a right first answer of a long telling from a wrong one, and does the shipped threshold rule then answer more?

    .venv/bin/python bench/bench_long_gate.py --cache /tmp/plain-items.pkl --rows-cache /tmp/long-rows-13.pkl \
        --seeds 13 --never-train faq-queries-19.tsv,faq-queries-20.tsv,faq-queries-21.tsv [--trials ...] [--per-set]

As ``bench_aspect_gate.py``: each labelled ``faq.csv`` set not in ``--never-train`` is left out in turn, the re-ranker
fitted on the other sets and Osaki 1 (plain), the fitting queries' gate rows computed out of fold (5 inner folds, as
:func:`knowledge.tuning.fit_gates`); the ``--never-train`` sets are answered by one fit on every other set. The rows
carry every :data:`~knowledge.features.GATE_FEATURES` column and then the agreement inputs of
:mod:`bench.long_gate_support` (read on each row's re-ranked candidates), so each trial costs only the logistic fits:
both gates and the thresholds (the plain rule) as ``knowledge tune`` fits them. ``base`` is the shipped plain gate;
``+name`` adds one agreement input, ``+agreement`` all four. Printed per trial, pooled over the left-out sets and
apart over the never-train sets: the gate's AUROC (right against wrong first answers) over long tellings and over all,
the coverage the gate's own order reaches at answered precision 0.92 (long tellings and all, no out-of-scope question
counted), the scope gate's AUROC, the rule (answered precision @ coverage / NONE recall, coverage of long tellings) and
the sets where it holds.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.bench_gate_features import Rows, fold_outputs  # noqa: E402
from bench.long_gate_support import AGREEMENT_FEATURES, COVER_FEATURES, agreement_features, need_cover  # noqa: E402
from bench.plain_support import auroc, faq_sets, prepared  # noqa: E402
from knowledge.decision import decide  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402
from knowledge.features import GATE_FEATURES, QueryFacts  # noqa: E402
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker  # noqa: E402
from knowledge.tuning import INNER_FOLDS, PreparedItem, _folds, fit_ranker, gate_rows  # noqa: E402

BASE = GATE_FEATURES  # the shipped gate; the agreement and need-cover inputs follow it in every row
NAMES = (*BASE, *AGREEMENT_FEATURES, *COVER_FEATURES)
NEEDS: dict[str, QueryFacts | None] = {}  # the need sentence's analysis per "corpus|query" (need_facts)


def need_facts(items: Sequence[PreparedItem]) -> dict[str, QueryFacts | None]:
    """Each long telling's need sentence analysed as the search analyses a query (terms, idf and synonyms of its
    corpus), keyed by "corpus|query"; None for a short query."""
    from dataclasses import replace

    from knowledge.ingest import load_corpus
    from knowledge.need import extract_need
    from knowledge.ranker import untrained_model
    from knowledge.service import searcher_for_entries
    from knowledge.settings import KnowledgeSettings

    out: dict[str, QueryFacts | None] = {}
    for corpus in sorted({i.corpus_name for i in items}):
        entries = [replace(e, questions=()) for e in load_corpus(Path(corpus))]
        searcher = searcher_for_entries(entries, KnowledgeSettings(), model=untrained_model())
        for item in (i for i in items if i.corpus_name == corpus):
            need = extract_need(item.prepared.text)
            out[f"{corpus}|{item.query.text}"] = (
                searcher._query_facts(need, long=True) if need is not None else None)
    return out


def rows(items: Sequence[PreparedItem], ranker: SoftmaxRanker) -> Rows:
    """Gate rows (the shipped features, then the candidate inputs), labels and out-of-scope flags."""
    feats, labels = gate_rows(items, ranker)
    model = RankingModel(ranker, LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.5)
    extra = []
    for item in items:
        order = decide(model, item.prepared, item.facts).order
        extra.append([*agreement_features([item.prepared.candidates[i] for i in order],
                                          long=item.prepared.facts.long),
                      *need_cover(NEEDS.get(f"{item.corpus_name}|{item.query.text}"),
                                  [item.facts[item.prepared.candidates[i].doc].question_terms for i in order])])
    return Rows(np.hstack([feats, np.array(extra, dtype=np.float64).reshape(len(items), -1)]), labels > 0,
                np.array([i.query.expected_id == OUT_OF_SCOPE for i in items]))


def fitted(train_items: Sequence[PreparedItem], test_items: Sequence[PreparedItem], seed: int,
           ) -> tuple[Rows, list[int], Rows]:
    """The fitting queries' rows out of fold (inner folds of ``seed``), the folds, and the left-out rows."""
    folds = _folds(train_items, INNER_FOLDS, seed)
    n = len(train_items)
    train = Rows(np.zeros((n, len(NAMES))), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
    for fold in range(INNER_FOLDS):
        idx = [k for k, f in enumerate(folds) if f == fold]
        part = rows([train_items[k] for k in idx],
                    fit_ranker([i for i, f in zip(train_items, folds, strict=True) if f != fold]))
        train.feats[idx], train.correct[idx], train.is_none[idx] = part.feats, part.correct, part.is_none
    return train, folds, rows(test_items, fit_ranker(train_items))


def columns(trial: str) -> np.ndarray:
    """BASE's columns plus the named inputs ('+'-joined; 'agreement' = its four, 'cover' = the need cover's two)."""
    groups = {"agreement": AGREEMENT_FEATURES, "cover": COVER_FEATURES}
    names = list(BASE)
    for part in filter(None, trial.split("+")):
        if part != "base":
            names += groups.get(part, (part,))
    return np.array([NAMES.index(n) for n in names], dtype=int)


def coverage_at(conf: np.ndarray, correct: np.ndarray, target: float = TARGET_ANSWERED_PRECISION) -> float:
    """The largest share of questions answered in the order of ``conf`` whose answered precision reaches ``target``."""
    if not len(conf):
        return 0.0
    order = np.argsort(-conf, kind="stable")
    precision = np.cumsum(correct[order]) / np.arange(1, len(conf) + 1)
    ok = np.flatnonzero(precision >= target)
    return float((ok.max() + 1) / len(conf)) if len(ok) else 0.0


def summary(p: dict[str, np.ndarray], holds: str) -> str:
    inside = ~p["none"]
    long_in = inside & p["long"]
    shipped = p["answered"][inside]
    right = inside & p["correct"]
    scope_auc = auroc(p["scope"][p["none"] | right], p["none"][p["none"] | right])
    return (f"gate AUROC long {auroc(p['conf'][long_in], p['correct'][long_in]):.3f} all "
            f"{auroc(p['conf'][inside], p['correct'][inside]):.3f}; cov@0.92 long "
            f"{coverage_at(p['conf'][long_in], p['correct'][long_in]):.3f} all "
            f"{coverage_at(p['conf'][inside], p['correct'][inside]):.3f}; scope AUROC {scope_auc:.3f}; rule "
            f"{(shipped & p['correct'][inside]).sum() / max(int(shipped.sum()), 1):.3f} @ {shipped.mean():.3f} / "
            f"{(~p['answered'][p['none']]).mean():.3f}, long cov {p['answered'][long_in].mean():.3f}; holds {holds}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--rows-cache", type=Path, required=True)
    parser.add_argument("--seeds", default="13,1")
    parser.add_argument("--trials", default="base,agreement")
    parser.add_argument("--never-train", default="faq-queries-19.tsv,faq-queries-20.tsv,faq-queries-21.tsv")
    parser.add_argument("--per-set", action="store_true")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    NEEDS.update(need_facts(items))
    never = set(filter(None, args.never_train.split(",")))
    names = [p.name for p in faq_sets()]
    cached: dict[tuple[str, int], tuple[Rows, list[int], Rows]] = (
        pickle.loads(args.rows_cache.read_bytes()) if args.rows_cache.exists() else {})
    trials = args.trials.split(",")
    pooled: dict[str, dict[str, list[np.ndarray]]] = defaultdict(lambda: defaultdict(list))
    per_set: dict[str, list[tuple[str, float, float, float, float]]] = defaultdict(list)
    for seed in (int(s) for s in args.seeds.split(",")):
        unseen_fit: tuple[Rows, list[int]] | None = None
        for name in names:
            test_items = [i for i in items if i.set_name == name]
            train_items = [i for i in items if i.set_name != name and i.set_name not in never]
            if (name, seed) not in cached:
                if name in never and unseen_fit is not None:  # the never-train sets share one fit
                    cached[(name, seed)] = (*unseen_fit, rows(test_items, fit_ranker(train_items)))
                else:
                    cached[(name, seed)] = fitted(train_items, test_items, seed)
                args.rows_cache.write_bytes(pickle.dumps(cached))
                print(f"  rows {name} seed {seed}", flush=True)
            train, folds, test = cached[(name, seed)]
            if name in never:
                unseen_fit = (train, folds)
            set_names = sorted({i.set_name for i in train_items})
            groups = np.array([set_names.index(i.set_name) for i in train_items])
            long = np.array([i.prepared.facts.long for i in test_items])
            for trial in trials:
                conf, scope, gate_t, scope_t = fold_outputs(train, folds, columns(trial), groups, test)
                answered = (conf >= gate_t) & (scope < scope_t)
                for key, value in (("conf", conf), ("scope", scope), ("correct", test.correct),
                                   ("none", test.is_none), ("answered", answered), ("long", long)):
                    pooled[f"{trial}|{name in never}"][key].append(value)
                inside = ~test.is_none
                shipped = answered[inside]
                precision = (shipped & test.correct[inside]).sum() / max(int(shipped.sum()), 1)
                per_set[trial].append((f"{name} s{seed}", float(precision), float(shipped.mean()),
                                       float((~answered[~inside]).mean()), float(answered[inside & long].mean())))
    for trial in trials:
        for unseen in (False, True):
            p = {k: np.concatenate(v) for k, v in pooled[f"{trial}|{unseen}"].items()}
            if not p:
                continue
            sets = [r for r in per_set[trial] if (r[0].split(" ")[0] in never) == unseen]
            holds = sum(1 for r in sets if r[1] >= TARGET_ANSWERED_PRECISION and r[3] >= TARGET_NONE_RECALL)
            label = "never-train sets" if unseen else "left-out sets"
            print(f"{trial} [{label}]: {summary(p, f'{holds}/{len(sets)}')}", flush=True)
        if args.per_set:
            for label, pr, c, nr, lc in per_set[trial]:
                print(f"    {label:<26} {pr:.3f} @ {c:.3f} / {nr:.3f}  long cov {lc:.3f}")


if __name__ == "__main__":
    main()
