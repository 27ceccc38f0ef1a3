"""What limits coverage on the plain model, each faq set left out: the gate's precision-coverage curve, P@1, the
scope gate's share of the refusals and the best thresholds the left-out answers themselves would allow.

    .venv/bin/python bench/bench_gate_curve.py [--cache /tmp/plain-items.pkl] [--trial agreement]

The folds are ``bench/bench_plain_sets.py --trials all``'s (each faq set answered by the re-ranker, the gates and
the thresholds fitted on the other sets and Osaki 1, the thresholds by the plain model's rule; inner fold seed 13,
one threshold shuffling). Printed per left-out set and pooled: P@1; the gate's AUROC (right against wrong first
answers, in scope) and the scope gate's (out of scope against in scope); the answered precision at coverage 0.80
when the in-scope questions are answered in the gate's order (no scope gate); the largest coverage at precision 0.92
in that order; the precision at 0.80 a perfect gate would give (min(1, P@1 / 0.80)); and what the shipped rule
answers (precision @ coverage / NONE recall). Pooled, it also prints the curve, the share of in-scope questions the
scope gate alone refuses at a few thresholds, and the (gate, scope) pair chosen on the left-out answers themselves
(an upper bound, not a result).

``--trial agreement`` adds one gate feature, the agreement of the dense and BM25 channels with the re-ranked first
answer (0, 1 or 2 of the two channels rank it first), to both gates, as ``knowledge tune`` would fit them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.plain_support import auroc, faq_sets, prepared  # noqa: E402
from knowledge import tuning  # noqa: E402
from knowledge.decision import decide  # noqa: E402
from knowledge.evaluate import OUT_OF_SCOPE  # noqa: E402
from knowledge.features import GATE_FEATURES  # noqa: E402
from knowledge.ranker import LogisticModel, RankingModel, SoftmaxRanker  # noqa: E402
from knowledge.thresholds import rule_for  # noqa: E402
from knowledge.tuning import PreparedItem  # noqa: E402

TARGET_COVERAGE = 0.80
TARGET_PRECISION = 0.92
TARGET_NONE_RECALL = 0.85
CURVE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
SCOPE_CUTS = (0.05, 0.06, 0.08, 0.10, 0.15, 0.20)


def channel_agreement(item: PreparedItem, ranker: SoftmaxRanker) -> float:
    """How many of the dense and BM25 channels rank the re-ranked first answer first (0, 1 or 2)."""
    model = RankingModel(ranker, LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.5)
    order = decide(model, item.prepared, item.facts).order
    if not order:
        return 0.0
    candidates = item.prepared.candidates
    dense = max(range(len(candidates)), key=lambda i: candidates[i].dense)
    morph = max(range(len(candidates)), key=lambda i: candidates[i].morph)
    return float(dense == order[0]) + float(morph == order[0])


@contextmanager
def with_agreement() -> Iterator[None]:
    """Both gates fitted and applied with the agreement feature appended (inside ``knowledge.tuning``)."""
    base = tuning.gate_rows

    def rows(items: Sequence[PreparedItem], ranker: SoftmaxRanker) -> tuple[np.ndarray, np.ndarray]:
        with mock.patch.object(tuning, "GATE_FEATURES", GATE_FEATURES):
            feats, labels = base(items, ranker)
        extra = np.array([[channel_agreement(i, ranker)] for i in items], dtype=np.float64).reshape(len(items), 1)
        return np.hstack([feats, extra]), labels

    with mock.patch.object(tuning, "gate_rows", rows), \
            mock.patch.object(tuning, "GATE_FEATURES", (*GATE_FEATURES, "channel_agreement")):
        yield


def curve(conf: np.ndarray, correct: np.ndarray) -> np.ndarray:
    """Answered precision when the first k in-scope questions (by gate confidence) are answered, k = 1..n."""
    order = np.argsort(-conf, kind="stable")
    return np.asarray(np.cumsum(correct[order]) / np.arange(1, len(conf) + 1), dtype=np.float64)


def at(values: np.ndarray, coverage: float) -> float:
    return float(values[max(int(np.ceil(coverage * len(values))) - 1, 0)])


def line(name: str, conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, none: np.ndarray,
         answered: np.ndarray) -> str:
    inside = ~none
    precision = curve(conf[inside], correct[inside])
    meets = np.flatnonzero(precision >= TARGET_PRECISION)
    best = (meets.max() + 1) / len(precision) if len(meets) else 0.0
    p_at_1 = float(correct[inside].mean())
    shipped = answered[inside]
    return (f"  {name:<20} {p_at_1:.3f}  {auroc(conf[inside], correct[inside]):.3f} / {auroc(scope, none):.3f}  "
            f"{at(precision, TARGET_COVERAGE):.3f}  {best:.3f}  {min(1.0, p_at_1 / TARGET_COVERAGE):.3f}  "
            f"{(shipped & correct[inside]).sum() / max(int(shipped.sum()), 1):.3f} @ {shipped.mean():.3f} / "
            f"{(~answered[none]).mean():.3f}")


def oracle(conf: np.ndarray, scope: np.ndarray, correct: np.ndarray, none: np.ndarray) -> str:
    """The (gate, scope) pair with the most coverage meeting precision and NONE recall on these very answers."""
    inside = ~none
    best: tuple[float, float, float, float, float] | None = None
    for gate in np.round(np.arange(0.0, 1.0, 0.01), 2):
        for cut in np.round(np.arange(0.02, 1.01, 0.01), 2):
            answered = (conf >= gate) & (scope < cut)
            shipped = answered[inside]
            precision = (shipped & correct[inside]).sum() / max(int(shipped.sum()), 1)
            recall = float((~answered[none]).mean())
            if precision >= TARGET_PRECISION and recall >= TARGET_NONE_RECALL and (
                    best is None or shipped.mean() > best[0]):
                best = (float(shipped.mean()), float(gate), float(cut), float(precision), recall)
    if best is None:
        return "no pair meets both targets"
    coverage, gate, cut, precision, recall = best
    return (f"coverage {coverage:.3f} at gate {gate:.2f}, scope {cut:.2f} (precision {precision:.3f}, "
            f"NONE recall {recall:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the prepared queries (written when missing)")
    parser.add_argument("--trial", choices=("shipped", "agreement"), default="shipped")
    args = parser.parse_args()
    items = prepared(faq_sets(), args.cache)
    print(f"trial {args.trial}: left out, P@1, gate / scope AUROC, precision at coverage 0.80 in the gate's order, "
          "coverage at precision 0.92 in that order, a perfect gate's precision at 0.80, "
          "the shipped rule's precision @ coverage / NONE recall")
    pooled: dict[str, list[np.ndarray]] = {k: [] for k in ("conf", "scope", "correct", "none", "answered")}
    with with_agreement() if args.trial == "agreement" else nullcontext():
        for path in faq_sets():
            test = [i for i in items if i.set_name == path.name]
            train = [i for i in items if i.set_name != path.name]
            ranker = tuning.fit_ranker(train)
            fits = tuning.fit_gates_over_seeds(train, seed=tuning.SEED, threshold_seeds=1)
            gate_threshold, scope_threshold = tuning.pooled_thresholds(fits, train, rule=rule_for(plain=True))
            feats, labels = tuning.gate_rows(test, ranker)
            conf = fits[0].gate.probabilities(feats)
            scope_gate = fits[0].scope
            scope = scope_gate.probabilities(feats) if scope_gate is not None else np.zeros(len(test))
            none = np.array([i.query.expected_id == OUT_OF_SCOPE for i in test])
            answered = (conf >= gate_threshold) & (scope < scope_threshold)
            print(line(path.name, conf, scope, labels > 0, none, answered), flush=True)
            for key, value in (("conf", conf), ("scope", scope), ("correct", labels > 0), ("none", none),
                               ("answered", answered)):
                pooled[key].append(value)
    conf, scope, correct, none, answered = (np.concatenate(pooled[k]) for k in
                                            ("conf", "scope", "correct", "none", "answered"))
    print(line("pooled", conf, scope, correct, none, answered))
    precision = curve(conf[~none], correct[~none])
    print("  curve (in scope, gate order): " + ", ".join(f"{c:.1f} -> {at(precision, c):.3f}" for c in CURVE))
    print("  in-scope questions the scope gate alone refuses: "
          + ", ".join(f"{c:.2f} -> {(scope[~none] >= c).mean():.3f}" for c in SCOPE_CUTS))
    print("  NONE recall of the scope gate alone: "
          + ", ".join(f"{c:.2f} -> {(scope[none] >= c).mean():.3f}" for c in SCOPE_CUTS))
    print(f"  thresholds chosen on the left-out answers (an upper bound): {oracle(conf, scope, correct, none)}")


if __name__ == "__main__":
    main()
