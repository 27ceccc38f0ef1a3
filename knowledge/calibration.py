"""Calibrated confidence: a logistic model over how strongly and how unanimously a candidate wins."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from typing import Protocol

FEATURE_NAMES = (
    "score", "margin", "agree_dense", "agree_morph", "agree_reading", "kana", "dense", "morph", "reading",
)


class Scored(Protocol):
    """A fused candidate (see knowledge.search.Candidate)."""

    @property
    def dense(self) -> float: ...
    @property
    def morph(self) -> float: ...
    @property
    def reading(self) -> float: ...
    @property
    def score(self) -> float: ...


@dataclass(frozen=True)
class Calibration:
    """Coefficients of the logistic model, one per feature in FEATURE_NAMES, plus the intercept."""

    intercept: float
    score: float
    margin: float
    agree_dense: float
    agree_morph: float
    agree_reading: float
    kana: float
    dense: float
    morph: float
    reading: float

    def probability(self, features: Sequence[float]) -> float:
        """P(candidate is the right answer) for a feature vector."""
        weights = astuple(self)[1:]
        z = self.intercept + sum(w * f for w, f in zip(weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def candidate_features(candidates: Sequence[Scored], rank: int, *, kana: bool) -> tuple[float, ...]:
    """Features of the candidate at ``rank``: its score, its lead over the best other, channel agreement."""
    me = candidates[rank]
    others = [c for i, c in enumerate(candidates) if i != rank]
    best_other = max((c.score for c in others), default=0.0)

    def leads(channel: str) -> float:
        mine = getattr(me, channel)
        return 1.0 if mine > 0 and all(mine >= getattr(c, channel) for c in others) else 0.0

    return (
        me.score, me.score - best_other, leads("dense"), leads("morph"), leads("reading"), float(kana),
        me.dense, me.morph, me.reading,
    )
