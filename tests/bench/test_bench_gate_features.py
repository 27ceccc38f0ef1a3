"""bench_gate_features: the trials' columns and the coverage reached at a precision in the gate's order."""

from __future__ import annotations

import numpy as np

from bench.bench_gate_features import EXTRA_NAMES, columns, coverage_at
from bench.gate_feature_support import GROUPS
from knowledge.features import GATE_FEATURES


def test_columns_are_the_shipped_features_plus_the_named_groups_or_features() -> None:
    base = list(range(len(GATE_FEATURES)))
    assert columns("base").tolist() == base
    shape = columns("shape").tolist()
    assert shape[: len(base)] == base
    assert [EXTRA_NAMES[c - len(base)] for c in shape[len(base):]] == list(GROUPS["shape"])
    assert columns("log_chars+entropy").tolist() == [
        *base, len(base) + EXTRA_NAMES.index("log_chars"), len(base) + EXTRA_NAMES.index("entropy")]


def test_coverage_at_answers_the_most_confident_first() -> None:
    conf = np.array([0.9, 0.8, 0.7, 0.6])
    correct = np.array([True, True, False, True])
    assert coverage_at(conf, correct, 0.75) == 1.0  # 3 of 4 right when all are answered
    assert coverage_at(conf, correct, 0.9) == 0.5  # the first two; the third brings 2/3
    assert coverage_at(conf, ~correct, 0.9) == 0.0  # the most confident is wrong


def test_a_minus_part_drops_a_shipped_feature() -> None:
    cols = columns("wide_values-amount_missing-date_missing").tolist()
    dropped = {GATE_FEATURES.index("amount_missing"), GATE_FEATURES.index("date_missing")}
    assert [c for c in range(len(GATE_FEATURES)) if c not in cols] == sorted(dropped)
    assert [EXTRA_NAMES[c - len(GATE_FEATURES)] for c in cols if c >= len(GATE_FEATURES)] == list(
        GROUPS["wide_values"])
