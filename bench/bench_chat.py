"""Chat benchmark: round trips through the gateway with Rasa and a knowledge answer, concurrency, memory,
and the time from the run command to the first answer.

    .venv/bin/python bench/bench_chat.py                  # sequential + 16 concurrent + memory
    .venv/bin/python bench/bench_chat.py --run-command    # also: ./scripts/run.sh -> first answer
    .venv/bin/python bench/bench_chat.py --rasa-model /tmp/bot/models/osaki.tar.gz --tracker-store memory
                                                          # a candidate model / Rasa's in-memory tracker store

--run-command needs the default ports 8000, 5005 and 5055 to be free.

Starts the real processes (devstack/stack.py): Rasa with the trained model, the action server, the gateway.
Questions are the answerable ones of ../shared/eval/queries-dev.tsv. Prints figures; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devstack.commands import RASA_MODEL  # noqa: E402
from devstack.stack import Stack, start_stack  # noqa: E402

QUERY_FILE = ROOT.parent / "shared" / "eval" / "queries-dev.tsv"
FALLBACK_QUESTIONS = ["住民票はどこで取れますか", "粗大ごみの出し方を教えてください", "児童手当の申請方法"]
WARMUP_TURNS = 10
TURNS_PER_CONVERSATION = 5
POLL_S = 1.0  # run-command probe interval


def questions() -> list[str]:
    """Answerable dev-set questions (the bot answers them from the knowledge search)."""
    if not QUERY_FILE.exists():
        return FALLBACK_QUESTIONS
    with QUERY_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r["query"] for r in rows if r.get("expected_id") and r["expected_id"] != "NONE"] or FALLBACK_QUESTIONS


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def new_session(client: httpx.AsyncClient) -> str:
    """A fresh chat session id."""
    response = await client.post("/api/chat/session")
    response.raise_for_status()
    return str(response.json()["session_id"])


async def turn(client: httpx.AsyncClient, session_id: str, text: str) -> tuple[float, bool, bool]:
    """One chat turn: (seconds, answered without error, answered by the bot rather than degraded)."""
    started = time.perf_counter()
    try:
        response = await client.post("/api/chat", json={"session_id": session_id, "text": text})
        ok = response.status_code == 200
        by_bot = ok and not response.json()["degraded"]
    except httpx.HTTPError:
        ok = by_bot = False
    return time.perf_counter() - started, ok, by_bot


async def sequential(base_url: str, texts: list[str], n: int) -> dict[str, float]:
    """n turns one after another, each in a fresh session (no form or follow-up state)."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        for text in texts[:WARMUP_TURNS]:
            await turn(client, await new_session(client), text)
        times: list[float] = []
        errors = degraded = 0
        for i in range(n):
            session_id = await new_session(client)
            elapsed, ok, by_bot = await turn(client, session_id, texts[i % len(texts)])
            times.append(elapsed * 1000)
            errors += not ok
            degraded += ok and not by_bot
    return {"n": n, "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95),
            "mean_ms": statistics.fmean(times), "errors": errors, "degraded": degraded}


async def concurrent(base_url: str, texts: list[str], clients: int, seconds: float) -> dict[str, float]:
    """``clients`` clients sending back to back for ``seconds``: answered messages per second."""
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients * 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=30, limits=limits) as client:
        sessions = [await new_session(client) for _ in range(clients)]

        async def worker(index: int) -> tuple[list[float], int, int]:
            times: list[float] = []
            errors, degraded, i, session_id = 0, 0, index, sessions[index]
            while time.perf_counter() < deadline:
                if len(times) % TURNS_PER_CONVERSATION == TURNS_PER_CONVERSATION - 1:
                    session_id = await new_session(client)  # citizens ask a few questions, then leave
                elapsed, ok, by_bot = await turn(client, session_id, texts[i % len(texts)])
                times.append(elapsed * 1000)
                errors += not ok
                degraded += ok and not by_bot
                i += clients
            return times, errors, degraded

        started = time.perf_counter()
        results = await asyncio.gather(*(worker(i) for i in range(clients)))
        wall = time.perf_counter() - started
    times = [t for r in results for t in r[0]]
    errors = sum(r[1] for r in results)
    answered = len(times) - errors
    return {"clients": clients, "messages": len(times), "per_s": answered / wall, "errors": errors,
            "degraded": sum(r[2] for r in results), "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95)}


def cpu_seconds(stack: Stack) -> dict[str, float]:
    """CPU seconds (user + system) used so far by each process tree."""
    used = {}
    for name, service in stack.services.items():
        process = psutil.Process(service.process.pid)
        tree = [process, *process.children(recursive=True)]
        used[name] = sum(sum(p.cpu_times()[:2]) for p in tree if p.is_running())
    return used


def memory(stack: Stack) -> dict[str, float]:
    """Resident memory (MiB) of each process tree."""
    sizes = {}
    for name, service in stack.services.items():
        process = psutil.Process(service.process.pid)
        tree = [process, *process.children(recursive=True)]
        sizes[name] = sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20
    return sizes


def run_command_first_answer(timeout_s: float = 300) -> tuple[float, float]:
    """Seconds from starting ./scripts/run.sh (machine set up) to the first answer, and to the first bot answer."""
    started = time.perf_counter()
    first_any: float | None = None
    process = subprocess.Popen(["./scripts/run.sh"], cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        with httpx.Client(base_url="http://127.0.0.1:8000", timeout=10) as client:
            session_id = ""
            while time.perf_counter() - started < timeout_s:
                # One request a second at most: the gateway's per-client rate limit (60/min) stays out of the way.
                time.sleep(POLL_S)
                try:
                    if not session_id:
                        session_id = client.post("/api/chat/session").json()["session_id"]
                    body = {"session_id": session_id, "text": "住民票はどこで取れますか"}
                    response = client.post("/api/chat", json=body)
                    if response.status_code == 200:
                        now = time.perf_counter() - started
                        first_any = now if first_any is None else first_any
                        if not response.json()["degraded"]:
                            return first_any, now
                except (httpx.HTTPError, ValueError, KeyError):
                    pass
        raise RuntimeError("no bot answer within the timeout")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=300, help="sequential turns")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0, help="duration of the concurrent run")
    parser.add_argument("--run-command", action="store_true", help="also time ./scripts/run.sh to the first answer")
    parser.add_argument("--rasa-model", type=Path, default=RASA_MODEL, help="Rasa model to serve")
    parser.add_argument("--rasa-instances", type=int, default=1, help="Rasa servers behind the gateway")
    parser.add_argument("--tracker-store", choices=("sql", "memory"), default="sql", help="Rasa's tracker store")
    args = parser.parse_args()
    texts = questions()
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; {len(texts)} questions")
    with tempfile.TemporaryDirectory(prefix="bench-chat-") as work:
        started = time.perf_counter()
        stack = start_stack(Path(work), rasa_model=args.rasa_model, tracker_store=args.tracker_store,
                            rasa_instances=args.rasa_instances)
        print(f"rasa: model {args.rasa_model}, tracker store {args.tracker_store}")
        print(f"stack ready in {time.perf_counter() - started:.1f} s (index build included)")
        try:
            cpu_start = cpu_seconds(stack)
            seq = asyncio.run(sequential(stack.gateway_url, texts, args.turns))
            cpu_seq = cpu_seconds(stack)
            print(f"sequential: {seq['n']:.0f} turns, p50 {seq['p50_ms']:.1f} ms, p95 {seq['p95_ms']:.1f} ms, "
                  f"mean {seq['mean_ms']:.1f} ms, errors {seq['errors']:.0f}, degraded {seq['degraded']:.0f}")
            turns = seq["n"] + WARMUP_TURNS
            print("cpu (sequential, ms per message): " + ", ".join(
                f"{name} {(cpu_seq[name] - cpu_start[name]) / turns * 1000:.1f}" for name in cpu_seq))
            cpu_before = cpu_seconds(stack)
            con = asyncio.run(concurrent(stack.gateway_url, texts, args.clients, args.seconds))
            cpu_after = cpu_seconds(stack)
            print(f"concurrent: {con['clients']:.0f} clients, {con['messages']:.0f} messages, "
                  f"{con['per_s']:.1f} answered/s, p50 {con['p50_ms']:.1f} ms, p95 {con['p95_ms']:.1f} ms, "
                  f"errors {con['errors']:.0f}, degraded {con['degraded']:.0f}")
            for name in cpu_after:
                per_msg = (cpu_after[name] - cpu_before[name]) / max(1, con["messages"]) * 1000
                print(f"cpu: {name} {per_msg:.1f} ms per message (concurrent run)")
            for name, mib in memory(stack).items():
                print(f"memory: {name} {mib:.0f} MiB RSS")
        finally:
            stack.stop()
    if args.run_command:
        first_any, first_bot = run_command_first_answer()
        print(f"run command -> first answer {first_any:.1f} s (search fallback while Rasa loads), "
              f"first answer by the bot {first_bot:.1f} s")


if __name__ == "__main__":
    main()
