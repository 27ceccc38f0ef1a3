"""Watch-over benchmarks: delivery at scale, worker tick cost, escalation latency, crash/restart safety.

    .venv/bin/python bench/bench_watch.py                       # full run: 10,000 residents, both backends
    .venv/bin/python bench/bench_watch.py --residents 200 --cycles 3 --backend sqlite   # smoke run

1. delivery: N residents with the same check-in time, N devices connected over real WebSockets to a gateway
   process (uvicorn; the watch router and its delivery poller); one worker pass creates the check-ins; time until
   every device has its question (target: 60 s).
2. tick: one worker pass over N open check-ins none of which is due (target: 1 s).
3. escalation: N check-ins reach their +30 min deadline at once; time for the pass that re-asks them all
   (the step latency after a deadline is at most the tick interval plus this).
4. crash: the worker process killed with SIGKILL at random moments while it sends 2N emails to a slow SMTP
   server, restarted each time; counts lost and duplicate emails and check-ins per resident.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from storage.database import Database, open_database  # noqa: E402
from tests.watch.pg import free_port, start_postgres  # noqa: E402
from tests.watch.servers import MailHandler, SmtpServer  # noqa: E402
from watch import routes as watch_routes  # noqa: E402
from watch.clock import ManualClock, SystemClock  # noqa: E402
from watch.models import CheckIn, Contact, Device, OutboxMessage, Resident  # noqa: E402
from watch.notify import Dispatcher  # noqa: E402
from watch.settings import WatchSettings  # noqa: E402
from watch.store import hash_token  # noqa: E402
from watch.worker import Worker  # noqa: E402

DELIVERY_TARGET_S = 60.0
TICK_TARGET_S = 1.0
CONNECT_CONCURRENCY = 200
SETTINGS = WatchSettings(_env_file=None, environment="test", staff_emails=["fukushi@city.osaki.example"])


def create_bench_app() -> FastAPI:
    """uvicorn factory: only the watch router and its delivery poller (no search model to load)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = open_database()
        async with watch_routes.lifespan(app):
            yield
        app.state.db.close()

    app = FastAPI(lifespan=lifespan)
    app.include_router(watch_routes.router)
    return app


def database(backend: str, work: Path) -> tuple[str, Callable[[], None]]:
    """A fresh migrated database URL and its cleanup."""
    if backend == "sqlite":
        url = f"sqlite:///{work / 'bench.db'}"
        open_database(url=url).close()
        return url, lambda: None
    server = start_postgres()
    name = server.create_database()
    url = server.url(name)
    open_database(url=url).close()
    return url, server.stop


def seed(db: Database, n: int, hhmm: str) -> list[tuple[str, str]]:
    """N residents (one family contact each) and devices with known tokens, inserted in bulk."""
    with db.sessions() as session, session.begin():
        session.execute(insert(Resident), [
            {"name": f"住民{i}", "name_kana": f"じゅうみん{i}", "district": f"地区{i % 20}", "address": "大崎市",
             "birth_year": 1940, "channel": "tablet", "checkin_time": hhmm, "checkin_days": "0123456",
             "consent_date": date(2025, 1, 1), "active": True, "note": "", "created_at": SystemClock().now(),
             "updated_at": SystemClock().now()} for i in range(n)])
        ids = list(session.scalars(select(Resident.id).order_by(Resident.id)))
        session.execute(insert(Contact), [
            {"resident_id": rid, "position": 1, "name": "家族", "relation": "family", "relation_label": "長男",
             "email": f"family{rid}@example.jp"} for rid in ids])
        devices = [(f"bench-{rid}", f"token-{rid}-{os.urandom(8).hex()}") for rid in ids]
        session.execute(insert(Device), [
            {"device_id": device_id, "resident_id": rid, "token_hash": hash_token(token), "label": "",
             "created_at": SystemClock().now()} for rid, (device_id, token) in zip(ids, devices, strict=True)])
    return devices


async def connect_and_wait(base: str, devices: list[tuple[str, str]], start: Callable[[], object]) -> dict[str, float]:
    """Connect every device, run ``start`` (the worker pass), return timings until every question arrived."""
    semaphore = asyncio.Semaphore(CONNECT_CONCURRENCY)
    connected, t0 = asyncio.Event(), 0.0
    ready: list[int] = [0]
    arrived: list[float] = []

    async def device(device_id: str, token: str) -> None:
        async with semaphore:
            ws = await websockets.connect(f"{base}/watch/device/{device_id}", max_queue=None, open_timeout=60)
            await ws.send(json.dumps({"type": "hello", "token": token}))
            assert json.loads(await ws.recv())["type"] == "welcome"
        ready[0] += 1
        if ready[0] == len(devices):
            connected.set()
        async with ws:
            while True:
                if json.loads(await ws.recv())["type"] == "checkin":
                    arrived.append(time.perf_counter())
                    return

    tasks = [asyncio.create_task(device(d, t)) for d, t in devices]
    t_connect = time.perf_counter()
    await asyncio.wait_for(connected.wait(), timeout=600)
    connect_s = time.perf_counter() - t_connect
    t0 = time.perf_counter()
    await asyncio.to_thread(start)
    created_at = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=600)
    return {"connect_s": connect_s, "create_s": created_at - t0, "all_delivered_s": max(arrived) - t0,
            "median_delivered_s": sorted(arrived)[len(arrived) // 2] - t0}


def bench_delivery(backend: str, n: int, work: Path) -> None:
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    port = free_port()
    env = {**os.environ, "STORAGE_DATABASE_URL": url, "WATCH_DELIVER_POLL_S": "1"}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "--app-dir", str(ROOT / "bench"),
                               "bench_watch:create_bench_app", "--port", str(port), "--log-level", "warning"],
                              cwd=ROOT, env=env)
    try:
        devices = seed(db, n, "00:00")
        time.sleep(3)  # uvicorn start-up
        worker = Worker(db=db, settings=SETTINGS, clock=SystemClock(), dispatcher=Dispatcher({}))
        result = asyncio.run(connect_and_wait(f"ws://127.0.0.1:{port}", devices, worker.schedule))
        verdict = "OK" if result["all_delivered_s"] <= DELIVERY_TARGET_S else "OVER TARGET"
        print(f"[{backend}] delivery of {n} check-ins to {n} connected devices: connect {result['connect_s']:.1f} s, "
              f"create {result['create_s']:.2f} s, median {result['median_delivered_s']:.2f} s, "
              f"all {result['all_delivered_s']:.2f} s (target {DELIVERY_TARGET_S:.0f} s: {verdict})")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        db.close()
        cleanup()


def bench_tick_and_escalation(backend: str, n: int, work: Path) -> None:
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    try:
        clock = ManualClock(SystemClock().now().replace(hour=0, minute=30, second=0, microsecond=0))
        seed(db, n, "00:00")
        worker = Worker(db=db, settings=SETTINGS, clock=clock, dispatcher=Dispatcher({}))
        t0 = time.perf_counter()
        created = worker.schedule().created
        print(f"[{backend}] created {created} check-ins in {time.perf_counter() - t0:.2f} s")
        clock.advance(minutes=10)
        t0 = time.perf_counter()
        report = worker.tick()
        tick_s = time.perf_counter() - t0
        verdict = "OK" if tick_s <= TICK_TARGET_S else "OVER TARGET"
        print(f"[{backend}] one tick over {n} open check-ins (none due): {tick_s * 1000:.0f} ms "
              f"(target {TICK_TARGET_S * 1000:.0f} ms: {verdict}) {report}")
        clock.advance(minutes=SETTINGS.reask_minutes - 10)
        t0 = time.perf_counter()
        report = worker.schedule()
        step_s = time.perf_counter() - t0
        print(f"[{backend}] {report.checkins} re-asks due at the same instant handled in {step_s:.2f} s "
              f"({step_s / max(1, report.checkins) * 1000:.2f} ms each); step latency after the deadline <= "
              f"tick interval ({SETTINGS.tick_interval_s:.0f} s) + {step_s:.2f} s")
    finally:
        db.close()
        cleanup()


def bench_crash(n: int, cycles: int, work: Path) -> None:
    url, cleanup = database("sqlite", work)
    db = open_database(url=url, migrate=False)
    handler = MailHandler(delay_s=0.02)
    seed(db, n, "00:00")
    from watch.answers import record_answer
    from watch.classify import classify_button

    with db.sessions() as session, session.begin():
        for rid in session.scalars(select(Resident.id)).all():
            record_answer(session, resident_id=rid, classification=classify_button("help"), text=None,
                          now=SystemClock().now(), settings=SETTINGS)
    log = (work / "worker.log").open("ab")
    with SmtpServer(handler) as smtp:
        env = {**os.environ, "STORAGE_DATABASE_URL": url, "WATCH_SMTP_HOST": "127.0.0.1",
               "WATCH_SMTP_PORT": str(smtp.port), "WATCH_STAFF_EMAILS": json.dumps(SETTINGS.staff_emails),
               "WATCH_WEBHOOK_URL": "", "WATCH_OUTBOX_LEASE_S": "3", "WATCH_SMTP_TIMEOUT_S": "1",
               "WATCH_WEBHOOK_TIMEOUT_S": "1", "WATCH_TICK_INTERVAL_S": "0.2", "WATCH_RETRY_BASE_S": "0.5"}
        command = [sys.executable, "-m", "watch", "worker"]
        t0 = time.perf_counter()
        for _ in range(cycles):
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            time.sleep(random.uniform(1.0, 2.5))  # start-up (~1 s) then a random moment of sending
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        while True:
            with db.sessions() as session:
                statuses = Counter(session.scalars(select(OutboxMessage.status)))
            if set(statuses) <= {"sent"}:
                break
            time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        elapsed = time.perf_counter() - t0
    received = Counter(m.idempotency_key for m in handler.snapshot())
    with db.sessions() as session:
        expected = set(session.scalars(select(OutboxMessage.idempotency_key)))
        residents = set(session.scalars(select(Resident.id)))
        per_resident = Counter(session.scalars(select(CheckIn.resident_id).where(CheckIn.kind == "daily")))
    lost = len(expected - set(received))
    duplicates = sum(count - 1 for count in received.values() if count > 1)
    skipped = len(residents - set(per_resident))
    doubled = sum(1 for count in per_resident.values() if count > 1)
    print(f"[sqlite] {cycles} kill -9/restart cycles while sending {len(expected)} emails ({elapsed:.0f} s): "
          f"lost {lost}, duplicates {duplicates}; check-ins skipped {skipped}, doubled {doubled}")
    db.close()
    cleanup()


def main() -> None:
    """Run the selected benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=10_000)
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--crash-residents", type=int, default=100)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--only", choices=["delivery", "tick", "crash"], default=None)
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        if args.only in (None, "delivery"):
            with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                bench_delivery(backend, args.residents, Path(work))
        if args.only in (None, "tick"):
            with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                bench_tick_and_escalation(backend, args.residents, Path(work))
    if args.only in (None, "crash"):
        with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
            bench_crash(args.crash_residents, args.cycles, Path(work))


if __name__ == "__main__":
    main()
