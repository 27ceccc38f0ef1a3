"""The worker process: each tick creates due check-ins, takes silence steps, escalates alerts, sends the outbox.

State lives only in the database, so any number of workers may run (PostgreSQL) and a restart resumes where
the last one stopped. Each batch is its own short transaction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from storage.database import Database
from watch.checkins import create_due_checkins
from watch.clock import Clock
from watch.errors import NotificationError
from watch.notify import Dispatcher
from watch.outbox import claim_next, mark_failed, mark_sent
from watch.scheduler import run_due_alerts, run_due_checkins
from watch.settings import WatchSettings

log = logging.getLogger(__name__)
MAX_SENDS_PER_TICK = 1000
MAX_BATCHES_PER_STEP = 1000


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

    def _batches(self, step: Callable[..., int]) -> int:
        total = 0
        for _ in range(MAX_BATCHES_PER_STEP):
            with self.db.sessions() as session, session.begin():
                done = step(session, now=self.clock.now(), settings=self.settings, limit=self.settings.batch_size)
            total += done
            if done < self.settings.batch_size:
                break
        return total

    def send_outbox(self, report: TickReport, limit: int = MAX_SENDS_PER_TICK) -> None:
        """Claim -> send -> mark, one message at a time (each step committed on its own)."""
        settings = self.settings
        for _ in range(limit):
            with self.db.sessions() as session, session.begin():
                message = claim_next(session, now=self.clock.now(), lease_s=settings.outbox_lease_s)
            if message is None:
                return
            try:
                self.dispatcher.send(message)
            except Exception as err:
                notification = err if isinstance(err, NotificationError) else NotificationError(str(err))
                log.warning("sending outbox %s (%s) failed: %s", message.id, message.idempotency_key, err)
                with self.db.sessions() as session, session.begin():
                    mark_failed(session, message=message, error=notification.message,
                                permanent=notification.permanent, now=self.clock.now(),
                                base_s=settings.retry_base_s, max_s=settings.retry_max_s)
                if notification.permanent:
                    report.failed += 1
                else:
                    report.retried += 1
                continue
            # The crash window: the receiver has the message; this commit follows at once.
            with self.db.sessions() as session, session.begin():
                if not mark_sent(session, message=message, now=self.clock.now()):
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

    def run(self, stop: threading.Event) -> None:
        """Tick every ``tick_interval_s`` until ``stop`` is set; a failing tick is logged and retried."""
        while not stop.is_set():
            try:
                report = self.tick()
                if report.busy():
                    log.info("tick: %s", report)
            except Exception:
                log.exception("worker tick failed; retrying in %.1f s", self.settings.tick_interval_s)
            stop.wait(self.settings.tick_interval_s)
