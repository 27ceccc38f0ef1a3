"""The learned parts of the search: a re-ranker (P(candidate is the answer), a conditional logit), a gate
(P(the best answer is right, given the question is in scope), a logistic model) and a scope gate (P(the
corpus does not answer the question at all), a logistic model), stored in one JSON file with the two abstain
thresholds.

Two files are shipped, both fitted by ``python -m knowledge tune``: ``knowledge/data/ranking-model.json`` for a
corpus whose entries have only their main question (an export with no alternative questions), and
``knowledge/data/ranking-model-alternatives.json`` for a corpus where most entries list alternative questions
(``questions:``), whose question-match features mean something else (the best of ten wordings, not of one).
The search picks one by the share of entries with alternatives (:func:`packaged_model_path`). The figures
in docs/search-quality.md come from cross-validation (never from the data a figure's model was fitted on).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from knowledge.errors import ModelLoadError
from knowledge.features import GATE_FEATURES, LATER_GATE_FEATURES, RANK_FEATURES

PLAIN_MODEL_PATH = Path(__file__).resolve().parent / "data" / "ranking-model.json"
ALTERNATIVES_MODEL_PATH = Path(__file__).resolve().parent / "data" / "ranking-model-alternatives.json"
ALTERNATIVES_MODEL_MIN_SHARE = 0.5  # share of entries with alternative questions from which that model is used
MODEL_FORMAT = 2
READABLE_FORMATS = (1, 2)  # format 1: no scope gate
NO_SCOPE_THRESHOLD = 1.01  # a scope probability never reaches it


@dataclass(frozen=True)
class LogisticModel:
    """``sigmoid(intercept + coef . x)`` over named features."""

    features: tuple[str, ...]
    intercept: float
    coef: tuple[float, ...]

    def probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """P(positive) for each row of a (n, len(features)) matrix."""
        if rows.size == 0:
            return np.zeros(len(rows), dtype=np.float64)
        z = np.clip(self.intercept + rows @ np.asarray(self.coef, dtype=np.float64), -50.0, 50.0)
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    def probability(self, row: Sequence[float]) -> float:
        """P(positive) of one feature vector."""
        z = self.intercept + sum(w * x for w, x in zip(self.coef, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def to_dict(self) -> dict[str, object]:
        """JSON form: {feature: weight} plus the intercept."""
        return {"intercept": round(self.intercept, 6),
                "weights": {f: round(w, 6) for f, w in zip(self.features, self.coef, strict=True)}}

    @classmethod
    def from_dict(cls, data: dict[str, object], expected: tuple[str, ...],
                  later: frozenset[str] = frozenset()) -> LogisticModel:
        """Read the JSON form; the features must be exactly ``expected`` (in any order), but those of ``later``
        (added after the file was written) may be absent and then weigh 0."""
        weights = data["weights"]
        if not isinstance(weights, dict) or not set(expected) - later <= set(weights) <= set(expected):
            raise ValueError(f"features differ from {', '.join(expected)}")
        intercept = data["intercept"]
        if not isinstance(intercept, int | float):
            raise ValueError("intercept must be a number")
        return cls(expected, float(intercept), tuple(float(weights.get(f, 0.0)) for f in expected))


@dataclass(frozen=True)
class SoftmaxRanker:
    """A conditional-logit re-ranker: P(candidate i answers) = softmax over the query's candidates of
    ``coef . x_i``. Fitted to put the right entry first (not to score candidates one by one), and its
    probabilities sum to one over the candidates, so the confidence shown follows the order."""

    features: tuple[str, ...]
    coef: tuple[float, ...]

    def probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """P(each candidate is the answer), given that one of them is."""
        if rows.size == 0:
            return np.zeros(len(rows), dtype=np.float64)
        z = rows @ np.asarray(self.coef, dtype=np.float64)
        e = np.exp(z - z.max())
        return np.asarray(e / e.sum(), dtype=np.float64)

    def to_dict(self) -> dict[str, object]:
        """JSON form: {feature: weight}."""
        return {"weights": {f: round(w, 6) for f, w in zip(self.features, self.coef, strict=True)}}

    @classmethod
    def from_dict(cls, data: dict[str, object], expected: tuple[str, ...]) -> SoftmaxRanker:
        """Read the JSON form; the features must be exactly ``expected``."""
        weights = data["weights"]
        if not isinstance(weights, dict) or set(weights) != set(expected):
            raise ValueError(f"features differ from {', '.join(expected)}")
        return cls(expected, tuple(float(weights[f]) for f in expected))


@dataclass(frozen=True)
class RankingModel:
    """Re-ranker, gate, scope gate and their thresholds: the search answers when the gate's P(right) reaches
    ``threshold`` and the scope gate's P(out of scope) stays below ``scope_threshold``. A long telling (a query of
    ``long_chars`` characters or more) may have a confidence threshold of its own, ``long_threshold``
    (docs/search-quality.md sections 29-30: chosen by leave-one-set-out over the never-fit blind sets)."""

    ranker: SoftmaxRanker
    gate: LogisticModel
    threshold: float
    trained_on: tuple[str, ...] = ()
    scope: LogisticModel | None = None
    scope_threshold: float = NO_SCOPE_THRESHOLD
    long_chars: int = 0
    long_threshold: float | None = None

    def gate_threshold(self, length: int) -> float:
        """The confidence threshold for a query of ``length`` characters (normalized text)."""
        if self.long_threshold is not None and self.long_chars > 0 and length >= self.long_chars:
            return self.long_threshold
        return self.threshold

    def out_of_scope(self, row: Sequence[float]) -> float:
        """P(the corpus does not answer the question) from a gate feature row (0 without a scope gate)."""
        return self.scope.probability(row) if self.scope is not None else 0.0

    def save(self, path: Path) -> None:
        """Write the model as JSON."""
        data: dict[str, object] = {
            "format": MODEL_FORMAT, "trained_on": list(self.trained_on), "threshold": round(self.threshold, 4),
            "ranker": self.ranker.to_dict(), "gate": self.gate.to_dict(),
        }
        if self.scope is not None:
            data["scope"] = self.scope.to_dict()
            data["scope_threshold"] = round(self.scope_threshold, 4)
        if self.long_threshold is not None:
            data["long_telling"] = {"chars": self.long_chars, "threshold": round(self.long_threshold, 4)}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def packaged_model_path(*, entries: int, with_alternatives: int) -> Path:
    """The shipped model that fits a corpus of ``entries`` entries, ``with_alternatives`` of them listing
    alternative questions."""
    if entries > 0 and with_alternatives / entries >= ALTERNATIVES_MODEL_MIN_SHARE:
        return ALTERNATIVES_MODEL_PATH
    return PLAIN_MODEL_PATH


def load_ranking_model(path: Path = PLAIN_MODEL_PATH) -> RankingModel:
    """Read a model written by :meth:`RankingModel.save`."""
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") not in READABLE_FORMATS:
            raise ValueError(f"format {data.get('format')!r}, expected {MODEL_FORMAT}")
        scope = (LogisticModel.from_dict(data["scope"], GATE_FEATURES, LATER_GATE_FEATURES) if "scope" in data
                 else None)
        long_telling = data.get("long_telling")
        return RankingModel(
            SoftmaxRanker.from_dict(data["ranker"], RANK_FEATURES),
            LogisticModel.from_dict(data["gate"], GATE_FEATURES, LATER_GATE_FEATURES),
            float(data["threshold"]),
            tuple(str(s) for s in data.get("trained_on", [])),
            scope,
            float(data["scope_threshold"]) if scope is not None else NO_SCOPE_THRESHOLD,
            int(long_telling["chars"]) if long_telling is not None else 0,
            float(long_telling["threshold"]) if long_telling is not None else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ModelLoadError(detail=f"cannot read the ranking model {path}: {err}; run `python -m knowledge tune`") \
            from err


def untrained_model() -> RankingModel:
    """A neutral model (every weight 0): used only while preparing features for tuning."""
    return RankingModel(
        SoftmaxRanker(RANK_FEATURES, (0.0,) * len(RANK_FEATURES)),
        LogisticModel(GATE_FEATURES, 0.0, (0.0,) * len(GATE_FEATURES)),
        0.5,
    )
