"""bench_rewritten_vector: a query vector standing for two is scored as the best of both, and the patches are undone."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np

import knowledge.search as search
from bench.bench_rewritten_vector import _MaxVector, extra_vector_channels, patched_scores
from knowledge.search import Searcher


def test_a_pair_of_vectors_scores_the_best_of_both_and_the_patch_is_undone() -> None:
    index = SimpleNamespace(question_vectors=np.array([[1.0, 0.0], [0.0, 1.0]]), entry_rows=[[0], [1]])
    shipped = vars(search)["question_scores"]
    undo = patched_scores()
    try:
        scores: Any = vars(search)["question_scores"]
        pair = _MaxVector(np.array([1.0, 0.0]), np.array([0.0, 0.5]))
        assert scores(index, pair, [0, 1]) == {0: 1.0, 1: 0.5}
        assert scores(index, np.array([1.0, 0.0]), [0, 1]) == {0: 1.0, 1: 0.0}
    finally:
        undo()
    assert vars(search)["question_scores"] is shipped


def test_the_channels_patch_is_built_not_installed() -> None:
    original = Searcher._channels
    for mode in ("max", "mean"):
        assert extra_vector_channels(mode) is not original
    assert Searcher._channels is original
