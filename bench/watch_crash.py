"""Crash/restart benchmark of the watch worker (run through bench/bench_watch.py).

The worker process is killed with SIGKILL at a random moment while it sends a backlog of emails to a real SMTP
server on loopback (aiosmtpd, 20 ms per message) and creates N daily check-ins, then restarted; after the last
cycle one worker drains the outbox. Counted: emails lost, emails received twice (the SMTP window: the server
accepted, the worker died before committing "sent"), residents without a check-in or with two.
Each kill is timed from the moment the new worker starts sending (its first DATA), so every kill lands while it
is busy; kills that found nothing left to send are counted apart.

Each duplicate is classified by when the server accepted the first copy: after the SIGKILL was sent (the server
finished the message before the kernel had closed the dying worker's socket, so it could not know; the worker
never got the 250) or before it (the worker got the 250 but died before its "sent" commit: the window the
worker itself controls).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import select

from bench.watch_support import SETTINGS, database, load, seed, worker_env
from devstack.commands import worker_launch
from devstack.processes import free_port
from devstack.receivers import MailHandler
from storage.database import open_database
from watch.answers import record_answer
from watch.classify import classify_button
from watch.clock import SystemClock
from watch.models import CheckIn, OutboxMessage, Resident

ROOT = Path(__file__).resolve().parents[1]
SMTP_DELAY_S = 0.02
LEASE_S = 3.0
KILL_WITHIN_S = 0.6  # after the first DATA of a new worker, the kill falls uniformly in [0, this]
START_TIMEOUT_S = 30.0
DRAIN_TIMEOUT_S = 900.0


def _serve_smtp(port: int, delay_s: float, started: Any, ready: Any, log_path: str) -> None:
    """Child process: aiosmtpd with the test suite's handler, writing "<accepted at> <key>" per accepted message."""
    with Path(log_path).open("a", buffering=1) as out:

        class Handler(MailHandler):
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                started.set()
                reply = await super().handle_DATA(server, session, envelope)  # (cancelled if the client vanished)
                out.write(f"{time.time():.6f} {self.received[-1].idempotency_key}\n")
                return reply

        controller = Controller(Handler(delay_s=delay_s), hostname="127.0.0.1", port=port)
        controller.start()
        ready.set()
        threading.Event().wait()  # until terminated


class SmtpProcess:
    """The SMTP server in a process of its own: the killer (this process) must not share an interpreter lock with
    the server, or the kills would cluster right after the server's CPU bursts, i.e. right after an acceptance."""

    def __init__(self, delay_s: float, log_path: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self.started, ready = context.Event(), context.Event()
        self.port, self.log_path = free_port(), log_path
        self.process = context.Process(target=_serve_smtp, args=(self.port, delay_s, self.started, ready,
                                                                 str(log_path)), daemon=True)
        self.process.start()
        if not ready.wait(START_TIMEOUT_S):
            raise RuntimeError("the SMTP server process did not start")

    def accepted(self) -> list[tuple[float, str]]:
        """(accepted at, idempotency key) of every accepted message, in order."""
        if not self.log_path.exists():
            return []
        rows = (line.split(" ", 1) for line in self.log_path.read_text().splitlines() if " " in line)
        return [(float(at), key) for at, key in rows]

    def stop(self) -> None:
        """Terminate the server process."""
        self.process.terminate()
        self.process.join(timeout=30)


def classify(accepted: list[tuple[float, str]], kills: list[float]) -> tuple[int, int]:
    """(accepted after the kill signal, accepted before it) for the first copy of each duplicated message."""
    first: dict[str, float] = {}
    for at, key in accepted:
        first.setdefault(key, at)
    counts = Counter(key for _, key in accepted)
    after = before = 0
    for key, count in counts.items():
        if count < 2:
            continue
        at = first[key]
        nearest = min(kills, key=lambda kill: abs(at - kill))
        after += nearest <= at
        before += nearest > at
    return after, before


def bench_crash(backend: str, n: int, cycles: int, work: Path, sig: int = signal.SIGKILL) -> None:
    """``cycles`` stop/restart cycles (SIGKILL: a crash; SIGTERM: a deploy) while sending 2n emails; prints
    lost/duplicates and check-in counts."""
    url, cleanup = database(backend, work)
    db = open_database(url=url, migrate=False)
    kills: list[float] = []
    seed(db, n, "00:00")
    with db.sessions() as session, session.begin():
        for rid in session.scalars(select(Resident.id)).all():  # an urgent alert each: staff + family email
            record_answer(session, resident_id=rid, classification=classify_button("help"), text=None,
                          now=SystemClock().now(), settings=SETTINGS)
    worker = worker_launch()
    command = worker.argv
    idle_kills = 0
    smtp = SmtpProcess(SMTP_DELAY_S, work / "accepted.log")
    with (work / "worker.log").open("ab") as log:
        env = {**worker_env(url, smtp.port, lease_s=LEASE_S, tick_s=0.2), **worker.env}
        t0 = time.perf_counter()
        for _ in range(cycles):
            smtp.started.clear()
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            if smtp.started.wait(timeout=START_TIMEOUT_S):
                time.sleep(random.uniform(0.0, KILL_WITHIN_S))
            else:
                idle_kills += 1
            kills.append(time.time())
            os.kill(process.pid, sig)
            process.wait(timeout=60)
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline, restarts = time.monotonic() + DRAIN_TIMEOUT_S, 0
        while time.monotonic() < deadline:
            with db.sessions() as session:
                statuses = Counter(session.scalars(select(OutboxMessage.status)))
            if set(statuses) <= {"sent"}:
                break
            if process.poll() is not None:  # stopped from outside (the machine is shared): start another one
                restarts += 1
                process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
            time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        elapsed = time.perf_counter() - t0
    accepted = smtp.accepted()
    smtp.stop()
    received = Counter(key for _, key in accepted)
    with db.sessions() as session:
        expected = set(session.scalars(select(OutboxMessage.idempotency_key)))
        residents = set(session.scalars(select(Resident.id)))
        per_day = Counter(session.execute(select(CheckIn.resident_id, CheckIn.local_date)
                                          .where(CheckIn.kind == "daily")).all())
        per_resident = Counter(int(rid) for rid, _ in per_day)
        retried = sum(a - 1 for a in session.scalars(select(OutboxMessage.attempts)))
    lost = len(expected - set(received))
    duplicates = sum(count - 1 for count in received.values() if count > 1)
    skipped = len(residents - set(per_resident))
    doubled = sum(1 for count in per_day.values() if count > 1)  # (the run may cross midnight in Tokyo)
    busy_kills = cycles - idle_kills
    rate = f"{duplicates / busy_kills * 100:.1f}% of the stops while sending" if busy_kills else "n/a"
    after, before = classify(accepted, kills) if kills else (0, 0)
    how = "kill -9" if sig == signal.SIGKILL else signal.Signals(sig).name
    why = (f": {after} accepted by the server after the SIGKILL, before the dying worker's socket closed; {before} in "
           f"the worker's own 250 -> commit window" if sig == signal.SIGKILL else "")
    print(f"[{backend}] {cycles} {how}/restart cycles ({busy_kills} while sending, {idle_kills} idle) over "
          f"{len(expected)} emails ({elapsed:.0f} s, {retried} claims redone after a stop): lost {lost}, duplicates "
          f"{duplicates} ({rate}{why}); residents without a check-in {skipped}, two check-ins on one day "
          f"{doubled}{f'; the draining worker was stopped from outside {restarts} times' if restarts else ''} "
          f"{load()}", flush=True)
    db.close()
    cleanup()
