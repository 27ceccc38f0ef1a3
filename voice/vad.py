"""End of speech by voice activity detection (webrtcvad), so nobody has to press "stop"."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np
import numpy.typing as npt

FRAME_MS = 30  # webrtcvad takes 10, 20 or 30 ms frames
SPEECH_START_MS = 90  # voiced audio needed before an utterance counts as started
# A whole-utterance recogniser (Whisper) starts this far into the closing silence, speculatively: the rest of the
# silence the VAD waits for adds no words (dropped when the person speaks on).
EARLY_AFTER_SILENCE_MS = 300


class VadEvent(Enum):
    """What a chunk of audio changed."""

    SPEECH_STARTED = "speech_started"
    SPEECH_ENDED = "speech_ended"


@dataclass
class EndpointDetector:
    """Feeds 16-bit mono PCM at 8/16/32/48 kHz; reports when speech starts and when it has ended."""

    sample_rate_hz: int = 16000
    aggressiveness: int = 2
    end_silence_ms: int = 700

    def __post_init__(self) -> None:
        import webrtcvad

        self._vad = webrtcvad.Vad(self.aggressiveness)
        self._frame_samples = self.sample_rate_hz * FRAME_MS // 1000
        self._pending = np.zeros(0, dtype=np.int16)
        self._voiced_ms = 0
        self._silence_ms = 0
        self.in_speech = False

    @property
    def trailing_silence_ms(self) -> int:
        """Silence since the last voiced frame of the current utterance (0 outside speech)."""
        return self._silence_ms if self.in_speech else 0

    def reset(self) -> None:
        """Start listening for the next utterance."""
        self._pending = np.zeros(0, dtype=np.int16)
        self._voiced_ms = self._silence_ms = 0
        self.in_speech = False

    def feed(self, pcm: npt.NDArray[np.int16]) -> list[VadEvent]:
        """Events caused by this chunk, in order."""
        events: list[VadEvent] = []
        buffer = np.concatenate([self._pending, pcm])
        whole = len(buffer) - len(buffer) % self._frame_samples
        for start in range(0, whole, self._frame_samples):
            frame = buffer[start : start + self._frame_samples].astype("<i2").tobytes()
            voiced = self._vad.is_speech(frame, self.sample_rate_hz)
            if not self.in_speech:
                self._voiced_ms = self._voiced_ms + FRAME_MS if voiced else 0
                if self._voiced_ms >= SPEECH_START_MS:
                    self.in_speech = True
                    self._silence_ms = 0
                    events.append(VadEvent.SPEECH_STARTED)
            else:
                self._silence_ms = 0 if voiced else self._silence_ms + FRAME_MS
                if self._silence_ms >= self.end_silence_ms:
                    self.in_speech = False
                    self._voiced_ms = 0
                    events.append(VadEvent.SPEECH_ENDED)
        self._pending = buffer[whole:]
        return events
