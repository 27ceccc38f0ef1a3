"""How Whisper decodes a free-form utterance, and what audio it is given (docs/voice.md, "Decoding settings").

:class:`WhisperDecoding` holds the faster-whisper options the voice settings expose (beam, patience, length
penalty, timestamps, temperature fallback, token suppression, Silero VAD); :class:`AudioFrontEnd` prepares the
16 kHz PCM before Whisper hears it (loudness normalised, leading/trailing silence trimmed, silence padded).
Both give a ``signature``: empty for the defaults, else the changed values, so caches of transcripts made under
other settings never mix with the shipped ones (bench/spoken_support.py keys its cache with it).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

TEMPERATURE_FALLBACK = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # faster-whisper's default schedule
FRAME_MS = 10  # frames of the silence trimmer
TRIM_FLOOR_DB = 40.0  # frames this far below the loudest frame are silence
TRIM_KEEP_MS = 100  # silence kept before the first and after the last sound frame when trimming
PCM_FULL_SCALE = 32768.0
PEAK_CEILING = 0.97  # normalised audio is scaled down so its peak stays below this fraction of full scale
MAX_GAIN_DB = 30.0  # faint input (noise, a far voice) is raised at most this much


@dataclass(frozen=True)
class WhisperDecoding:
    """faster-whisper ``transcribe`` options of free-form questions (grammar answers use the same)."""

    beam_size: int = 5
    patience: float = 1.0  # beam search stops after patience x beam finished sequences
    length_penalty: float = 1.0  # exponent of the length normalisation of the beam scores
    without_timestamps: bool = False  # decode no timestamp tokens (one segment of text per 30 s window)
    temperature_fallback: bool = True  # resample at rising temperatures when a decode looks degenerate
    suppress_blank: bool = True  # no blank/end-of-text as the first token
    suppress_symbols: bool = True  # faster-whisper's suppress_tokens=[-1]: no non-speech symbols
    vad_filter: bool = False  # Silero VAD cuts the utterance to its speech first

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``WhisperModel.transcribe``."""
        return {
            "beam_size": self.beam_size, "patience": self.patience, "length_penalty": self.length_penalty,
            "without_timestamps": self.without_timestamps,
            "temperature": list(TEMPERATURE_FALLBACK) if self.temperature_fallback else 0.0,
            "suppress_blank": self.suppress_blank, "suppress_tokens": [-1] if self.suppress_symbols else [],
            "vad_filter": self.vad_filter,
        }

    def signature(self) -> str:
        """The options other than the defaults and the beam (``""`` for the defaults), e.g. ``patience=2.0``."""
        return _signature(self, WhisperDecoding(beam_size=self.beam_size))


@dataclass(frozen=True)
class AudioFrontEnd:
    """What Whisper is given of a 16 kHz utterance."""

    level_dbfs: float | None = None  # RMS of the speech frames normalised to this level (None: as received)
    trim: bool = False  # cut leading/trailing silence down to TRIM_KEEP_MS
    pad_ms: int = 0  # silence added at both ends (after trimming)
    sample_rate_hz: int = 16000

    def apply(self, pcm: npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
        """The prepared utterance (the input itself when nothing is set or it is empty)."""
        if pcm.size == 0 or (self.level_dbfs is None and not self.trim and self.pad_ms <= 0):
            return pcm
        samples = pcm.astype(np.float64) / PCM_FULL_SCALE
        frame = max(1, self.sample_rate_hz * FRAME_MS // 1000)
        loud = sound_frames(samples, frame)
        if self.trim and loud.any():
            keep = self.sample_rate_hz * TRIM_KEEP_MS // 1000
            first, last = int(np.argmax(loud)), len(loud) - int(np.argmax(loud[::-1]))
            samples = samples[max(0, first * frame - keep): min(len(samples), last * frame + keep)]
            loud = sound_frames(samples, frame)
        if self.level_dbfs is not None and loud.any():
            speech = np.concatenate([samples[i * frame:(i + 1) * frame] for i in np.flatnonzero(loud)])
            rms = float(np.sqrt(np.mean(speech**2)))
            if rms > 0:
                gain = 10 ** (self.level_dbfs / 20) / rms
                peak = float(np.max(np.abs(samples)))
                samples = samples * min(gain, 10 ** (MAX_GAIN_DB / 20), PEAK_CEILING / peak)
        if self.pad_ms > 0:
            pad = np.zeros(self.sample_rate_hz * self.pad_ms // 1000)
            samples = np.concatenate([pad, samples, pad])
        return np.asarray(np.clip(np.round(samples * PCM_FULL_SCALE), -32768, 32767), dtype=np.int16)

    def signature(self) -> str:
        """The settings other than the defaults (``""`` when the audio is passed through)."""
        return _signature(self, AudioFrontEnd(sample_rate_hz=self.sample_rate_hz))


def sound_frames(samples: npt.NDArray[np.float64], frame: int) -> npt.NDArray[np.bool_]:
    """Per frame of ``frame`` samples: louder than TRIM_FLOOR_DB below the loudest frame (and not digital
    silence)."""
    count = len(samples) // frame
    if count == 0:
        return np.zeros(0, dtype=bool)
    energy = np.mean(samples[: count * frame].reshape(count, frame) ** 2, axis=1)
    top = float(energy.max())
    if top <= 0:
        return np.zeros(count, dtype=bool)
    return np.asarray(energy > top * 10 ** (-TRIM_FLOOR_DB / 10), dtype=bool)


def _signature(value: Any, default: Any) -> str:
    changed = [f"{f.name}={getattr(value, f.name)}" for f in fields(value)
               if getattr(value, f.name) != getattr(default, f.name)]
    return ",".join(changed)
