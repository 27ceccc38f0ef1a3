"""Synthetic gate outputs for the threshold-rule benches' tests (bench_threshold_policy, bench_writer_rule)."""

from __future__ import annotations

import numpy as np

from bench.threshold_grid import Outputs

NONE_SHARE = 0.2  # share of out-of-scope queries
RIGHT_SHARE = 0.8  # share of in-scope queries answered right at rank 1


def synthetic_outputs(seed: int, *, n: int, sets: int) -> Outputs:
    """``n`` queries over ``sets`` labelled sets: right answers confident and in scope, out-of-scope ones not."""
    rng = np.random.default_rng(seed)
    is_none = rng.random(n) < NONE_SHARE
    correct = ~is_none & (rng.random(n) < RIGHT_SHARE)
    conf = np.clip(np.where(correct, 0.75, 0.45) + rng.normal(0, 0.2, n), 0, 1)
    scope = np.clip(np.where(is_none, 0.4, 0.08) + rng.normal(0, 0.12, n), 0, 1)
    groups = rng.integers(0, sets, n)
    return Outputs(conf, scope, correct, is_none, groups, tuple(f"set-{g}" for g in range(sets)))
