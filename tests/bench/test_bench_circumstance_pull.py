"""bench_circumstance_pull: the weighted morpheme index equals the shipped one at weight 1 and lowers what the
vocabulary adds below it; the need variant is undone after use."""

from __future__ import annotations

import numpy as np
import pytest

from bench.bench_circumstance_pull import WeightedMorph
from knowledge import need
from knowledge.sparse import Bm25Index

DOCS = [["死亡", "届"], ["犬", "届", "死ぬ"], ["住民票", "写し"]]


def test_weight_one_scores_as_the_index_does() -> None:
    index = Bm25Index.build(DOCS)
    terms = ["犬", "死ぬ", "死亡", "宇宙"]
    scores, ceiling = index.scores(terms)
    weighted, weighted_ceiling = WeightedMorph(index, {"犬", "死ぬ"}, 1.0).scores(terms)
    np.testing.assert_allclose(weighted, scores, rtol=1e-6)
    assert weighted_ceiling == pytest.approx(ceiling, rel=1e-6)


def test_an_added_term_weighs_less_than_a_word_said() -> None:
    index = Bm25Index.build(DOCS)
    terms = ["死ぬ", "死亡"]  # 死亡 added by the vocabulary's 死ぬ -> 死亡
    full, full_ceiling = WeightedMorph(index, {"死ぬ"}, 1.0).scores(terms)
    half, half_ceiling = WeightedMorph(index, {"死ぬ"}, 0.5).scores(terms)
    none, _ = WeightedMorph(index, {"死ぬ"}, 0.0).scores(terms)
    assert half[0] == full[0] / 2 and none[0] == 0.0  # the entry reached through 死亡 alone
    assert half[1] == full[1]  # the entry with the word said
    assert half_ceiling < full_ceiling
    assert half[1] / half_ceiling > full[1] / full_ceiling


def test_the_need_length_is_the_shipped_value() -> None:
    assert need.LONG_QUERY_CHARS == 40  # the shipped value, restored by the bench after a need-N preparation
