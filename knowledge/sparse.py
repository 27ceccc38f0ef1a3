"""BM25 over term lists (morphemes or reading n-grams) as a sparse matrix, saved with the index."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse

BM25_K1 = 1.2
BM25_B = 0.75

FloatArray = npt.NDArray[np.float32]


class Bm25Index:
    """Precomputed BM25 weights: score(query) is a sum of columns of a (terms x docs) matrix."""

    def __init__(self, vocab: dict[str, int], weights: sparse.csr_matrix, idf: FloatArray) -> None:
        self.vocab = vocab
        self.weights = weights  # shape (n_terms, n_docs), rows = terms
        self.idf = idf
        self.n_docs = int(weights.shape[1])
        # idf a term would have if it appeared nowhere: unknown query words count against a match.
        self.unknown_idf = float(np.log(1.0 + (self.n_docs + 0.5) / 0.5))

    @classmethod
    def build(cls, documents: Sequence[Sequence[str]]) -> Bm25Index:
        """Build from each document's term list."""
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        lengths = np.zeros(len(documents), dtype=np.float32)
        for doc_id, terms in enumerate(documents):
            lengths[doc_id] = len(terms)
            tf: dict[int, int] = {}
            for term in terms:
                term_id = vocab.setdefault(term, len(vocab))
                tf[term_id] = tf.get(term_id, 0) + 1
            for term_id, count in tf.items():
                rows.append(term_id)
                cols.append(doc_id)
                counts.append(count)
        n_docs = len(documents)
        tf_matrix = sparse.csr_matrix(
            (np.asarray(counts, dtype=np.float32), (rows, cols)), shape=(len(vocab), n_docs)
        )
        df = np.diff(tf_matrix.indptr).astype(np.float32)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg_len = float(lengths.mean()) if n_docs else 1.0
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / max(avg_len, 1e-6))
        coo = tf_matrix.tocoo()
        tf_values = coo.data
        weight_values = idf[coo.row] * tf_values * (BM25_K1 + 1) / (tf_values + norm[coo.col])
        weights = sparse.csr_matrix((weight_values.astype(np.float32), (coo.row, coo.col)),
                                    shape=tf_matrix.shape)
        return cls(vocab, weights, idf)

    def scores(self, query_terms: Sequence[str]) -> tuple[FloatArray, float]:
        """BM25 score of every document, and the query's maximum attainable score (for normalizing)."""
        unique = list(dict.fromkeys(query_terms))
        ids = [self.vocab[t] for t in unique if t in self.vocab]
        ceiling = (BM25_K1 + 1) * (
            float(self.idf[ids].sum()) + self.unknown_idf * (len(unique) - len(ids))
        )
        if not ids:
            return np.zeros(self.n_docs, dtype=np.float32), max(ceiling, 1e-6)
        total = np.asarray(self.weights[ids].sum(axis=0), dtype=np.float32).ravel()
        return total, max(ceiling, 1e-6)

    def document_frequencies(self) -> list[tuple[str, int]]:
        """Every term with the number of documents that contain it."""
        counts = np.diff(self.weights.indptr)
        return [(term, int(counts[row])) for term, row in self.vocab.items()]

    def save(self, folder: Path, name: str) -> None:
        """Write the matrix and vocabulary to ``folder``."""
        sparse.save_npz(folder / f"{name}.npz", self.weights, compressed=False)
        np.save(folder / f"{name}.idf.npy", self.idf)
        (folder / f"{name}.vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, folder: Path, name: str) -> Bm25Index:
        """Read what ``save`` wrote."""
        weights = sparse.load_npz(folder / f"{name}.npz").tocsr()
        idf = np.load(folder / f"{name}.idf.npy")
        vocab = json.loads((folder / f"{name}.vocab.json").read_text("utf-8"))
        return cls(vocab, weights, idf)
