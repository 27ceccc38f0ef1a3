"""The sibling inputs: the query's words one candidate has and the others lack."""

from __future__ import annotations

import numpy as np
import pytest

from bench.sibling_support import COLUMNS, distinct_cover, sibling_contrast, with_columns
from knowledge.decision import PreparedQuery
from knowledge.evaluate import LabeledQuery
from knowledge.features import RANK_FEATURES, ChannelScores, EntryFacts, QueryFacts
from knowledge.tuning import PreparedItem


def entry(question: set[str], answer: set[str], category: str = "保険") -> EntryFacts:
    return EntryFacts(frozenset(question), frozenset(question | answer), frozenset(), frozenset(), category)


# 75歳 になったら 保険: "保険" is in both siblings, "75歳" only in the late-elderly entry.
QUERY = QueryFacts(terms=("75歳", "保険", "手続き"), idf=(4.0, 2.0, 2.0), unknown_idf=6.0, known=(True, True, True),
                   reading_grams=frozenset(), types=(), kana=False, long=False)
NATIONAL = entry({"国民健康保険", "保険", "手続き"}, {"加入"})
LATE = entry({"後期高齢者", "保険"}, {"75歳", "手続き"})
OTHER = entry({"ごみ"}, {"収集"}, category="ごみ")


def test_distinct_cover_counts_only_the_words_the_others_lack() -> None:
    national, late = distinct_cover(QUERY, [NATIONAL, LATE])
    # 保険 and 手続き are in both: weight 0; 75歳 is in LATE only, lacked by half of the two voters.
    assert national == pytest.approx(0.0)
    assert late == pytest.approx(4.0 * 0.5 / 8.0)


def test_distinct_cover_of_the_question_only() -> None:
    national, late = distinct_cover(QUERY, [NATIONAL, LATE], question_only=True)
    # In the questions: 保険 both (0), 手続き only NATIONAL (lacked by one of two), 75歳 in neither.
    assert national == pytest.approx(2.0 * 0.5 / 8.0)
    assert late == pytest.approx(0.0)


def test_synonyms_count_as_the_word() -> None:
    query = QueryFacts(terms=("未婚",), idf=(3.0,), unknown_idf=3.0, known=(True,), reading_grams=frozenset(),
                       types=(), kana=False, long=False, alternatives=(frozenset({"未婚", "独身"}),))
    single, other = distinct_cover(query, [entry({"独身"}, set()), OTHER])
    assert single == pytest.approx(0.5)
    assert other == 0.0


def test_sibling_contrast_against_the_nearest_of_the_category() -> None:
    national, late, other = sibling_contrast(QUERY, [NATIONAL, LATE, OTHER])
    # LATE has 75歳 that NATIONAL lacks; each has 保険 and 手続き (LATE in its answer).
    assert late == pytest.approx(4.0 / 8.0)
    assert national == pytest.approx(-4.0 / 8.0)
    assert other == 0.0  # no sibling among the voters


def test_empty_query_or_candidates() -> None:
    empty = QueryFacts(terms=(), idf=(), unknown_idf=0.0, known=(), reading_grams=frozenset(), types=(),
                       kana=False, long=False)
    assert distinct_cover(empty, [NATIONAL]) == [0.0]
    assert sibling_contrast(empty, [NATIONAL, LATE]) == [0.0, 0.0]
    assert distinct_cover(QUERY, []) == []


def test_with_columns_appends_the_named_columns_to_every_rank_row() -> None:
    rows = np.ones((2, len(RANK_FEATURES)))
    candidates = [ChannelScores(0, 0.5, 0.5, 0.0, 0.0), ChannelScores(1, 0.4, 0.4, 0.0, 0.0)]
    item = PreparedItem(LabeledQuery("75歳 保険 手続き", "late"), PreparedQuery("q", QUERY, candidates, rows), 1,
                        "set", [NATIONAL, LATE], ["national", "late"], 1.0)
    (out,) = with_columns([item], ["distinct_text", "sibling_contrast"])
    assert out.prepared.rows.shape == (2, len(RANK_FEATURES) + 2)
    assert out.prepared.rows[:, -2].tolist() == pytest.approx([0.0, 0.25])
    assert out.prepared.rows[:, -1].tolist() == pytest.approx([-0.5, 0.5])
    assert item.prepared.rows.shape == (2, len(RANK_FEATURES))  # the input is left as it was
    assert with_columns([item], []) == [item]
    assert set(COLUMNS) == {"distinct_text", "distinct_question", "sibling_contrast"}
