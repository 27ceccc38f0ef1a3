"""HTTP endpoints: POST /api/voice/transcribe (any common WAV) and POST /api/voice/speak (WAV out)."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import httpx
import numpy as np

from tests.voice.conftest import LiveServer, wav_of
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.judge import reading_cer
from voice.tts_driver import render

QUESTION = "住民票はどこで取れますか。"


def test_transcribe_a_stereo_44k_wav_with_whisper(server: LiveServer) -> None:
    pcm = render(QUESTION, sample_rate_hz=44100)
    stereo = np.stack([pcm, pcm], axis=1).astype("<i2")
    response = httpx.post(
        f"{server.http}/api/voice/transcribe", content=wav_of(stereo, 44100, channels=2),
        headers={"content-type": "audio/wav"}, timeout=60,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["engine"] == "whisper" and reading_cer(QUESTION, body["text"]) <= 0.2
    assert abs(body["duration_s"] - len(pcm) / 44100) < 0.01


def test_transcribe_with_vosk_grammar(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    response = httpx.post(
        f"{server.http}/api/voice/transcribe", params={"engine": "vosk", "grammar": "ko"},
        content=korean_audio["no"].read_bytes(), timeout=60,
    )
    assert response.status_code == 200, response.text
    assert response.json()["text"] == "아니요" and response.json()["words"][0]["word"] == "아니요"


def test_transcribe_refuses_bad_input_in_japanese(server: LiveServer, engines: VoiceEngines) -> None:
    url = f"{server.http}/api/voice/transcribe"
    not_audio = httpx.post(url, content=b"GIF89a" + bytes(100), timeout=30)
    assert not_audio.status_code == 415 and not_audio.json()["error"]["code"] == "not_audio"
    assert "WAV" in not_audio.json()["error"]["message"]
    too_long = httpx.post(url, content=wav_of(np.zeros(8000 * 61, dtype="<i2"), 8000), timeout=30)
    assert too_long.status_code == 413 and "60秒" in too_long.json()["error"]["message"]
    too_big = httpx.post(url, content=bytes(engines.settings.max_upload_bytes + 1), timeout=30)
    assert too_big.status_code == 413
    unknown = httpx.post(url, params={"grammar": "xx"}, content=wav_of(np.zeros(800, dtype="<i2"), 8000))
    assert unknown.status_code == 422 and unknown.json()["error"]["code"] == "bad_config"


def test_speak_returns_a_wav_that_says_the_text(server: LiveServer, engines: VoiceEngines) -> None:
    response = httpx.post(f"{server.http}/api/voice/speak", json={"text": "燃えるごみの日はいつですか。"}, timeout=60)
    assert response.status_code == 200 and response.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(response.content), "rb") as handle:
        rate = handle.getframerate()
        pcm = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2").astype(np.int16)
    assert engines.whisper is not None
    heard = engines.whisper.transcribe(to_pcm16(resample(to_float(pcm), rate, 16000))).text
    assert reading_cer("燃えるごみの日はいつですか。", heard) <= 0.2


def test_speak_refuses_blank_and_overlong_text(server: LiveServer, engines: VoiceEngines) -> None:
    blank = httpx.post(f"{server.http}/api/voice/speak", json={"text": "   "}, timeout=30)
    assert blank.status_code == 422 and blank.json()["error"]["code"] == "invalid_request"
    long_text = "あ" * (engines.settings.max_text_chars + 1)
    too_long = httpx.post(f"{server.http}/api/voice/speak", json={"text": long_text}, timeout=30)
    assert too_long.status_code == 413 and too_long.json()["error"]["code"] == "text_too_long"
