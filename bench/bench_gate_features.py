"""Candidate gate features of the plain model, held out: does the confidence gate separate right from wrong first
answers better, and does the shipped threshold rule then answer more?

    .venv/bin/python bench/bench_gate_features.py --cache /tmp/plain-items.pkl \
        [--plain-cache /tmp/plain-items-novocab.pkl] [--seeds 13,1,2] [--trials base,margins,...] [--per-set]

Each labelled ``faq.csv`` set (dev, faq-2..N) is left out in turn; the re-ranker is fitted on the others and Osaki 1
(plain), the gate rows of the fitting queries are computed out of fold (5 inner folds, as
:func:`knowledge.tuning.fit_gates`) with every candidate feature of :mod:`bench.gate_feature_support` appended, and
for each trial (the shipped :data:`~knowledge.features.GATE_FEATURES` plus a group of candidates) both gates and the
thresholds (:func:`knowledge.thresholds.pick_thresholds`, the plain model's rule) are fitted on those rows exactly as
``knowledge tune`` does. Printed per trial, pooled over the left-out sets and seeds: the gate's AUROC over right and
wrong first answers in scope (pooled, and the mean per set), the coverage at answered precision 0.92 and 0.96 when the
in-scope questions are answered in the gate's order, the scope gate's AUROC, and what the rule answers held out:
precision @ coverage / NONE recall, the sets where precision >= 0.92 and NONE recall >= 0.85 hold, coverage per style.
``--plain-cache`` holds the queries prepared without the vocabulary (``KNOWLEDGE_VOCABULARY_PATH`` at an empty file;
written when missing): the ``stability`` group needs it (zeros without). ``--rows-cache`` keeps the gate rows of
every left-out set and seed (the slow part: the inner re-rankers) so that more trials cost only the logistic fits.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.gate_feature_support import GROUPS, extra_features  # noqa: E402
from bench.plain_support import FAQ_CORPUS, OSAKI, auroc, faq_sets, prepared  # noqa: E402
from knowledge.decision import decide  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE, TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402
from knowledge.features import GATE_FEATURES  # noqa: E402
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker  # noqa: E402
from knowledge.thresholds import pick_thresholds, rule_for  # noqa: E402
from knowledge.tuning import INNER_FOLDS, PreparedItem, _folds, _sigmoid, fit_logistic, fit_ranker, gate_rows  # noqa: E402

EXTRA_NAMES = tuple(n for group in GROUPS.values() for n in group)
EMPTY_VOCABULARY = "synonyms: {}\nrewrites: []\n"


@dataclass
class Rows:
    """Base gate rows with every candidate feature appended, labels and out-of-scope flags."""

    feats: np.ndarray
    correct: np.ndarray
    is_none: np.ndarray


def rows_for(items: Sequence[PreparedItem], ranker: SoftmaxRanker, questions: dict[tuple[str, str], str],
             plain: dict[int, PreparedItem]) -> Rows:
    base, labels = gate_rows(items, ranker)
    model = RankingModel(ranker, LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.5)
    extra = []
    for item in items:
        decision = decide(model, item.prepared, item.facts)
        twin = plain.get(id(item))
        plain_top = None
        if twin is not None:
            twin_order = decide(model, twin.prepared, twin.facts).order
            plain_top = [twin.ids[twin.prepared.candidates[i].doc] for i in twin_order]
        by_id = {k[1]: v for k, v in questions.items() if k[0] == item.corpus_name}
        values = extra_features(item, decision, by_id, plain_top)
        extra.append([values[n] for n in EXTRA_NAMES])
    is_none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in items])
    return Rows(np.hstack([base, np.array(extra, dtype=np.float64).reshape(len(items), -1)]), labels > 0, is_none)


def columns(trial: str) -> np.ndarray:
    """Column indices of a trial: the shipped features plus the named groups or features ('+'-joined); a part
    ``-name`` drops that shipped feature (``wide_values-amount_missing-date_missing``: a replacement)."""
    keep = list(range(len(GATE_FEATURES)))
    for part in filter(None, trial.replace("-", "+-").split("+")):
        if part == "base":
            continue
        if part.startswith("-"):
            keep.remove(GATE_FEATURES.index(part[1:]))
            continue
        names = GROUPS.get(part, (part,))
        keep += [len(GATE_FEATURES) + EXTRA_NAMES.index(n) for n in names]
    return np.array(keep, dtype=int)


def coverage_at(conf: np.ndarray, correct: np.ndarray, precision: float) -> float:
    """The largest share of questions answered (in ``conf`` order) at answered precision >= ``precision``."""
    order = np.argsort(-conf, kind="stable")
    running = np.cumsum(correct[order]) / np.arange(1, len(conf) + 1)
    meets = np.flatnonzero(running >= precision)
    return float((meets.max() + 1) / len(conf)) if len(meets) else 0.0


def fold_outputs(train: Rows, folds: list[int], cols: np.ndarray, groups: np.ndarray, test: Rows,
                 ) -> tuple[np.ndarray, np.ndarray, float, float]:
    """Both gates on the out-of-fold training rows (as fit_gates), thresholds by the plain rule, applied to test."""
    x, tx = train.feats[:, cols], test.feats[:, cols]
    gate = fit_logistic(x[~train.is_none], train.correct[~train.is_none].astype(np.float64))
    scope = fit_logistic(x, train.is_none.astype(np.float64))
    conf, out = np.zeros(len(x)), np.zeros(len(x))
    f = np.array(folds)
    for fold in range(INNER_FOLDS):
        tr, te = f != fold, f == fold
        inside = tr & ~train.is_none
        conf[te] = _sigmoid(fit_logistic(x[inside], train.correct[inside].astype(np.float64)), x[te])
        out[te] = _sigmoid(fit_logistic(x[tr], train.is_none[tr].astype(np.float64)), x[te])
    gate_t, scope_t = pick_thresholds(conf, out, train.correct, train.is_none, groups, rule=rule_for(plain=True))
    return _sigmoid(gate, tx), _sigmoid(scope, tx), gate_t, scope_t


def fitted_rows(train_items: Sequence[PreparedItem], test_items: Sequence[PreparedItem], seed: int,
                questions: dict[tuple[str, str], str], twins: dict[int, PreparedItem],
                ) -> tuple[Rows, list[int], Rows]:
    """The fitting queries' gate rows out of fold (inner folds of ``seed``), the folds, and the left-out rows."""
    folds = _folds(train_items, INNER_FOLDS, seed)
    train = Rows(np.zeros((len(train_items), len(GATE_FEATURES) + len(EXTRA_NAMES))),
                 np.zeros(len(train_items), dtype=bool), np.zeros(len(train_items), dtype=bool))
    for fold in range(INNER_FOLDS):
        idx = [n for n, f in enumerate(folds) if f == fold]
        part = rows_for([train_items[n] for n in idx], fit_ranker(
            [i for i, f in zip(train_items, folds, strict=True) if f != fold]), questions, twins)
        train.feats[idx], train.correct[idx], train.is_none[idx] = part.feats, part.correct, part.is_none
    return train, folds, rows_for(test_items, fit_ranker(train_items), questions, twins)


def load_questions() -> dict[tuple[str, str], str]:
    from knowledge.ingest import load_corpus
    return {(str(corpus), e.id): e.question for corpus in (FAQ_CORPUS, OSAKI[0]) for e in load_corpus(corpus)}


def plain_twins(items: Sequence[PreparedItem], cache: Path | None) -> dict[int, PreparedItem]:
    """Each item's twin prepared without the vocabulary, keyed by ``id(item)`` (empty without ``cache``)."""
    if cache is None:
        return {}
    empty = cache.with_suffix(".yaml")
    empty.write_text(EMPTY_VOCABULARY, "utf-8")
    previous = os.environ.get("KNOWLEDGE_VOCABULARY_PATH")
    os.environ["KNOWLEDGE_VOCABULARY_PATH"] = str(empty)
    try:
        twins = prepared(faq_sets(), cache)
    finally:
        if previous is None:
            del os.environ["KNOWLEDGE_VOCABULARY_PATH"]
        else:
            os.environ["KNOWLEDGE_VOCABULARY_PATH"] = previous
    assert [t.query for t in twins] == [i.query for i in items], "the two caches hold different queries"
    return {id(i): t for i, t in zip(items, twins, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--plain-cache", type=Path)
    parser.add_argument("--seeds", default="13")
    parser.add_argument("--trials", default="base," + ",".join(GROUPS) + ",all")
    parser.add_argument("--per-set", action="store_true")
    parser.add_argument("--rows-cache", type=Path, help="pickle of the gate rows per left-out set and seed")
    parser.add_argument("--never-train", default="", help="a set (file name) that never fits, only answers")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    twins = plain_twins(items, args.plain_cache)
    questions = load_questions()
    trials = [t if t != "all" else "+".join(GROUPS) for t in args.trials.split(",")]
    names = [p.name for p in faq_sets()]
    styles = np.array([i.query.style for i in items])
    pooled: dict[str, dict[str, list[np.ndarray]]] = defaultdict(lambda: defaultdict(list))
    per_set: dict[str, list[tuple[str, float, float, float, float]]] = defaultdict(list)
    cached: dict[tuple[str, int], tuple[Rows, list[int], Rows]] = (
        pickle.loads(args.rows_cache.read_bytes()) if args.rows_cache is not None and args.rows_cache.exists() else {})
    for seed in (int(s) for s in args.seeds.split(",")):
        for name in names:
            test_items = [i for i in items if i.set_name == name]
            train_items = [i for i in items if i.set_name not in (name, args.never_train)]
            if (name, seed) not in cached:
                cached[(name, seed)] = fitted_rows(train_items, test_items, seed, questions, twins)
                if args.rows_cache is not None:
                    args.rows_cache.write_bytes(pickle.dumps(cached))
            train, folds, test = cached[(name, seed)]
            set_names = sorted({i.set_name for i in train_items})
            groups = np.array([set_names.index(i.set_name) for i in train_items])
            test_styles = styles[[n for n, i in enumerate(items) if i.set_name == name]]
            for trial in trials:
                conf, scope, gate_t, scope_t = fold_outputs(train, folds, columns(trial), groups, test)
                answered = (conf >= gate_t) & (scope < scope_t)
                for key, value in (("conf", conf), ("scope", scope), ("correct", test.correct),
                                   ("none", test.is_none), ("answered", answered), ("style", test_styles)):
                    pooled[trial][key].append(value)
                inside = ~test.is_none
                shipped = answered[inside]
                precision = (shipped & test.correct[inside]).sum() / max(int(shipped.sum()), 1)
                per_set[trial].append((f"{name} s{seed}", auroc(conf[inside], test.correct[inside]),
                                       float(precision), float(shipped.mean()), float((~answered[~inside]).mean())))
            print(f"  done {name} seed {seed}", flush=True)
    for trial in trials:
        p = {k: np.concatenate(v) for k, v in pooled[trial].items()}
        inside = ~p["none"]
        shipped = p["answered"][inside]
        holds = sum(1 for _, _, pr, _, nr in per_set[trial]
                    if pr >= TARGET_ANSWERED_PRECISION and nr >= TARGET_NONE_RECALL)
        cover_style = "  ".join(f"{s} {p['answered'][inside & (p['style'] == s)].mean():.3f}"
                                for s in sorted(set(p["style"].tolist())))
        print(f"{trial}\n  gate AUROC {auroc(p['conf'][inside], p['correct'][inside]):.3f} pooled, "
              f"{np.mean([a for _, a, _, _, _ in per_set[trial]]):.3f} mean per set; coverage at precision 0.92 / 0.96 "
              f"in gate order {coverage_at(p['conf'][inside], p['correct'][inside], 0.92):.3f} / "
              f"{coverage_at(p['conf'][inside], p['correct'][inside], 0.96):.3f}; scope AUROC "
              f"{auroc(p['scope'], p['none']):.3f}\n  rule held out: "
              f"{(shipped & p['correct'][inside]).sum() / max(int(shipped.sum()), 1):.3f} @ {shipped.mean():.3f} / "
              f"{(~p['answered'][p['none']]).mean():.3f}; mean coverage per set "
              f"{np.mean([c for _, _, _, c, _ in per_set[trial]]):.3f}, mean NONE "
              f"{np.mean([n for _, _, _, _, n in per_set[trial]]):.3f}; holds {holds}/{len(per_set[trial])}\n"
              f"  coverage per style: {cover_style}", flush=True)
        if args.per_set:
            for label, a, pr, c, nr in per_set[trial]:
                print(f"    {label:<26} AUROC {a:.3f}  {pr:.3f} @ {c:.3f} / {nr:.3f}")


if __name__ == "__main__":
    main()
