"""Loaded engines: stream limits, the engine for free questions, a missing Vosk model at the endpoints."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import numpy as np
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.voice.conftest import FaqConversation, build_app, serve, wav_of
from voice.engines import StreamSlots, VoiceEngines
from voice.errors import TooManyStreamsError


def test_slots_per_client_and_total() -> None:
    async def scenario() -> None:
        slots = StreamSlots(per_client=1, total=2)
        async with slots.hold("a"):
            with pytest.raises(TooManyStreamsError):
                async with slots.hold("a"):
                    pass
            async with slots.hold("b"):
                assert slots.open_count() == 2
                with pytest.raises(TooManyStreamsError):
                    async with slots.hold("c"):
                        pass
        assert slots.open_count() == 0

    asyncio.run(scenario())


def test_missing_vosk_model_is_named_at_the_endpoints(engines: VoiceEngines, tmp_path: Path) -> None:
    from voice.stt_vosk import VoskRecognizer

    try:
        VoskRecognizer(tmp_path / "vosk-model-small-ja-0.22")
    except Exception as err:  # the same error load_engines keeps
        problem = err
    without_vosk = VoiceEngines(settings=engines.settings, tts=engines.tts, whisper=engines.whisper,
                                vosk_problem=problem)  # type: ignore[arg-type]
    assert without_vosk.free_recognizer() is engines.whisper  # free questions fall back to Whisper
    with serve(build_app(without_vosk)) as live:
        with connect(f"{live.ws}/voice/asr") as ws:
            ws.send(json.dumps({"config": {"sample_rate": 16000}}))
            error = json.loads(ws.recv(timeout=10))["error"]
            with pytest.raises(ConnectionClosed):
                ws.recv(timeout=10)
        assert error["code"] == "voice_model_missing" and ws.close_code == 1011
        response = httpx.post(f"{live.http}/api/voice/transcribe", params={"engine": "vosk"},
                              content=wav_of(np.zeros(1600, dtype="<i2"), 16000), timeout=30)
        assert response.status_code == 503
        assert "python -m voice install-model ja-small" in response.json()["error"]["detail"]


def test_grammar_mode_falls_back_to_whisper_without_the_vosk_model(
    engines: VoiceEngines, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from voice.engines import load_engines
    from voice.tts_driver import render

    settings = engines.settings.model_copy(
        update={"vosk_language": "ja", "vosk_model_dir": tmp_path / "vosk-model-small-ja-0.22"}
    )
    with caplog.at_level("WARNING", logger="voice.engines"):
        without_vosk = load_engines(settings)
    assert without_vosk.vosk is None and without_vosk.vosk_problem is not None
    assert any("grammar mode (check-in answers) falls back to Whisper" in r.message for r in caplog.records)
    assert without_vosk.grammar_fallback and without_vosk.grammar_recognizer() is without_vosk.whisper
    assert "install-model ja-small" in without_vosk.health_notes()["voice"]
    assert VoiceEngines(settings=settings, tts=engines.tts, vosk=engines.vosk).health_notes() == {}

    spoken = render("元気です。", sample_rate_hz=16000)
    silence = np.zeros(16000, dtype=np.int16)
    with serve(build_app(without_vosk, FaqConversation())) as live:
        response = httpx.post(f"{live.http}/api/voice/transcribe", params={"grammar": "ja"},
                              content=wav_of(spoken.astype("<i2"), 16000), timeout=60)
        assert response.status_code == 200
        assert response.json()["text"] == "元気です" and response.json()["engine"] == "whisper"
        with connect(f"{live.ws}/voice/session") as ws:
            ws.send(json.dumps({"type": "start", "sample_rate": 16000, "mode": "grammar", "speak": False}))
            assert json.loads(ws.recv(timeout=10))["type"] == "listening", "grammar mode starts without Vosk"
            data = np.concatenate([silence[:5000], spoken, silence]).astype("<i2").tobytes()
            for start in range(0, len(data), 3200):
                ws.send(data[start : start + 3200])
            event = json.loads(ws.recv(timeout=60))
            while event["type"] != "final":
                assert event["type"] != "error", event
                event = json.loads(ws.recv(timeout=60))
            assert event["text"] == "元気です"
            ws.send(json.dumps({"type": "stop"}))
