"""Speech to text behind one Protocol: streaming recognition with partial and final results."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing (seconds from the start of the stream)."""

    word: str
    start: float
    end: float
    conf: float = 1.0


@dataclass(frozen=True)
class Hypothesis:
    """One of an engine's n best transcripts of an utterance, with the engine's score (Whisper: the mean
    log-probability per token; higher is likelier)."""

    text: str
    score: float


@dataclass(frozen=True)
class Transcript:
    """A final result: the text and, when the engine gives them, word timings and the n best hypotheses
    (``hypotheses[0].text == text``; empty when the engine gives one transcript only)."""

    text: str
    words: list[Word] = field(default_factory=list)
    hypotheses: list[Hypothesis] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        """The hypotheses' texts, best first (just ``text`` without them)."""
        return [h.text for h in self.hypotheses] if self.hypotheses else [self.text]


class RecentHypotheses:
    """The n best of the last transcripts handed out, by their text: for a conversation turn that arrives with
    the text only (Home Assistant sends the ``asr`` transcript back to ``handle``; a satellite's early
    transcript). Holds at most ``size`` transcripts (oldest dropped)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._texts: OrderedDict[str, list[str]] = OrderedDict()

    def remember(self, transcript: Transcript) -> None:
        """Keep ``transcript``'s hypotheses (nothing when it has none)."""
        key = transcript.text.strip()
        if not transcript.hypotheses or not key:
            return
        self._texts[key] = transcript.texts
        self._texts.move_to_end(key)
        while len(self._texts) > self.size:
            self._texts.popitem(last=False)

    def recall(self, text: str) -> list[str]:
        """The hypotheses of the transcript ``text`` (forgotten once recalled), or none."""
        return self._texts.pop(text.strip(), [])


class RecognitionStream(Protocol):
    """One utterance or conversation being recognised, fed with 16-bit mono PCM at the engine's rate."""

    def accept(self, pcm: npt.NDArray[np.int16]) -> str | Transcript | None:
        """Feed audio: a partial text, a final Transcript at an engine endpoint, or None."""
        ...

    def finish(self) -> Transcript:
        """No more audio: the final result of what is left."""
        ...

    def close(self) -> None:
        """Release the stream (idempotent)."""
        ...


class SpeechRecognizer(Protocol):
    """A speech-to-text engine (Vosk local or remote, faster-whisper)."""

    name: str
    sample_rate_hz: int
    streaming: bool  # True: partial results while audio arrives

    def open_stream(self, *, grammar: list[str] | None = None) -> RecognitionStream:
        """A new stream; ``grammar`` restricts recognition to these phrases where the engine can."""
        ...

    def transcribe(self, pcm: npt.NDArray[np.int16], *, grammar: list[str] | None = None) -> Transcript:
        """A whole utterance at ``sample_rate_hz``."""
        ...
