"""Sudachi segmentation into spans with character offsets into the ORIGINAL text (no Rasa import)."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

# Sudachi rejects very long inputs (its limit is in UTF-8 bytes); long texts are cut into chunks
# of at most this many characters (3 bytes each at most in the BMP, well under the limit).
MAX_CHUNK_CHARS = 4000
# Where a chunk may end, in order of preference (searched backwards from the limit).
CHUNK_BREAKS = ("\n", "。", "、", " ", "\u3000")
# Parts of speech (first level) that never become tokens / that are dropped unless nothing else is left.
WHITESPACE_POS = "空白"
PUNCTUATION_POS = "補助記号"
SPLIT_MODES = ("A", "B", "C")


@dataclass(frozen=True, slots=True)
class Span:
    """One morpheme: its surface text, offsets into the original text and its normalized lemma."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str


def normalize_lemma(form: str) -> str:
    """NFKC + lower case of a Sudachi normalized form (lemmas only; offsets never depend on it)."""
    return unicodedata.normalize("NFKC", form).lower()


def chunk_bounds(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into [start, end) ranges of at most ``max_chars``, preferring natural breaks."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            for mark in CHUNK_BREAKS:
                cut = text.rfind(mark, start + 1, end)
                if cut != -1:
                    end = cut + 1
                    break
        bounds.append((start, end))
        start = end
    return bounds


def select_spans(spans: list[Span], *, keep_punctuation: bool = False) -> list[Span]:
    """Drop whitespace always and punctuation unless asked, but never return nothing for visible text."""
    visible = [s for s in spans if s.pos != WHITESPACE_POS and s.text.strip()]
    if keep_punctuation:
        return visible
    words = [s for s in visible if s.pos != PUNCTUATION_POS]
    return words or visible


class SudachiSegmenter:
    """A Sudachi tokenizer (core dictionary) owned by one component; calls are serialized by a lock."""

    def __init__(self, mode: str = "C", *, keep_punctuation: bool = False) -> None:
        from sudachipy import Dictionary, SplitMode

        key = mode.upper()
        if key not in SPLIT_MODES:
            raise ValueError(f"unknown Sudachi split mode {mode!r}; use one of {', '.join(SPLIT_MODES)}")
        self._mode: Any = getattr(SplitMode, key)
        self._tokenizer: Any = Dictionary(dict="core").tokenizer()
        self._keep_punctuation = keep_punctuation
        # Sudachi tokenizer objects are not thread-safe.
        self._lock = threading.Lock()

    def raw_spans(self, text: str) -> list[Span]:
        """Every morpheme of ``text`` (whitespace and punctuation included) with original offsets."""
        spans: list[Span] = []
        for chunk_start, chunk_end in chunk_bounds(text):
            chunk = text[chunk_start:chunk_end]
            with self._lock:
                morphemes = [
                    (m.begin(), m.end(), m.normalized_form(), m.part_of_speech()[0])
                    for m in self._tokenizer.tokenize(chunk, self._mode)
                ]
            for begin, end, normalized, pos in morphemes:
                start, stop = chunk_start + begin, chunk_start + end
                surface = text[start:stop]
                spans.append(Span(surface, start, stop, normalize_lemma(normalized) or surface, pos))
        return spans

    def spans(self, text: str) -> list[Span]:
        """The tokens of ``text``: morphemes without whitespace (and without punctuation by default)."""
        if not text:
            return []
        return select_spans(self.raw_spans(text), keep_punctuation=self._keep_punctuation)
