"""A real ``wyoming-satellite`` 1.0.0 process for the speaker tests: a gated microphone (silence until the test
drops an utterance into its folder, played once in real time) and a file speaker; the supervisor run for the
length of a scenario, and the watch-over setup the check-in tests share (settings, a registered satellite)."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import numpy as np

from devstack.processes import free_port
from storage.database import Database
from tests.watch.helpers import add_resident
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.satellite import SATELLITE_RATE_HZ
from voice.satellite_speech import chime, question_text
from voice.satellite_supervisor import SatelliteSupervisor
from watch.clock import TOKYO
from watch.satellite_models import Satellite
from watch.satellite_registry import add_satellite
from watch.satellite_schemas import SatelliteCreate
from watch.settings import WatchSettings

SATELLITE_PYTHON = Path(__file__).resolve().parents[2] / ".venv-satellite" / "bin" / "python"
SND_RATE_HZ = 22050  # the satellite's --snd-command default
STAFF = "fukushi@city.osaki.example"
NINE = datetime(2025, 6, 2, 9, 0, tzinfo=TOKYO)  # the default check-in time on the test clock's first day
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


def wait_for_port(process: subprocess.Popen[bytes], port: int, timeout_s: float = 60) -> None:
    """Wait until the satellite process listens on ``port`` (fails at once when it died)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("the satellite did not listen")


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


@asynccontextmanager
async def running(supervisor: SatelliteSupervisor) -> AsyncIterator[SatelliteSupervisor]:
    """``supervisor.run()`` as a task while inside; stopped and awaited on the way out."""
    task = asyncio.create_task(supervisor.run())
    try:
        yield supervisor
    finally:
        supervisor.stop()
        await task


def watch_settings() -> WatchSettings:
    """The watch-over policy of the speaker tests: one staff address, no gap between steps, a dead SMTP port."""
    return WatchSettings(_env_file=None, staff_emails=[STAFF], step_gap_minutes=0, smtp_host="127.0.0.1",
                         smtp_port=9)


def register(db: Database, resident_id: int, uri: str, now: datetime | None = None) -> int:
    """Register the satellite at ``uri`` as the resident's speaker; returns its id."""
    with db.sessions() as session, session.begin():
        return add_satellite(session, data=SatelliteCreate(uri=uri, resident_id=resident_id), by="test",
                             now=now).id


def started_speaker(db: Database, folder: Path) -> tuple[RealSatellite, int]:
    """A started satellite (in ``folder``) registered as a new resident's speaker, and its id; the test kills it."""
    satellite = RealSatellite(folder, free_port())
    satellite.start()
    return satellite, register(db, add_resident(db), satellite.uri)


def spoken_state(db: Database, satellite_id: int) -> tuple[int | None, int]:
    """The check-in last played on the satellite and its ask count."""
    with db.sessions() as session:
        row = session.get(Satellite, satellite_id)
        assert row is not None
        return row.spoken_checkin_id, row.spoken_ask_count


def question_bytes(engines: VoiceEngines) -> int:
    """Bytes the chime and the question take on the satellite's speaker (its default 22050 Hz)."""
    samples = engines.tts.render_sync(question_text(WatchSettings(_env_file=None).greeting)).size
    samples += chime(engines.tts.sample_rate_hz).size
    return int(samples * SND_RATE_HZ / engines.tts.sample_rate_hz) * 2
