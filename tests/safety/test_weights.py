"""Tests for the shared logistic weights of the safety classifiers."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from safety.errors import SafetyDataError
from safety.weights import LogisticWeights, read_model


def test_probability_counts_only_weighted_features() -> None:
    model = LogisticWeights(intercept=-1.0, threshold=0.8, trained_on=["dev"], weights={"a": 2.0, "b": 0.5})
    assert model.probability_of(frozenset()) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.probability_of(frozenset({"a", "unknown"})) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability_of(frozenset({"a", "b"})) == pytest.approx(1 / (1 + math.exp(-1.5)))


def test_read_model_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"intercept": 0.5, "threshold": 0.7, "trained_on": ["dev"], "weights": {"火": 1.0}}),
                    encoding="utf-8")
    model = read_model(LogisticWeights, path, what="test model")
    assert model.threshold == 0.7
    assert model.weights == {"火": 1.0}


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"intercept": 0.5})])
def test_read_model_refuses_a_missing_or_invalid_file(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SafetyDataError, match="test model"):
        read_model(LogisticWeights, path, what="test model")
