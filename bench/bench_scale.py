"""Scaling benchmark: index build rate, load time, query latency and memory at growing corpus sizes.

Synthetic corpora are made from the project's FAQ (each entry re-worded per branch office and
numbered so every text is distinct). Each size runs in fresh child processes so that peak memory
(ru_maxrss) is per size. Prints a table; writes docs/scaling.png and docs/scaling.json.

    .venv/bin/python bench/bench_scale.py --sizes 200 2000 10000 100000

Sizes above --max-embed reuse real vectors of the largest embedded size (with small noise) instead of
embedding every synthetic text: the sparse index, FAISS, load and query paths are real, only the
document-embedding time is extrapolated from the measured rate (marked "projected").

``--wordings 1`` indexes each entry with its main question only; ``--wordings 10`` gives every entry its base
entry's nine alternative questions (re-worded per branch, so each is a distinct text to embed), as the Osaki
corpus has since the fourth session.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BRANCHES = ("本庁", "松山", "三本木", "鹿島台", "岩出山", "鳴子", "田尻", "古川")
QUERY_FILE = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
FALLBACK_QUERIES = ("住民票はどこで取れますか", "粗大ごみの出し方", "じどうてあて しんせい", "避難所はどこ")
NOISE_SCALE = 0.02


def synthetic_entries(n: int, wordings: int = 1):
    """n distinct entries derived from the project's corpus, each with up to ``wordings`` question wordings."""
    from dataclasses import replace

    from knowledge.ingest import load_corpus
    from knowledge.records import FaqEntry

    base = load_corpus(ROOT / "knowledge" / "corpus")
    out = []
    for i in range(n):
        e = base[i % len(base)]
        round_no = i // len(base)
        alternatives = e.questions[: max(0, wordings - 1)]
        if round_no == 0:
            out.append(replace(e, questions=tuple(alternatives)))
            continue
        branch = BRANCHES[round_no % len(BRANCHES)]
        out.append(
            FaqEntry(
                id=f"{e.id}-{round_no}",
                question=f"{branch}総合支所では、{e.question}(No.{round_no})",
                answer=f"{branch}総合支所の場合: {e.answer} 受付番号{i}。",
                category=e.category, department=e.department, phone=e.phone,
                source_url=f"{e.source_url}?v={round_no}", updated=e.updated,
                questions=tuple(f"{branch}総合支所: {q}(No.{round_no})" for q in alternatives),
            )
        )
    return out


def queries() -> list[str]:
    if QUERY_FILE.exists():
        lines = QUERY_FILE.read_text("utf-8").splitlines()[1:]
        return [line.split("\t")[0] for line in lines if line.strip()]
    return list(FALLBACK_QUERIES)


def rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_build(n: int, folder: Path, vectors_from: Path | None, wordings: int = 1) -> dict[str, float]:
    import faiss
    import numpy as np

    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.index import (
        SearchIndex,
        build_index,
        corpus_fingerprint,
        dense_texts,
        morph_terms,
        reading_terms,
        save_index,
    )
    from knowledge.japanese import MorphAnalyzer
    from knowledge.settings import KnowledgeSettings
    from knowledge.sparse import Bm25Index

    settings = KnowledgeSettings()
    entries = synthetic_entries(n, wordings)
    analyzer = MorphAnalyzer()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    started = time.perf_counter()
    if vectors_from is None:
        index = build_index(entries, embedder=embedder, analyzer=analyzer, fingerprint="bench",
                            batch_size=settings.embed_batch_size)
        embed_s = None
    else:
        real = faiss.read_index(str(vectors_from / "dense.faiss"))
        base = real.reconstruct_n(0, real.ntotal)
        counts = np.array([len(e.all_questions) for e in entries])  # dense rows (one per wording) of each entry
        rows = int(counts.sum())
        rng = np.random.default_rng(0)
        vecs = base[np.arange(rows) % len(base)] + rng.normal(0, NOISE_SCALE, (rows, base.shape[1])).astype("float32")
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        dense = faiss.IndexFlatIP(vecs.shape[1])
        dense.add(vecs.astype("float32"))
        morph = Bm25Index.build([morph_terms(analyzer, e) for e in entries])
        reading = Bm25Index.build([reading_terms(analyzer, e) for e in entries])
        question_terms = [list(dict.fromkeys(t for q in e.all_questions for t in analyzer.terms(q, expand=False)))
                          for e in entries]
        index = SearchIndex(entries, dense, morph, reading, {
            "format": 2, "fingerprint": corpus_fingerprint(entries, model=settings.model), "model": settings.model,
            "dim": int(vecs.shape[1]), "entries": n,
        }, np.repeat(np.arange(n, dtype=np.int64), counts), question_terms, vecs.astype("float32"))
        # time to embed the same texts (each wording with the answer's opening, and alone), projected from a sample
        sample = [t for e in entries[:: max(1, n // 40)] for t in (*dense_texts(e), *e.all_questions)][:400]
        t = time.perf_counter()
        embedder.encode_documents(sample, batch_size=settings.embed_batch_size)
        embed_s = (time.perf_counter() - t) / len(sample) * 2 * rows
    elapsed = time.perf_counter() - started
    save_index(index, folder)
    if embed_s is not None:
        elapsed += embed_s
    return {"build_s": elapsed, "build_rate": n / elapsed, "build_rss_mb": rss_peak_mb(),
            "projected": float(embed_s is not None)}


def child_query(folder: Path) -> dict[str, float]:
    import numpy as np

    from knowledge.embed import SentenceTransformerEmbedder
    from knowledge.index import load_index
    from knowledge.japanese import MorphAnalyzer
    from knowledge.search import Searcher
    from knowledge.settings import KnowledgeSettings

    settings = KnowledgeSettings()
    t = time.perf_counter()
    index = load_index(folder)
    load_index_s = time.perf_counter() - t
    t = time.perf_counter()
    embedder = SentenceTransformerEmbedder(settings.model, threads=settings.torch_threads)
    analyzer = MorphAnalyzer()
    load_models_s = time.perf_counter() - t
    t = time.perf_counter()
    searcher = Searcher(index, embedder=embedder, analyzer=analyzer, settings=settings)
    load_index_s += time.perf_counter() - t  # the features' per-entry facts are part of loading
    texts = queries()
    for q in texts[:5]:
        searcher.search(q)
    times = []
    for _ in range(2):
        for q in texts:
            t = time.perf_counter()
            searcher.search(q)
            times.append((time.perf_counter() - t) * 1000)
    arr = np.array(times)
    return {"load_index_s": load_index_s, "load_models_s": load_models_s, "p50_ms": float(np.percentile(arr, 50)),
            "p95_ms": float(np.percentile(arr, 95)), "query_rss_mb": rss_peak_mb()}


def run_child(*args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{out.stderr[-3000:]}")
    row: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return row


def plot(rows: list[dict[str, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["n"] for r in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    ax1.plot(sizes, [r["p50_ms"] for r in rows], "o-", label="p50")
    ax1.plot(sizes, [r["p95_ms"] for r in rows], "s-", label="p95")
    ax1.axhline(30, color="grey", linestyle="--", label="target p95 30 ms")
    ax1.set_xscale("log")
    ax1.set_xlabel("entries")
    ax1.set_ylabel("query latency (ms, incl. query embedding)")
    ax1.legend()
    ax2.plot(sizes, [r["query_rss_mb"] for r in rows], "o-", label="search process peak RSS")
    ax2.plot(sizes, [r["build_rss_mb"] for r in rows], "s-", label="build process peak RSS")
    ax2.axhline(1536, color="grey", linestyle="--", label="limit 1.5 GB")
    ax2.set_xscale("log")
    ax2.set_xlabel("entries")
    ax2.set_ylabel("MB")
    ax2.legend()
    fig.suptitle("Knowledge search scaling (2 CPU cores)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000, 100000])
    parser.add_argument("--max-embed", type=int, default=10000, help="largest size embedded for real")
    parser.add_argument("--wordings", type=int, choices=(1, 10), default=1,
                        help="question wordings per entry: 1 (main question only) or 10 (nine alternatives)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "build":
            n, folder, src, wordings = int(rest[0]), Path(rest[1]), rest[2], int(rest[3])
            print(json.dumps(child_build(n, folder, Path(src) if src != "-" else None, wordings)))
        else:
            print(json.dumps(child_query(Path(rest[0]))))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        largest_real: Path | None = None
        for n in sorted(args.sizes):
            folder = Path(tmp) / f"idx{n}"
            src = "-" if n <= args.max_embed or largest_real is None else str(largest_real)
            row = {"n": n, **run_child("--child", "build", str(n), str(folder), src, str(args.wordings))}
            if src == "-":
                largest_real = folder
            row.update(run_child("--child", "query", str(folder)))
            rows.append(row)
            print(f"n={n:>7} build {row['build_rate']:7.1f} entries/s{' (projected)' if row['projected'] else ''}"
                  f"  load index {row['load_index_s']:.2f} s  models {row['load_models_s']:.2f} s"
                  f"  p50 {row['p50_ms']:.1f} ms  p95 {row['p95_ms']:.1f} ms"
                  f"  RSS search {row['query_rss_mb']:.0f} MB build {row['build_rss_mb']:.0f} MB", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scaling.json").write_text(json.dumps(rows, indent=2), "utf-8")
    plot(rows, args.out / "scaling.png")
    print(f"wrote {args.out / 'scaling.png'} and {args.out / 'scaling.json'}")


if __name__ == "__main__":
    main()
