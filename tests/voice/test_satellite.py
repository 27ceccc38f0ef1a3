"""A spoken turn on a real ``wyoming-satellite`` 1.0.0 process (always-streaming mode) with a paced file microphone
and a file speaker: the question rendered by the project's voice -> the controller (VAD, Whisper, the real chat
service over the real search with Rasa down, the voice) -> the reply captured from the satellite's speaker,
transcribed by the Whisper judge, holds the FAQ answer's key words.

wyoming-satellite 1.0.0 pins wyoming 1.4.1 (the services use 1.10.2), so it lives in its own environment:
``python3.11 -m venv .venv-satellite && .venv-satellite/bin/pip install wyoming-satellite==1.0.0``.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11); see pyproject filterwarnings
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from chat.bot_client import BotClient
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from devstack.processes import free_port
from knowledge.search import Searcher
from tests.voice.satellite_support import SATELLITE_PYTHON, SND_RATE_HZ, wait_for_port
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.judge import reading
from voice.satellite import SATELLITE_RATE_HZ, SatelliteController
from voice.wyoming_conversation import ServiceConversation

QUESTION = "燃やせるごみの収集日はいつですか。"
PACED_MIC = """
import sys, time
CHUNK = 2048  # bytes: 1024 samples, 64 ms at 16 kHz
data = open(sys.argv[1], "rb").read()
out = sys.stdout.buffer
start = time.monotonic()
sent = 0
while True:
    piece = data[sent:sent + CHUNK] if sent < len(data) else bytes(CHUNK)
    piece = piece + bytes(CHUNK - len(piece))
    out.write(piece)
    out.flush()
    sent += CHUNK
    delay = start + sent / 32000 - time.monotonic()
    if delay > 0:
        time.sleep(delay)
"""


def test_spoken_question_is_answered_on_the_satellite(
    tmp_path: Path, engines: VoiceEngines, searcher: Searcher
) -> None:
    assert SATELLITE_PYTHON.exists(), "create .venv-satellite with wyoming-satellite==1.0.0 (see the docstring)"
    question = engines.tts.render_sync(QUESTION)
    question16 = to_pcm16(resample(to_float(question), engines.tts.sample_rate_hz, SATELLITE_RATE_HZ))
    silence = np.zeros(SATELLITE_RATE_HZ, dtype=np.int16)
    (tmp_path / "question.raw").write_bytes(np.concatenate([silence, question16, silence, silence]).tobytes())
    (tmp_path / "paced_mic.py").write_text(PACED_MIC)
    speaker = tmp_path / "out.raw"
    port = free_port()
    satellite = subprocess.Popen(
        [str(SATELLITE_PYTHON), "-m", "wyoming_satellite", "--name", "test-speaker", "--uri", f"tcp://127.0.0.1:{port}",
         "--mic-command", f"{sys.executable} {tmp_path / 'paced_mic.py'} {tmp_path / 'question.raw'}",
         "--snd-command", f"sh -c 'cat >> {speaker}'", "--no-zeroconf"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    chat_settings = ChatSettings(rasa_timeout_s=1.0)
    bot = BotClient(RasaSettings(url=f"http://127.0.0.1:{free_port()}"), chat_settings)
    conversation = ServiceConversation(ChatService(bot=bot, settings=chat_settings, search=lambda: searcher))
    try:
        wait_for_port(satellite, port)
        controller = SatelliteController(f"tcp://127.0.0.1:{port}", engines=engines, conversation=conversation)
        turns = asyncio.run(asyncio.wait_for(controller.run(turns=1), timeout=240))
        # 90 %: the satellite may hold back its last chunk when it is stopped
        expected_bytes = int(turns[0].reply_duration_s * SND_RATE_HZ * 2 * 0.9)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not speaker.exists() or speaker.stat().st_size < expected_bytes):
            time.sleep(0.5)
    finally:
        satellite.terminate()
        satellite.communicate(timeout=30)
    turn = turns[0]
    assert "モヤセル" in reading(turn.heard), turn.heard
    assert "週2回収集" in turn.answer
    played = np.frombuffer(speaker.read_bytes(), dtype="<i2").astype(np.int16)
    assert played.size >= expected_bytes // 2
    assert engines.whisper is not None
    heard = reading(engines.whisper.transcribe(to_pcm16(resample(to_float(played), SND_RATE_HZ, 16000))).text)
    for key in ("モヤセル", "キメラレタ"):  # 燃やせる(ごみ), 決められた (曜日)
        assert key in heard, (key, heard)
    print(f"satellite turn: end of speech -> reply audio {turn.reply_latency_s:.2f} s", file=sys.stderr)
