"""The worker: idempotent ticks, and several workers at once sharing the work without double sends."""

from __future__ import annotations

import threading
import time
from collections import Counter

from sqlalchemy import func, select

from devstack.receivers import MailHandler, SmtpServer, WebhookReceiver
from storage.database import Database
from storage.engine import make_engine, make_session_factory
from tests.watch.conftest import WEBHOOK_SECRET
from tests.watch.helpers import add_resident, answer, checkins, keys, outbox, schedule
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.models import CheckIn
from watch.notify import Dispatcher
from watch.settings import WatchSettings
from watch.worker import BATCH_LOCK_WAIT_S, TickReport, Worker

RESIDENTS = 40
WORKERS = 3


def test_ticks_are_idempotent(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    for i in range(5):
        add_resident(db, name=f"住民 {i}", name_kana=f"じゅうみん{i}")
    clock.advance(minutes=5)
    assert schedule(db, settings, clock).created == 5
    assert schedule(db, settings, clock).created == 0
    clock.advance(hours=4)  # every silence step due at once
    first = schedule(db, settings, clock)
    second = schedule(db, settings, clock)
    assert first.checkins == 5 and second.created == second.checkins == 0
    assert len(keys(db)) == len(set(keys(db))) == 5 * 3


def test_small_batches_still_cover_everything(db: Database, settings: WatchSettings, clock: ManualClock) -> None:
    for i in range(7):
        add_resident(db, name=f"住民 {i}", name_kana=f"じゅうみん{i}")
    clock.advance(minutes=5)
    small = settings.model_copy(update={"batch_size": 2})
    assert schedule(db, small, clock).created == 7
    assert len(checkins(db)) == 7


def _run_together(databases: list[Database], settings: WatchSettings, clock: ManualClock,
                  step: str) -> list[TickReport]:
    """Run ``schedule`` or ``tick`` on every database at the same moment (one thread each)."""
    barrier = threading.Barrier(len(databases))
    reports: list[TickReport] = []
    errors: list[BaseException] = []

    def run(database: Database) -> None:
        dispatcher = Dispatcher.from_settings(settings)
        try:
            worker = Worker(db=database, settings=settings, clock=clock, dispatcher=dispatcher)
            barrier.wait()
            reports.append(getattr(worker, step)())
        except BaseException as err:
            errors.append(err)
        finally:
            dispatcher.close()

    threads = [threading.Thread(target=run, args=(database,)) for database in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return reports


def test_concurrent_workers_never_double_create_or_send(
    db_url: str, db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    """Several workers (own engines, as on different machines) tick at the same moment."""
    for i in range(RESIDENTS):
        add_resident(db, name=f"住民 {i}", name_kana=f"じゅうみん{i}")
    clock.advance(minutes=5)
    databases = []
    for _ in range(WORKERS):
        engine = make_engine(url=db_url)
        databases.append(Database(engine=engine, sessions=make_session_factory(engine)))
    try:
        with SmtpServer(MailHandler(delay_s=0.005)) as smtp, WebhookReceiver(WEBHOOK_SECRET) as hook:
            live = settings.model_copy(update={"smtp_port": smtp.port, "webhook_url": hook.url, "batch_size": 7})
            created = _run_together(databases, live, clock, "schedule")
            assert sum(r.created for r in created) == RESIDENTS
            with db.sessions() as session:
                assert session.scalar(select(func.count(CheckIn.id))) == RESIDENTS
            for rid in range(1, RESIDENTS + 1):
                answer(db, live, clock, rid, classify_button("help"))
            reports = _run_together(databases, live, clock, "tick")
            mails = smtp.handler.snapshot()
    finally:
        for database in databases:
            database.close()
    assert sum(r.sent for r in reports) == RESIDENTS * 3
    assert len(mails) == RESIDENTS * 2  # staff + family per resident
    assert [k for k, n in Counter(m.idempotency_key for m in mails).items() if n > 1] == []
    assert len(hook.calls) == RESIDENTS and len({c.idempotency_key for c in hook.calls}) == RESIDENTS
    assert {r.status for r in outbox(db)} == {"sent"}


def test_run_sends_the_outbox_in_its_own_thread_and_stops_cleanly(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    rid = add_resident(db)
    clock.advance(minutes=5)  # the daily check-in is due too: the schedule thread creates it meanwhile
    with SmtpServer(MailHandler(delay_s=0.01)) as smtp, WebhookReceiver(WEBHOOK_SECRET) as hook:
        live = settings.model_copy(update={"smtp_port": smtp.port, "webhook_url": hook.url, "tick_interval_s": 0.05})
        answer(db, live, clock, rid, classify_button("help"))  # staff + family email, webhook
        dispatcher = Dispatcher.from_settings(live)
        stop = threading.Event()
        runner = threading.Thread(target=Worker(db=db, settings=live, clock=clock, dispatcher=dispatcher).run,
                                  args=(stop,))
        runner.start()
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and {r.status for r in outbox(db)} != {"sent"}:
                time.sleep(0.05)
        finally:
            stop.set()
            runner.join(timeout=30)
            dispatcher.close()
        mails = smtp.handler.snapshot()
    assert not runner.is_alive()
    assert {r.status for r in outbox(db)} == {"sent"}
    assert len(mails) == 2 and len(hook.calls) == 1
    assert len(checkins(db)) == 1


def test_a_slow_mail_server_does_not_hold_escalation_back(
    db: Database, settings: WatchSettings, clock: ManualClock
) -> None:
    for i in range(3):
        add_resident(db, name=f"住民 {i}", name_kana=f"じゅうみん{i}")
    clock.advance(minutes=5)
    runner = Worker(db=db, settings=settings.model_copy(update={"batch_size": 2}), clock=clock,
                    dispatcher=Dispatcher({}))
    with runner._write_lock:  # as while an email waits for the server's verdict (outbox.SentMark.prepare)
        started = time.monotonic()
        report = runner.schedule()
        elapsed = time.monotonic() - started
    assert report.created == 3 and len(checkins(db)) == 3
    assert elapsed < 10 * BATCH_LOCK_WAIT_S  # each batch waited at most BATCH_LOCK_WAIT_S, then ran
