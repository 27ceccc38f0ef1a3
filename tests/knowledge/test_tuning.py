"""Fitting the calibration and picking the threshold (pure logic)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from knowledge.decision import PreparedQuery
from knowledge.evaluate import OUT_OF_SCOPE, TARGET_ANSWERED_PRECISION, TARGET_NONE_RECALL, LabeledQuery
from knowledge.features import RANK_FEATURES, ChannelScores, EntryFacts, QueryFacts
from knowledge.ranker import NO_SCOPE_THRESHOLD
from knowledge.thresholds import pick_threshold, pick_thresholds
from knowledge.tuning import (
    SEED,
    THRESHOLD_SEED_STEP,
    PreparedItem,
    fit_conditional_logit,
    fit_gates,
    fit_gates_over_seeds,
    fit_logistic,
    fit_model,
    keep_long_telling,
    pooled_thresholds,
    set_groups,
)


def test_logistic_fit_separates_and_orders() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] + 0.2 * rng.normal(size=400) > 0).astype(float)
    w = fit_logistic(x, y)
    assert w[1] > 1.0  # the informative feature gets a strong positive weight
    assert abs(w[2]) < w[1] / 3  # the noise feature does not
    p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    assert ((p > 0.5) == (y > 0)).mean() > 0.9


def test_threshold_meets_the_targets_with_most_coverage() -> None:
    conf = np.array([0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.3, 0.2, 0.65])
    correct = np.array([1, 1, 1, 1, 1, 0, 1, 0, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1], dtype=bool)
    threshold = pick_threshold(conf, correct, is_none)
    answered = (conf >= threshold) & ~is_none
    assert correct[answered].mean() >= TARGET_ANSWERED_PRECISION
    assert (conf[is_none] < threshold).mean() >= TARGET_NONE_RECALL
    assert threshold == 0.7  # 0.66..0.7 keeps the NONE at 0.65 out and the wrong 0.6 out


def test_conditional_logit_learns_to_put_the_positive_first() -> None:
    rng = np.random.default_rng(1)
    groups, positives = [], []
    for _ in range(200):
        x = rng.normal(size=(8, 2))
        positive = int(np.argmax(x[:, 0] + 0.3 * rng.normal(size=8)))
        groups.append(x)
        positives.append(positive)
    w = fit_conditional_logit(groups, positives)
    assert w[0] > 1.0 and abs(w[1]) < w[0] / 3
    hits = sum(int(np.argmax(g @ w)) == p for g, p in zip(groups, positives, strict=True))
    assert hits / len(groups) > 0.7


def test_threshold_falls_back_to_the_smallest_shortfall() -> None:
    conf = np.array([0.9, 0.8, 0.7, 0.6])
    correct = np.array([0, 1, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 1], dtype=bool)
    threshold = pick_threshold(conf, correct, is_none)  # no threshold reaches the precision target
    assert 0.6 < threshold <= 0.9


def test_the_scope_gate_lets_the_gate_threshold_drop() -> None:
    # Out-of-scope questions with a confident gate: only the scope probability tells them apart.
    conf = np.array([0.95, 0.9, 0.85, 0.6, 0.55, 0.5, 0.3, 0.92, 0.88])
    scope = np.array([0.05, 0.1, 0.05, 0.1, 0.2, 0.1, 0.3, 0.8, 0.7])
    correct = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1], dtype=bool)
    gate_threshold, scope_threshold = pick_thresholds(conf, scope, correct, is_none)
    answered = (conf >= gate_threshold) & (scope < scope_threshold)
    assert answered[~is_none].sum() == 6  # every right answer, not the wrong one at 0.3
    assert not answered[is_none].any()
    assert pick_thresholds(conf, np.zeros_like(conf), correct, is_none)[1] == NO_SCOPE_THRESHOLD or \
        pick_threshold(conf, correct, is_none) > 0.88  # without a scope gate only a high threshold keeps NONE out


def test_thresholds_meet_the_targets_on_every_set() -> None:
    # Set 0 alone would allow answering its NONE at 0.7; set 1's NONE at 0.7 must stay out as well.
    conf = np.array([0.9, 0.8, 0.75, 0.7, 0.9, 0.8, 0.72, 0.65])
    scope = np.zeros(8)
    correct = np.array([1, 1, 1, 0, 1, 1, 0, 0], dtype=bool)
    is_none = np.array([0, 0, 0, 1, 0, 0, 0, 1], dtype=bool)
    groups = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    gate_threshold, _ = pick_thresholds(conf, scope, correct, is_none, groups)
    assert 0.72 < gate_threshold <= 0.75  # set 1's wrong answer at 0.72 would put its precision at 2/3


def _items(n: int = 80) -> list[PreparedItem]:
    """Synthetic prepared queries over 4 entries, in two sets: the expected entry scores higher on "dense" (less
    so for the harder half); every fifth query is out of scope (all candidates alike)."""
    rng = np.random.default_rng(1)
    facts = [EntryFacts(frozenset({f"t{d}"}), frozenset({f"t{d}"}), frozenset(), frozenset(), "c") for d in range(4)]
    column = RANK_FEATURES.index("dense")
    items = []
    for k in range(n):
        none = k % 5 == 0
        expected = k % 4
        rows = np.zeros((4, len(RANK_FEATURES)))
        rows[:, column] = rng.normal(0.3, 0.1, size=4)
        if not none:
            rows[expected, column] += 0.4 if k % 2 else 0.1
        query = QueryFacts(terms=(f"t{expected}",), idf=(1.0,), unknown_idf=5.0, known=(True,),
                           reading_grams=frozenset(), types=(), kana=False, long=False)
        candidates = [ChannelScores(d, float(rows[d, column]), float(rows[d, column]), 0.0, 0.0) for d in range(4)]
        labeled = LabeledQuery(f"q{k}", OUT_OF_SCOPE if none else f"e{expected}")
        items.append(PreparedItem(labeled, PreparedQuery(f"q{k}", query, candidates, rows), None if none else expected,
                                  f"set-{k % 2}", facts, [f"e{d}" for d in range(4)], 1.0))
    return items


def test_fit_gates_gives_out_of_fold_outputs_for_every_query() -> None:
    items = _items()
    gates = fit_gates(items, inner_folds=4)
    assert gates.confidence.shape == gates.out_of_scope.shape == (len(items),)
    assert gates.is_none.tolist() == [item.query.expected_id == OUT_OF_SCOPE for item in items]
    assert ((gates.confidence >= 0) & (gates.confidence <= 1)).all()
    assert gates.scope is not None
    in_scope = ~gates.is_none
    # the gate ranks right first answers above wrong ones
    right, wrong = gates.confidence[in_scope & gates.correct], gates.confidence[in_scope & ~gates.correct]
    assert right.mean() > wrong.mean()
    assert set_groups(items).tolist() == [k % 2 for k in range(len(items))]


def test_fit_model_picks_its_thresholds_on_the_gates_outputs() -> None:
    items = _items()
    gates = fit_gates(items, inner_folds=4)
    model = fit_model(items, inner_folds=4, threshold_seeds=1)
    assert (model.threshold, model.scope_threshold) == pick_thresholds(
        gates.confidence, gates.out_of_scope, gates.correct, gates.is_none, set_groups(items))
    assert model.gate == gates.gate and model.scope == gates.scope
    assert model.trained_on == ("set-0", "set-1")


def test_a_refit_keeps_the_long_tellings_threshold_of_the_model_it_replaces() -> None:
    fitted = fit_model(_items(), inner_folds=4, threshold_seeds=1)
    assert fitted.long_threshold is None  # fit_model does not choose it
    assert keep_long_telling(fitted, None) == fitted
    assert keep_long_telling(fitted, fitted) == fitted  # the previous model had none: nothing to keep
    previous = replace(fitted, threshold=0.95, long_chars=60, long_threshold=0.81)
    kept = keep_long_telling(fitted, previous)
    assert (kept.long_chars, kept.long_threshold) == (60, 0.81)
    assert kept.threshold == fitted.threshold and kept.gate == fitted.gate  # the refit's own fit stays


def test_the_thresholds_are_chosen_on_several_fold_shufflings_pooled() -> None:
    items = _items()
    fits = fit_gates_over_seeds(items, inner_folds=4, seed=SEED, threshold_seeds=3)
    assert len(fits) == 3
    seeds = [SEED + k * THRESHOLD_SEED_STEP for k in range(3)]
    for fit, seed in zip(fits, seeds, strict=True):
        assert np.array_equal(fit.confidence, fit_gates(items, inner_folds=4, seed=seed).confidence)
    groups = set_groups(items)
    pooled = pick_thresholds(np.concatenate([f.confidence for f in fits]),
                             np.concatenate([f.out_of_scope for f in fits]),
                             np.concatenate([f.correct for f in fits]), np.concatenate([f.is_none for f in fits]),
                             np.concatenate([groups, groups, groups]))
    assert pooled_thresholds(fits, items) == pooled
    model = fit_model(items, inner_folds=4, threshold_seeds=3)
    assert (model.threshold, model.scope_threshold) == pooled
    assert model.gate == fits[0].gate  # the first shuffling's gates are the model's
