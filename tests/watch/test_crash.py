"""Crash safety: the real worker process killed with SIGKILL while it sends; restarted until done.

The SMTP server accepts each message only after a delay; the test kills the worker during that delay (the
message is in flight, claimed and leased). Like a real MTA, aiosmtpd drops a message whose client vanished
before it was accepted, so every notification must arrive exactly once after restarts, and every resident
must have exactly one check-in.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from devstack.commands import worker_launch
from devstack.receivers import MailHandler, SmtpServer
from storage.database import Database
from storage.engine import make_engine, make_session_factory
from tests.watch.conftest import STAFF_EMAIL
from tests.watch.helpers import add_resident
from watch.answers import record_answer
from watch.classify import classify_button
from watch.clock import SystemClock
from watch.models import CheckIn, OutboxMessage
from watch.settings import WatchSettings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESIDENTS = 12
KILLS = 5
SMTP_DELAY_S = 0.4
LEASE_S = 3.0
DONE_TIMEOUT_S = 90.0


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    worker = worker_launch()  # the one launch line of the worker
    with log.open("ab") as out:
        return subprocess.Popen(worker.argv, cwd=worker.cwd, env={**env, **worker.env}, stdout=out,
                                stderr=subprocess.STDOUT)


def sent_count(db: Database) -> tuple[int, int]:
    with db.sessions() as session:
        rows = list(session.scalars(select(OutboxMessage.status)))
    return sum(1 for s in rows if s == "sent"), len(rows)


def test_kill_9_while_sending_loses_and_duplicates_nothing(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "crash.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    engine = make_engine(url=url)
    db = Database(engine=engine, sessions=make_session_factory(engine))
    settings = WatchSettings(_env_file=None, staff_emails=[STAFF_EMAIL])
    ids = [add_resident(db, name=f"住民 {i}", name_kana=f"じゅうみん{i}", checkin_time="00:00")
           for i in range(RESIDENTS)]
    for rid in ids:  # each: an urgent alert -> staff email + family email, waiting in the outbox
        with db.sessions() as session, session.begin():
            record_answer(session, resident_id=rid, classification=classify_button("help"), text=None,
                          now=SystemClock().now(), settings=settings)
    handler = MailHandler(delay_s=SMTP_DELAY_S)
    log = tmp_path / "worker.log"
    with SmtpServer(handler) as smtp:
        env = {**os.environ, "STORAGE_DATABASE_URL": url, "WATCH_ENVIRONMENT": "test",
               "WATCH_SMTP_HOST": "127.0.0.1", "WATCH_SMTP_PORT": str(smtp.port),
               "WATCH_STAFF_EMAILS": f'["{STAFF_EMAIL}"]', "WATCH_WEBHOOK_URL": "",
               "WATCH_OUTBOX_LEASE_S": str(LEASE_S), "WATCH_SMTP_TIMEOUT_S": "1", "WATCH_WEBHOOK_TIMEOUT_S": "1",
               "WATCH_TICK_INTERVAL_S": "0.2", "WATCH_RETRY_BASE_S": "0.5", "PYTHONUNBUFFERED": "1"}
        kills = 0
        for _ in range(KILLS):
            handler.started.clear()
            process = start_worker(env, log)
            try:
                if not handler.started.wait(timeout=60):
                    pytest.fail(f"the worker never sent:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(SMTP_DELAY_S / 4)  # well inside the SMTP server's delay: the message is in flight
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
            finally:
                process.wait(timeout=30)
        process = start_worker(env, log)
        try:
            deadline = time.monotonic() + DONE_TIMEOUT_S
            while time.monotonic() < deadline:
                sent, total = sent_count(db)
                if sent == total:
                    break
                time.sleep(0.2)
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
        mails = handler.snapshot()
    with db.sessions() as session:
        keys = set(session.scalars(select(OutboxMessage.idempotency_key)))
        resident_checkins = Counter(session.scalars(select(CheckIn.resident_id)))
        attempts = list(session.scalars(select(OutboxMessage.attempts)))
    db.close()
    received = Counter(m.idempotency_key for m in mails)
    assert kills == KILLS
    assert {k: n for k, n in received.items() if n > 1} == {}  # no duplicate
    assert keys - set(received) == set()  # nothing lost
    assert len(mails) == len(keys) == RESIDENTS * 2
    assert resident_checkins == Counter(ids)  # exactly one check-in per resident: none skipped, none doubled
    assert sum(a - 1 for a in attempts) >= KILLS  # the killed sends really were retried
