"""Whisper's confidence per word, used on the text handed to the search (issue 11, fifteenth session).

With ``word_timestamps`` faster-whisper aligns the transcript's tokens to the audio and gives each "word" the
mean probability of its tokens (for Japanese a word is a token piece of one to a few characters). The words
Whisper is unsure of are where a transcript is most often wrong: 実員 for 実印, 国総 for 国保. The unsure spans
(voice.unsure_fix.unsure_spans) are the basis of the texts the search can be given instead of the transcript:

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
from typing import Literal

from sudachipy import Tokenizer as SudachiTokenizer

from voice.stt import Word
from voice.unsure_fix import UNSURE_BELOW, Unsure, is_written, unsure_spans

Rewrite = Literal["drop", "kana", "repeat"]
REWRITES: tuple[Rewrite, ...] = ("drop", "kana", "repeat")


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
    return kept if is_written(kept) else text


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
