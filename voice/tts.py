"""The Japanese voice as a service: pyttsx3 with the ``openjtalk`` driver in one worker thread.

pyttsx3's pitfalls are avoided by construction: every utterance is one ``save_to_file`` into memory followed
by ``runAndWait`` in the single synthesis thread (queued saves never overwrite each other, no sound device is
needed). Long text is rendered sentence by sentence so the first audio is ready at once; frequent
utterances (check-in questions, greetings) come from a small in-memory cache.
"""

from __future__ import annotations

import asyncio
import io
import threading
import wave
from collections import OrderedDict
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from voice.errors import EngineUnavailableError
from voice.readings import first_chunk_split, sentences
from voice.settings import VoiceSettings
from voice.tts_driver import DRIVER_NAME, register, wav_bytes

# One thread renders all speech of the process (pyttsx3 engines and Open JTalk are not thread-safe).
_SYNTHESIS_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voice-tts")
# Open JTalk pads every utterance with about 0.3 s of silence before and 0.4 s after; pieces are trimmed to
# this much and the pause between them is added explicitly (full after a sentence, half after a comma).
KEEP_LEAD_S = 0.03
KEEP_TAIL_S = 0.08
SILENCE_LEVEL = 0.01  # fraction of full scale below which a sample counts as silence
COMMA_PAUSE_SHARE = 0.5  # of the sentence pause, after a first clause split off at its comma


def trim_silence(pcm: npt.NDArray[np.int16], sample_rate_hz: int) -> npt.NDArray[np.int16]:
    """Cut leading and trailing silence down to ``KEEP_LEAD_S``/``KEEP_TAIL_S``."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > SILENCE_LEVEL * 32767)
    if loud.size == 0:
        return pcm
    start = max(0, int(loud[0]) - int(KEEP_LEAD_S * sample_rate_hz))
    end = min(len(pcm), int(loud[-1]) + 1 + int(KEEP_TAIL_S * sample_rate_hz))
    return pcm[start:end]


@dataclass(frozen=True)
class VoiceOptions:
    """What an utterance sounds like (part of the cache key)."""

    rate_wpm: int
    volume: float
    voice: str
    sample_rate_hz: int


@dataclass(frozen=True)
class SpokenChunk:
    """One rendered sentence."""

    text: str
    pcm: npt.NDArray[np.int16]
    sample_rate_hz: int

    @property
    def duration_s(self) -> float:
        """Length of the audio in seconds."""
        return len(self.pcm) / self.sample_rate_hz


class SpeechSynthesizer:
    """Renders Japanese text to PCM/WAV through ``pyttsx3.init("openjtalk")``."""

    def __init__(self, settings: VoiceSettings) -> None:
        self.settings = settings
        self.options = VoiceOptions(
            settings.tts_rate_wpm, settings.tts_volume, settings.tts_voice, settings.tts_sample_rate_hz
        )
        self._cache: OrderedDict[tuple[str, VoiceOptions], npt.NDArray[np.int16]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._engine: Any = None

    @property
    def sample_rate_hz(self) -> int:
        """Rate of the audio this synthesizer delivers."""
        return self.options.sample_rate_hz

    def _engine_in_worker(self) -> Any:
        if self._engine is None:
            import pyttsx3

            register()
            self._engine = pyttsx3.init(DRIVER_NAME)
        return self._engine

    def _render_in_worker(self, text: str, options: VoiceOptions) -> npt.NDArray[np.int16]:
        engine = self._engine_in_worker()
        engine.setProperty("rate", options.rate_wpm)
        engine.setProperty("volume", options.volume)
        engine.setProperty("voice", options.voice)
        engine.setProperty("sample_rate", options.sample_rate_hz)
        errors: list[BaseException] = []
        token = engine.connect("error", lambda name, exception: errors.append(exception))
        buffer = io.BytesIO()
        try:
            engine.save_to_file(text, buffer)
            engine.runAndWait()
        finally:
            engine.disconnect(token)
        if errors:
            raise EngineUnavailableError(detail=f"openjtalk driver failed: {errors[0]!r}") from errors[0]
        if not buffer.getvalue():
            return np.zeros(0, dtype=np.int16)
        buffer.seek(0)
        with wave.open(buffer, "rb") as handle:
            pcm = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2").astype(np.int16)
        return trim_silence(pcm, options.sample_rate_hz)

    def render_sync(self, text: str) -> npt.NDArray[np.int16]:
        """Render one piece of text (blocking; cached)."""
        key = (text, self.options)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        pcm = _SYNTHESIS_WORKER.submit(self._render_in_worker, text, self.options).result()
        if self.settings.tts_cache_entries > 0:
            with self._cache_lock:
                self._cache[key] = pcm
                while len(self._cache) > self.settings.tts_cache_entries:
                    self._cache.popitem(last=False)
        return pcm

    def is_cached(self, text: str) -> bool:
        """True when ``text`` is in the cache (frequent utterances)."""
        with self._cache_lock:
            return (text, self.options) in self._cache

    async def render(self, text: str) -> npt.NDArray[np.int16]:
        """Render without blocking the event loop."""
        return await asyncio.get_running_loop().run_in_executor(None, self.render_sync, text)

    def _pause(self, share: float) -> npt.NDArray[np.int16]:
        samples = int(self.sample_rate_hz * self.settings.tts_sentence_pause_ms * share / 1000)
        return np.zeros(samples, dtype=np.int16)

    def plan(self, text: str) -> list[tuple[str, float]]:
        """The pieces rendered one after another (a long first sentence is split at a comma or a phrase) and
        the share of the sentence pause after each: 1 after a sentence, 0.5 after a comma, 0 inside a clause."""
        parts = sentences(text)
        if not parts:
            return []
        first = first_chunk_split(parts[0])
        head = [(piece, COMMA_PAUSE_SHARE if piece.endswith("、") else 0.0) for piece in first[:-1]]
        return [*head, (first[-1], 1.0), *((part, 1.0) for part in parts[1:])]

    def pieces(self, text: str) -> list[str]:
        """The texts of :meth:`plan`."""
        return [piece for piece, _share in self.plan(text)]

    async def stream(self, text: str) -> AsyncIterator[SpokenChunk]:
        """Sentence by sentence: the first chunk is ready after rendering only the first piece."""
        for piece, share in self.plan(text):
            pcm = await self.render(piece)
            if pcm.size:
                yield SpokenChunk(piece, np.concatenate([pcm, self._pause(share)]), self.sample_rate_hz)

    def wav_sync(self, text: str) -> bytes:
        """The whole text as one WAV (blocking)."""
        chunks = [np.concatenate([self.render_sync(p), self._pause(share)]) for p, share in self.plan(text)]
        pcm = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
        return wav_bytes(pcm, self.sample_rate_hz)

    async def wav(self, text: str) -> bytes:
        """The whole text as one WAV."""
        return await asyncio.get_running_loop().run_in_executor(None, self.wav_sync, text)

    def warm(self, texts: list[str]) -> None:
        """Pre-render frequent utterances into the cache (blocking)."""
        for text in texts:
            for piece in self.pieces(text):
                self.render_sync(piece)
