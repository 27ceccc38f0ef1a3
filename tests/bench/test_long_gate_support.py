"""The channels' agreement on a long telling's first answer (bench/long_gate_support.py) and the bench's columns."""

from __future__ import annotations

import numpy as np
import pytest

from bench.bench_long_gate import BASE, columns, coverage_at
from bench.long_gate_support import AGREEMENT_FEATURES, COVER_FEATURES, agreement_features, need_cover
from knowledge.features import GATE_FEATURES, ChannelScores, QueryFacts

# Re-ranked order: the first candidate is first by need-dense and whole-text dense, second by need-morph and morph.
RANKED = [
    ChannelScores(doc=0, fused=0.6, dense=0.8, morph=0.4, reading=0.1, need_dense=0.7, need_morph=0.3),
    ChannelScores(doc=1, fused=0.5, dense=0.6, morph=0.5, reading=0.1, need_dense=0.5, need_morph=0.6),
    ChannelScores(doc=2, fused=0.4, dense=0.5, morph=0.2, reading=0.0, need_dense=0.4, need_morph=0.1),
]


def test_a_long_telling_counts_the_channels_that_put_the_first_entry_first() -> None:
    values = dict(zip(AGREEMENT_FEATURES, agreement_features(RANKED, long=True), strict=True))
    assert values["long_need_first"] == pytest.approx(0.5)  # need-dense yes, need-morph no
    assert values["long_channels_first"] == pytest.approx(0.5)  # and whole dense yes, morph no
    assert values["long_need_lead"] == pytest.approx(0.2)  # 0.7 - 0.5
    assert values["long_morph_lead"] == pytest.approx(-0.1)  # 0.4 - 0.5


def test_every_channel_agreeing_gives_one() -> None:
    agreeing = [RANKED[0], ChannelScores(doc=3, fused=0.1, dense=0.1, morph=0.1, reading=0.0)]
    values = agreement_features(agreeing, long=True)
    assert values[:2] == [1.0, 1.0]
    assert values[2] == pytest.approx(0.7)  # the other has no need score


def test_short_queries_and_no_candidates_give_zeros() -> None:
    assert agreement_features(RANKED, long=False) == [0.0] * len(AGREEMENT_FEATURES)
    assert agreement_features([], long=True) == [0.0] * len(AGREEMENT_FEATURES)


def test_a_zero_need_score_is_not_first() -> None:
    flat = [ChannelScores(doc=d, fused=0.1, dense=0.0, morph=0.0, reading=0.0) for d in range(2)]
    assert agreement_features(flat, long=True)[:2] == [0.0, 0.0]


def test_the_trials_add_agreement_columns_after_the_shipped_gate() -> None:
    assert BASE == GATE_FEATURES
    assert list(columns("base")) == list(range(len(GATE_FEATURES)))
    assert list(columns("agreement")) == list(range(len(GATE_FEATURES) + len(AGREEMENT_FEATURES)))
    assert list(columns("cover")) == [*range(len(GATE_FEATURES)), len(GATE_FEATURES) + 4, len(GATE_FEATURES) + 5]
    assert list(columns("base+long_need_lead"))[-1] == len(GATE_FEATURES) + 2


def test_coverage_at_a_precision_answers_in_the_confidence_order() -> None:
    conf = np.array([0.9, 0.8, 0.7, 0.6])
    correct = np.array([True, True, False, False])
    assert coverage_at(conf, correct, 0.6) == 0.75  # 2 of 3 right
    assert coverage_at(conf, correct, 1.0) == 0.5
    assert coverage_at(conf, ~correct, 0.9) == 0.0
    assert coverage_at(np.array([]), np.array([], dtype=bool)) == 0.0


NEED = QueryFacts(terms=("国保", "加入", "期限"), idf=(3.0, 2.0, 1.0), unknown_idf=6.0, known=(True, True, True),
                  reading_grams=frozenset(), types=(), kana=False, long=True,
                  alternatives=(frozenset({"国保", "国民健康保険"}), frozenset({"加入"}), frozenset({"期限"})))


def test_need_cover_reads_the_first_question_against_the_next() -> None:
    first = frozenset({"国民健康保険", "加入"})  # 国保 through its synonym
    other = frozenset({"国保"})
    values = dict(zip(COVER_FEATURES, need_cover(NEED, [first, other, frozenset()]), strict=True))
    assert values["long_need_cover"] == pytest.approx(5 / 6)
    assert values["long_need_cover_lead"] == pytest.approx(5 / 6 - 3 / 6)
    assert need_cover(NEED, [other, first])[1] == pytest.approx(3 / 6 - 5 / 6)  # a later question covers more


def test_need_cover_is_zero_without_a_need_or_candidates() -> None:
    assert need_cover(None, [frozenset({"国保"})]) == [0.0, 0.0]
    assert need_cover(NEED, []) == [0.0, 0.0]
