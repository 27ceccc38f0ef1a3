"""Speech to text behind one Protocol: streaming recognition with partial and final results."""

from __future__ import annotations

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
class Transcript:
    """A final result: the text and, when the engine gives them, word timings."""

    text: str
    words: list[Word] = field(default_factory=list)


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
