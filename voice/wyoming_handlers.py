"""The voice package as Wyoming services (``asr``, ``tts``, ``handle``) for Home Assistant and satellites.

One :class:`WyomingHandler` per connection: ``describe`` -> ``info``; ``transcribe``/``audio-start``/
``audio-chunk``/``audio-stop`` -> ``transcript``; ``synthesize`` -> ``audio-start``/``audio-chunk``/``audio-stop``
at the voice's rate (sentence by sentence, so the first audio leaves at once); ``transcript`` -> the city
assistant's answer as ``handled`` (``not-handled`` when the conversation fails). Bad input answers an
``error`` event (codes below) and the connection stays usable.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from wyoming.asr import Transcribe, Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.error import Error
from wyoming.event import Event
from wyoming.handle import Handled, NotHandled
from wyoming.info import (
    AsrModel,
    AsrProgram,
    Attribution,
    Describe,
    HandleModel,
    HandleProgram,
    Info,
    TtsProgram,
    TtsVoice,
)
from wyoming.server import AsyncEventHandler
from wyoming.tts import Synthesize

from core.errors import AppError
from voice.audio import resample, to_float, to_pcm16
from voice.conversation import ConversationPort
from voice.engines import VoiceEngines
from voice.stt import RecentHypotheses, SpeechRecognizer

log = logging.getLogger(__name__)

PCM_WIDTH_BYTES = 2
TTS_CHUNK_SAMPLES = 1024  # samples per audio-chunk sent (about 46 ms at 22050 Hz)
WYOMING_CHANNEL = "voice"  # spoken answers (the safety layer words emergencies for the ear)
PROJECT_ATTRIBUTION = Attribution(name="Osaki City assistant", url="https://www.city.osaki.miyagi.jp/")

# Error codes of the ``error`` event.
UNKNOWN_EVENT = "unknown_event"
EMPTY_AUDIO = "empty_audio"
NO_AUDIO_STARTED = "no_audio_started"
BAD_AUDIO_FORMAT = "bad_audio_format"
AUDIO_TOO_LONG = "audio_too_long"
EMPTY_TEXT = "empty_text"
TEXT_TOO_LONG = "text_too_long"
ENGINE_FAILED = "engine_failed"

NOT_UNDERSTOOD = "申し訳ありません。うまくお答えできませんでした。もう一度お話しください。"


@dataclass
class WyomingServices:
    """What every connection of the server shares: the loaded engines and the chat conversation."""

    engines: VoiceEngines
    conversation: ConversationPort | None
    version: str = "1.0"
    sessions: dict[str, str] = field(default_factory=dict)  # Home Assistant conversation id -> chat session id
    heard: RecentHypotheses = field(default_factory=RecentHypotheses)  # asr transcripts' n best, for handle

    def recognizer(self) -> SpeechRecognizer:
        """Vosk when loaded (VOICE_STT_ENGINE=vosk), else Whisper."""
        return self.engines.free_recognizer()

    def asr_language(self, recognizer: SpeechRecognizer) -> str:
        """The language the recogniser hears."""
        settings = self.engines.settings
        return settings.whisper_language if recognizer.name.startswith("whisper") else settings.vosk_language

    def info(self) -> Info:
        """The ``info`` answer of ``describe``: one program per service."""
        settings = self.engines.settings
        asr: list[AsrProgram] = []
        try:
            recognizer = self.recognizer()
        except AppError:
            recognizer = None
        if recognizer is not None:
            asr.append(AsrProgram(
                name=f"osaki-{recognizer.name}", description=f"Japanese speech to text ({recognizer.name})",
                attribution=PROJECT_ATTRIBUTION, installed=True, version=self.version,
                models=[AsrModel(
                    name=recognizer.name, description=recognizer.name, attribution=PROJECT_ATTRIBUTION,
                    installed=True, version=self.version, languages=[self.asr_language(recognizer)],
                )],
            ))
        tts = [TtsProgram(
            name="osaki-openjtalk", description="Japanese voice (Open JTalk) with the city's reading fixes",
            attribution=PROJECT_ATTRIBUTION, installed=True, version=self.version,
            voices=[TtsVoice(
                name=settings.tts_voice, description="Open JTalk mei", attribution=PROJECT_ATTRIBUTION,
                installed=True, version=self.version, languages=["ja"],
            )],
        )]
        handle: list[HandleProgram] = []
        if self.conversation is not None:
            handle.append(HandleProgram(
                name="osaki-assistant", description="Osaki City assistant (FAQ, procedures, safety advice)",
                attribution=PROJECT_ATTRIBUTION, installed=True, version=self.version,
                models=[HandleModel(
                    name="osaki-assistant", description="city assistant", attribution=PROJECT_ATTRIBUTION,
                    installed=True, version=self.version, languages=["ja"],
                )],
            ))
        return Info(asr=asr, tts=tts, handle=handle)

    def session_for(self, conversation: ConversationPort, context: dict[str, object] | None) -> str:
        """The chat session of a Home Assistant conversation (a new one when it names none)."""
        key = str((context or {}).get("conversation_id") or "")
        if key and key in self.sessions:
            return self.sessions[key]
        session_id = conversation.new_session_id()
        if key:
            self.sessions[key] = session_id
        return session_id


@dataclass
class _Utterance:
    """Audio being received for one transcription."""

    rate_hz: int
    chunks: list[npt.NDArray[np.int16]] = field(default_factory=list)
    samples: int = 0


class WyomingHandler(AsyncEventHandler):
    """One client connection."""

    def __init__(self, services: WyomingServices, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        super().__init__(reader, writer)
        self.services = services
        self.utterance: _Utterance | None = None
        self.language: str | None = None

    async def error(self, code: str, text: str) -> None:
        """Answer an ``error`` event (the connection stays open)."""
        await self.write_event(Error(text=text, code=code).event())

    async def handle_event(self, event: Event) -> bool:
        """Dispatch one event; always True (bad input is answered, not a disconnect)."""
        try:
            await self._dispatch(event)
        except AppError as err:
            log.warning("wyoming: %s failed: %s", event.type, err.detail)
            await self.error(ENGINE_FAILED, err.message)
        return True

    async def _dispatch(self, event: Event) -> None:
        if Describe.is_type(event.type):
            await self.write_event(self.services.info().event())
        elif Transcribe.is_type(event.type):
            self.language = Transcribe.from_event(event).language
        elif AudioStart.is_type(event.type):
            await self._audio_start(AudioStart.from_event(event))
        elif AudioChunk.is_type(event.type):
            await self._audio_chunk(AudioChunk.from_event(event))
        elif AudioStop.is_type(event.type):
            await self._audio_stop()
        elif Synthesize.is_type(event.type):
            await self._synthesize(Synthesize.from_event(event))
        elif Transcript.is_type(event.type):
            await self._handle(Transcript.from_event(event))
        else:
            await self.error(UNKNOWN_EVENT, f"unknown event type {event.type!r}")

    # --- asr ---
    async def _audio_start(self, start: AudioStart) -> None:
        if start.width != PCM_WIDTH_BYTES or start.channels != 1 or not 8000 <= start.rate <= 48000:
            self.utterance = None
            await self.error(BAD_AUDIO_FORMAT, "audio must be 16-bit mono PCM at 8000-48000 Hz")
            return
        self.utterance = _Utterance(start.rate)

    async def _audio_chunk(self, chunk: AudioChunk) -> None:
        if self.utterance is None:
            return  # after a refused audio-start, or audio without one: ignored until audio-stop reports it
        if chunk.width != PCM_WIDTH_BYTES or chunk.channels != 1 or len(chunk.audio) % PCM_WIDTH_BYTES:
            self.utterance = None
            await self.error(BAD_AUDIO_FORMAT, "audio chunks must be 16-bit mono PCM")
            return
        pcm = np.frombuffer(chunk.audio, dtype="<i2").astype(np.int16)
        self.utterance.chunks.append(pcm)
        self.utterance.samples += pcm.size
        if self.utterance.samples > self.services.engines.settings.max_utterance_s * self.utterance.rate_hz:
            self.utterance = None
            await self.error(AUDIO_TOO_LONG, f"audio over {self.services.engines.settings.max_utterance_s} s")

    async def _audio_stop(self) -> None:
        utterance, self.utterance = self.utterance, None
        if utterance is None:
            await self.error(NO_AUDIO_STARTED, "audio-stop without a usable audio-start")
            return
        if utterance.samples == 0:
            await self.error(EMPTY_AUDIO, "no audio was sent")
            return
        recognizer = self.services.recognizer()
        pcm = np.concatenate(utterance.chunks)
        if utterance.rate_hz != recognizer.sample_rate_hz:
            pcm = to_pcm16(resample(to_float(pcm), utterance.rate_hz, recognizer.sample_rate_hz))
        result = await asyncio.get_running_loop().run_in_executor(None, recognizer.transcribe, pcm)
        self.services.heard.remember(result)
        language = self.language or self.services.asr_language(recognizer)
        await self.write_event(Transcript(text=result.text, language=language).event())

    # --- tts ---
    async def _synthesize(self, request: Synthesize) -> None:
        settings = self.services.engines.settings
        text = request.text.strip()
        if not text:
            await self.error(EMPTY_TEXT, "nothing to say")
            return
        if len(text) > settings.max_text_chars:
            await self.error(TEXT_TOO_LONG, f"text over {settings.max_text_chars} characters")
            return
        await self.speak(text)

    async def speak(self, text: str) -> None:
        """``audio-start``, the voice sentence by sentence in chunks, ``audio-stop``."""
        tts = self.services.engines.tts
        rate = tts.sample_rate_hz
        await self.write_event(AudioStart(rate=rate, width=PCM_WIDTH_BYTES, channels=1).event())
        async for spoken in tts.stream(text):
            data = spoken.pcm.astype("<i2").tobytes()
            step = TTS_CHUNK_SAMPLES * PCM_WIDTH_BYTES
            for offset in range(0, len(data), step):
                chunk = AudioChunk(rate=rate, width=PCM_WIDTH_BYTES, channels=1, audio=data[offset:offset + step])
                await self.write_event(chunk.event())
        await self.write_event(AudioStop().event())

    # --- handle ---
    async def _handle(self, transcript: Transcript) -> None:
        conversation = self.services.conversation
        text = transcript.text.strip()
        if conversation is None or not text:
            await self.write_event(NotHandled(text=NOT_UNDERSTOOD, context=transcript.context).event())
            return
        try:
            session_id = self.services.session_for(conversation, transcript.context)
            reply = await conversation.turn(session_id=session_id, text=text[:500], channel=WYOMING_CHANNEL,
                                            hypotheses=self.services.heard.recall(text))
        except AppError as err:
            log.warning("wyoming: the conversation failed: %s", err.detail)
            await self.write_event(NotHandled(text=NOT_UNDERSTOOD, context=transcript.context).event())
            return
        spoken = "".join(part for part in (reply.preface, reply.text) if part)
        await self.write_event(Handled(text=spoken, context=transcript.context).event())
