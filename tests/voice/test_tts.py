"""The voice service: one synthesis worker, sentence streaming, cache, first-audio latency."""

from __future__ import annotations

import asyncio
import io
import time
import wave

import numpy as np

from voice.engines import FREQUENT_UTTERANCES, VoiceEngines
from voice.tts import KEEP_LEAD_S, KEEP_TAIL_S, SpeechSynthesizer, SpokenChunk

ANSWER_120 = (
    "燃やせるごみは、週に二回、朝8時30分までに決められた集積所に出してください。"
    "大型ごみは事前の申し込みが必要で、一回につき三点まで出すことができます。"
    "分け方がわからないときは、0229-23-5091にお問い合わせください。"
)


def test_frequent_utterances_are_cached(engines: VoiceEngines) -> None:
    tts = engines.tts
    for text in FREQUENT_UTTERANCES:
        assert all(tts.is_cached(piece) for piece in tts.pieces(text))
    started = time.perf_counter()
    tts.render_sync(tts.pieces(FREQUENT_UTTERANCES[0])[0])
    assert time.perf_counter() - started < 0.05


def test_stream_is_sentence_by_sentence_and_first_audio_is_quick(engines: VoiceEngines) -> None:
    assert 100 <= len(ANSWER_120) <= 130
    tts = SpeechSynthesizer(engines.settings.model_copy(update={"tts_cache_entries": 0}))

    async def first_and_all() -> tuple[float, list[str]]:
        started = time.perf_counter()
        first_at = 0.0
        texts: list[str] = []
        async for chunk in tts.stream(ANSWER_120):
            if not texts:
                first_at = time.perf_counter() - started
            assert chunk.pcm.size > 0 and chunk.sample_rate_hz == 22050
            texts.append(chunk.text)
        return first_at, texts

    asyncio.run(first_and_all())  # warm the worker and Open JTalk
    first_at, texts = asyncio.run(first_and_all())
    assert "".join(texts) == ANSWER_120
    assert len(texts) >= 3
    assert first_at < 0.6  # target 300 ms on an idle machine; the test machine's CPU is shared


def test_pieces_are_trimmed_and_paused_by_where_they_end(engines: VoiceEngines) -> None:
    tts = SpeechSynthesizer(engines.settings.model_copy(update={"tts_sentence_pause_ms": 400}))
    assert tts.plan("燃やせるごみは、週に二回、朝8時30分までに出してください。はい。") == [
        ("燃やせるごみは、", 0.5), ("週に二回、朝8時30分までに出してください。", 1.0), ("はい。", 1.0)
    ]
    assert tts.plan("介護保険の要介護認定を受けている方は市役所の窓口で申請してください。")[0][1] == 0.0
    rate = tts.sample_rate_hz
    pcm = tts.render_sync("はい。")
    loud = np.flatnonzero(np.abs(pcm.astype(np.int32)) > 0.01 * 32767)
    assert loud[0] <= KEEP_LEAD_S * rate + 1  # Open JTalk's ~0.3 s of leading silence is gone
    assert len(pcm) - loud[-1] <= KEEP_TAIL_S * rate + 2
    chunks = asyncio.run(collect(tts, "燃やせるごみは、週に二回、朝8時30分までに出してください。"))
    assert len(chunks[0].pcm) == len(tts.render_sync("燃やせるごみは、")) + int(0.2 * rate)  # half the pause
    assert len(chunks[1].pcm) == len(tts.render_sync(chunks[1].text)) + int(0.4 * rate)


async def collect(tts: SpeechSynthesizer, text: str) -> list[SpokenChunk]:
    return [chunk async for chunk in tts.stream(text)]


def test_wav_is_the_whole_text(engines: VoiceEngines) -> None:
    data = engines.tts.wav_sync("はい。元気です。")
    with wave.open(io.BytesIO(data), "rb") as handle:
        assert handle.getframerate() == 22050
        assert 0.8 < handle.getnframes() / handle.getframerate() < 4.0


def test_cache_is_bounded(engines: VoiceEngines) -> None:
    tts = SpeechSynthesizer(engines.settings.model_copy(update={"tts_cache_entries": 2}))
    for text in ("一。", "二。", "三。"):
        tts.render_sync(text)
    assert not tts.is_cached("一。") and tts.is_cached("二。") and tts.is_cached("三。")
