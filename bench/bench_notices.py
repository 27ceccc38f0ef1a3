"""Disaster notices on tablets at scale: N devices connected over real WebSockets to a gateway process (uvicorn; the
watch router with its delivery poller and notice broadcaster), residents spread over 20 districts. A notice is
written in the database (as the dashboard does) for one district, then one for every district; time from the
commit until every tablet concerned has it (target: 10 s, the issue's figure for speakers), and a check that no
tablet of another district received the one-district notice.

    .venv/bin/python bench/bench_notices.py                               # 2,000 tablets, SQLite and PostgreSQL
    .venv/bin/python bench/bench_notices.py --devices 200 --backend sqlite  # smoke

Every figure is printed with the 1-minute load average at that moment (the machine is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402

from bench.watch_support import database, load, seed  # noqa: E402
from devstack.processes import free_port  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from watch.clock import SystemClock  # noqa: E402
from watch.notices import create_notice  # noqa: E402
from watch.notices_schemas import NoticeCreate  # noqa: E402
from watch.settings import WatchSettings  # noqa: E402

TARGET_S = 10.0
CONNECT_CONCURRENCY = 200
DISTRICTS = 20  # bench.watch_support.seed puts resident i in 地区{i % 20}
QUIET_S = 3.0  # after the last expected arrival, how long other tablets are watched for a wrong delivery


def write(db: Database, **scope: object) -> tuple[int, float]:
    clock = SystemClock()
    data = NoticeCreate.model_validate({"level": "evacuate", "title": "避難指示", "text": "避難してください。",
                                        "expires_at": clock.now() + timedelta(hours=1), **scope})
    with db.sessions() as session, session.begin():
        notice_id = create_notice(session, data=data, created_by="bench", now=clock.now(),
                                  settings=WatchSettings(_env_file=None)).id
    return notice_id, time.perf_counter()


async def run(base: str, db: Database, devices: list[tuple[str, str]]) -> None:
    semaphore = asyncio.Semaphore(CONNECT_CONCURRENCY)
    arrivals: dict[int, dict[str, float]] = defaultdict(dict)  # notice id -> device -> perf_counter
    sockets = []

    async def device(device_id: str, token: str) -> None:
        async with semaphore:
            ws = await websockets.connect(f"{base}/watch/device/{device_id}", max_queue=None, open_timeout=120)
            await ws.send(json.dumps({"type": "hello", "token": token}))
            assert json.loads(await ws.recv())["type"] == "welcome"
        sockets.append(ws)
        async for raw in ws:
            message = json.loads(raw)
            if message["type"] == "notice" and device_id not in arrivals[message["notice_id"]]:
                arrivals[message["notice_id"]][device_id] = time.perf_counter()

    tasks = [asyncio.create_task(device(d, t)) for d, t in devices]
    t0 = time.perf_counter()
    while len(sockets) < len(devices):
        await asyncio.sleep(0.1)
        failed = [task for task in tasks if task.done() and task.exception() is not None]
        if failed:
            raise RuntimeError("a tablet could not connect") from failed[0].exception()
        if time.perf_counter() - t0 > 600:
            raise TimeoutError("devices did not connect")
    print(f"connected {len(devices)} tablets in {time.perf_counter() - t0:.1f} s {load()}", flush=True)
    district_0 = {device_id for i, (device_id, _) in enumerate(devices) if i % DISTRICTS == 0}
    for label, scope, expected in (("one district", {"districts": ["地区0"]}, district_0),
                                   ("every district", {"all_districts": True}, {d for d, _ in devices})):
        notice_id, committed = await asyncio.to_thread(write, db, **scope)
        deadline = committed + 120
        while set(arrivals[notice_id]) < expected and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(QUIET_S)
        got = arrivals[notice_id]
        times = sorted(got[d] - committed for d in expected if d in got)
        wrong = len(set(got) - expected)
        all_s = times[-1] if len(times) == len(expected) else float("inf")
        verdict = "OK" if all_s <= TARGET_S and wrong == 0 else "OVER TARGET" if wrong == 0 else "WRONG DELIVERY"
        print(f"notice for {label}: {len(times)}/{len(expected)} tablets, median {times[len(times) // 2]:.2f} s, "
              f"all {all_s:.2f} s, other districts' tablets reached: {wrong} (target {TARGET_S:.0f} s: {verdict}) "
              f"{load()}", flush=True)
    for ws in sockets:
        await ws.close()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def wait_for_port(port: int, server: subprocess.Popen[bytes], timeout_s: float = 120.0) -> None:
    """Until uvicorn accepts connections (the machine may be loaded)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the server process ended")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("the server did not start")


def bench(backend: str, n: int, work: Path) -> None:
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    port = free_port()
    env = {**os.environ, "STORAGE_DATABASE_URL": url, "WATCH_NOTICE_POLL_S": "1",
           "WATCH_DEVICE_MAX_CONNECTIONS_PER_ADDRESS": "100000"}  # every bench socket comes from 127.0.0.1
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "--app-dir", str(ROOT / "bench"),
                               "bench_watch:create_bench_app", "--port", str(port), "--log-level", "warning"],
                              cwd=ROOT, env=env)
    try:
        devices = seed(db, n, "23:59")
        wait_for_port(port, server)
        print(f"[{backend}] {n} tablets, {DISTRICTS} districts, notice poll 1 s", flush=True)
        asyncio.run(run(f"ws://127.0.0.1:{port}", db, devices))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        db.close()
        cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--devices", type=int, default=2000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory() as work:
            bench(backend, args.devices, Path(work))


if __name__ == "__main__":
    main()
