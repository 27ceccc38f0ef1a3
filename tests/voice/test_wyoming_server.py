"""``python -m voice wyoming`` as a real process: it serves asr, tts and handle (the chat in-process over the
built knowledge index, Rasa down) until terminated; a bad URI is a message and exit code 2."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11); see pyproject filterwarnings
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from wyoming.asr import Transcript
from wyoming.handle import Handled
from wyoming.info import Describe, Info

from devstack.processes import free_port
from tests.voice.wyoming_support import exchange
from voice.settings import VoiceSettings

START_TIMEOUT_S = 180.0  # Whisper, the voice and the embedding model load on a shared 2-core machine


def wait_for_port(process: subprocess.Popen[str], port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited: {process.communicate()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the server did not listen in time")


@pytest.fixture(scope="module")
def server_process(
    voice_settings: VoiceSettings, built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, int]]:
    port = free_port()
    env = {
        **os.environ,
        "VOICE_WHISPER_CACHE_DIR": str(voice_settings.whisper_cache_dir),
        "VOICE_LEXICON_BUILD_DIR": str(voice_settings.lexicon_build_dir),
        "VOICE_VOSK_MODEL_DIR": str(tmp_path_factory.mktemp("no-vosk") / "missing"),  # not installed: Whisper
        "KNOWLEDGE_INDEX_DIR": str(built_index),
        "RASA_URL": f"http://127.0.0.1:{free_port()}",
        "CHAT_RASA_TIMEOUT_S": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "voice", "wyoming", "--uri", f"tcp://127.0.0.1:{port}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for_port(process, port)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_the_process_describes_and_answers(server_process: tuple[str, int]) -> None:
    info = Info.from_event(exchange(server_process, [Describe().event()], {"info"})[-1])
    assert info.asr[0].name == "osaki-whisper"  # no Vosk model installed: Whisper
    assert [p.name for p in info.tts] == ["osaki-openjtalk"]
    assert [p.name for p in info.handle] == ["osaki-assistant"]
    sent = [Transcript(text="燃やせるごみの収集日はいつですか", language="ja").event()]
    events = exchange(server_process, sent, {"handled", "not-handled"})
    assert events[-1].type == "handled"
    text = Handled.from_event(events[-1]).text
    assert text is not None and "週2回収集" in text


def test_bad_uri_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "voice", "wyoming", "--uri", "http://127.0.0.1:1"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert "--uri" in result.stderr and "Traceback" not in result.stderr

