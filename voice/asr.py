"""``/voice/asr``: the vosk-server protocol over this process's recogniser (existing Vosk clients work)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket

from voice.audio import StreamResampler, check_pcm_chunk, check_sample_rate, pcm16_from_bytes, split_wav_header
from voice.engines import VoiceEngines
from voice.errors import AudioTooLongError, BadConfigError, StreamTimeoutError
from voice.protocol import AsrConfig, AsrConfigMessage, AsrEof, AsrFinal, AsrPartial, WordResult
from voice.stt import RecognitionStream, Transcript


def final_message(transcript: Transcript, *, words: bool) -> AsrFinal:
    """vosk-server's final result shape."""
    result = [WordResult(word=w.word, start=w.start, end=w.end, conf=w.conf) for w in transcript.words]
    return AsrFinal(text=transcript.text, result=result if words else [])


def parse_config(text: str, engines: VoiceEngines) -> AsrConfig:
    """The first text message: ``{"config": {...}}`` with an accepted sample rate."""
    try:
        config = AsrConfigMessage.model_validate(json.loads(text)).config
    except (json.JSONDecodeError, ValidationError) as err:
        raise BadConfigError(
            '設定メッセージの形式が正しくありません。{"config": {"sample_rate": 16000}} を送ってください。',
            detail=f"bad config message: {str(err)[:200]}",
        ) from err
    settings = engines.settings
    check_sample_rate(
        config.sample_rate, minimum_hz=settings.min_sample_rate_hz, maximum_hz=settings.max_sample_rate_hz
    )
    if config.grammar is not None and config.grammar not in settings.grammars:
        raise BadConfigError(detail=f"unknown grammar {config.grammar!r}; known: {sorted(settings.grammars)}")
    return config


class AsrConnection:
    """One client stream: config, audio chunks, eof."""

    def __init__(self, websocket: WebSocket, engines: VoiceEngines) -> None:
        self.websocket = websocket
        self.engines = engines
        self.settings = engines.settings
        self.stream: RecognitionStream | None = None

    async def _receive(self) -> dict[str, Any]:
        timeout = self.settings.stream_idle_timeout_s
        try:
            return dict(await asyncio.wait_for(self.websocket.receive(), timeout))
        except TimeoutError as err:
            raise StreamTimeoutError(detail=f"no frame for {timeout} s") from err

    async def run(self) -> None:
        """Serve until eof (final result, then close) or disconnect."""
        first = await self._receive()
        if first["type"] == "websocket.disconnect":
            return
        if first.get("text") is None:
            raise BadConfigError(detail="the first message must be the config message")
        config = parse_config(first["text"], self.engines)
        rate = int(config.sample_rate)
        recognizer = self.engines.streaming_recognizer()
        grammar = config.phrase_list or (self.settings.grammar(config.grammar) if config.grammar else None)
        self.stream = await run_in_threadpool(recognizer.open_stream, grammar=grammar)
        resampler = StreamResampler(rate, recognizer.sample_rate_hz)
        received_samples = 0
        first_chunk = True
        try:
            while True:
                message = await self._receive()
                if message["type"] == "websocket.disconnect":
                    return
                if message.get("text") is not None:
                    try:
                        AsrEof.model_validate(json.loads(message["text"]))
                    except (json.JSONDecodeError, ValidationError) as err:
                        raise BadConfigError(detail="only {\"eof\": 1} may follow the config") from err
                    tail = resampler.process(pcm16_from_bytes(b""), last=True)
                    if tail.size:
                        await run_in_threadpool(self.stream.accept, tail)
                    transcript = await run_in_threadpool(self.stream.finish)
                    await self.websocket.send_text(final_message(transcript, words=config.words).model_dump_json())
                    await self.websocket.close(1000)
                    return
                data: bytes = message["bytes"]
                if first_chunk:
                    data = split_wav_header(data, expected_rate_hz=rate)
                    first_chunk = False
                check_pcm_chunk(data)
                pcm = pcm16_from_bytes(data)
                received_samples += len(pcm)
                if received_samples > self.settings.max_utterance_s * rate:
                    raise AudioTooLongError(detail=f"stream longer than {self.settings.max_utterance_s} s")
                result = await run_in_threadpool(self.stream.accept, resampler.process(pcm))
                reply: AsrPartial | AsrFinal
                if isinstance(result, Transcript):
                    reply = final_message(result, words=config.words)
                else:
                    partial = result if isinstance(result, str) else await run_in_threadpool(self._partial)
                    reply = AsrPartial(partial=partial)
                await self.websocket.send_text(reply.model_dump_json())
        finally:
            self.stream.close()

    def _partial(self) -> str:
        current = getattr(self.stream, "partial", None)
        return str(current()) if callable(current) else ""
