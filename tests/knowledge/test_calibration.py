"""Confidence features and the logistic map (pure logic)."""

from __future__ import annotations

from knowledge.calibration import FEATURE_NAMES, Calibration, candidate_features
from knowledge.search import Candidate

ZERO = dict.fromkeys(FEATURE_NAMES, 0.0)


def calib(**weights: float) -> Calibration:
    return Calibration(intercept=weights.pop("intercept", 0.0), **{**ZERO, **weights})


def test_probability_grows_with_score_and_margin() -> None:
    c = calib(intercept=-2.0, score=3.0, margin=5.0)
    high = c.probability((0.9, 0.4, 0, 0, 0, 0, 0, 0, 0))
    mid = c.probability((0.7, 0.2, 0, 0, 0, 0, 0, 0, 0))
    low = c.probability((0.6, 0.05, 0, 0, 0, 0, 0, 0, 0))
    assert 1.0 > high > mid > low > 0.0


def test_probability_is_bounded_for_extreme_inputs() -> None:
    c = calib(score=1000.0)
    assert c.probability((1e6, 0, 0, 0, 0, 0, 0, 0, 0)) == 1.0
    assert 0.0 <= c.probability((-1e6, 0, 0, 0, 0, 0, 0, 0, 0)) < 1e-20


def test_features_record_lead_and_channel_agreement() -> None:
    cands = [
        Candidate(doc=0, dense=0.9, morph=0.2, reading=0.0, score=0.8),
        Candidate(doc=1, dense=0.7, morph=0.5, reading=0.1, score=0.6),
    ]
    top = candidate_features(cands, 0, kana=True)
    assert dict(zip(FEATURE_NAMES, top, strict=True)) == {
        "score": 0.8, "margin": 0.8 - 0.6, "agree_dense": 1.0, "agree_morph": 0.0, "agree_reading": 0.0,
        "kana": 1.0, "dense": 0.9, "morph": 0.2, "reading": 0.0,
    }
    second = candidate_features(cands, 1, kana=False)
    assert second[1] < 0  # behind the leader
    assert second[3] == 1.0 and second[4] == 1.0  # leads the sparse channels


def test_single_candidate_has_full_margin() -> None:
    cands = [Candidate(doc=3, dense=0.5, morph=0.0, reading=0.0, score=0.4)]
    assert candidate_features(cands, 0, kana=False)[1] == 0.4
