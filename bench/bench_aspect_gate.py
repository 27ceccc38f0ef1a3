"""The asked aspect against the first entry's answer, held out (twenty-third session): does a gate input for "the
thing asked is not in the best entry's answer" separate out-of-scope questions from right answers, and does the
shipped threshold rule then answer more?

    .venv/bin/python bench/bench_aspect_gate.py --cache /tmp/plain-items.pkl --rows-cache /tmp/aspect-rows.pkl \
        --seeds 13,1 --never-train faq-queries-19.tsv,faq-queries-20.tsv [--trials base,aspects,...] [--per-set]

Each labelled ``faq.csv`` set is left out in turn (the ``--never-train`` sets are answered but never fit); the
re-ranker is fitted on the other sets and Osaki 1 (plain), the fitting queries' gate rows are computed out of fold (5
inner folds, as :func:`knowledge.tuning.fit_gates`), and the first entry of every row is kept, so that candidate
features read from the query and that entry (:mod:`knowledge.aspects`) cost only the logistic fits. For each trial
both gates and the thresholds (the plain model's rule) are fitted on the rows as ``knowledge tune`` fits them.
Printed per trial, pooled: the scope gate's AUROC (out of scope against right first answers), the gate's AUROC (right
against wrong first answers), the rule held out (answered precision @ coverage / NONE recall), the sets where
precision >= 0.92 and NONE recall >= 0.85 hold, and per set with ``--per-set``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.bench_gate_features import Rows, fold_outputs  # noqa: E402
from bench.plain_support import FAQ_CORPUS, OSAKI, auroc, faq_sets, prepared  # noqa: E402
from knowledge.aspects import ANSWER_QUANTITY, ASKS_PRICE, kind_clash, payment_missing, price_missing  # noqa: E402
from knowledge.decision import decide  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402
from knowledge.features import ASKS_VALUE, GATE_FEATURES, LATER_GATE_FEATURES  # noqa: E402
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker  # noqa: E402
from knowledge.tuning import INNER_FOLDS, PreparedItem, _folds, fit_ranker, gate_rows  # noqa: E402

# The candidates (the shipped aspect_missing is the "any of the three"; the base rows of a cache written before it
# was shipped lack it: their columns are GATE_FEATURES without it, see ``base_rows``).
ASPECT_FEATURES = ("price_missing", "payment_missing", "kind_clash", "aspect_missing", "amount_missing_wide")
Tops = list[str]  # the re-ranked first entry's "corpus|id" per row ("" without candidates)
BASE_FEATURES = tuple(f for f in GATE_FEATURES if f not in LATER_GATE_FEATURES)  # the gate before this session


def amount_missing_wide(query: str, answer: str) -> bool:
    """An amount asked (ASKS_VALUE's or ASKS_PRICE's words) and no quantity stated (万円 too, which the shipped
    ANSWER_VALUE misses): a candidate replacement of amount_missing."""
    asked = bool(ASKS_VALUE["amount"].search(query) or ASKS_PRICE.search(query))
    return asked and not ANSWER_QUANTITY.search(answer)


def aspect_features(query: str, question: str, answer: str) -> list[float]:
    """ASPECT_FEATURES of a query against an entry's question and answer."""
    text = question + "\n" + answer
    flags = [price_missing(query, answer), payment_missing(query, text), kind_clash(query, text)]
    return [*(float(f) for f in flags), float(any(flags)), float(amount_missing_wide(query, answer))]


def rows_with_tops(items: Sequence[PreparedItem], ranker: SoftmaxRanker) -> tuple[Rows, Tops]:
    base, labels = gate_rows(items, ranker)
    model = RankingModel(ranker, LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.5)
    tops = []
    for item in items:
        order = decide(model, item.prepared, item.facts).order
        tops.append(f"{item.corpus_name}|{item.ids[item.prepared.candidates[order[0]].doc]}" if order else "")
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in items])
    return base_rows(Rows(base, labels > 0, is_none)), tops


def fitted(train_items: Sequence[PreparedItem], test_items: Sequence[PreparedItem], seed: int,
           ) -> tuple[Rows, Tops, list[int], Rows, Tops]:
    folds = _folds(train_items, INNER_FOLDS, seed)
    n = len(train_items)
    train = Rows(np.zeros((n, len(BASE_FEATURES))), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
    tops = [""] * n
    for fold in range(INNER_FOLDS):
        idx = [k for k, f in enumerate(folds) if f == fold]
        part, part_tops = rows_with_tops([train_items[k] for k in idx], fit_ranker(
            [i for i, f in zip(train_items, folds, strict=True) if f != fold]))
        part = base_rows(part)
        train.feats[idx], train.correct[idx], train.is_none[idx] = part.feats, part.correct, part.is_none
        for k, t in zip(idx, part_tops, strict=True):
            tops[k] = t
    test, test_tops = rows_with_tops(test_items, fit_ranker(train_items))
    return train, tops, folds, test, test_tops


def entry_texts() -> dict[str, tuple[str, str]]:
    from knowledge.ingest import load_corpus
    return {f"{corpus}|{e.id}": (e.question, e.answer) for corpus in (FAQ_CORPUS, OSAKI[0])
            for e in load_corpus(corpus)}


def base_rows(rows: Rows) -> Rows:
    """``rows`` with the BASE_FEATURES columns only (rows written with the shipped aspect_missing drop it)."""
    if rows.feats.shape[1] == len(BASE_FEATURES):
        return rows
    keep = [GATE_FEATURES.index(f) for f in BASE_FEATURES]
    return Rows(rows.feats[:, keep], rows.correct, rows.is_none)


def with_aspects(rows: Rows, items: Sequence[PreparedItem], tops: Tops, texts: dict[str, tuple[str, str]],
                 feature: Callable[[str, str, str], list[float]]) -> Rows:
    extra = [feature(i.prepared.text, *texts.get(t, ("", ""))) for i, t in zip(items, tops, strict=True)]
    return Rows(np.hstack([base_rows(rows).feats, np.array(extra, dtype=np.float64).reshape(len(items), -1)]),
                rows.correct, rows.is_none)


def columns(trial: str) -> np.ndarray:
    """The shipped features plus the named aspect features ('+'-joined; 'aspects' = all, '-name' drops one)."""
    keep = list(range(len(BASE_FEATURES)))
    for part in filter(None, trial.replace("-", "+-").split("+")):
        if part == "base":
            continue
        if part.startswith("-"):
            keep.remove(BASE_FEATURES.index(part[1:]))
            continue
        names = ASPECT_FEATURES if part == "aspects" else (part,)
        keep += [len(BASE_FEATURES) + ASPECT_FEATURES.index(n) for n in names]
    return np.array(keep, dtype=int)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--rows-cache", type=Path, required=True)
    parser.add_argument("--seeds", default="13,1")
    parser.add_argument("--trials", default="base,aspects")
    parser.add_argument("--never-train", default="faq-queries-19.tsv,faq-queries-20.tsv")
    parser.add_argument("--per-set", action="store_true")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    never = set(filter(None, args.never_train.split(",")))
    texts = entry_texts()
    names = [p.name for p in faq_sets()]
    cached: dict[tuple[str, int], tuple[Rows, Tops, list[int], Rows, Tops]] = (
        pickle.loads(args.rows_cache.read_bytes()) if args.rows_cache.exists() else {})
    trials = args.trials.split(",")
    pooled: dict[str, dict[str, list[np.ndarray]]] = defaultdict(lambda: defaultdict(list))
    per_set: dict[str, list[tuple[str, float, float, float]]] = defaultdict(list)
    for seed in (int(s) for s in args.seeds.split(",")):
        for name in names:
            test_items = [i for i in items if i.set_name == name]
            train_items = [i for i in items if i.set_name != name and i.set_name not in never]
            if (name, seed) not in cached:
                twin = next((k for k in never if k != name and name in never and (k, seed) in cached), None)
                if twin is not None:  # a never-train set left out: the same fit as the other never-train set
                    tr, tt, fo, _, _ = cached[(twin, seed)]
                    test, test_tops = rows_with_tops(test_items, fit_ranker(train_items))
                    cached[(name, seed)] = (tr, tt, fo, test, test_tops)
                else:
                    cached[(name, seed)] = fitted(train_items, test_items, seed)
                args.rows_cache.write_bytes(pickle.dumps(cached))
                print(f"  rows {name} seed {seed}", flush=True)
            train, train_tops, folds, test, test_tops = cached[(name, seed)]
            train_x = with_aspects(train, train_items, train_tops, texts, aspect_features)
            test_x = with_aspects(test, test_items, test_tops, texts, aspect_features)
            set_names = sorted({i.set_name for i in train_items})
            groups = np.array([set_names.index(i.set_name) for i in train_items])
            for trial in trials:
                conf, scope, gate_t, scope_t = fold_outputs(train_x, folds, columns(trial), groups, test_x)
                answered = (conf >= gate_t) & (scope < scope_t)
                for key, value in (("conf", conf), ("scope", scope), ("correct", test.correct),
                                   ("none", test.is_none), ("answered", answered)):
                    pooled[f"{trial}|{name in never}"][key].append(value)
                inside = ~test.is_none
                shipped = answered[inside]
                precision = (shipped & test.correct[inside]).sum() / max(int(shipped.sum()), 1)
                per_set[trial].append((f"{name} s{seed}", float(precision), float(shipped.mean()),
                                       float((~answered[~inside]).mean())))
    for trial in trials:
        for unseen in (False, True):
            p = {k: np.concatenate(v) for k, v in pooled[f"{trial}|{unseen}"].items()}
            if not p:
                continue
            inside = ~p["none"]
            shipped = p["answered"][inside]
            right = inside & p["correct"]
            scope_auc = auroc(p["scope"][p["none"] | right], p["none"][p["none"] | right])
            rows = [r for r in per_set[trial] if (r[0].split(" ")[0] in never) == unseen]
            holds = sum(1 for _, pr, _, nr in rows if pr >= TARGET_ANSWERED_PRECISION and nr >= TARGET_NONE_RECALL)
            label = "never-train sets" if unseen else "left-out sets"
            print(f"{trial} [{label}]: scope AUROC (NONE vs right) {scope_auc:.3f}, gate AUROC "
                  f"{auroc(p['conf'][inside], p['correct'][inside]):.3f}; rule "
                  f"{(shipped & p['correct'][inside]).sum() / max(int(shipped.sum()), 1):.3f} @ {shipped.mean():.3f} / "
                  f"{(~p['answered'][p['none']]).mean():.3f}; holds {holds}/{len(rows)}", flush=True)
        if args.per_set:
            for label, pr, c, nr in per_set[trial]:
                print(f"    {label:<26} {pr:.3f} @ {c:.3f} / {nr:.3f}")


if __name__ == "__main__":
    main()
