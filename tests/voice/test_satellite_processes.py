"""Two real ``python -m voice controller`` processes and one real wyoming-satellite 1.0.0 on a real database
(SQLite file and PostgreSQL): exactly one process holds the satellite at any time; killed (SIGKILL, no clean
release), the other takes it over and the satellite is online again; SIGTERM releases the claim."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from devstack.processes import free_port
from storage.database import Database
from tests.voice.satellite_support import RealSatellite
from tests.watch.helpers import add_resident
from watch.satellite_models import Satellite
from watch.satellite_registry import add_satellite, list_satellites
from watch.satellite_schemas import SatelliteCreate

ROOT = Path(__file__).resolve().parents[2]
FAST = {"VOICE_SATELLITE_HEARTBEAT_S": "0.5", "VOICE_SATELLITE_CLAIM_S": "3", "VOICE_SATELLITE_POLL_S": "0.5",
        "VOICE_SATELLITE_BACKOFF_MIN_S": "0.2", "VOICE_SATELLITE_BACKOFF_MAX_S": "1", "VOICE_WHISPER_ENABLED": "false",
        "VOICE_SATELLITE_FEEDS": "[]"}


def controller(db_url: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, **FAST, "STORAGE_DATABASE_URL": db_url}
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "voice", "controller", "--no-chat"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def state(db: Database, satellite_id: int) -> tuple[str | None, bool]:
    with db.sessions() as session:
        row = session.get(Satellite, satellite_id)
        assert row is not None
        [public] = [s for s in list_satellites(session) if s.id == satellite_id]
        return row.claimed_by, public.online


def wait(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_one_of_two_controller_processes_holds_the_satellite_and_the_other_takes_over(
    tmp_path: Path, db: Database, db_url: str
) -> None:
    satellite = RealSatellite(tmp_path, free_port())
    satellite.start()
    resident = add_resident(db)
    with db.sessions() as session, session.begin():
        satellite_id = add_satellite(session, data=SatelliteCreate(uri=satellite.uri, resident_id=resident),
                                     by="test").id
    processes = [controller(db_url, tmp_path / f"controller-{n}.log") for n in range(2)]
    try:
        wait(lambda: state(db, satellite_id)[1], 120, "the satellite online")
        owners = set()
        for _ in range(25):  # 5 s of heartbeats of both
            owner, online = state(db, satellite_id)
            assert owner is not None and online
            owners.add(owner)
            time.sleep(0.2)
        assert len(owners) == 1  # never handed back and forth
        [owner] = owners
        pid = int(owner.split(":")[1])
        holder = next(p for p in processes if p.pid == pid)
        other = next(p for p in processes if p.pid != pid)
        holder.send_signal(signal.SIGKILL)  # dies without releasing anything
        holder.wait(timeout=30)
        wait(lambda: (state(db, satellite_id)[0] or "").split(":")[1:2] == [str(other.pid)], 60,
             "the other process took over")
        wait(lambda: state(db, satellite_id)[1], 60, "online again through the other process")
        other.send_signal(signal.SIGTERM)
        assert other.wait(timeout=60) == 0
        assert state(db, satellite_id) == (None, False)  # released on the way out
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=30)
        satellite.kill()
