"""The satellite link feeds a streaming recogniser (real Vosk, Korean package model) while the person speaks."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
from wyoming.audio import AudioChunk

from tests.voice.conftest import WatchedRecognizer
from tests.voice.satellite_support import fast_engines
from tests.voice.test_stt_feed import korean16k
from voice.engines import VoiceEngines
from voice.satellite import SATELLITE_RATE_HZ
from voice.satellite_link import SatelliteLink
from voice.satellite_speech import free_stream_opener

CHUNK = 1024  # wyoming-satellite's microphone chunk (64 ms)


def test_only_a_streaming_engine_at_the_microphone_rate_is_fed_while_speaking(engines: VoiceEngines) -> None:
    assert free_stream_opener(engines) is None  # Whisper answers free questions: whole utterances
    assert free_stream_opener(fast_engines(engines, stt_engine="vosk")) is not None


def test_vosk_hears_the_utterance_while_it_is_spoken(engines: VoiceEngines, korean_audio: dict[str, Path]) -> None:
    assert engines.vosk is not None
    vosk = WatchedRecognizer(engines.vosk)
    question = korean16k(korean_audio["thanks"])
    audio = np.concatenate([np.zeros(SATELLITE_RATE_HZ, dtype=np.int16), question,
                            np.zeros(SATELLITE_RATE_HZ, dtype=np.int16)])
    last_speech_chunk = (SATELLITE_RATE_HZ + question.size) // CHUNK
    handed: list[tuple[int, str | None]] = []
    speculative: list[int] = []
    accepts_by_chunk: dict[int, int] = {}  # chunk index handed over -> accept calls made by then

    async def transcriber(pcm: np.ndarray) -> str:
        speculative.append(pcm.size)
        return "whisper"

    async def scenario() -> None:
        async def on_utterance(link: SatelliteLink, pcm: np.ndarray, early: asyncio.Task[str] | None) -> None:
            handed.append((pcm.size, await early if early is not None else None))

        link = SatelliteLink(1, "tcp://127.0.0.1:9", settings=engines.settings, on_utterance=on_utterance,
                             early_transcriber=transcriber,
                             stream_opener=lambda: vosk.open_stream(grammar=engines.settings.grammar("ko")))
        for index, start in enumerate(range(0, audio.size, CHUNK)):
            piece = audio[start:start + CHUNK]
            link._microphone(AudioChunk(rate=SATELLITE_RATE_HZ, width=2, channels=1,
                                        audio=piece.astype("<i2").tobytes()).event())
            await asyncio.sleep(0.01)
            accepts_by_chunk[index] = sum(call == "accept" for call, _ in vosk.calls)
        for _ in range(100):
            if handed:
                break
            await asyncio.sleep(0.05)
        await link.close()

    asyncio.run(scenario())
    assert len(handed) == 1 and handed[0][1] == "감사합니다", handed  # the streamed transcript, not Whisper's
    assert not speculative  # nothing left to start early: the recogniser heard it all already
    accepted = sum(n for call, n in vosk.calls if call == "accept")
    assert accepted == handed[0][0]  # every sample of the utterance (pre-roll included) was fed to the stream
    assert accepts_by_chunk[last_speech_chunk - 1] >= 2  # fed while the person was still speaking
    assert [call for call, _ in vosk.calls].count("finish") == 1
