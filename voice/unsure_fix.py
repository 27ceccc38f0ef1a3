"""The looser transcript fix inside the words Whisper is unsure of (``VOICE_TRANSCRIPT_UNSURE_FIX``, issue 11).

With word timestamps faster-whisper gives every word (for Japanese a token piece of one to a few characters) the
mean probability of its tokens; the words it is unsure of are where a transcript is most often wrong (実員 for
実印, 国総 for 国保). The shipped transcript fix (voice/transcript_fix.py) matches spans of the transcript to the
city's terms within a small reading distance and never touches a span the corpus itself spells. Inside an
*unsure span* (adjacent morphemes with a kanji or katakana letter whose lowest word probability is under
``below``) :class:`UnsureFix` is looser: a wider distance, and corpus-spelt spans are matched too. The terms it
finds are **appended**, never replacing what was heard (replacing and rewriting lost, docs/voice.md).

The transcript is handed on unchanged when the safety layer finds anything in it or in the text with the terms,
so an emergency is never "corrected" away and a term never raises an alarm. In ``/voice/session`` (Whisper,
free-form questions) :meth:`UnsureFix.heard_text` appends the terms to the transcript before the conversation's
own transcript fix (voice.hearing) appends its terms. Off by default (``VOICE_TRANSCRIPT_UNSURE_FIX``): chosen on
the dev set (+4 / -0 questions), it held out only weakly on 271 fresh spoken questions (faq-queries-12/13: P@1
0.589 -> 0.597, 4 gained / 2 lost, sign test p 0.69; docs/voice.md, "Sixteenth session").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sudachipy import Dictionary, SplitMode
from sudachipy import Tokenizer as SudachiTokenizer

from safety.assess import assess
from voice.kana import normal_reading
from voice.stt import Word
from voice.transcript_fix import SAFETY_CHANNEL, TranscriptFixer, choose_text

UNSURE_BELOW = 0.5  # word probability under which a morpheme is unsure (chosen on the dev set, docs/voice.md)
LOOSE_DISTANCE = 0.3  # normalised reading edit distance inside unsure spans (chosen on the dev set)
CONFIDENT = 1.0  # a character no word covers (punctuation faster-whisper moved) counts as confident
SEPARATOR_POS = frozenset({"補助記号", "空白", "記号"})


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


def is_written(surface: str) -> bool:
    """Has a kanji or a katakana letter: a word the search reads by its spelling."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u30a1" <= ch <= "\u30fa" for ch in surface)


def unsure_spans(
    text: str, words: Sequence[Word], *, below: float = UNSURE_BELOW, tokenizer: SudachiTokenizer | None = None
) -> list[Unsure]:
    """The runs of adjacent morphemes (Sudachi mode A) with a kanji or katakana letter whose lowest character
    probability is under ``below``, in order. Kana-only words and punctuation are never unsure: the search
    reads kana by sound already. No words (no word timestamps): nothing is unsure."""
    if not words:
        return []
    confidences = char_confidences(text, words)
    tokenizer = tokenizer if tokenizer is not None else Dictionary(dict="core").tokenizer()
    spans: list[Unsure] = []
    for morpheme in tokenizer.tokenize(text, SplitMode.A):
        start, end, surface = morpheme.begin(), morpheme.end(), morpheme.surface()
        if morpheme.part_of_speech()[0] in SEPARATOR_POS or not is_written(surface) or start == end:
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


class UnsureFix:
    """The looser fix of ``fixer``'s terms (same vocabulary, ``distance``, corpus-spelt spans allowed) applied
    to spans that overlap an unsure span under ``below``."""

    def __init__(
        self, fixer: TranscriptFixer, *, below: float = UNSURE_BELOW, distance: float = LOOSE_DISTANCE
    ) -> None:
        self.fixer = fixer
        self.below = below
        self.tokenizer = fixer.tokenizer
        self.loose = TranscriptFixer(
            zip(fixer.surfaces, fixer.readings, strict=True), (), max_distance=distance, tokenizer=fixer.tokenizer
        )

    def terms(self, text: str, words: Sequence[Word], *, handed: str) -> list[str]:
        """The loose terms of ``text`` inside its unsure spans, in order, each once, leaving out those already in
        ``handed`` (the text the shipped fix hands on)."""
        spans = unsure_spans(text, words, below=self.below, tokenizer=self.tokenizer)
        if not spans:
            return []
        found = [
            fix.term
            for fix in self.loose.fixes(text)
            if fix.term not in handed and any(fix.start < s.end and s.start < fix.end for s in spans)
        ]
        return list(dict.fromkeys(found))

    def with_terms(
        self, text: str, words: Sequence[Word], *, handed: str, shipped: str | None = None, now: datetime | None = None
    ) -> str:
        """``handed`` with the loose terms of ``text`` appended (those not in ``shipped``, the text the shipped fix
        hands on; by default ``handed``), or ``handed`` itself when there are none or the safety layer finds
        anything in ``text`` or in the text with the terms."""
        terms = self.terms(text, words, handed=handed if shipped is None else shipped)
        if not terms:
            return handed
        candidate = f"{handed} {' '.join(terms)}"
        moment = now or datetime.now(UTC)
        for checked in (text, candidate):
            if assess(checked, now=moment, channel=SAFETY_CHANNEL).kind != "none":
                return handed
        return candidate

    def heard_text(self, text: str, words: Sequence[Word]) -> str:
        """``text`` with the loose terms the shipped fix would not append (the conversation's transcript fix then
        appends its own after them), or ``text`` itself when there are none or the safety layer finds anything in
        ``text`` or in the text with the terms (blocking: Sudachi and the safety layer)."""
        return self.with_terms(text, words, handed=text, shipped=choose_text(text, self.fixer))
