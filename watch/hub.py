"""The gateway side of delivery: which devices are connected here, and a poller that pushes pending questions.

Design: the gateway process holds the WebSockets; the worker (another process, maybe another machine) only
writes ``delivery_pending`` rows. Every ``deliver_poll_s`` one background task per gateway asks the database for
pending questions of the residents connected here, pushes them and marks them delivered (one executemany for
the whole poll). Questions for residents not connected stay pending; a device gets every waiting question when it
connects. One query per second per gateway, whatever the number of devices.

The poll also re-checks every connected device (every ``WATCH_DEVICE_RECHECK_S``: about 50 ms of one query
per 500 devices for 5,000 devices on SQLite): a device revoked (in the dashboard or with
``python -m watch revoke-device``, in any process) or whose resident was deactivated gets an ``error`` event and
is closed with 4403; :meth:`DeviceHub.wake` does it at once (in-process revocation). Answers are re-checked in
their own transaction, so a revoked device can never save one meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field

from fastapi import WebSocket
from starlette.concurrency import run_in_threadpool

from storage.database import Database
from watch.clock import Clock
from watch.delivery import Delivery, mark_delivered_many, pending_deliveries
from watch.devices import invalid_devices
from watch.poll_loop import PollLoop
from watch.protocol import CLOSE_FORBIDDEN, CheckinQuestion, ErrorEvent, ServerMessage
from watch.settings import WatchSettings

log = logging.getLogger(__name__)


REFUSAL_MESSAGES = {
    "device_revoked": "この端末は使えなくなりました。市役所にお問い合わせください。",
    "resident_inactive": "見守りサービスは終了しています。市役所にお問い合わせください。",
}


def checkin_question(item: Delivery) -> CheckinQuestion:
    """The message a device receives for a question."""
    return CheckinQuestion(checkin_id=item.checkin_id, kind=item.kind,
                           message=item.message, ask=item.ask_count)


def refusal(reason: str) -> ErrorEvent:
    """The error event sent before closing a revoked device or one of an inactive resident."""
    code = "resident_inactive" if reason == "resident_inactive" else "device_revoked"
    return ErrorEvent(code=code, message=REFUSAL_MESSAGES[code])


async def send_and_close(websocket: WebSocket, error: ErrorEvent, code: int) -> None:
    """Send the error event, then close with ``code`` (either may fail on a socket already gone)."""
    with contextlib.suppress(Exception):  # (the peer vanished: nothing left to tell it)
        await websocket.send_text(error.model_dump_json())
    with contextlib.suppress(Exception):
        await websocket.close(code=code, reason=error.code)


@dataclass(eq=False)
class Connection:
    """One authenticated device socket; sends are serialized; ``closed`` once the server closed it."""

    websocket: WebSocket
    device_id: str
    resident_id: int
    closed: asyncio.Event = field(default_factory=asyncio.Event)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, message: ServerMessage) -> bool:
        """Send one protocol message; False when the socket is gone or closed."""
        if self.closed.is_set():
            return False
        async with self._lock:
            try:
                await self.websocket.send_text(message.model_dump_json())
            except Exception:  # (a closed socket: the device will get it when it reconnects)
                return False
        return True

    async def close(self, error: ErrorEvent, code: int) -> None:
        """Tell the device why, then close the socket (once)."""
        if self.closed.is_set():
            return
        async with self._lock:
            self.closed.set()
            await send_and_close(self.websocket, error, code)


class DeviceHub(PollLoop):
    """Connected devices of this gateway process and the delivery poller."""

    poll_name = "device delivery poll"

    def __init__(self, *, db: Database, settings: WatchSettings, clock: Clock) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.clock = clock
        self._by_resident: dict[int, set[Connection]] = defaultdict(set)
        self._recheck_due = False  # set by wake(): re-check the devices at the next poll, whatever the interval
        self._rechecked_at = 0.0  # time.monotonic() of the last re-check

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

    def connections(self) -> list[Connection]:
        """Every open device socket of this process."""
        return [c for connections in self._by_resident.values() for c in connections]

    def _poll_reads(self, resident_ids: set[int], device_ids: set[str]) -> tuple[list[Delivery], dict[str, str]]:
        with self.db.sessions() as session, session.begin():
            refused = invalid_devices(session, device_ids=device_ids) if device_ids else {}
            return pending_deliveries(session, resident_ids=resident_ids), refused

    async def close_refused(self, refused: dict[str, str]) -> int:
        """Close every socket of the refused devices (device id -> reason); returns how many were closed."""
        closing = [c for c in self.connections() if c.device_id in refused]
        for connection in closing:
            self.remove(connection)
            await connection.close(refusal(refused[connection.device_id]), CLOSE_FORBIDDEN)
        if closing:
            log.info("closed %d socket(s) of revoked or inactive devices", len(closing))
        return len(closing)

    def _mark(self, sent: dict[str, list[Delivery]]) -> None:
        with self.db.sessions() as session, session.begin():
            mark_delivered_many(session, sent=sent, now=self.clock.now())

    async def push(self, items: list[Delivery], connections: list[Connection]) -> dict[str, list[Delivery]]:
        """Send each question to the given connections; returns what each device got."""
        sent: dict[str, list[Delivery]] = defaultdict(list)
        for item in items:
            for connection in connections:
                if connection.resident_id == item.resident_id and await connection.send(checkin_question(item)):
                    sent[connection.device_id].append(item)
        return sent

    async def poll_once(self) -> int:
        """Close the sockets of devices no longer allowed, then push every pending question whose resident is
        connected here; returns how many questions were pushed."""
        if not self._by_resident:
            return 0
        recheck = self._recheck_due or time.monotonic() - self._rechecked_at >= self.settings.device_recheck_s
        device_ids = {c.device_id for c in self.connections()} if recheck else set()
        if recheck:
            self._recheck_due, self._rechecked_at = False, time.monotonic()
        pending, refused = await run_in_threadpool(self._poll_reads, set(self._by_resident), device_ids)
        await self.close_refused(refused)
        sent: dict[str, list[Delivery]] = defaultdict(list)
        for item in pending:
            for connection in list(self._by_resident.get(item.resident_id, ())):
                if await connection.send(checkin_question(item)):
                    sent[connection.device_id].append(item)
        if sent:
            await run_in_threadpool(self._mark, sent)
        return sum(len(items) for items in sent.values())

    def poll_interval_s(self) -> float:
        return self.settings.deliver_poll_s

    def wake(self) -> None:
        """Poll and re-check the devices now (e.g. right after a device was revoked in this process); safe from
        any thread."""
        self._recheck_due = True
        super().wake()
