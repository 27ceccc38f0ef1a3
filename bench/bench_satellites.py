"""Many satellites on one controller: 200 simulated wyoming-satellite 1.0.0 speakers (lightweight Wyoming TCP
servers in this process: ``describe`` -> ``info``, ``run-satellite``, they accept and time the audio they are sent;
``--mic`` makes each also stream silent microphone audio like the always-streaming mode) held by one
:class:`voice.satellite_supervisor.SatelliteSupervisor` (real database, real claims, real TTS).

    .venv/bin/python bench/bench_satellites.py [--satellites 200] [--rounds 3] [--mic] [--postgres]

Measured (target: a check-in or a notice starts playing on all of them within 10 s):
- connect: controller start -> every satellite connected and marked online in the database;
- check-in: the worker commits 200 due check-ins at 09:00 (injected clock) -> the first audio chunk (chime +
  question) has reached every satellite; includes the poll interval (VOICE_SATELLITE_POLL_S, default 2 s);
- notice: ``supervisor.announce(text=..., districts=[...])`` -> first audio chunk on every satellite.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11)
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

from wyoming.audio import AudioChunk, AudioStart  # noqa: E402
from wyoming.event import async_read_event, async_write_event  # noqa: E402
from wyoming.info import Attribution, Describe, Info, Satellite  # noqa: E402
from wyoming.satellite import RunSatellite  # noqa: E402

from storage.database import open_database  # noqa: E402
from voice.engines import load_engines  # noqa: E402
from voice.satellite_supervisor import SatelliteSupervisor  # noqa: E402
from voice.settings import VoiceSettings  # noqa: E402
from watch.clock import TOKYO, ManualClock  # noqa: E402
from watch.notify import Dispatcher  # noqa: E402
from watch.residents import create_resident  # noqa: E402
from watch.satellite_registry import add_satellite, list_satellites  # noqa: E402
from watch.satellite_schemas import SatelliteCreate  # noqa: E402
from watch.schemas import ContactCreate, ResidentCreate  # noqa: E402
from watch.settings import WatchSettings  # noqa: E402
from watch.worker import Worker  # noqa: E402

TARGET_S = 10.0
QUESTION_PLAYS_S = 12.0  # chime + the spoken daily question, with margin
MIC_CHUNK_BYTES = 2048  # wyoming-satellite 1.0.0: 1024 samples of 16 kHz 16-bit mono = 64 ms
INFO = Info(satellite=Satellite(name="bench", attribution=Attribution(name="", url=""), installed=True,
                                description="simulated wyoming-satellite 1.0.0", version="1.0.0"))
DISTRICTS = ("古川", "鳴子", "岩出山", "松山")


@dataclass
class FakeSatellite:
    """One simulated speaker: the times audio began arriving (each audio-start, first chunk after it)."""

    mic: bool
    port: int = 0
    connected: int = 0
    first_chunks: list[float] = field(default_factory=list)
    _awaiting_chunk: bool = False

    async def start(self) -> asyncio.Server:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(server.sockets[0].getsockname()[1])
        return server

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connected += 1
        streaming: asyncio.Task[None] | None = None
        try:
            while True:
                event = await async_read_event(reader)
                if event is None:
                    return
                if Describe.is_type(event.type):
                    await async_write_event(INFO.event(), writer)
                elif RunSatellite.is_type(event.type) and self.mic and streaming is None:
                    streaming = asyncio.create_task(self._microphone(writer))
                elif AudioStart.is_type(event.type):
                    self._awaiting_chunk = True
                elif AudioChunk.is_type(event.type) and self._awaiting_chunk:
                    self._awaiting_chunk = False
                    self.first_chunks.append(time.monotonic())
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            if streaming is not None:
                streaming.cancel()
            writer.close()

    async def _microphone(self, writer: asyncio.StreamWriter) -> None:
        silence = AudioChunk(rate=16000, width=2, channels=1, audio=bytes(MIC_CHUNK_BYTES)).event()
        start, sent = time.monotonic(), 0
        while True:
            await async_write_event(silence, writer)
            sent += 1
            await asyncio.sleep(max(0.0, start + sent * 0.064 - time.monotonic()))


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"(load {one:.1f}/{five:.1f} on {os.cpu_count()} cores)"


def populate(url: str, satellites: list[FakeSatellite], when: datetime) -> None:
    db = open_database(url=url)
    try:
        with db.sessions() as session, session.begin():
            for n, fake in enumerate(satellites):
                resident = create_resident(session, data=ResidentCreate(
                    name=f"利用者 {n}", name_kana="りようしゃ", district=DISTRICTS[n % len(DISTRICTS)],
                    address="大崎市", birth_year=1940, checkin_time="09:00", consent_date=date(2025, 4, 1),
                    contacts=[ContactCreate(name="家族", relation="family", email=f"family{n}@example.jp")]),
                    now=when)
                add_satellite(session, data=SatelliteCreate(uri=f"tcp://127.0.0.1:{fake.port}",
                                                            resident_id=resident.id), by="bench", now=when)
    finally:
        db.close()


def spread(times: list[float], since: float) -> tuple[float, float]:
    """(median, last) seconds after ``since``."""
    delays = [t - since for t in times]
    return statistics.median(delays), max(delays)


async def wait_all(satellites: list[FakeSatellite], count: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while any(len(s.first_chunks) < count for s in satellites):
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def run(args: argparse.Namespace, url: str) -> list[str]:
    satellites = [FakeSatellite(mic=args.mic) for _ in range(args.satellites)]
    servers = [await fake.start() for fake in satellites]
    start = datetime(2025, 6, 2, 8, 59, tzinfo=TOKYO)
    clock = ManualClock(start)
    await asyncio.to_thread(populate, url, satellites, start)
    settings = VoiceSettings(whisper_enabled=False)
    engines = await asyncio.to_thread(load_engines, settings, whisper=False, vosk=False)
    watch_settings = WatchSettings(_env_file=None, staff_emails=["staff@example.jp"])
    db = open_database(url=url)
    worker = Worker(db=db, settings=watch_settings, clock=clock, dispatcher=Dispatcher({}))  # schedule() sends nothing
    supervisor = SatelliteSupervisor(db=db, engines=engines, watch_settings=watch_settings, clock=clock)
    lines = []
    began = time.monotonic()
    running = asyncio.create_task(supervisor.run())

    def all_online() -> bool:
        with db.sessions() as session:
            return all(item.online for item in list_satellites(session, now=clock.now()))

    while not (all(s.connected for s in satellites) and await asyncio.to_thread(all_online)):
        await asyncio.sleep(0.05)
    lines.append(f"connect: {args.satellites} satellites connected and online in {time.monotonic() - began:.2f} s")
    try:
        for round_ in range(args.rounds):
            clock.set(start + timedelta(days=round_, minutes=1))  # 09:00 on day ``round_``: a new check-in each
            await asyncio.to_thread(worker.schedule)  # the worker commits the due check-ins
            due_at = time.monotonic()
            ok = await wait_all(satellites, 2 * round_ + 1, 60)
            median, last = spread([s.first_chunks[2 * round_] for s in satellites if len(s.first_chunks) > 2 * round_],
                                  due_at)
            verdict = "meets" if ok and last <= TARGET_S else "MISSES"
            lines.append(f"check-in round {round_ + 1}: first audio on all {args.satellites} satellites "
                         f"median {median:.2f} s, last {last:.2f} s after the check-ins were committed "
                         f"({verdict} {TARGET_S:.0f} s) {load()}")
            await asyncio.sleep(QUESTION_PLAYS_S)  # the question is played out first (a notice would queue behind it)
            notice_at = time.monotonic()
            result = await supervisor.announce(text=f"防災のお知らせです。避難訓練を行います。第{round_ + 1}回。",
                                               districts=list(DISTRICTS))
            ok = await wait_all(satellites, 2 * round_ + 2, 60)
            median, last = spread([s.first_chunks[2 * round_ + 1] for s in satellites
                                   if len(s.first_chunks) > 2 * round_ + 1], notice_at)
            verdict = "meets" if ok and last <= TARGET_S else "MISSES"
            lines.append(f"notice round {round_ + 1}: played {len(result.played)}, failed {len(result.failed)}, "
                         f"offline {len(result.offline)}; first audio median {median:.2f} s, last {last:.2f} s "
                         f"({verdict} {TARGET_S:.0f} s) {load()}")
            await asyncio.sleep(1.0)
    finally:
        supervisor.stop()
        await running
        for server in servers:
            server.close()
        db.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--satellites", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mic", action="store_true", help="each satellite streams silent microphone audio")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        print(f"bench_satellites: {args.satellites} satellites, mic {'on' if args.mic else 'off'}, "
              f"{url.split(':')[0]}, {load()}", flush=True)
        for line in asyncio.run(run(args, url)):
            print(line, flush=True)


if __name__ == "__main__":
    main()
