"""BM25 over term lists: ranking, normalization ceiling, save/load round trip."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.sparse import Bm25Index

DOCS = [["住民票", "写し", "手数料"], ["ごみ", "収集", "日"], ["住民票", "除票"], ["印鑑", "登録"]]


def test_ranks_matching_documents_first() -> None:
    index = Bm25Index.build(DOCS)
    scores, ceiling = index.scores(["除票"])
    assert int(np.argmax(scores)) == 2
    assert scores[1] == 0.0
    assert 0 < scores[2] / ceiling <= 1.0


def test_unknown_terms_lower_the_normalized_score() -> None:
    index = Bm25Index.build(DOCS)
    known, known_ceiling = index.scores(["印鑑"])
    mixed, mixed_ceiling = index.scores(["印鑑", "宇宙旅行"])
    assert known[3] == mixed[3]
    assert mixed[3] / mixed_ceiling < known[3] / known_ceiling


def test_no_known_terms_scores_zero() -> None:
    scores, ceiling = Bm25Index.build(DOCS).scores(["宇宙"])
    assert not scores.any() and ceiling > 0


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    index = Bm25Index.build(DOCS)
    index.save(tmp_path, "m")
    loaded = Bm25Index.load(tmp_path, "m")
    assert loaded.vocab == index.vocab
    np.testing.assert_allclose(loaded.scores(["住民票"])[0], index.scores(["住民票"])[0])


def test_document_frequencies_count_the_documents_of_each_term() -> None:
    frequencies = dict(Bm25Index.build(DOCS).document_frequencies())
    assert frequencies["住民票"] == 2
    assert frequencies["印鑑"] == 1
    assert len(frequencies) == len({t for doc in DOCS for t in doc})
