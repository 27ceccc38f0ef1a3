"""The gateway side of delivery: which devices are connected here, and a poller that pushes pending questions.

Design: the gateway process holds the WebSockets; the worker (another process, maybe another machine) only
writes ``delivery_pending`` rows. Every ``deliver_poll_s`` one background task per gateway asks the database for
pending questions of the residents connected here, pushes them and marks them delivered (one executemany for
the whole poll). Questions for residents not connected stay pending; a device gets every waiting question when it
connects. One query per second per gateway, whatever the number of devices.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from typing import Any

from fastapi import WebSocket
from starlette.concurrency import run_in_threadpool

from storage.database import Database
from watch.clock import Clock
from watch.delivery import Delivery, mark_delivered_many, pending_deliveries
from watch.settings import WatchSettings

log = logging.getLogger(__name__)


def checkin_payload(item: Delivery) -> dict[str, Any]:
    """The message a device receives for a question."""
    return {"type": "checkin", "checkin_id": item.checkin_id, "kind": item.kind, "message": item.message,
            "ask": item.ask_count}


class Connection:
    """One authenticated device socket; sends are serialized."""

    def __init__(self, websocket: WebSocket, *, device_id: str, resident_id: int) -> None:
        self.websocket = websocket
        self.device_id = device_id
        self.resident_id = resident_id
        self._lock = asyncio.Lock()

    async def send(self, payload: dict[str, Any]) -> bool:
        """Send JSON; False when the socket is gone."""
        async with self._lock:
            try:
                await self.websocket.send_json(payload)
            except Exception:  # (a closed socket: the device will get it when it reconnects)
                return False
        return True


class DeviceHub:
    """Connected devices of this gateway process and the delivery poller."""

    def __init__(self, *, db: Database, settings: WatchSettings, clock: Clock) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self._by_resident: dict[int, set[Connection]] = defaultdict(set)
        self._stop = asyncio.Event()

    def add(self, connection: Connection) -> None:
        """Register a connected device."""
        self._by_resident[connection.resident_id].add(connection)

    def remove(self, connection: Connection) -> None:
        """Forget a device that disconnected."""
        connections = self._by_resident.get(connection.resident_id)
        if connections is not None:
            connections.discard(connection)
            if not connections:
                del self._by_resident[connection.resident_id]

    def connected_count(self) -> int:
        """How many device sockets are open in this process."""
        return sum(len(c) for c in self._by_resident.values())

    def _pending(self, resident_ids: set[int]) -> list[Delivery]:
        with self.db.sessions() as session, session.begin():
            return pending_deliveries(session, resident_ids=resident_ids)

    def _mark(self, sent: dict[str, list[Delivery]]) -> None:
        with self.db.sessions() as session, session.begin():
            mark_delivered_many(session, sent=sent, now=self.clock.now())

    async def push(self, items: list[Delivery], connections: list[Connection]) -> dict[str, list[Delivery]]:
        """Send each question to the given connections; returns what each device got."""
        sent: dict[str, list[Delivery]] = defaultdict(list)
        for item in items:
            for connection in connections:
                if connection.resident_id == item.resident_id and await connection.send(checkin_payload(item)):
                    sent[connection.device_id].append(item)
        return sent

    async def poll_once(self) -> int:
        """Push every pending question whose resident is connected here; returns how many were pushed."""
        if not self._by_resident:
            return 0
        pending = await run_in_threadpool(self._pending, set(self._by_resident))
        sent: dict[str, list[Delivery]] = defaultdict(list)
        for item in pending:
            for connection in list(self._by_resident.get(item.resident_id, ())):
                if await connection.send(checkin_payload(item)):
                    sent[connection.device_id].append(item)
        if sent:
            await run_in_threadpool(self._mark, sent)
        return sum(len(items) for items in sent.values())

    async def run(self) -> None:
        """Poll until stopped; a failing poll (database busy or down) is logged and retried."""
        while not self._stop.is_set():
            try:
                await self.poll_once()
            except Exception:  # (keep delivering after a transient database error)
                log.exception("device delivery poll failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.settings.deliver_poll_s)

    def stop(self) -> None:
        """Ask the poller to finish."""
        self._stop.set()
