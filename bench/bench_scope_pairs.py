"""The scope gate with pairwise products of its inputs, held out (twenty-sixth session).

    .venv/bin/python bench/bench_sibling_gate.py --columns none --only $NT --never-train $NT --seeds 13,1,2 \
        --cache /tmp/plain-items.pkl --rows-cache /tmp/nt-rows.pkl --trials aspect_missing      # the rows, once
    .venv/bin/python bench/bench_scope_pairs.py --cache /tmp/plain-items.pkl --rows-cache /tmp/nt-rows.pkl \
        [--loso] [--hindsight] [--seeds 13,1,2]

(NT = faq-queries-19.tsv,...,faq-queries-23.tsv.) The rows are ``bench_aspect_gate``'s: the re-ranker fitted on dev +
faq-2..18 + Osaki 1 (the fitting pool), the pool's gate rows out of fold (5 inner folds of the seed), the
never-train sets' rows from the re-ranker fitted on the whole pool. Two forms of the scope gate: linear (the shipped
form) and with products (the standardized inputs and all their pairwise products, squares included, L2 as the
gates). For each, both gates are fitted as :func:`knowledge.tuning.fit_gates` fits them, the thresholds chosen by the
plain rule (pooled + 0.04) on the pool's out-of-fold outputs, and the never-train sets answered. ``--loso`` adds the
gate-level leave-one-set-out over the pool: each faq set's own out-of-fold rows answered by gates and thresholds
fitted on the other sets' rows (the re-ranker behind those rows saw other entries' queries of that set, never its own
entry's). Printed: the scope gate's AUROC (out of scope against right first answers), the rule's answered precision
@ coverage / NONE recall pooled, the sets where precision >= 0.92 and NONE recall >= 0.85 hold, and per set.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench import bench_aspect_gate as aspect_gate  # noqa: E402
from bench.plain_support import auroc, faq_sets, prepared  # noqa: E402
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL  # noqa: E402
from knowledge.thresholds import ThresholdRule, _figures, pick_thresholds, rule_for  # noqa: E402
from knowledge.tuning import INNER_FOLDS, _sigmoid, fit_logistic  # noqa: E402

FORMS = {"linear": False, "pairs": True}
HINDSIGHT_SCOPE = (0.07, 0.10, 0.15, 0.20, 0.30)  # scope thresholds at which --hindsight shows the scope gate alone


class ScopeGate:
    """P(out of scope) from gate rows: a logistic model on the rows, or on their standardized columns and every
    pairwise product of them (``pairs``)."""

    def __init__(self, x: np.ndarray, is_none: np.ndarray, *, pairs: bool) -> None:
        self.pairs = pairs
        self.mean, self.std = x.mean(axis=0), x.std(axis=0)
        self.std[self.std == 0] = 1.0
        self.coef = fit_logistic(self.inputs(x), is_none.astype(np.float64))

    def inputs(self, x: np.ndarray) -> np.ndarray:
        if not self.pairs:
            return x
        z = (x - self.mean) / self.std
        first, second = np.triu_indices(x.shape[1])
        return np.hstack([z, z[:, first] * z[:, second]])

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return _sigmoid(self.coef, self.inputs(x))
Answer = tuple[str, np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # set, answered, correct, is_none, scope


def answer(x: np.ndarray, correct: np.ndarray, is_none: np.ndarray, folds: np.ndarray, test: np.ndarray,
           *, pairs: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both gates and the plain rule's thresholds fitted on the rows ``x`` (inner folds ``folds``), applied to
    ``test``: (answered, confidence, scope probability) per test row."""
    conf, scope = np.zeros(len(x)), np.zeros(len(x))
    for fold in range(INNER_FOLDS):
        train, held = folds != fold, folds == fold
        inside = train & ~is_none
        conf[held] = _sigmoid(fit_logistic(x[inside], correct[inside].astype(np.float64)), x[held])
        scope[held] = ScopeGate(x[train], is_none[train], pairs=pairs).probabilities(x[held])
    gate_t, scope_t = pick_thresholds(conf, scope, correct, is_none, rule=rule_for(plain=True))
    test_conf = _sigmoid(fit_logistic(x[~is_none], correct[~is_none].astype(np.float64)), test)
    test_scope = ScopeGate(x, is_none, pairs=pairs).probabilities(test)
    return (test_conf >= gate_t) & (test_scope < scope_t), test_conf, test_scope


def hindsight(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, is_none: np.ndarray,
              groups: np.ndarray) -> None:
    """What no rule can beat: the pair chosen on the answered sets' own outputs (targets pooled, then on every
    set), and what the scope gate alone keeps at a few thresholds."""
    for label, rule in (("pooled", ThresholdRule(pooled=True)), ("every set", ThresholdRule())):
        gate_t, scope_t = pick_thresholds(conf, scope, correct, is_none, groups, rule=rule)
        answered = (conf >= gate_t) & (scope < scope_t)
        precision, none_recall, coverage = (float(v[0]) for v in _figures(answered[None, :], correct, is_none))
        print(f"    hindsight, targets {label}: pair {gate_t:.2f} / {scope_t:.2f}: {precision:.3f} @ {coverage:.3f} / "
              f"{none_recall:.3f}")
    for scope_t in HINDSIGHT_SCOPE:
        kept = scope < scope_t
        print(f"    scope gate alone < {scope_t:.2f}: keeps {kept[~is_none].mean():.3f} of the in-scope questions "
              f"({kept[~is_none & correct].mean():.3f} of the right first answers), refuses "
              f"{(~kept[is_none]).mean():.3f} of the out-of-scope ones")


def report(label: str, answers: Sequence[Answer]) -> None:
    """The pooled line and the per-set figures of one form and seed."""
    per = []
    for name, answered, correct, is_none, _ in answers:
        precision, none_recall, coverage = (float(v[0]) for v in _figures(answered[None, :], correct, is_none))
        per.append((name, precision, coverage, none_recall))
    answered, correct, is_none, scope = (np.concatenate([a[k] for a in answers]) for k in range(1, 5))
    precision, none_recall, coverage = (float(v[0]) for v in _figures(answered[None, :], correct, is_none))
    right = correct & ~is_none
    holds = sum(p >= TARGET_ANSWERED_PRECISION and n >= TARGET_NONE_RECALL for _, p, _, n in per)
    print(f"{label}: scope AUROC {auroc(scope[is_none | right], is_none[is_none | right]):.3f}; rule {precision:.3f} @ "
          f"{coverage:.3f} / {none_recall:.3f}; holds {holds}/{len(per)}")
    for name, p, c, n in per:
        print(f"    {name:<22} {p:.3f} @ {c:.3f} / {n:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--rows-cache", type=Path, required=True)
    parser.add_argument("--seeds", default="13,1,2")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--hindsight", action="store_true", help="the never-train sets' own best pair (an upper bound)")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    cached = pickle.loads(args.rows_cache.read_bytes())
    never = sorted({name for name, _ in cached})
    texts = aspect_gate.entry_texts()
    cols = aspect_gate.columns("aspect_missing")
    for seed in (int(s) for s in args.seeds.split(",")):
        train, train_tops, folds, _, _ = cached[(never[0], seed)]
        pool = [i for i in items if i.set_name not in never]
        x = aspect_gate.with_aspects(train, pool, train_tops, texts, aspect_gate.aspect_features).feats[:, cols]
        fold_of = np.array(folds)
        tests = []
        for name in never:
            _, _, _, test, test_tops = cached[(name, seed)]
            members = [i for i in items if i.set_name == name]
            tests.append((name, aspect_gate.with_aspects(test, members, test_tops, texts,
                                                         aspect_gate.aspect_features).feats[:, cols], test))
        set_of = np.array([i.set_name for i in pool])
        for form, pairs in FORMS.items():
            answers: list[Answer] = []
            confidence = []
            for name, tx, test in tests:
                answered, conf, scope = answer(x, train.correct, train.is_none, fold_of, tx, pairs=pairs)
                answers.append((name, answered, test.correct, test.is_none, scope))
                confidence.append(conf)
            report(f"seed {seed} {form} [never-train sets]", answers)
            if args.hindsight:
                hindsight(np.concatenate(confidence), np.concatenate([a[4] for a in answers]),
                          np.concatenate([a[2] for a in answers]), np.concatenate([a[3] for a in answers]),
                          np.concatenate([np.full(len(a[1]), n) for n, a in enumerate(answers)]))
            if not args.loso:
                continue
            left: list[Answer] = []
            for name in sorted(set(set_of) - {"osaki-queries.tsv"}):
                keep = set_of != name
                answered, _, scope = answer(x[keep], train.correct[keep], train.is_none[keep], fold_of[keep],
                                            x[~keep], pairs=pairs)
                left.append((name, answered, train.correct[~keep], train.is_none[~keep], scope))
            report(f"seed {seed} {form} [gate-level leave-one-set-out]", left)


if __name__ == "__main__":
    main()
