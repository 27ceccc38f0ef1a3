"""What a speaker says and hears: chime, question, confirmation; grammar mode first (real Vosk, the Korean test
model, since the Japanese model is not installed here), free form (real Whisper) otherwise; backoff delays."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import numpy as np

from tests.voice.conftest import wav_frames
from tests.voice.satellite_support import fast_engines, spoken16k
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.satellite import SATELLITE_RATE_HZ
from voice.satellite_link import backoff_delay
from voice.satellite_speech import chime, confirmation, grammar_usable, question_text, recognise_answer
from watch.answers import AnswerResult


def test_chime_is_short_soft_and_click_free() -> None:
    tone = chime(22050)
    assert 0.5 < tone.size / 22050 < 1.0
    assert np.abs(tone).max() < 0.35 * 32767
    assert abs(int(tone[0])) < 200 and abs(int(tone[-1])) < 200


def test_question_and_confirmations() -> None:
    assert question_text("今日の体調はいかがですか？").startswith("今日の体調はいかがですか？ 「元気です」")
    fine = confirmation(AnswerResult("fine", 1, "ありがとうございます。"))
    assert fine == "「元気」とお答えいただきました。ありがとうございます。"
    again = confirmation(AnswerResult("unclear", 1, "すみません。もう一度、ボタンで教えてください。"))
    assert "お話しください" in again and "ボタン" not in again
    no = confirmation(AnswerResult("fine", 1, "どこか具合が悪いところはありますか。ボタンで教えてください。"))
    assert "声で教えてください" in no


def test_grammar_mode_first_when_vosk_speaks_the_answer_language(engines: VoiceEngines,
                                                                 korean_audio: dict[str, Path]) -> None:
    korean = fast_engines(engines, whisper_language="ko")  # the Korean Vosk model answers in its grammar
    assert grammar_usable(korean) and not grammar_usable(engines)
    pcm, rate = wav_frames(korean_audio["yes"])
    audio = to_pcm16(resample(to_float(np.frombuffer(pcm, dtype="<i2").astype(np.int16)), rate, SATELLITE_RATE_HZ))
    heard = asyncio.run(recognise_answer(korean, audio))
    assert heard.mode == "grammar" and heard.text == "네", heard


def test_free_form_when_grammar_mode_is_not_available(engines: VoiceEngines) -> None:
    heard = asyncio.run(recognise_answer(engines, spoken16k(engines, "元気だけど、腰が痛いです。")))
    assert heard.mode == "free" and "腰" in heard.text, heard


def test_backoff_doubles_up_to_the_cap_with_jitter() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(n, minimum_s=1, maximum_s=60, rng=rng) for n in range(10)]
    for attempt, delay in enumerate(delays):
        cap = min(60, 2 ** attempt)
        assert cap / 2 <= delay <= cap
    assert len({round(d, 6) for d in delays[6:]}) > 1  # jittered even at the cap


def test_speech_to_text_starts_early_in_the_closing_silence(engines: VoiceEngines) -> None:
    """The link starts transcribing 300 ms into the closing silence and hands that task over with the utterance."""
    from wyoming.audio import AudioChunk

    from voice.satellite_link import SatelliteLink

    question = spoken16k(engines, "燃やせるごみの収集日はいつですか。")
    silence = np.zeros(SATELLITE_RATE_HZ, dtype=np.int16)
    early_calls: list[int] = []
    handed: list[tuple[int, str | None]] = []

    async def transcriber(pcm: np.ndarray) -> str:
        early_calls.append(pcm.size)
        return "early"

    async def scenario() -> None:
        async def on_utterance(link: SatelliteLink, pcm: np.ndarray, early: asyncio.Task[str] | None) -> None:
            handed.append((pcm.size, await early if early is not None else None))

        link = SatelliteLink(1, "tcp://127.0.0.1:9", settings=engines.settings, on_utterance=on_utterance,
                             early_transcriber=transcriber)
        audio = np.concatenate([silence, question, silence])
        for start in range(0, audio.size, 1024):
            piece = audio[start:start + 1024]
            link._microphone(AudioChunk(rate=SATELLITE_RATE_HZ, width=2, channels=1,
                                        audio=piece.astype("<i2").tobytes()).event())
            await asyncio.sleep(0)
        await asyncio.sleep(0.1)

    asyncio.run(scenario())
    assert len(handed) == 1 and handed[0][1] == "early", handed
    assert early_calls and early_calls[-1] < handed[0][0]  # started before the end of the utterance was known
