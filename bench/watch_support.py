"""Shared parts of the watch-over benchmarks: databases, bulk seeding, the worker's environment, load average."""

from __future__ import annotations

import atexit
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from devstack.postgres import PostgresServer, start_postgres
from storage.database import Database, open_database
from watch.clock import TOKYO, SystemClock
from watch.devices import hash_token
from watch.models import Contact, Device, Resident
from watch.settings import WatchSettings

# The benchmarks escalate residents without devices, in catch-up: undelivered questions escalate and
# silence steps may fire back to back.
SETTINGS = WatchSettings(
    _env_file=None, staff_emails=["fukushi@city.osaki.example"], escalate_undelivered=True, step_gap_minutes=0
)
_servers: list[PostgresServer] = []


def load() -> str:
    """The load averages, to print next to every figure (the machine is shared)."""
    one, five, fifteen = os.getloadavg()
    return f"[load {one:.2f} {five:.2f} {fifteen:.2f}]"


def _postgres() -> PostgresServer:
    if not _servers:
        _servers.append(start_postgres())
        atexit.register(_servers[0].stop)
    return _servers[0]


def database(backend: str, work: Path) -> tuple[str, Callable[[], None]]:
    """A fresh migrated database URL and its cleanup (one PostgreSQL server is shared by the whole run)."""
    if backend == "sqlite":
        url = f"sqlite:///{work / 'bench.db'}"
        open_database(url=url).close()
        return url, lambda: None
    server = _postgres()
    name = server.create_database()
    url = server.url(name)
    open_database(url=url).close()
    return url, lambda: server.drop_database(name)


def today_local(now: datetime) -> date:
    """The city's date at ``now``."""
    return now.astimezone(TOKYO).date()


def seed(db: Database, n: int, hhmm: str) -> list[tuple[str, str]]:
    """N residents (one family contact each) and devices with known tokens, inserted in bulk."""
    now = SystemClock().now()
    with db.sessions() as session, session.begin():
        session.execute(insert(Resident), [
            {"name": f"住民{i}", "name_kana": f"じゅうみん{i}", "district": f"地区{i % 20}", "address": "大崎市",
             "birth_year": 1940, "channel": "tablet", "checkin_time": hhmm, "checkin_days": "0123456",
             "consent_date": date(2025, 1, 1), "active": True, "note": "", "created_at": now, "updated_at": now}
            for i in range(n)])
        ids = list(session.scalars(select(Resident.id).order_by(Resident.id)))
        session.execute(insert(Contact), [
            {"resident_id": rid, "position": 1, "name": "家族", "relation": "family", "relation_label": "長男",
             "email": f"family{rid}@example.jp"} for rid in ids])
        devices = [(f"bench-{rid}", f"token-{rid}-{os.urandom(8).hex()}") for rid in ids]
        session.execute(insert(Device), [
            {"device_id": device_id, "resident_id": rid, "token_hash": hash_token(token), "label": "",
             "created_at": now} for rid, (device_id, token) in zip(ids, devices, strict=True)])
    return devices


def worker_env(url: str, smtp_port: int, *, lease_s: float, tick_s: float | None = None) -> dict[str, str]:
    """Environment of a ``python -m watch worker`` process sending to the loopback SMTP server."""
    env = {**os.environ, "STORAGE_DATABASE_URL": url, "APP_ENVIRONMENT": "test", "WATCH_SMTP_HOST": "127.0.0.1",
           "WATCH_SMTP_PORT": str(smtp_port), "WATCH_STAFF_EMAILS": json.dumps(SETTINGS.staff_emails),
           "WATCH_WEBHOOK_URL": "", "WATCH_OUTBOX_LEASE_S": str(lease_s), "WATCH_SMTP_TIMEOUT_S": "1",
           "WATCH_WEBHOOK_TIMEOUT_S": "1", "WATCH_RETRY_BASE_S": "0.5", "PYTHONUNBUFFERED": "1",
           "WATCH_ESCALATE_UNDELIVERED": "true", "WATCH_STEP_GAP_MINUTES": "0"}
    if tick_s is not None:
        env["WATCH_TICK_INTERVAL_S"] = str(tick_s)
    return env
