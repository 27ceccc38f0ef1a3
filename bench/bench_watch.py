"""Watch-over benchmarks: delivery at scale, worker pass costs, live escalation latency, crash/restart safety.

    .venv/bin/python bench/bench_watch.py                       # full run: 10,000 residents, both backends
    .venv/bin/python bench/bench_watch.py --residents 200 --cycles 3 --crash-residents 100 --backend sqlite  # smoke

Every figure is printed with the 1-minute load average at that moment (the machine is shared).

1. delivery: N residents with the same check-in time, N devices connected over real WebSockets to a gateway
   process (uvicorn; the watch router and its delivery poller); one worker pass creates the check-ins; time until
   every device has its question (target: 60 s).
2. passes: with a manual clock, the cost of each worker pass over N check-ins: creation, one tick with none due
   (target: 1 s), and each escalation step due for all N at the same instant (re-ask, family, staff alert, alert
   escalation).
3. escalation (live): the real worker process with the real clock and a real SMTP server busy with a backlog;
   N check-ins (or N alerts) reach a step's deadline at the same instant; time from the deadline until every
   step is committed (target: 60 s).
4. crash: the worker process killed with SIGKILL at a random moment while it sends a backlog of emails to a real
   SMTP server (and creates N check-ins), restarted each time; counts lost and duplicate emails and check-ins
   per resident (see bench/watch_crash.py). Then the same with SIGTERM (a deploy or a service restart).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import websockets  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from bench.watch_support import SETTINGS, database, load, seed, today_local, worker_env  # noqa: E402
from devstack.commands import worker_launch  # noqa: E402
from devstack.processes import free_port  # noqa: E402
from devstack.receivers import MailHandler, SmtpServer  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from watch import routes as watch_routes  # noqa: E402
from watch.clock import ManualClock, SystemClock  # noqa: E402
from watch.messages import email_row  # noqa: E402
from watch.models import Alert, CheckIn, Resident, WatchEvent  # noqa: E402
from watch.notify import Dispatcher  # noqa: E402
from watch.worker import Worker  # noqa: E402
from watch.writes import outbox_insert  # noqa: E402

DELIVERY_TARGET_S = 60.0
TICK_TARGET_S = 1.0
ESCALATION_TARGET_S = 60.0
CONNECT_CONCURRENCY = 200
LIVE_LEAD_S = 12.0  # the deadline is this far in the future when the worker starts
LIVE_BACKLOG = 2000  # emails already waiting when the live step falls due: the sender is busy meanwhile
STEP_EVENTS = {"reask": "asked_again", "family": "contact_notified", "staff": "alert_opened",
               "alert": "alert_escalated"}


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


async def connect_and_wait(base: str, devices: list[tuple[str, str]], start: Callable[[], object]) -> dict[str, float]:
    """Connect every device, run ``start`` (the worker pass), return timings until every question arrived."""
    semaphore = asyncio.Semaphore(CONNECT_CONCURRENCY)
    connected = asyncio.Event()
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
    env = {**os.environ, "STORAGE_DATABASE_URL": url, "WATCH_DELIVER_POLL_S": "1",
           "WATCH_DEVICE_MAX_CONNECTIONS_PER_ADDRESS": "100000"}  # every bench socket comes from 127.0.0.1
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
              f"all {result['all_delivered_s']:.2f} s (target {DELIVERY_TARGET_S:.0f} s: {verdict}) {load()}",
              flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        db.close()
        cleanup()


def bench_passes(backend: str, n: int, work: Path) -> None:
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    try:
        clock = ManualClock(SystemClock().now().replace(hour=0, minute=30, second=0, microsecond=0))
        seed(db, n, "00:00")
        worker = Worker(db=db, settings=SETTINGS, clock=clock, dispatcher=Dispatcher({}))

        def timed(label: str, run: Callable[[], object]) -> float:
            t0 = time.perf_counter()
            report = run()
            elapsed = time.perf_counter() - t0
            print(f"[{backend}] {label}: {elapsed * 1000:.0f} ms {report} {load()}", flush=True)
            return elapsed

        timed(f"create {n} check-ins (one pass)", worker.schedule)
        clock.advance(minutes=10)
        tick_s = timed(f"one tick over {n} open check-ins, none due", worker.tick)
        print(f"[{backend}] tick target {TICK_TARGET_S * 1000:.0f} ms: "
              f"{'OK' if tick_s <= TICK_TARGET_S else 'OVER TARGET'}")
        for label, minutes in (("re-ask", SETTINGS.reask_minutes - 10),
                               ("family notice", SETTINGS.family_minutes - SETTINGS.reask_minutes),
                               ("staff alert", SETTINGS.staff_minutes - SETTINGS.family_minutes),
                               ("alert escalation", SETTINGS.ack_minutes)):
            clock.advance(minutes=minutes)
            timed(f"{n} x {label} due at the same instant (one pass)", worker.schedule)
    finally:
        db.close()
        cleanup()


def _prepare_live_step(db: Database, n: int, step: str, deadline_at: datetime) -> None:
    """N check-ins (or alerts) whose next step falls due at ``deadline_at``, plus an email backlog."""
    seed(db, n, "00:00")
    now, minutes = SystemClock().now(), {"reask": SETTINGS.reask_minutes, "family": SETTINGS.family_minutes,
                                         "staff": SETTINGS.staff_minutes, "alert": SETTINGS.staff_minutes}
    step_done = {"reask": 0, "family": 1, "staff": 2, "alert": 3}[step]
    opened = deadline_at - timedelta(minutes=minutes[step])
    with db.sessions() as session, session.begin():
        ids = list(session.scalars(select(Resident.id).order_by(Resident.id)))
        session.execute(insert(CheckIn), [
            {"resident_id": rid, "kind": "daily", "local_date": today_local(now), "slot": "daily",
             "message": SETTINGS.greeting, "status": "escalated" if step == "alert" else "open", "opened_at": opened,
             "next_action_at": None if step == "alert" else deadline_at, "step": step_done, "ask_count": 1,
             "delivered_count": 1, "delivery_pending": False, "created_at": opened} for rid in ids])
        if step == "alert":
            checkins = {rid: cid for rid, cid in session.execute(select(CheckIn.resident_id, CheckIn.id))}
            session.execute(insert(Alert), [
                {"resident_id": rid, "checkin_id": checkins[rid], "reason": "no_answer", "summary": "応答なし",
                 "priority": "high", "priority_rank": 2, "status": "open", "level": 0, "contacts_notified": 1,
                 "next_escalation_at": deadline_at, "created_at": deadline_at - timedelta(minutes=30)}
                for rid in ids])
        session.execute(outbox_insert(session), [
            email_row(key=f"backlog:{i}", to=f"backlog{i}@example.jp", subject="backlog", body="本文", now=now)
            for i in range(LIVE_BACKLOG)])


def bench_live_escalation(backend: str, n: int, step: str, work: Path) -> None:
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    handler = MailHandler(delay_s=0.02)
    try:
        deadline_at = SystemClock().now() + timedelta(seconds=LIVE_LEAD_S)
        _prepare_live_step(db, n, step, deadline_at)
        deadline = time.time() + (deadline_at - SystemClock().now()).total_seconds()
        if deadline - time.time() < 3:
            raise RuntimeError("seeding took too long: raise LIVE_LEAD_S")
        with SmtpServer(handler) as smtp, (work / "worker.log").open("ab") as log:
            env = worker_env(url, smtp.port, lease_s=120)
            worker = worker_launch()
            process = subprocess.Popen(worker.argv, cwd=worker.cwd, env={**env, **worker.env}, stdout=log,
                                       stderr=subprocess.STDOUT)
            try:
                kind, done, sent_at_deadline = STEP_EVENTS[step], 0, -1
                while done < n and time.time() < deadline + 300:
                    time.sleep(0.2)
                    with db.sessions() as session:
                        done = int(session.scalar(select(func.count(WatchEvent.id)).where(WatchEvent.kind == kind))
                                   or 0)
                        if sent_at_deadline < 0 and time.time() >= deadline:
                            sent_at_deadline = len(handler.snapshot())
                finished = time.time()
                sent_by_then = len(handler.snapshot())
            finally:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=60)
        latency = finished - deadline
        verdict = "OK" if done == n and latency <= ESCALATION_TARGET_S else "OVER TARGET"
        print(f"[{backend}] live {step} step for {n} check-ins due at the same instant: all {done} committed "
              f"{latency:.1f} s after the deadline (target {ESCALATION_TARGET_S:.0f} s: {verdict}); the sender "
              f"meanwhile sent {sent_by_then - max(0, sent_at_deadline)} emails of a {LIVE_BACKLOG} backlog "
              f"(worker tick {SETTINGS.tick_interval_s:.0f} s, polled every 0.2 s) {load()}", flush=True)
    finally:
        db.close()
        cleanup()


def main() -> None:
    """Run the selected benchmarks and print the figures."""
    from bench.watch_crash import bench_crash

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=10_000)
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--crash-residents", type=int, default=1500, help="2 emails each: the crash backlog")
    parser.add_argument("--term-cycles", type=int, default=30, help="graceful stop/restart cycles (SIGTERM)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--only", choices=["delivery", "passes", "escalation", "crash"], default=None)
    parser.add_argument("--steps", default="reask,family,staff,alert", help="live escalation steps to run")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    print(f"bench_watch: {args.residents} residents, {os.cpu_count()} cores, {load()}", flush=True)
    for backend in backends:
        if args.only in (None, "delivery"):
            with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                bench_delivery(backend, args.residents, Path(work))
        if args.only in (None, "passes"):
            with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                bench_passes(backend, args.residents, Path(work))
        if args.only in (None, "escalation"):
            for step in args.steps.split(","):
                with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                    bench_live_escalation(backend, args.residents, step, Path(work))
        if args.only in (None, "crash"):
            with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                bench_crash(backend, args.crash_residents, args.cycles, Path(work))
            if args.term_cycles:
                with tempfile.TemporaryDirectory(prefix="bench-watch-") as work:
                    bench_crash(backend, args.crash_residents // 2, args.term_cycles, Path(work), signal.SIGTERM)


if __name__ == "__main__":
    main()
