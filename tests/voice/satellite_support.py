"""A real ``wyoming-satellite`` 1.0.0 process for the speaker tests: a gated microphone (silence until the test
drops an utterance into its folder, played once in real time) and a file speaker."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from tests.voice.test_satellite import SATELLITE_PYTHON, wait_for_port
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.satellite import SATELLITE_RATE_HZ

SND_RATE_HZ = 22050  # the satellite's --snd-command default
GATED_MIC = """
import os, sys, time
CHUNK = 2048  # bytes: 1024 samples, 64 ms at 16 kHz
folder = sys.argv[1]
out = sys.stdout.buffer
start = time.monotonic()
sent = 0
data, pos, turn = b"", 0, 0
while True:
    if pos >= len(data):
        data, pos = b"", 0
        trigger = os.path.join(folder, "say.raw")
        if os.path.exists(trigger):
            turn += 1
            done = os.path.join(folder, f"said-{turn}.raw")
            os.replace(trigger, done)
            data = open(done, "rb").read()
    piece = data[pos:pos + CHUNK] if data else b""
    pos += CHUNK
    piece = piece + bytes(CHUNK - len(piece))
    out.write(piece)
    out.flush()
    sent += CHUNK
    delay = start + sent / 32000 - time.monotonic()
    if delay > 0:
        time.sleep(delay)
"""


@dataclass
class RealSatellite:
    """One wyoming-satellite process on a loopback port."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def speaker(self) -> Path:
        return self.folder / "out.raw"

    def start(self) -> None:
        assert SATELLITE_PYTHON.exists(), "create .venv-satellite with wyoming-satellite==1.0.0"
        (self.folder / "gated_mic.py").write_text(GATED_MIC)
        self.process = subprocess.Popen(
            [str(SATELLITE_PYTHON), "-m", "wyoming_satellite", "--name", "test-speaker", "--uri", self.uri,
             "--mic-command", f"{sys.executable} {self.folder / 'gated_mic.py'} {self.folder}",
             "--snd-command", f"sh -c 'cat >> {self.speaker}'", "--no-zeroconf"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.process, self.port)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self.process = None

    def say(self, pcm16k: np.ndarray) -> None:
        """The microphone hears this next (with a second of silence after it)."""
        audio = np.concatenate([pcm16k, np.zeros(SATELLITE_RATE_HZ, dtype=np.int16)])
        staging = self.folder / "say.tmp"
        staging.write_bytes(audio.astype("<i2").tobytes())
        os.replace(staging, self.folder / "say.raw")

    def played_bytes(self) -> int:
        return self.speaker.stat().st_size if self.speaker.exists() else 0


def spoken16k(engines: VoiceEngines, text: str) -> np.ndarray:
    """``text`` in the project's voice at the satellite microphone's rate."""
    pcm = engines.tts.render_sync(text)
    return to_pcm16(resample(to_float(pcm), engines.tts.sample_rate_hz, SATELLITE_RATE_HZ))


def fast_engines(engines: VoiceEngines, **overrides: object) -> VoiceEngines:
    """The session's engines with short satellite timings (heartbeat, backoff, poll)."""
    values: dict[str, object] = {"satellite_heartbeat_s": 0.5, "satellite_claim_s": 3.0,
                                 "satellite_backoff_min_s": 0.2, "satellite_backoff_max_s": 1.0,
                                 "satellite_poll_s": 0.3, "satellite_answer_window_s": 60.0}
    values.update(overrides)
    return replace(engines, settings=engines.settings.model_copy(update=values))


async def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Poll ``condition`` every 0.1 s."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)
