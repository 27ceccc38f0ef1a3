"""Remote Vosk: vosk-server URLs round-robin with failover (served here by this package's own /voice/asr)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from devstack.processes import free_port
from tests.voice.conftest import LiveServer
from tests.voice.test_stt_vosk import pcm16k
from voice.errors import EngineUnavailableError
from voice.stt_remote import RemoteVoskRecognizer


def test_round_robin_skips_a_dead_server(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    dead = f"ws://127.0.0.1:{free_port()}/voice/asr"
    live = f"{server.ws}/voice/asr"
    remote = RemoteVoskRecognizer([dead, live], timeout_s=2)
    for _ in range(2):  # the first turn starts at the dead server and fails over, the second starts at the live one
        result = remote.transcribe(pcm16k(korean_audio["no"]), grammar=["네", "아니요"])
        assert result.text == "아니요" and result.words[0].word == "아니요"


def test_streams_give_partials(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    remote = RemoteVoskRecognizer([f"{server.ws}/voice/asr"])
    stream = remote.open_stream()
    pcm = np.concatenate([pcm16k(korean_audio["yes"]), np.zeros(8000, dtype=np.int16)])
    results = [stream.accept(pcm[i : i + 1600]) for i in range(0, len(pcm), 1600)]
    final = stream.finish()
    assert any(isinstance(r, str) for r in results)
    assert final.text in ("네", "예")


def test_no_server_reachable() -> None:
    remote = RemoteVoskRecognizer([f"ws://127.0.0.1:{free_port()}/voice/asr"], timeout_s=1)
    with pytest.raises(EngineUnavailableError) as caught:
        remote.open_stream()
    assert "no vosk-server reachable" in caught.value.detail
