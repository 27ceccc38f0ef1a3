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

from tests.voice.conftest import build_app, serve, wav_of
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
