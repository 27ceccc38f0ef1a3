"""bench_writer_rule: the per-writer rules choose from the shipped rule's candidate pairs and meet their constraints."""

from __future__ import annotations

import numpy as np

from bench.bench_writer_rule import (
    MARGINS,
    counts,
    figures_of,
    honest_pick,
    nested_rule,
    own_best,
    pooled_rule,
    quantile_rule,
    sets_but,
)
from bench.threshold_grid import Outputs, grid, per_set, pooled
from knowledge.evaluate import TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL
from knowledge.thresholds import POOLED_WITH_MARGIN, pick_thresholds
from tests.bench.threshold_outputs import synthetic_outputs


def outputs(seed: int, n: int = 300, sets: int = 5) -> Outputs:
    return synthetic_outputs(seed, n=n, sets=sets)


def coverage(out: Outputs, pair: tuple[float, float]) -> float:
    return figures_of(counts(out, pair))[1]


def test_no_set_excused_and_the_pooled_margin_are_the_shipped_rules() -> None:
    for seed in range(4):
        out = outputs(seed)
        g = grid(out)
        assert sets_but(k=0)(g) == pick_thresholds(out.conf, out.scope, out.correct, out.is_none, out.groups)
        assert pooled_rule(0.04)(g) == pick_thresholds(out.conf, out.scope, out.correct, out.is_none, out.groups,
                                                       rule=POOLED_WITH_MARGIN)


def test_excusing_more_sets_never_answers_less_and_the_rest_meet_the_targets() -> None:
    out = outputs(3)
    g = grid(out)
    covers = [coverage(out, sets_but(k=k)(g)) for k in range(4)]
    assert covers == sorted(covers)
    assert sets_but(share=0.4)(g) == sets_but(k=2)(g)  # floor(0.4 x 5 sets)
    gate, scope = sets_but(k=1)(g)
    precision, none_recall = per_set(g)
    s, t = int(np.flatnonzero(g.scopes == scope)[0]), int(np.flatnonzero(g.gates == gate)[0])
    met = (precision[s, t] >= TARGET_ANSWERED_PRECISION) & (none_recall[s, t] >= TARGET_NONE_RECALL)
    assert met.sum() >= len(g.names) - 1


def test_the_quantile_rule_reads_each_sets_own_best_pair() -> None:
    g = grid(outputs(5))
    gates, scopes = own_best(g)
    assert quantile_rule(1.0)(g) == (float(gates.max()), float(scopes.min()))
    assert quantile_rule(0.0)(g) == (float(gates.min()), float(scopes.max()))


def test_the_nested_rule_is_a_pooled_rule_with_margins_from_the_grid() -> None:
    g = grid(outputs(9))
    pair = nested_rule(0.8)(g)
    assert pair in {pooled_rule(m, n)(g) for m in MARGINS for n in MARGINS}
    precision, none_recall, _ = pooled(g)
    s, t = int(np.flatnonzero(g.scopes == pair[1])[0]), int(np.flatnonzero(g.gates == pair[0])[0])
    assert precision[s, t] >= TARGET_ANSWERED_PRECISION and none_recall[s, t] >= TARGET_NONE_RECALL


def test_the_honest_pick_keeps_the_reference_unless_another_holds_as_often_and_answers_more() -> None:
    holding, failing = (100, 80, 78, 20, 19), (100, 95, 80, 20, 10)  # in scope, answered, right, none, refused
    per_rule = {"reference": [holding] * 3, "looser": [failing] * 3, "as good": [holding, holding, failing]}
    assert honest_pick(per_rule, 0, "reference") == "reference"
    assert honest_pick(per_rule, 2, "reference") in {"reference", "as good"}
    assert figures_of(failing) == (80 / 95, 0.95, 0.5)
