"""bench_threshold_policy: the policies choose from the shipped rule's candidate pairs, the shipped one as it does."""

from __future__ import annotations

from bench.bench_threshold_policy import every_set, mean_policy, pooled_none_policy, pooled_policy
from bench.threshold_grid import Outputs, figures, grid, holds, per_set, pooled
from knowledge.thresholds import pick_thresholds
from tests.bench.threshold_outputs import synthetic_outputs


def outputs(seed: int, n: int = 240, sets: int = 3) -> Outputs:
    return synthetic_outputs(seed, n=n, sets=sets)


def test_every_set_is_the_shipped_rule() -> None:
    for seed in range(5):
        out = outputs(seed)
        assert every_set()(grid(out)) == pick_thresholds(out.conf, out.scope, out.correct, out.is_none, out.groups)


def test_one_set_pooled_with_no_margin_is_the_shipped_rule_too() -> None:
    out = outputs(7, sets=1)
    shipped = pick_thresholds(out.conf, out.scope, out.correct, out.is_none, out.groups)
    assert pooled_policy(0.0)(grid(out)) == shipped
    assert mean_policy(0.0)(grid(out)) == shipped


def test_looser_constraints_never_answer_less() -> None:
    out = outputs(3)
    g = grid(out)
    coverage = {name: figures(out.conf, out.scope, out.correct, out.is_none, *policy(g))[1]
                for name, policy in (("every", every_set()), ("but one", every_set(excused=1)),
                                     ("slack", every_set(slack=0.02)), ("pooled", pooled_policy(0.0)),
                                     ("pooled margin", pooled_policy(0.04)))}
    assert coverage["but one"] >= coverage["every"]
    assert coverage["slack"] >= coverage["every"]
    assert coverage["pooled"] >= coverage["every"]
    assert coverage["pooled"] >= coverage["pooled margin"]


def test_the_chosen_pair_meets_its_constraint_on_the_fitting_queries() -> None:
    out = outputs(11)
    gate, scope = every_set()(grid(out))
    for g in range(len(out.names)):
        member = out.groups == g
        assert holds(figures(out.conf[member], out.scope[member], out.correct[member], out.is_none[member],
                             gate, scope))


def test_pooled_with_the_same_none_margin_is_the_pooled_policy() -> None:
    for seed in range(3):
        g = grid(outputs(seed))
        assert pooled_none_policy(0.04, 0.04)(g) == pooled_policy(0.04)(g)


def test_a_larger_none_margin_keeps_more_out_of_scope_questions_out_on_the_fitting_queries() -> None:
    g = grid(outputs(5, n=600))
    recall = {}
    for margin in (0.04, 0.08):
        gate, scope = pooled_none_policy(0.04, margin)(g)
        s, t = list(g.scopes).index(scope), list(g.gates).index(gate)
        recall[margin] = pooled(g)[1][s, t]
        assert recall[margin] >= 0.85 + margin
    assert recall[0.08] >= recall[0.04]


def test_none_on_each_set_holds_on_every_fitting_set() -> None:
    g = grid(outputs(9, n=600))
    gate, scope = pooled_none_policy(0.04, 0.04, none_every_set=True)(g)
    s, t = list(g.scopes).index(scope), list(g.gates).index(gate)
    assert (per_set(g)[1][s, t] >= 0.85).all()
