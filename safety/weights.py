"""Logistic weights over string features, as the safety classifiers ship them (``safety/data/*.json``).

The n-gram classifiers (:mod:`safety.ngram`) and the resolution signal (:mod:`safety.resolution`) share this
shape: a weight per feature, an intercept and the probability at which the model acts. Each model says which
features it reads; scoring and reading the file are the same.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from safety.errors import SafetyDataError


class LogisticWeights(BaseModel):
    """Feature -> weight, the intercept, the threshold and the splits the weights were trained on."""

    model_config = ConfigDict(frozen=True)

    intercept: float
    threshold: float
    trained_on: list[str]
    weights: dict[str, float]

    def probability_of(self, features: frozenset[str]) -> float:
        """The logistic probability of a set of features (features without a weight count nothing)."""
        weights = self.weights  # only the features that carry a weight (a C-level set intersection, then C-level sums)
        logit = self.intercept + math.fsum(map(weights.__getitem__, features & weights.keys()))
        return 1.0 / (1.0 + math.exp(-logit))


Model = TypeVar("Model", bound=BaseModel)


def read_model(model_type: type[Model], path: Path, *, what: str) -> Model:
    """A shipped weights file as ``model_type``; :class:`SafetyDataError` naming ``what`` when unreadable."""
    try:
        return model_type.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as err:
        raise SafetyDataError(f"cannot read the {what} {path}: {err}") from err
