"""bench_rewritten_column: the column is appended without touching the input, and a query counts as rewritten only
where the column departs from ``dense`` (or, as a lift, from 0)."""

from __future__ import annotations

import numpy as np

from bench.bench_rewritten_column import rewritten, with_column
from knowledge.decision import PreparedQuery
from knowledge.evaluate import LabeledQuery
from knowledge.features import RANK_FEATURES, ChannelScores, QueryFacts
from knowledge.tuning import PreparedItem

QUERY = QueryFacts(terms=("ごみ",), idf=(2.0,), unknown_idf=6.0, known=(True,), reading_grams=frozenset(), types=(),
                   kana=False, long=False)


def _item() -> PreparedItem:
    rows = np.zeros((2, len(RANK_FEATURES)))
    rows[:, 1] = [0.7, 0.4]  # the dense channel's column, as the bench reads it
    candidates = [ChannelScores(0, 0.7, 0.7, 0.0, 0.0), ChannelScores(1, 0.4, 0.4, 0.0, 0.0)]
    return PreparedItem(LabeledQuery("ごみの日", "F001"), PreparedQuery("q", QUERY, candidates, rows), 0, "set", [],
                        ["F001", "F002"], 1.0)


def test_the_column_is_appended_and_the_input_kept() -> None:
    item = _item()
    out = with_column(item, [0.9, 0.1])
    assert out.prepared.rows.shape == (2, len(RANK_FEATURES) + 1)
    assert out.prepared.rows[:, -1].tolist() == [0.9, 0.1]
    assert item.prepared.rows.shape == (2, len(RANK_FEATURES))


def test_a_query_is_rewritten_only_where_the_column_departs() -> None:
    item = _item()
    assert not rewritten(with_column(item, item.prepared.rows[:, 1]))
    assert rewritten(with_column(item, [0.9, 0.4]))
    assert not rewritten(with_column(item, [0.0, 0.0]), lift=True)
    assert rewritten(with_column(item, [0.2, 0.0]), lift=True)
