"""Emails per recipient per case step, with N residents silent for a whole day (target: <= 1).

    .venv/bin/python bench/bench_watch_notifications.py --residents 1000 --backend sqlite

Each resident has a tablet (its questions count as delivered), a family contact and a 民生委員 with email and a
地域包括 contact with a phone only; half of them also get a safety confirmation (安否確認) at 10:00, so they have
two open questions at once. Nobody answers. The real worker (manual clock, one tick every ``--step-minutes``)
sends everything to a real SMTP server (aiosmtpd on loopback). A "case step" is one tick: the figure is the
largest number of emails one recipient got about one resident in one tick, and the totals per recipient per
resident over the day, among them staff emails per resident (first alert, reminders, answer notices: with
``--ack-backoff 1`` the reminders come every WATCH_ACK_MINUTES as before the back-off; the default 2 waits
30 -> 60 -> 120 -> 120 minutes). The 1-minute load average is printed with the figures (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select, update  # noqa: E402

from bench.watch_support import database, load  # noqa: E402
from devstack.receivers import MailHandler, SmtpServer  # noqa: E402
from storage.database import open_database  # noqa: E402
from watch.clock import TOKYO, ManualClock  # noqa: E402
from watch.models import CheckIn, Contact, OutboxMessage, Resident  # noqa: E402
from watch.notify import Dispatcher  # noqa: E402
from watch.safety import start_safety_check  # noqa: E402
from watch.safety_schemas import SafetyStart  # noqa: E402
from watch.settings import WatchSettings  # noqa: E402
from watch.worker import Worker  # noqa: E402

TARGET_PER_STEP = 1
STAFF = "fukushi@city.osaki.example"
START = datetime(2026, 6, 1, 8, 59, tzinfo=TOKYO)


def seed(url: str, n: int) -> None:
    """N residents with three contacts each (family and 民生委員 with email, 包括 phone only)."""
    db = open_database(url=url)
    now = START
    try:
        with db.sessions() as session, session.begin():
            session.execute(insert(Resident), [
                {"name": f"住民{i}", "name_kana": f"じゅうみん{i}", "district": f"地区{i % 20}", "address": "大崎市",
                 "birth_year": 1940, "channel": "tablet", "checkin_time": "09:00", "checkin_days": "0123456",
                 "consent_date": date(2025, 1, 1), "active": True, "note": "", "created_at": now, "updated_at": now}
                for i in range(n)])
            ids = list(session.scalars(select(Resident.id).order_by(Resident.id)))
            session.execute(insert(Contact), [
                row for rid in ids for row in (
                    {"resident_id": rid, "position": 1, "name": "家族", "relation": "family", "relation_label": "長男",
                     "email": f"family{rid}@example.jp", "phone": None},
                    {"resident_id": rid, "position": 2, "name": "民生委員", "relation": "volunteer",
                     "relation_label": "民生委員", "email": f"volunteer{rid}@example.jp", "phone": None},
                    {"resident_id": rid, "position": 3, "name": "包括", "relation": "care_center",
                     "relation_label": "地域包括", "email": None, "phone": "0229-00-0000"})])
    finally:
        db.close()


def run(url: str, n: int, step_minutes: int, hours: int, ack_backoff: float = 2.0) -> int:
    """Simulate the day; returns 0 when the target holds."""
    seed(url, n)
    db = open_database(url=url)
    clock = ManualClock(START)
    handler = MailHandler()
    mails_per_tick: list[list[str]] = []  # idempotency keys per tick
    started = time.monotonic()
    with SmtpServer(handler) as smtp:
        settings = WatchSettings(_env_file=None, environment="test", staff_emails=[STAFF], smtp_host="127.0.0.1",
                                 smtp_port=smtp.port, smtp_timeout_s=5, webhook_timeout_s=1, batch_size=500,
                                 ack_backoff=ack_backoff)
        dispatcher = Dispatcher.from_settings(settings)
        worker = Worker(db=db, settings=settings, clock=clock, dispatcher=dispatcher)
        try:
            for tick in range(hours * 60 // step_minutes):
                clock.advance(minutes=step_minutes)
                if tick == 2:  # 10:00: a safety confirmation for everyone (a second open question per person)
                    with db.sessions() as session, session.begin():
                        start_safety_check(session, data=SafetyStart(message="地震がありました。ご無事ですか？"),
                                           started_by="bench", now=clock.now(), settings=settings)
                with db.sessions() as session, session.begin():  # every tablet is connected: all delivered
                    session.execute(update(CheckIn).where(CheckIn.delivered_at.is_(None))
                                    .values(delivered_at=clock.now(), delivery_pending=False))
                before = len(handler.snapshot())
                report = worker.tick()
                while report.sent:  # drain the outbox (the tick sends at most 1000)
                    report = worker.tick()
                mails_per_tick.append([m.idempotency_key for m in handler.snapshot()[before:]])
        finally:
            dispatcher.close()
    elapsed = time.monotonic() - started
    with db.sessions() as session:
        rows = session.execute(select(OutboxMessage.idempotency_key, OutboxMessage.resident_id,
                                      OutboxMessage.recipient)).all()
    db.close()
    resident_of = {key: rid for key, rid, _ in rows}
    recipient_of = {key: who for key, _, who in rows}
    per_step: Counter[tuple[int, str, int]] = Counter()
    per_day: Counter[tuple[str, int]] = Counter()
    for tick, keys in enumerate(mails_per_tick):
        for key in keys:
            who, rid = recipient_of[key], resident_of[key] or 0
            per_step[(tick, who, rid)] += 1
            per_day[(who, rid)] += 1
    worst = max(per_step.values(), default=0)
    total = sum(per_day.values())
    staff_day = max((c for (who, _), c in per_day.items() if who == STAFF), default=0)
    family_day = max((c for (who, _), c in per_day.items() if who.startswith("family")), default=0)
    print(f"residents={n} ticks={len(mails_per_tick)} every {step_minutes} min, emails={total} "
          f"({total / max(n, 1):.1f} per resident) in {elapsed:.1f} s {load()}")
    print(f"max emails per recipient per resident per case step: {worst} (target <= {TARGET_PER_STEP})")
    print(f"max per day about one resident: staff {staff_day}, family {family_day} "
          f"(staff reminders: first after {settings.ack_minutes} min, then x{ack_backoff} each, "
          f"capped at {settings.ack_max_minutes} min)")
    return 0 if worst <= TARGET_PER_STEP else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=1000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--step-minutes", type=int, default=30)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--ack-backoff", type=float, default=2.0, help="1 = the old fixed reminder interval")
    args = parser.parse_args()
    os.environ.setdefault("APP_ENVIRONMENT", "test")
    with tempfile.TemporaryDirectory() as tmp:
        url, cleanup = database(args.backend, Path(tmp))
        try:
            return run(url, args.residents, args.step_minutes, args.hours, args.ack_backoff)
        finally:
            cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
