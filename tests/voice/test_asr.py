"""``/voice/asr`` speaks the vosk-server protocol: a real WebSocket client sends WAVs in chunks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect
from websockets.sync.connection import Connection

from tests.voice.conftest import LiveServer, wav_frames

CHUNK_S = 0.1


def recognise(server: LiveServer, wav: Path, config: dict[str, Any]) -> tuple[list[dict[str, Any]], Any]:
    """Send config, the WAV's PCM in chunks and eof, as vosk-server clients do; all replies and the close code."""
    raw, rate = wav_frames(wav)
    raw += bytes(int(rate * 0.5) * 2)  # a little trailing silence
    replies = []
    with connect(f"{server.ws}/voice/asr") as ws:
        ws.send(json.dumps({"config": {"sample_rate": rate, **config}}))
        step = int(rate * CHUNK_S) * 2
        for start in range(0, len(raw), step):
            ws.send(raw[start : start + step])
            replies.append(json.loads(ws.recv(timeout=10)))
        ws.send('{"eof" : 1}')
        replies.append(json.loads(ws.recv(timeout=10)))
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)
        code = ws.close_code
    return replies, code


def test_grammar_mode_through_the_socket(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    for name, expected in (("yes", "네"), ("no", "아니요")):
        replies, code = recognise(server, korean_audio[name], {"phrase_list": ["네", "아니요"], "words": 1})
        finals = [r for r in replies if r.get("text")]
        assert [f["text"] for f in finals] == [expected]
        word = finals[0]["result"][0]
        assert word["word"] == expected and 0 <= word["start"] < word["end"] and 0 < word["conf"] <= 1
        assert all(set(r) in ({"partial"}, {"text", "result"}) for r in replies)
        assert code == 1000


def test_configured_grammar_by_name(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    replies, _ = recognise(server, korean_audio["no"], {"grammar": "ko"})
    assert [r["text"] for r in replies if r.get("text")] == ["아니요"]


def test_free_mode_through_the_socket(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    replies, code = recognise(server, korean_audio["yes"], {})
    partials = [r["partial"] for r in replies if r.get("partial")]
    finals = [r for r in replies if r.get("text")]
    assert partials and len(finals) == 1
    assert finals[0]["text"] in ("네", "예") and finals[0]["result"][0]["end"] > 0
    assert code == 1000


def error_and_close(ws: Connection) -> tuple[dict[str, Any], int | None]:
    reply = json.loads(ws.recv(timeout=10))
    with pytest.raises(ConnectionClosed):
        ws.recv(timeout=10)
    return reply["error"], ws.close_code


def test_bad_config_is_refused_cleanly(server: LiveServer) -> None:
    for message in ("not json", '{"config": {"sample_rate": "fast"}}', '{"hello": 1}'):
        with connect(f"{server.ws}/voice/asr") as ws:
            ws.send(message)
            error, code = error_and_close(ws)
        assert error["code"] == "bad_config" and "設定" in error["message"] and code == 1007


def test_wrong_sample_rate_is_refused(server: LiveServer, korean_audio: dict[str, Path]) -> None:
    with connect(f"{server.ws}/voice/asr") as ws:
        ws.send(json.dumps({"config": {"sample_rate": 96000}}))
        error, code = error_and_close(ws)
    assert error["code"] == "bad_sample_rate" and "ヘルツ" in error["message"] and code == 1007
    with connect(f"{server.ws}/voice/asr") as ws:  # a WAV whose header contradicts the config
        ws.send(json.dumps({"config": {"sample_rate": 16000}}))
        ws.send(korean_audio["yes"].read_bytes())
        error, code = error_and_close(ws)
    assert error["code"] == "bad_sample_rate" and code == 1007


def test_non_audio_bytes_are_refused(server: LiveServer) -> None:
    for payload in (b"\x89PNG\r\n\x1a\n" + bytes(100), b"this is certainly text and not audio", b"\x01\x02\x03"):
        with connect(f"{server.ws}/voice/asr") as ws:
            ws.send(json.dumps({"config": {"sample_rate": 16000}}))
            ws.send(payload)
            error, code = error_and_close(ws)
        assert error["code"] == "not_audio" and "音声" in error["message"] and code == 1003


def test_audio_over_the_limit_is_refused(server: LiveServer) -> None:
    with connect(f"{server.ws}/voice/asr") as ws:
        ws.send(json.dumps({"config": {"sample_rate": 8000}}))
        second = bytes(16000)
        error: dict[str, Any] | None = None
        for _ in range(62):
            ws.send(second)
            reply = json.loads(ws.recv(timeout=10))
            if "error" in reply:
                error = reply["error"]
                break
        assert error is not None and error["code"] == "audio_too_long" and "60秒" in error["message"]
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)
        assert ws.close_code == 1009


def test_client_stopping_mid_stream_is_closed(server: LiveServer) -> None:
    with connect(f"{server.ws}/voice/asr") as ws:
        ws.send(json.dumps({"config": {"sample_rate": 16000}}))
        ws.send(bytes(3200))
        assert "partial" in json.loads(ws.recv(timeout=10))
        error, code = error_and_close(ws)  # nothing more sent: the idle timeout (3 s in tests) ends it
    assert error["code"] == "stream_timeout" and code == 1008
    assert server.app.state.voice.slots.open_count() == 0  # the slot was released


def test_concurrent_streams_per_client_are_limited(server: LiveServer) -> None:
    limit = server.app.state.voice.settings.max_streams_per_client
    held = [connect(f"{server.ws}/voice/asr") for _ in range(limit)]
    try:
        for ws in held:
            ws.send(json.dumps({"config": {"sample_rate": 16000}}))
            ws.send(bytes(320))
            ws.recv(timeout=10)
        with connect(f"{server.ws}/voice/asr") as extra:
            error, code = error_and_close(extra)
        assert error["code"] == "too_many_streams" and code == 1013
    finally:
        for ws in held:
            ws.close()
