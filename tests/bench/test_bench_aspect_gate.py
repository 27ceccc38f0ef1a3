"""bench_aspect_gate: the candidate aspect columns, the base columns of old and new rows, and the trials' columns."""

from __future__ import annotations

import numpy as np

from bench.bench_aspect_gate import (
    ASPECT_FEATURES,
    BASE_FEATURES,
    amount_missing_wide,
    aspect_features,
    base_rows,
    columns,
)
from bench.bench_gate_features import Rows
from knowledge.features import GATE_FEATURES


def test_the_wide_amount_reads_ten_thousand_yen_and_a_dialect_ask() -> None:
    assert not amount_missing_wide("補強工事の補助はいくら", "最大100万円を助成します。")
    assert amount_missing_wide("粗大ごみの手数料はいくら", "収集日や手数料を確認してください。")
    assert amount_missing_wide("家賃なんぼだべ", "家賃3か月分の敷金を納めます。")


def test_the_candidate_row_has_the_three_flags_and_their_union() -> None:
    row = dict(zip(ASPECT_FEATURES, aspect_features("猫の注射はどこで", "狂犬病の予防注射", "飼い犬に毎年"),
                   strict=True))
    assert row == {"price_missing": 0.0, "payment_missing": 0.0, "kind_clash": 1.0, "aspect_missing": 1.0,
                   "amount_missing_wide": 0.0}


def test_rows_written_with_the_shipped_feature_drop_it() -> None:
    new = Rows(np.arange(2 * len(GATE_FEATURES), dtype=np.float64).reshape(2, -1), np.ones(2, bool),
               np.zeros(2, bool))
    old = base_rows(new)
    assert old.feats.shape == (2, len(BASE_FEATURES))
    assert base_rows(old) is old
    assert "aspect_missing" not in BASE_FEATURES


def test_trial_columns_add_candidates_after_the_base_and_drop_named_ones() -> None:
    n = len(BASE_FEATURES)
    assert list(columns("base")) == list(range(n))
    assert list(columns("aspect_missing"))[-1] == n + ASPECT_FEATURES.index("aspect_missing")
    swapped = columns("amount_missing_wide-amount_missing")
    assert BASE_FEATURES.index("amount_missing") not in swapped
    assert len(columns("aspects")) == n + len(ASPECT_FEATURES)
