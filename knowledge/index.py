"""Build, save and load the search index: FAISS (dense), two BM25 matrices, and entry metadata."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from knowledge.embed import Embedder
from knowledge.errors import IndexCorruptError, IndexNotBuiltError
from knowledge.japanese import MorphAnalyzer
from knowledge.records import FaqEntry
from knowledge.sparse import Bm25Index

INDEX_FORMAT_VERSION = 1
MANIFEST = "manifest.json"
QUESTION_REPEAT = 2  # question terms count twice as much as answer terms in BM25
DENSE_ANSWER_CHARS = 100  # how much of the answer is embedded with the question (cost grows with length)


@dataclass
class SearchIndex:
    """Everything a search needs, in memory."""

    entries: list[FaqEntry]
    dense: faiss.Index
    morph: Bm25Index
    reading: Bm25Index
    manifest: dict[str, object]


def index_layout() -> str:
    """What, besides the corpus and the model, shapes the index (part of its content hash)."""
    return f"answer_chars={DENSE_ANSWER_CHARS};question_repeat={QUESTION_REPEAT}"


def dense_text(entry: FaqEntry) -> str:
    """The text embedded for an entry: the question and the opening of its answer."""
    return f"{entry.question}\n{entry.answer[:DENSE_ANSWER_CHARS]}" if DENSE_ANSWER_CHARS else entry.question


def morph_terms(analyzer: MorphAnalyzer, entry: FaqEntry) -> list[str]:
    """BM25 terms of an entry: question terms (weighted) and answer terms."""
    question = analyzer.terms(entry.question, expand=False)
    return question * QUESTION_REPEAT + analyzer.terms(entry.answer, expand=False)


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
    texts = [dense_text(e) for e in entries]
    known = reusable_vectors(previous, model=embedder.name)
    todo = [i for i, text in enumerate(texts) if text not in known]
    fresh = embedder.encode_documents([texts[i] for i in todo], batch_size=batch_size, progress=progress)
    dim = fresh.shape[1] if len(todo) else next(iter(known.values())).shape[0]
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    for row, i in enumerate(todo):
        vectors[i] = fresh[row]
    for i, text in enumerate(texts):
        if text in known:
            vectors[i] = known[text]
    dense = faiss.IndexFlatIP(vectors.shape[1])
    dense.add(vectors)
    morph = Bm25Index.build([morph_terms(analyzer, e) for e in entries])
    reading = Bm25Index.build([analyzer.reading_terms(e.question) for e in entries])
    manifest: dict[str, object] = {
        "format": INDEX_FORMAT_VERSION,
        "fingerprint": fingerprint,
        "model": embedder.name,
        "layout": index_layout(),
        "dim": int(vectors.shape[1]),
        "entries": len(entries),
        "embedded": len(todo),
        "build_seconds": round(time.perf_counter() - started, 3),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    return SearchIndex(list(entries), dense, morph, reading, manifest)


def corpus_fingerprint(entries: Iterable[FaqEntry], *, model: str) -> str:
    """Content hash of the entries and the model name; an unchanged corpus skips the rebuild."""
    digest = hashlib.sha256(f"{model}|{INDEX_FORMAT_VERSION}|{index_layout()}".encode())
    for entry in entries:
        for value in entry.to_dict().values():
            digest.update(value.encode())
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
    return {dense_text(e): vectors[i] for i, e in enumerate(previous.entries)}


def save_index(index: SearchIndex, folder: Path) -> None:
    """Write the index atomically: a temporary folder renamed over the old one."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".index-", dir=folder.parent))
    try:
        faiss.write_index(index.dense, str(staging / "dense.faiss"))
        index.morph.save(staging, "morph")
        index.reading.save(staging, "reading")
        (staging / "entries.json").write_text(
            json.dumps([e.to_dict() for e in index.entries], ensure_ascii=False), "utf-8"
        )
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
        raise IndexNotBuiltError(f"no index in {folder}: run `python -m knowledge build` first")
    if manifest.get("format") != INDEX_FORMAT_VERSION:
        raise IndexCorruptError(f"index in {folder} has format {manifest.get('format')}; rebuild it")
    try:
        dense = faiss.read_index(str(folder / "dense.faiss"))
        morph = Bm25Index.load(folder, "morph")
        reading = Bm25Index.load(folder, "reading")
        raw = json.loads((folder / "entries.json").read_text("utf-8"))
        entries = [FaqEntry.from_dict(item) for item in raw]
    except (OSError, ValueError, RuntimeError) as err:
        raise IndexCorruptError(f"cannot read the index in {folder}: {err}; rebuild it") from err
    if not (dense.ntotal == len(entries) == morph.n_docs == reading.n_docs):
        raise IndexCorruptError(f"index parts in {folder} disagree on the entry count; rebuild it")
    return SearchIndex(entries, dense, morph, reading, manifest)


def dense_scores(index: SearchIndex, query_vector: np.ndarray, pool: int) -> dict[int, float]:
    """Top ``pool`` dense cosine scores as {doc: score}."""
    scores, ids = index.dense.search(query_vector.reshape(1, -1).astype(np.float32), pool)
    return {int(i): float(s) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0}
