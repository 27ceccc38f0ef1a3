"""The worker process: each tick creates due check-ins, takes silence steps, escalates alerts, sends the outbox.

State lives only in the database, so any number of workers may run (PostgreSQL) and a restart resumes where
the last one stopped. Each batch is its own short transaction. ``run`` sends the outbox in a thread of its own,
so a long queue of emails (or a slow mail server) never delays the next escalation step.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from storage.database import Database
from watch.checkins import create_due_checkins
from watch.clock import Clock
from watch.errors import NotificationError
from watch.notify import Dispatcher
from watch.outbox import ClaimedMessage, SentMark, claim_next, mark_failed
from watch.scheduler import run_due_alerts, run_due_checkins
from watch.settings import WatchSettings

log = logging.getLogger(__name__)
MAX_SENDS_PER_TICK = 1000
MAX_BATCHES_PER_STEP = 1000
BATCH_LOCK_WAIT_S = 0.2  # a batch waits at most this long for a mail server's verdict, then runs anyway
BATCH_PAUSE_S = 0.001  # between two batches of a pass (a lock is not fair: without it the sender starves)


@dataclass
class TickReport:
    """What one tick did."""

    created: int = 0
    checkins: int = 0
    alerts: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0

    def busy(self) -> bool:
        """True when the tick found any work."""
        return any((self.created, self.checkins, self.alerts, self.sent, self.retried, self.failed))


class Worker:
    """Runs ticks against one database with an injected clock and notification dispatcher."""

    def __init__(self, *, db: Database, settings: WatchSettings, clock: Clock, dispatcher: Dispatcher) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.dispatcher = dispatcher
        # Held by each batch, by each claim and by the sender while a mail server decides: marking the message sent
        # then does not queue behind one of this worker's own batches (see outbox.SentMark), and on SQLite the
        # threads hand the single write lock over at once instead of through SQLite's sleeping busy handler.
        self._write_lock = threading.Lock()
        self._wake = threading.Event()

    def _batches(self, step: Callable[..., int]) -> int:
        total = 0
        for _ in range(MAX_BATCHES_PER_STEP):
            # Bounded: a slow mail server must not hold escalation back (it then only widens its own window).
            locked = self._write_lock.acquire(timeout=BATCH_LOCK_WAIT_S)
            try:
                with self.db.sessions() as session, session.begin():
                    done = step(session, now=self.clock.now(), settings=self.settings,
                                limit=self.settings.batch_size)
            finally:
                if locked:
                    self._write_lock.release()
            time.sleep(BATCH_PAUSE_S)  # let a waiting sender take the lock: the batch's own emails go out meanwhile
            total += done
            if done < self.settings.batch_size:
                break
        return total

    def send_outbox(self, report: TickReport, limit: int = MAX_SENDS_PER_TICK,
                    stop: threading.Event | None = None) -> None:
        """Claim -> send -> mark, one message at a time (claim and mark each committed on their own)."""
        for _ in range(limit):
            if stop is not None and stop.is_set():
                return
            with self._write_lock, self.db.sessions() as session, session.begin():
                message = claim_next(session, now=self.clock.now(), lease_s=self.settings.outbox_lease_s)
            if message is None:
                return
            self._send(message, report)

    def _send(self, message: ClaimedMessage, report: TickReport) -> None:
        settings = self.settings
        mark = SentMark(self.db.engine, message, now=self.clock.now(), write_lock=self._write_lock)
        try:
            self.dispatcher.send(message, before_commit=mark.prepare)
        except Exception as err:
            mark.abort()
            notification = err if isinstance(err, NotificationError) else NotificationError(str(err))
            log.warning("sending outbox %s (%s) failed: %s", message.id, message.idempotency_key, err)
            with self.db.sessions() as session, session.begin():
                mark_failed(session, message=message, error=notification.detail, permanent=notification.permanent,
                            now=self.clock.now(), base_s=settings.retry_base_s, max_s=settings.retry_max_s)
            if notification.permanent:
                report.failed += 1
            else:
                report.retried += 1
            return
        # The crash window: the receiver has the message; only this commit remains (prepared before the send).
        if not mark.commit():
            log.error("outbox %s was sent after its lease expired (possible duplicate)", message.id)
        report.sent += 1

    def schedule(self, report: TickReport | None = None) -> TickReport:
        """The database part of a tick: create due check-ins, take silence steps, escalate alerts."""
        report = report or TickReport()
        report.created += self._batches(create_due_checkins)
        report.checkins += self._batches(run_due_checkins)
        report.alerts += self._batches(run_due_alerts)
        return report

    def tick(self) -> TickReport:
        """One pass over every kind of due work, then the outbox."""
        report = self.schedule()
        self.send_outbox(report)
        return report

    def _send_loop(self, stop: threading.Event) -> None:
        while not stop.is_set():
            report = TickReport()
            try:
                self.send_outbox(report, limit=MAX_SENDS_PER_TICK, stop=stop)
                if report.busy():
                    log.info("outbox: %s", report)
            except Exception:
                log.exception("sending the outbox failed; retrying in %.1f s", self.settings.tick_interval_s)
            if report.sent + report.retried + report.failed < MAX_SENDS_PER_TICK:
                self._wake.wait(self.settings.tick_interval_s)  # idle (or failing): until a tick queues more
                self._wake.clear()

    def run(self, stop: threading.Event) -> None:
        """Tick every ``tick_interval_s`` until ``stop`` is set (the outbox is sent meanwhile by a second thread);
        a failing tick is logged and retried."""
        sender = threading.Thread(target=self._send_loop, args=(stop,), name="watch-outbox")
        sender.start()
        try:
            while not stop.is_set():
                try:
                    report = self.schedule()
                    if report.busy():
                        log.info("tick: %s", report)
                        self._wake.set()
                except Exception:
                    log.exception("worker tick failed; retrying in %.1f s", self.settings.tick_interval_s)
                stop.wait(self.settings.tick_interval_s)
        finally:
            stop.set()
            self._wake.set()
            sender.join()
