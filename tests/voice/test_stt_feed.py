"""Feeding a streaming recogniser from asyncio (real Vosk on the Korean package model)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from tests.voice.conftest import WatchedRecognizer, wav_frames
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.stt import Transcript
from voice.stt_feed import StreamFeeder

CHUNK = 1024  # a satellite microphone chunk (64 ms at 16 kHz)


def korean16k(path: Path) -> np.ndarray:
    pcm, rate = wav_frames(path)
    audio = to_pcm16(resample(to_float(np.frombuffer(pcm, dtype="<i2").astype(np.int16)), rate, 16000))
    silence = np.zeros(8000, dtype=np.int16)
    return np.concatenate([silence, audio, silence])


def test_fed_chunks_give_the_whole_utterance_transcript(engines: VoiceEngines,
                                                        korean_audio: dict[str, Path]) -> None:
    assert engines.vosk is not None
    vosk = WatchedRecognizer(engines.vosk)
    audio = korean16k(korean_audio["thanks"])
    grammar = engines.settings.grammar("ko")  # (free mode on espeak-ng audio depends on chunking; phrases do not)

    async def scenario() -> tuple[Transcript, StreamFeeder]:
        feeder = StreamFeeder(lambda: vosk.open_stream(grammar=grammar))
        for start in range(0, audio.size, CHUNK):
            feeder.feed(audio[start:start + CHUNK])
            await asyncio.sleep(0.005)
        return await feeder.finish(), feeder

    streamed, feeder = asyncio.run(scenario())
    whole = engines.vosk.transcribe(audio, grammar=grammar)
    assert streamed.text == whole.text == "감사합니다", (streamed, whole)
    assert feeder.fed_samples == feeder.queued_samples == audio.size
    accepts = [n for call, n in vosk.calls if call == "accept"]
    assert sum(accepts) == audio.size and len(accepts) >= 3  # chunk by chunk, not one call at the end
    assert [call for call, _ in vosk.calls][-2:] == ["finish", "close"]


def test_a_dropped_utterance_recognises_nothing_and_closes_its_stream(engines: VoiceEngines,
                                                                      korean_audio: dict[str, Path]) -> None:
    assert engines.vosk is not None
    vosk = WatchedRecognizer(engines.vosk)
    audio = korean16k(korean_audio["no"])

    async def scenario() -> Transcript:
        feeder = StreamFeeder(vosk.open_stream)
        feeder.feed(audio[: audio.size // 2])
        await asyncio.sleep(0.2)
        feeder.drop()
        feeder.feed(audio[audio.size // 2:])  # too late: ignored
        return await feeder.finish()

    assert asyncio.run(scenario()).text == ""
    calls = [call for call, _ in vosk.calls]
    assert calls.count("close") == 1 and "finish" not in calls
