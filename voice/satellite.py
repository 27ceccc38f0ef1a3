"""Controller of a stock Wyoming satellite (``wyoming-satellite``): the spoken conversation on a speaker.

The satellite is the TCP server; the controller connects, sends ``describe`` and ``run-satellite`` and receives
``run-pipeline`` and the microphone's ``audio-chunk`` events (16 kHz, 16-bit mono). The end of each question is
found here (webrtcvad, :class:`voice.vad.EndpointDetector`), so it works with the satellite's always-streaming
mode and its VAD mode alike. Each turn: Whisper/Vosk -> the chat (safety layer inside) -> the Japanese voice,
sent back as ``audio-start``/``audio-chunk``/``audio-stop`` (the satellite plays them through ``--snd-command``).
Wyoming-satellite 1.0.0 never says ``played``: microphone audio is ignored for the reply's length (no echo).

The registry, database claims, reconnects, check-ins and announcements: ``voice.satellite_supervisor``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncClient
from wyoming.event import Event
from wyoming.info import Describe
from wyoming.satellite import RunSatellite

from voice.audio import resample, to_float, to_pcm16
from voice.conversation import ConversationPort
from voice.engines import VoiceEngines
from voice.errors import EngineUnavailableError
from voice.vad import EndpointDetector, VadEvent
from voice.wyoming_handlers import PCM_WIDTH_BYTES, TTS_CHUNK_SAMPLES

log = logging.getLogger(__name__)

SATELLITE_RATE_HZ = 16000  # what wyoming-satellite streams
PRE_ROLL_S = 0.5  # audio kept from before the detected start of speech
CONNECT_TIMEOUT_S = 10.0
SPOKEN_CHANNEL = "voice"


@dataclass(frozen=True)
class SatelliteTurn:
    """One spoken exchange: what was heard, what was answered, end of speech -> first reply audio sent."""

    heard: str
    answer: str
    reply_latency_s: float
    reply_duration_s: float


class SatelliteController:
    """One connection to one satellite, running spoken turns on it."""

    def __init__(self, uri: str, *, engines: VoiceEngines, conversation: ConversationPort) -> None:
        self.uri = uri
        self.engines = engines
        self.conversation = conversation
        self.session_id = conversation.new_session_id()
        settings = engines.settings
        self.detector = EndpointDetector(
            SATELLITE_RATE_HZ, aggressiveness=settings.vad_aggressiveness, end_silence_ms=settings.end_silence_ms
        )

    async def run(self, *, turns: int | None = None) -> list[SatelliteTurn]:
        """Connect and serve turns until ``turns`` are done (None: until the satellite disconnects)."""
        client = AsyncClient.from_uri(self.uri)
        try:
            await asyncio.wait_for(client.connect(), timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as err:
            raise EngineUnavailableError(detail=f"satellite {self.uri} unreachable: {err!r}") from err
        try:
            await client.write_event(Describe().event())
            await client.write_event(RunSatellite().event())
            return await self._serve(client, turns)
        finally:
            await client.disconnect()

    async def _serve(self, client: AsyncClient, turns: int | None) -> list[SatelliteTurn]:
        done: list[SatelliteTurn] = []
        pre_roll: list[npt.NDArray[np.int16]] = []
        speech: list[npt.NDArray[np.int16]] = []
        deaf_until = 0.0
        while turns is None or len(done) < turns:
            event = await client.read_event()
            if event is None:
                break
            pcm = self._microphone_pcm(event)
            if pcm is None or time.monotonic() < deaf_until:
                continue
            in_speech_before = self.detector.in_speech
            events = self.detector.feed(pcm)
            if in_speech_before or self.detector.in_speech or VadEvent.SPEECH_ENDED in events:
                if not speech:
                    speech.extend(pre_roll)
                speech.append(pcm)
            else:
                pre_roll = [*pre_roll, pcm][-int(PRE_ROLL_S * SATELLITE_RATE_HZ / max(pcm.size, 1)) - 1:]
            if VadEvent.SPEECH_ENDED in events:
                turn = await self._turn(client, np.concatenate(speech))
                speech, pre_roll = [], []
                self.detector.reset()
                if turn is not None:
                    done.append(turn)
                    deaf_until = time.monotonic() + turn.reply_duration_s + 0.5
        return done

    @staticmethod
    def _microphone_pcm(event: Event) -> npt.NDArray[np.int16] | None:
        return microphone_pcm(event)

    async def _turn(self, client: AsyncClient, pcm: npt.NDArray[np.int16]) -> SatelliteTurn | None:
        ended = time.monotonic()
        recognizer = self.engines.free_recognizer()
        if recognizer.sample_rate_hz != SATELLITE_RATE_HZ:
            pcm = to_pcm16(resample(to_float(pcm), SATELLITE_RATE_HZ, recognizer.sample_rate_hz))
        found = await asyncio.get_running_loop().run_in_executor(None, recognizer.transcribe, pcm)
        heard = found.text.strip()
        if not heard:
            return None
        reply = await self.conversation.turn(session_id=self.session_id, text=heard[:500], channel=SPOKEN_CHANNEL,
                                             hypotheses=found.texts if found.hypotheses else ())
        answer = "".join(part for part in (reply.preface, reply.text) if part)
        latency_s, duration_s = await self._speak(client, answer, ended)
        log.info("satellite %s: heard %r, answered in %.2f s", self.uri, heard, latency_s)
        return SatelliteTurn(heard, answer, latency_s, duration_s)

    async def _speak(self, client: AsyncClient, text: str, since: float) -> tuple[float, float]:
        """Send the reply sentence by sentence; (seconds from ``since`` to the first audio, seconds of audio)."""
        tts = self.engines.tts
        rate = tts.sample_rate_hz
        first_s: float | None = None
        samples = 0
        await client.write_event(AudioStart(rate=rate, width=PCM_WIDTH_BYTES, channels=1).event())
        async for spoken in tts.stream(text):
            data = spoken.pcm.astype("<i2").tobytes()
            samples += spoken.pcm.size
            step = TTS_CHUNK_SAMPLES * PCM_WIDTH_BYTES
            for offset in range(0, len(data), step):
                chunk = AudioChunk(rate=rate, width=PCM_WIDTH_BYTES, channels=1, audio=data[offset:offset + step])
                await client.write_event(chunk.event())
                if first_s is None:
                    first_s = time.monotonic() - since
        await client.write_event(AudioStop().event())
        return first_s or 0.0, samples / rate


def microphone_pcm(event: Event) -> npt.NDArray[np.int16] | None:
    """The 16 kHz 16-bit mono samples of a satellite's ``audio-chunk`` (None for any other event)."""
    if not AudioChunk.is_type(event.type):
        return None  # run-pipeline, info, audio-stop, ...
    chunk = AudioChunk.from_event(event)
    if chunk.width != PCM_WIDTH_BYTES or chunk.channels != 1:
        log.warning("satellite: ignoring %d-byte/%d-channel audio", chunk.width, chunk.channels)
        return None
    pcm = np.frombuffer(chunk.audio, dtype="<i2").astype(np.int16)
    if chunk.rate != SATELLITE_RATE_HZ:
        pcm = to_pcm16(resample(to_float(pcm), chunk.rate, SATELLITE_RATE_HZ))
    return pcm
