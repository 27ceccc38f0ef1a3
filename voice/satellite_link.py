"""One held satellite's connection: connect, ``describe`` + ``run-satellite``, a liveness ping, reconnect with
exponential backoff and jitter, the microphone cut into utterances (webrtcvad), and playing audio.

The link knows no database: its owner (``voice.satellite_supervisor``) reads ``last_event_at`` to mark the
satellite heard/offline, calls :meth:`SatelliteLink.play` and receives each utterance through ``on_utterance``.

Speech to text while the person speaks: with a streaming recogniser (Vosk; ``stream_opener``) every microphone
chunk of an utterance is fed to it as it arrives, so at the end of speech only the last chunk's finalisation is
left; with Whisper (whole utterances) the transcription starts speculatively 300 ms into the closing silence
(``early_transcriber``). Either way ``on_utterance`` gets the transcript's task with the audio.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import suppress
from typing import Any

import numpy as np
import numpy.typing as npt
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncClient
from wyoming.event import Event
from wyoming.info import Describe
from wyoming.satellite import RunSatellite

from voice.satellite import CONNECT_TIMEOUT_S, PRE_ROLL_S, SATELLITE_RATE_HZ, microphone_pcm
from voice.settings import VoiceSettings
from voice.stt import Transcript
from voice.stt_feed import StreamFeeder, StreamOpener
from voice.vad import EARLY_AFTER_SILENCE_MS, EndpointDetector, VadEvent
from voice.wyoming_handlers import PCM_WIDTH_BYTES, TTS_CHUNK_SAMPLES

log = logging.getLogger(__name__)
DEAD_AFTER_PINGS = 3  # no event for this many heartbeats: the connection is taken as dead
ECHO_GUARD_S = 0.5  # microphone ignored this long after the end of what was played
MAX_UTTERANCE_S = 30.0
_RNG = random.Random()  # jitter only (not security-relevant)

Utterance = Callable[["SatelliteLink", npt.NDArray[np.int16], "asyncio.Task[str] | None"], Awaitable[None]]
Transcriber = Callable[[npt.NDArray[np.int16]], Coroutine[Any, Any, str]]


def backoff_delay(attempt: int, *, minimum_s: float, maximum_s: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": half the capped delay plus a random part of the other half."""
    cap = min(maximum_s, minimum_s * 2.0 ** min(attempt, 30))
    return cap / 2 + (rng or _RNG).uniform(0, cap / 2)


class SatelliteLink:
    """The connection to one satellite, kept up until :meth:`close`."""

    def __init__(self, satellite_id: int, uri: str, *, settings: VoiceSettings, on_utterance: Utterance,
                 early_transcriber: Transcriber | None = None, stream_opener: StreamOpener | None = None) -> None:
        self.satellite_id = satellite_id
        self.uri = uri
        self.settings = settings
        self.on_utterance = on_utterance
        self.early_transcriber = early_transcriber
        self.stream_opener = stream_opener  # a streaming recogniser at 16 kHz: fed while the person speaks
        self._early: asyncio.Task[str] | None = None
        self._feeder: StreamFeeder | None = None
        self.connected = asyncio.Event()
        self.last_event_at = 0.0  # monotonic time of the last event from the satellite (0: never)
        self.attempts = 0
        self._client: AsyncClient | None = None
        self._write_lock = asyncio.Lock()
        self._deaf_until = 0.0
        self._busy = False
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._speech: list[npt.NDArray[np.int16]] = []
        self._pre_roll: list[npt.NDArray[np.int16]] = []
        self._detector = EndpointDetector(SATELLITE_RATE_HZ, aggressiveness=settings.vad_aggressiveness,
                                          end_silence_ms=settings.end_silence_ms)

    def start(self) -> None:
        """Run the connection loop in the background."""
        self._task = asyncio.create_task(self._run(), name=f"satellite-{self.satellite_id}")

    async def close(self) -> None:
        """Hang up for good."""
        self._closing = True
        self._drop_feeder()
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        await self._disconnect()

    async def _disconnect(self) -> None:
        self.connected.clear()
        client, self._client = self._client, None
        if client is not None:
            with suppress(Exception):
                await client.disconnect()

    async def _run(self) -> None:
        while not self._closing:
            try:
                await self._session()
            except asyncio.CancelledError:
                raise
            except Exception as err:  # (OSError, timeouts, protocol trouble: all mean reconnect)
                log.info("satellite %s (%s): %r", self.satellite_id, self.uri, err)
            await self._disconnect()
            if self._closing:
                return
            delay = backoff_delay(self.attempts, minimum_s=self.settings.satellite_backoff_min_s,
                                  maximum_s=self.settings.satellite_backoff_max_s)
            self.attempts += 1
            await asyncio.sleep(delay)

    async def _session(self) -> None:
        client = AsyncClient.from_uri(self.uri)
        await asyncio.wait_for(client.connect(), timeout=CONNECT_TIMEOUT_S)
        self._client = client
        await self._write(Describe().event())
        await self._write(RunSatellite().event())
        pinger = asyncio.create_task(self._ping())
        try:
            while True:
                event = await client.read_event()
                if event is None:
                    raise ConnectionError("the satellite closed the connection")
                self.last_event_at = time.monotonic()
                if not self.connected.is_set():
                    self.connected.set()
                    self.attempts = 0
                self._microphone(event)
        finally:
            pinger.cancel()
            with suppress(asyncio.CancelledError):
                await pinger

    async def _ping(self) -> None:
        interval = self.settings.satellite_heartbeat_s
        while True:
            await asyncio.sleep(interval)
            if time.monotonic() - self.last_event_at > DEAD_AFTER_PINGS * interval:
                log.info("satellite %s silent for %d pings: reconnecting", self.satellite_id, DEAD_AFTER_PINGS)
                await self._disconnect()
                return
            await self._write(Describe().event())

    async def _write(self, event: Event) -> None:
        async with self._write_lock:
            await self._write_unlocked(event)

    async def _write_unlocked(self, event: Event) -> None:
        client = self._client
        if client is None:
            raise ConnectionError("not connected")
        await client.write_event(event)

    # --- microphone -------------------------------------------------------------------------------------

    def _microphone(self, event: Event) -> None:
        pcm = microphone_pcm(event)
        if pcm is None:
            return
        if self._busy or time.monotonic() < self._deaf_until:
            self._speech, self._pre_roll, self._early = [], [], None
            self._drop_feeder()
            self._detector.reset()
            return
        before = self._detector.in_speech
        events = self._detector.feed(pcm)
        if before or self._detector.in_speech or VadEvent.SPEECH_ENDED in events:
            if not self._speech:
                self._speech.extend(self._pre_roll)
                self._start_feeder()
            self._speech.append(pcm)
            if self._feeder is not None:
                self._feeder.feed(pcm)
        else:
            keep = int(PRE_ROLL_S * SATELLITE_RATE_HZ / max(pcm.size, 1)) + 1
            self._pre_roll = [*self._pre_roll, pcm][-keep:]
        too_long = sum(p.size for p in self._speech) > MAX_UTTERANCE_S * SATELLITE_RATE_HZ
        if VadEvent.SPEECH_ENDED in events or too_long:
            utterance = np.concatenate(self._speech)
            if self._feeder is not None:
                streamed = asyncio.get_running_loop().create_task(_text(self._feeder.finish()))
                streamed.add_done_callback(_consume)  # (a grammar-mode answer may never need it)
                early: asyncio.Task[str] | None = streamed
            else:
                early = self._early if self._early is not None and not too_long else None
            self._speech, self._pre_roll, self._early, self._feeder = [], [], None, None
            self._detector.reset()
            self._busy = True
            asyncio.get_running_loop().create_task(self._handle(utterance, early))
        else:
            self._speculate()

    def _start_feeder(self) -> None:
        """Open the streaming recogniser at the start of an utterance and feed it the pre-roll."""
        if self.stream_opener is None:
            return
        self._drop_feeder()
        self._feeder = StreamFeeder(self.stream_opener)
        for piece in self._speech:
            self._feeder.feed(piece)

    def _drop_feeder(self) -> None:
        feeder, self._feeder = self._feeder, None
        if feeder is not None:
            feeder.drop()

    def _speculate(self) -> None:
        """Start speech to text once the closing silence has lasted ``EARLY_AFTER_SILENCE_MS`` (the rest of it adds
        no words); drop that start when the person goes on speaking."""
        if self.early_transcriber is None or self._feeder is not None:
            return  # (a streaming recogniser has heard everything already)
        silence_ms = self._detector.trailing_silence_ms
        if self._early is not None and silence_ms == 0:
            self._early = None  # speech resumed: the early transcript misses words
        elif self._early is None and silence_ms >= EARLY_AFTER_SILENCE_MS and self._speech:
            self._early = asyncio.get_running_loop().create_task(self.early_transcriber(np.concatenate(self._speech)))
            self._early.add_done_callback(_consume)

    async def _handle(self, utterance: npt.NDArray[np.int16], early: asyncio.Task[str] | None) -> None:
        try:
            await self.on_utterance(self, utterance, early)
        except Exception:
            log.exception("satellite %s: the utterance could not be handled", self.satellite_id)
        finally:
            self._busy = False

    # --- speaker ----------------------------------------------------------------------------------------
    async def play(self, audio: npt.NDArray[np.int16] | AsyncIterator[npt.NDArray[np.int16]], *,
                   rate_hz: int) -> float | None:
        """Play 16-bit mono audio (an array, or pieces as they are rendered), sent at most
        ``VOICE_PLAYBACK_LEAD_S`` ahead of real time; the monotonic time the first chunk was sent, or None when
        the satellite is not connected (or the connection broke)."""
        if not self.connected.is_set() or self._client is None:
            return None
        first: float | None = None
        samples = 0
        step = TTS_CHUNK_SAMPLES * PCM_WIDTH_BYTES
        lead_s = self.settings.playback_lead_s
        try:
            async with self._write_lock:
                await self._write_unlocked(AudioStart(rate=rate_hz, width=PCM_WIDTH_BYTES, channels=1).event())
                async for piece in _pieces(audio):
                    data = piece.astype("<i2").tobytes()
                    samples += piece.size
                    for offset in range(0, len(data), step):
                        chunk = AudioChunk(rate=rate_hz, width=PCM_WIDTH_BYTES, channels=1,
                                           audio=data[offset:offset + step])
                        await self._write_unlocked(chunk.event())
                        if first is None:
                            first = time.monotonic()
                        sent_s = (samples - piece.size) / rate_hz + (offset + step) / PCM_WIDTH_BYTES / rate_hz
                        ahead_s = sent_s - (time.monotonic() - first) - lead_s
                        if ahead_s > 0:  # paced: many speakers share the controller's sockets and CPU
                            await asyncio.sleep(ahead_s)
                    self._deaf_until = time.monotonic() + samples / rate_hz + ECHO_GUARD_S
                await self._write_unlocked(AudioStop().event())
        except (OSError, ConnectionError) as err:
            log.info("satellite %s: playing failed: %r", self.satellite_id, err)
            await self._disconnect()
            return None
        # wyoming-satellite 1.0.0 never says "played": the audio lasts its length from the first chunk on.
        self._deaf_until = (first or time.monotonic()) + samples / rate_hz + ECHO_GUARD_S
        return first

    async def wait_played(self) -> None:
        """Sleep until what was last played has been heard (its length after the first chunk)."""
        delay = self._deaf_until - ECHO_GUARD_S - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)


async def _pieces(audio: npt.NDArray[np.int16] | AsyncIterator[npt.NDArray[np.int16]],
                  ) -> AsyncIterator[npt.NDArray[np.int16]]:
    if isinstance(audio, np.ndarray):
        yield audio
        return
    async for piece in audio:
        yield piece


async def _text(transcript: asyncio.Task[Transcript]) -> str:
    return (await transcript).text.strip()


def _consume(task: asyncio.Task[str]) -> None:
    """A dropped early transcription's failure is only logged (the final one runs again)."""
    if not task.cancelled() and task.exception() is not None:
        log.info("early transcription failed: %r", task.exception())
