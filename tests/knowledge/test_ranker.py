"""The learned ranking model: probabilities, JSON round trip, clear errors (pure logic)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from knowledge.errors import ModelLoadError
from knowledge.features import GATE_FEATURES, RANK_FEATURES
from knowledge.ranker import (
    ALTERNATIVES_MODEL_PATH,
    PLAIN_MODEL_PATH,
    LogisticModel,
    RankingModel,
    SoftmaxRanker,
    load_ranking_model,
    packaged_model_path,
    untrained_model,
)


def test_softmax_ranker_probabilities_sum_to_one_and_follow_the_score() -> None:
    ranker = SoftmaxRanker(("a", "b"), (2.0, -1.0))
    p = ranker.probabilities(np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]))
    assert p.sum() == pytest.approx(1.0)
    assert p[0] > p[1] > p[2]


def test_logistic_model_is_bounded() -> None:
    model = LogisticModel(("x",), 0.0, (1000.0,))
    assert model.probability([1e6]) == 1.0
    assert model.probability([-1e6]) < 1e-20
    assert model.probabilities(np.array([[0.0]]))[0] == pytest.approx(0.5)


def test_round_trip(tmp_path: Path) -> None:
    model = RankingModel(SoftmaxRanker(RANK_FEATURES, tuple(float(i) for i in range(len(RANK_FEATURES)))),
                         LogisticModel(GATE_FEATURES, -1.5, (0.5,) * len(GATE_FEATURES)), 0.42, ("a.tsv",))
    path = tmp_path / "model.json"
    model.save(path)
    assert load_ranking_model(path) == model
    scoped = RankingModel(model.ranker, model.gate, 0.42, ("a.tsv",),
                          LogisticModel(GATE_FEATURES, 0.3, (-0.25,) * len(GATE_FEATURES)), 0.6)
    scoped.save(path)
    assert load_ranking_model(path) == scoped
    assert model.out_of_scope([1.0] * len(GATE_FEATURES)) == 0.0  # no scope gate: never out of scope
    assert 0.0 < scoped.out_of_scope([1.0] * len(GATE_FEATURES)) < 1.0
    long_telling = RankingModel(model.ranker, model.gate, 0.42, ("a.tsv",), scoped.scope, 0.6, 60, 0.35)
    assert "long_telling" not in json.loads(path.read_text("utf-8"))  # scoped has none: the file stays as it was
    long_telling.save(path)
    assert load_ranking_model(path) == long_telling
    assert json.loads(path.read_text("utf-8"))["long_telling"] == {"chars": 60, "threshold": 0.35}


def test_a_long_telling_has_its_own_threshold_only_when_the_model_gives_one() -> None:
    plain = RankingModel(SoftmaxRanker(RANK_FEATURES, (0.0,) * len(RANK_FEATURES)),
                         LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)), 0.87)
    assert plain.gate_threshold(0) == plain.gate_threshold(500) == 0.87
    long_telling = RankingModel(plain.ranker, plain.gate, 0.87, long_chars=60, long_threshold=0.81)
    assert long_telling.gate_threshold(59) == 0.87
    assert long_telling.gate_threshold(60) == long_telling.gate_threshold(200) == 0.81


def test_the_packaged_plain_model_gives_long_tellings_their_own_threshold() -> None:
    # docs/search-quality.md section 30: 60 characters, 0.81, chosen by leave-one-set-out over faq-13..37; the
    # alternatives model (the product's path) keeps one threshold
    plain = load_ranking_model(PLAIN_MODEL_PATH)
    assert (plain.long_chars, plain.long_threshold) == (60, 0.81)
    assert load_ranking_model(ALTERNATIVES_MODEL_PATH).long_threshold is None


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"format": 99}), json.dumps({"format": 1, "threshold": 0.5, "ranker": {"weights": {}},
                                                         "gate": {"intercept": 0, "weights": {}}})],
)
def test_broken_model_file_is_a_model_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ModelLoadError, match="python -m knowledge tune"):
        load_ranking_model(path)


@pytest.mark.parametrize(
    ("entries", "with_alternatives", "expected"),
    [(150, 0, PLAIN_MODEL_PATH), (212, 3, PLAIN_MODEL_PATH), (212, 106, ALTERNATIVES_MODEL_PATH),
     (212, 212, ALTERNATIVES_MODEL_PATH), (0, 0, PLAIN_MODEL_PATH)],
)
def test_the_packaged_model_follows_the_share_of_entries_with_alternatives(
    entries: int, with_alternatives: int, expected: Path
) -> None:
    assert packaged_model_path(entries=entries, with_alternatives=with_alternatives) == expected


@pytest.mark.parametrize("path", [PLAIN_MODEL_PATH, ALTERNATIVES_MODEL_PATH])
def test_the_shipped_model_loads_and_is_trained(path: Path) -> None:
    model = load_ranking_model(path)
    assert model != untrained_model()
    assert 0.0 < model.threshold < 1.0
    assert model.scope is not None and 0.0 < model.scope_threshold < 1.0
    assert model.trained_on  # names the labelled sets it was fitted on


def test_a_gate_file_without_a_later_feature_reads_it_as_weight_zero() -> None:
    from knowledge.features import LATER_GATE_FEATURES

    names = ("a", "b")
    data: dict[str, object] = {"intercept": 0.5, "weights": {"a": 1.0}}
    model = LogisticModel.from_dict(data, names, frozenset({"b"}))
    assert model.coef == (1.0, 0.0)
    with pytest.raises(ValueError, match="features differ"):
        LogisticModel.from_dict(data, names)
    with pytest.raises(ValueError, match="features differ"):
        LogisticModel.from_dict({"intercept": 0.5, "weights": {"b": 1.0}}, names, frozenset({"b"}))
    assert "aspect_missing" in LATER_GATE_FEATURES
