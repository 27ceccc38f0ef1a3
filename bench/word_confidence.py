"""Whisper's confidence per word, used on the text handed to the search (issue 11, fifteenth session).

With ``word_timestamps`` faster-whisper aligns the transcript's tokens to the audio and gives each "word" the
mean probability of its tokens (for Japanese a word is a token piece of one to a few characters). The words
Whisper is unsure of are where a transcript is most often wrong: 実員 for 実印, 国総 for 国保. This module maps
those probabilities onto the transcript's characters and its Sudachi morphemes and builds the texts the search
can be given instead of the transcript:

- :func:`without_unsure`: the confident part only (unsure words left out);
- :func:`unsure_as_kana`: the unsure words replaced by their katakana reading, so the morpheme and dense channels
  no longer read the wrong kanji while the reading channel still hears them;
- :func:`with_confident_repeated`: the transcript followed by its confident part (the confident terms count
  twice in the query: a term weighting through the search's public API).

Measured with bench/bench_word_confidence.py (docs/voice.md, fifteenth session): none of them held out on the dev
set, so this stays with the bench (no voice path uses it, no setting). The safety layer is not involved here: a
caller must hand the transcript itself on whenever the safety layer finds anything in it (as
voice.transcript_fix.choose_text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sudachipy import Dictionary, SplitMode
from sudachipy import Tokenizer as SudachiTokenizer

from voice.kana import normal_reading
from voice.stt import Word

UNSURE_BELOW = 0.5  # probability under which a word counts as unsure (a default; the bench chooses)
CONFIDENT = 1.0  # a character no word covers (punctuation faster-whisper moved) counts as confident
SEPARATOR_POS = frozenset({"補助記号", "空白", "記号"})

Rewrite = Literal["drop", "kana", "repeat"]
REWRITES: tuple[Rewrite, ...] = ("drop", "kana", "repeat")


@dataclass(frozen=True)
class Unsure:
    """Characters ``start:end`` of the transcript, one or more adjacent morphemes Whisper was unsure of
    (``confidence``: the lowest word probability among them), with their katakana reading."""

    start: int
    end: int
    surface: str
    reading: str
    confidence: float


def char_confidences(text: str, words: Sequence[Word]) -> list[float]:
    """The probability of the word covering each character of ``text`` (words found in order; a character
    covered by none is :data:`CONFIDENT`)."""
    confidences = [CONFIDENT] * len(text)
    position = 0
    for word in words:
        piece = word.word.strip()
        if not piece:
            continue
        found = text.find(piece, position)
        if found < 0:
            continue
        for index in range(found, found + len(piece)):
            confidences[index] = min(confidences[index], word.conf)
        position = found + len(piece)
    return confidences


def _is_written(surface: str) -> bool:
    """Has a kanji or a katakana letter: a word the search reads by its spelling."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" for ch in surface)


def unsure_spans(
    text: str, words: Sequence[Word], *, below: float = UNSURE_BELOW, tokenizer: SudachiTokenizer | None = None
) -> list[Unsure]:
    """The runs of adjacent morphemes (Sudachi mode A) with a kanji or katakana letter whose lowest character
    probability is under ``below``, in order. Kana-only words and punctuation are never unsure: the search
    reads kana by sound already."""
    if not words:
        return []
    confidences = char_confidences(text, words)
    tokenizer = tokenizer if tokenizer is not None else Dictionary(dict="core").tokenizer()
    spans: list[Unsure] = []
    for morpheme in tokenizer.tokenize(text, SplitMode.A):
        start, end, surface = morpheme.begin(), morpheme.end(), morpheme.surface()
        if morpheme.part_of_speech()[0] in SEPARATOR_POS or not _is_written(surface) or start == end:
            continue
        confidence = min(confidences[start:end])
        if confidence >= below:
            continue
        reading = normal_reading(morpheme.reading_form()) or surface
        last = spans[-1] if spans else None
        if last is not None and last.end == start:
            spans[-1] = Unsure(
                last.start, end, text[last.start : end], last.reading + reading, min(last.confidence, confidence)
            )
        else:
            spans.append(Unsure(start, end, surface, reading, confidence))
    return spans


def _replaced(text: str, spans: Sequence[Unsure], by: Sequence[str]) -> str:
    parts: list[str] = []
    position = 0
    for span, replacement in zip(spans, by, strict=True):
        parts.extend((text[position : span.start], replacement))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def without_unsure(text: str, spans: Sequence[Unsure]) -> str:
    """``text`` without its unsure spans (a space in their place); ``text`` itself when nothing written would
    be left."""
    kept = " ".join(_replaced(text, spans, [" "] * len(spans)).split())
    return kept if _is_written(kept) else text


def unsure_as_kana(text: str, spans: Sequence[Unsure]) -> str:
    """``text`` with every unsure span written as its katakana reading."""
    return _replaced(text, spans, [span.reading for span in spans])


def with_confident_repeated(text: str, spans: Sequence[Unsure]) -> str:
    """``text`` followed by its confident part (nothing added when every written word is unsure or none is)."""
    if not spans:
        return text
    kept = without_unsure(text, spans)
    return f"{text} {kept}" if kept != text else text


def rewritten(
    text: str,
    words: Sequence[Word],
    rewrite: Rewrite,
    *,
    below: float = UNSURE_BELOW,
    tokenizer: SudachiTokenizer | None = None,
) -> str:
    """``text`` rewritten by ``rewrite`` (``drop``: :func:`without_unsure`, ``kana``: :func:`unsure_as_kana`,
    ``repeat``: :func:`with_confident_repeated`) around the spans under ``below``."""
    spans = unsure_spans(text, words, below=below, tokenizer=tokenizer)
    if rewrite == "drop":
        return without_unsure(text, spans)
    if rewrite == "kana":
        return unsure_as_kana(text, spans)
    return with_confident_repeated(text, spans)
