"""Build, save and load the search index: FAISS (dense), two BM25 matrices, and entry metadata."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt

from knowledge.embed import Embedder
from knowledge.errors import IndexCorruptError, IndexNotBuiltError
from knowledge.japanese import MorphAnalyzer
from knowledge.records import FaqEntry
from knowledge.sparse import Bm25Index

INDEX_FORMAT_VERSION = 2
MANIFEST = "manifest.json"
QUESTION_REPEAT = 2  # question terms count twice as much as answer terms in BM25
DENSE_ANSWER_CHARS = 100  # how much of the answer is embedded with the question (cost grows with length)


@dataclass
class SearchIndex:
    """Everything a search needs, in memory."""

    entries: list[FaqEntry]
    dense: faiss.Index  # one row per question wording (main + alternatives) of each entry
    morph: Bm25Index
    reading: Bm25Index
    manifest: dict[str, object]
    dense_owner: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    question_terms: list[list[str]] = field(default_factory=list)  # content terms of every wording
    question_vectors: npt.NDArray[np.float32] = field(  # each wording alone, aligned with the dense rows
        default_factory=lambda: np.zeros((0, 0), dtype=np.float32)
    )
    entry_rows: list[list[int]] = field(init=False, repr=False)
    max_rows_per_entry: int = field(init=False, repr=False)  # the most wordings any entry has

    def __post_init__(self) -> None:
        if len(self.dense_owner) == 0 and self.dense.ntotal == len(self.entries):
            self.dense_owner = np.arange(len(self.entries), dtype=np.int64)
        self.entry_rows = [[] for _ in self.entries]
        for row, owner in enumerate(self.dense_owner.tolist()):
            self.entry_rows[owner].append(row)
        self.max_rows_per_entry = max((len(rows) for rows in self.entry_rows), default=1) or 1


def index_layout() -> str:
    """What, besides the corpus and the model, shapes the index (part of its content hash)."""
    return f"answer_chars={DENSE_ANSWER_CHARS};question_repeat={QUESTION_REPEAT}"


def dense_texts(entry: FaqEntry) -> list[str]:
    """The texts embedded for an entry: each question wording with the opening of the answer."""
    opening = entry.answer[:DENSE_ANSWER_CHARS]
    return [f"{question}\n{opening}" if opening else question for question in entry.all_questions]


def morph_terms(analyzer: MorphAnalyzer, entry: FaqEntry) -> list[str]:
    """BM25 terms of an entry: question terms (weighted), alternative questions' terms and answer terms."""
    question = analyzer.terms(entry.question, expand=False)
    alternatives = [term for q in entry.questions for term in analyzer.terms(q, expand=False)]
    return question * QUESTION_REPEAT + alternatives + analyzer.terms(entry.answer, expand=False)


def reading_terms(analyzer: MorphAnalyzer, entry: FaqEntry) -> list[str]:
    """Reading n-grams of every question wording of an entry."""
    return [gram for question in entry.all_questions for gram in analyzer.reading_terms(question)]


def build_index(
    entries: Sequence[FaqEntry],
    *,
    embedder: Embedder,
    analyzer: MorphAnalyzer,
    fingerprint: str,
    batch_size: int = 32,
    progress: bool = False,
    previous: SearchIndex | None = None,
) -> SearchIndex:
    """Embed and tokenize every entry into an in-memory index.

    Vectors of texts that ``previous`` (an index built with the same model and layout) already
    embedded are reused, so editing a few entries of a large corpus re-embeds only those.
    """
    started = time.perf_counter()
    texts: list[str] = []
    owners: list[int] = []
    for number, entry in enumerate(entries):
        for text in dense_texts(entry):
            texts.append(text)
            owners.append(number)
    questions = [q for entry in entries for q in entry.all_questions]  # aligned with the dense rows
    wanted = texts + questions
    known = reusable_vectors(previous, model=embedder.name)
    todo = list(dict.fromkeys(text for text in wanted if text not in known))
    fresh = embedder.encode_documents(todo, batch_size=batch_size, progress=progress)
    known.update(zip(todo, fresh, strict=True))
    new = set(todo)
    dim = next(iter(known.values())).shape[0]
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    for i, text in enumerate(texts):
        vectors[i] = known[text]
    question_vectors = np.zeros((len(questions), dim), dtype=np.float32)
    for i, text in enumerate(questions):
        question_vectors[i] = known[text]
    dense = faiss.IndexFlatIP(vectors.shape[1])
    dense.add(vectors)
    question_terms: list[list[str]] = []
    documents: list[list[str]] = []
    for e in entries:  # one entry at a time, so the analyzer's cache serves both
        documents.append(morph_terms(analyzer, e))
        question_terms.append(list(dict.fromkeys(t for q in e.all_questions for t in analyzer.terms(q, expand=False))))
    morph = Bm25Index.build(documents)
    reading = Bm25Index.build([reading_terms(analyzer, e) for e in entries])
    manifest: dict[str, object] = {
        "format": INDEX_FORMAT_VERSION,
        "fingerprint": fingerprint,
        "model": embedder.name,
        "layout": index_layout(),
        "dim": int(vectors.shape[1]),
        "entries": len(entries),
        "dense_rows": len(texts),
        "embedded": sum(  # entries with at least one text not embedded before
            any(text in new for text in (*dense_texts(e), *e.all_questions)) for e in entries
        ),
        "build_seconds": round(time.perf_counter() - started, 3),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    return SearchIndex(
        list(entries), dense, morph, reading, manifest, np.asarray(owners, dtype=np.int64), question_terms,
        question_vectors,
    )


def corpus_fingerprint(entries: Iterable[FaqEntry], *, model: str, vocabulary: str = "") -> str:
    """Content hash of the entries, the model name and the vocabulary; an unchanged corpus skips the rebuild."""
    digest = hashlib.sha256(f"{model}|{INDEX_FORMAT_VERSION}|{index_layout()}|{vocabulary}".encode())
    for entry in entries:
        for value in entry.to_dict().values():
            digest.update(("\x1d".join(value) if isinstance(value, list) else value).encode())
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


def reusable_vectors(previous: SearchIndex | None, *, model: str) -> dict[str, np.ndarray]:
    """{dense text: vector} of a previous index built with the same model and layout (else empty)."""
    if previous is None or previous.manifest.get("model") != model:
        return {}
    if previous.manifest.get("layout") != index_layout():
        return {}
    vectors = previous.dense.reconstruct_n(0, previous.dense.ntotal)
    texts = [text for entry in previous.entries for text in dense_texts(entry)]
    known = dict(zip(texts, vectors, strict=True))
    questions = [q for entry in previous.entries for q in entry.all_questions]
    if len(previous.question_vectors) == len(questions):
        known.update(zip(questions, previous.question_vectors, strict=True))
    return known


def save_index(index: SearchIndex, folder: Path) -> None:
    """Write the index atomically: a temporary folder renamed over the old one."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".index-", dir=folder.parent))
    try:
        faiss.write_index(index.dense, str(staging / "dense.faiss"))
        np.save(staging / "dense_owner.npy", index.dense_owner)
        np.save(staging / "question_vectors.npy", index.question_vectors)
        index.morph.save(staging, "morph")
        index.reading.save(staging, "reading")
        (staging / "entries.json").write_text(
            json.dumps([e.to_dict() for e in index.entries], ensure_ascii=False), "utf-8"
        )
        (staging / "question_terms.json").write_text(json.dumps(index.question_terms, ensure_ascii=False), "utf-8")
        (staging / MANIFEST).write_text(json.dumps(index.manifest, ensure_ascii=False, indent=2), "utf-8")
        if folder.exists():
            old = folder.with_name(folder.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            folder.rename(old)
            staging.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def read_manifest(folder: Path) -> dict[str, object] | None:
    """The manifest of a built index, or None when there is none."""
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load_index(folder: Path) -> SearchIndex:
    """Load a built index from ``folder``."""
    manifest = read_manifest(folder)
    if manifest is None:
        raise IndexNotBuiltError(detail=f"no index in {folder}: run `python -m knowledge build` first")
    if manifest.get("format") != INDEX_FORMAT_VERSION:
        raise IndexCorruptError(detail=f"index in {folder} has format {manifest.get('format')}; rebuild it")
    try:
        dense = faiss.read_index(str(folder / "dense.faiss"))
        owners = np.load(folder / "dense_owner.npy").astype(np.int64)
        question_vectors = np.load(folder / "question_vectors.npy").astype(np.float32)
        morph = Bm25Index.load(folder, "morph")
        reading = Bm25Index.load(folder, "reading")
        raw = json.loads((folder / "entries.json").read_text("utf-8"))
        entries = [FaqEntry.from_dict(item) for item in raw]
        question_terms = json.loads((folder / "question_terms.json").read_text("utf-8"))
    except (OSError, ValueError, RuntimeError) as err:
        raise IndexCorruptError(detail=f"cannot read the index in {folder}: {err}; rebuild it") from err
    consistent = (len(entries) == morph.n_docs == reading.n_docs == len(question_terms)
                  and dense.ntotal == len(owners) == len(question_vectors))
    if not consistent or (len(owners) and (owners.min() < 0 or owners.max() >= len(entries))):
        raise IndexCorruptError(detail=f"index parts in {folder} disagree on the entry count; rebuild it")
    return SearchIndex(entries, dense, morph, reading, manifest, owners, question_terms, question_vectors)


def dense_scores(index: SearchIndex, query_vector: np.ndarray, pool: int) -> dict[int, float]:
    """The best dense cosine of the top ``pool`` entries as {doc: score} (max over an entry's wordings).

    With at most W rows per entry, the best ``pool * W`` rows hold the best row of each of the top ``pool``
    entries (every row ranked above the last of them belongs to one of them), so only those are fetched.
    """
    rows = min(index.dense.ntotal, pool * index.max_rows_per_entry)
    scores, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), max(rows, 1))
    found = ids[0] >= 0
    owners = index.dense_owner[ids[0][found]]
    values = scores[0][found]
    # Rows come best first: an entry's first row is its best wording (vectorised: ~10 rows per entry).
    unique, first = np.unique(owners, return_index=True)
    order = np.argsort(first, kind="stable")
    return {int(unique[i]): float(values[first[i]]) for i in order}


def entry_dense_scores(index: SearchIndex, query_vector: np.ndarray, docs: Sequence[int]) -> dict[int, float]:
    """Dense cosine of given entries (max over each entry's wordings)."""
    rows = [row for doc in docs for row in index.entry_rows[doc]]
    if not rows:
        return {}
    vectors = index.dense.reconstruct_batch(np.asarray(rows, dtype=np.int64))
    best: dict[int, float] = {}
    for row, score in zip(rows, (vectors @ query_vector).tolist(), strict=True):
        owner = int(index.dense_owner[row])
        best[owner] = max(best.get(owner, -1.0), float(score))
    return best


def question_scores(index: SearchIndex, query_vector: np.ndarray, docs: Sequence[int]) -> dict[int, float]:
    """Cosine of the query with each entry's question wordings alone (max per entry)."""
    if not len(index.question_vectors):
        return {}
    best: dict[int, float] = {}
    for doc in docs:
        rows = index.entry_rows[doc]
        if rows:
            best[doc] = float((index.question_vectors[rows] @ query_vector).max())
    return best
