"""The loaded engines of one process (created in the lifespan) and the limits on concurrent streams."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from voice.errors import EngineUnavailableError, ModelMissingError, TooManyStreamsError
from voice.heap import release_free_memory
from voice.lexicon import apply_lexicon
from voice.settings import VoiceSettings
from voice.stt import SpeechRecognizer
from voice.stt_remote import RemoteVoskRecognizer
from voice.stt_vosk import VoskRecognizer, decoder_model_dir
from voice.stt_whisper import WhisperRecognizer, load_vocabulary, packaged_whisper_base, vocabulary_prompt
from voice.tts import SpeechSynthesizer

log = logging.getLogger(__name__)
# Said often: rendered at start so they play at once (check-in, greeting, confirmations).
FREQUENT_UTTERANCES = (
    "おはようございます。今日の体調はいかがですか？",
    "もう一度お話しください。",
    "元気とお答えいただきました。ありがとうございます。",
    "続きを聞きますか。",
)


class StreamSlots:
    """Concurrent recognition streams: per client and for the whole process."""

    def __init__(self, *, per_client: int, total: int) -> None:
        self.per_client = per_client
        self.total = total
        self._open: Counter[str] = Counter()
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def hold(self, client_key: str) -> AsyncIterator[None]:
        """Hold one slot for ``client_key`` (TooManyStreamsError when none is free)."""
        async with self._lock:
            if self._open[client_key] >= self.per_client:
                raise TooManyStreamsError(detail=f"client already has {self.per_client} streams")
            if sum(self._open.values()) >= self.total:
                raise TooManyStreamsError(
                    "ただいま混み合っています。しばらくしてから、もう一度お試しください。",
                    detail=f"{self.total} streams open in this process",
                )
            self._open[client_key] += 1
        try:
            yield
        finally:
            async with self._lock:
                self._open[client_key] -= 1
                if self._open[client_key] <= 0:
                    del self._open[client_key]

    def open_count(self, client_key: str | None = None) -> int:
        """Streams open (for one client, or in total)."""
        return self._open[client_key] if client_key is not None else sum(self._open.values())


@dataclass
class VoiceEngines:
    """What the voice routes use; missing engines are None and their endpoints answer 503."""

    settings: VoiceSettings
    tts: SpeechSynthesizer
    vosk: SpeechRecognizer | None = None
    whisper: SpeechRecognizer | None = None
    vosk_problem: ModelMissingError | None = None
    slots: StreamSlots = field(init=False)

    def __post_init__(self) -> None:
        self.slots = StreamSlots(per_client=self.settings.max_streams_per_client, total=self.settings.max_streams_total)

    def streaming_recognizer(self) -> SpeechRecognizer:
        """Vosk (local or remote), or the error naming how to install it."""
        if self.vosk is not None:
            return self.vosk
        if self.vosk_problem is not None:
            raise self.vosk_problem
        raise EngineUnavailableError(detail="Vosk is not loaded")

    @property
    def grammar_fallback(self) -> bool:
        """True when grammar mode (check-in answers) runs on Whisper because Vosk is not available."""
        return self.vosk is None and self.whisper is not None

    def grammar_recognizer(self) -> SpeechRecognizer:
        """Vosk's grammar mode, or Whisper matched to the grammar phrases when the Vosk model is missing."""
        if self.vosk is None and self.whisper is not None:
            return self.whisper
        return self.streaming_recognizer()

    def health_notes(self) -> dict[str, str]:
        """What /api/health says about the voice beyond ok/down (an engine replaced by another)."""
        if not self.grammar_fallback:
            return {}
        problem = self.vosk_problem.detail if self.vosk_problem is not None else "Vosk is not loaded"
        return {"voice": f"check-in answers recognised by Whisper matched to the grammar phrases ({problem})"}

    def free_recognizer(self) -> SpeechRecognizer:
        """The engine for free-form questions (VOICE_STT_ENGINE), falling back to the other one."""
        prefer_whisper = self.settings.stt_engine == "whisper"
        engine = (self.whisper or self.vosk) if prefer_whisper else (self.vosk or self.whisper)
        if engine is None:
            return self.streaming_recognizer()
        return engine


def load_vosk(settings: VoiceSettings) -> SpeechRecognizer:
    """Remote vosk-servers when configured, else the local model folder."""
    if settings.vosk_remote_urls:
        return RemoteVoskRecognizer(
            settings.vosk_remote_urls, sample_rate_hz=settings.sample_rate_hz, timeout_s=settings.vosk_remote_timeout_s
        )
    model_dir = decoder_model_dir(settings.vosk_model_dir, beam=settings.vosk_beam,
                                  max_active=settings.vosk_max_active, build_dir=settings.vosk_decoder_dir)
    return VoskRecognizer(model_dir, sample_rate_hz=settings.sample_rate_hz)


def load_whisper(settings: VoiceSettings) -> SpeechRecognizer:
    """faster-whisper from the model folder setting or the packaged Whisper base."""
    model_dir = settings.whisper_model_dir or packaged_whisper_base(settings.whisper_cache_dir)
    vocabulary = settings.whisper_vocabulary_file
    return WhisperRecognizer(
        model_dir, compute_type=settings.whisper_compute_type, threads=settings.whisper_threads,
        language=settings.whisper_language, beam_size=settings.whisper_beam_size,
        num_hypotheses=settings.whisper_hypotheses, decoding=settings.whisper_decoding(),
        front_end=settings.whisper_front_end(), word_timestamps=settings.transcript_unsure_fix,
        initial_prompt=vocabulary_prompt(load_vocabulary(vocabulary)) if vocabulary is not None else None,
    )


def load_engines(settings: VoiceSettings, *, whisper: bool = True, vosk: bool = True) -> VoiceEngines:
    """Load everything (blocking: call from the lifespan in a thread)."""
    apply_lexicon(settings.lexicon_path, settings.lexicon_build_dir)
    engines = VoiceEngines(settings=settings, tts=SpeechSynthesizer(settings))
    engines.tts.warm(list(FREQUENT_UTTERANCES))
    if vosk:
        try:
            engines.vosk = load_vosk(settings)
        except ModelMissingError as err:
            log.warning("voice: %s", err.detail)
            engines.vosk_problem = err
    if whisper:
        engines.whisper = load_whisper(settings)
    release_free_memory()  # what loading the models allocated and freed
    if engines.grammar_fallback:
        log.warning(
            "voice: no Vosk model: grammar mode (check-in answers) falls back to Whisper, its transcript matched "
            "to the nearest of %d phrases; install the model: python -m voice install-model ja-small",
            len(settings.grammar()),
        )
    return engines


def loaded_engines(app: Any) -> VoiceEngines:
    """The engines the voice lifespan loaded into ``app.state.voice``; 503 (EngineUnavailableError) before."""
    engines: VoiceEngines | None = getattr(app.state, "voice", None)
    if engines is None:
        raise EngineUnavailableError(detail="voice engines not loaded (voice.routes.lifespan not entered)")
    return engines
