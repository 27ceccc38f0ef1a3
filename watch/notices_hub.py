"""The gateway side of disaster notices on tablets: push active notices to the connected devices of their districts,
again every ``WATCH_NOTICE_TABLET_REPEAT_S`` until the device sends ``notice_heard`` (「聞きました」), and
``notice_ended`` when a notice is ended or expires.

Like the check-in delivery (``watch.hub``), the database is the only shared state: every ``WATCH_NOTICE_POLL_S``
one query reads the active notices (usually none: nothing else is read then); each push is logged per device
(``watch_notice_deliveries``). What was pushed on which socket is kept in memory, so a device that (re)connects
gets every active notice at the next poll, acknowledged ones too (shown without speech).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

from starlette.concurrency import run_in_threadpool

from storage.database import Database
from watch.clock import Clock
from watch.errors import NotFoundError
from watch.hub import Connection, DeviceHub
from watch.notices import (
    TabletPush,
    acknowledge,
    active_notices,
    concerns,
    record_tablet_pushes,
    resident_districts,
    tablet_rows,
)
from watch.notices_models import DELIVERY_ACKNOWLEDGED
from watch.notices_schemas import NoticePublic
from watch.poll_loop import PollLoop
from watch.protocol import ErrorEvent, Notice, NoticeEnded, NoticeHeard
from watch.settings import WatchSettings

NOT_ACTIVE = "このお知らせは、もう終わっています。"


def notice_message(notice: NoticePublic, *, ask: int, heard: bool) -> Notice:
    """The protocol message of a notice."""
    return Notice(notice_id=notice.id, level=notice.level, level_label=notice.level_label, title=notice.title,
                  text=notice.text, all_districts=notice.all_districts, districts=notice.districts,
                  expires_at=notice.expires_at, ask=ask, heard=heard)


class NoticeBroadcaster(PollLoop):
    """Pushes notices to the tablets connected to this gateway process (one per process, beside the DeviceHub)."""

    poll_name = "notice poll"

    def __init__(self, *, db: Database, settings: WatchSettings, clock: Clock, hub: DeviceHub) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.clock = clock
        self.hub = hub
        self._sent: dict[Connection, dict[int, float]] = {}  # socket -> notice id -> time.monotonic() of the push
        # A poll and an acknowledgement never interleave: a poll that read "not heard" cannot push the notice
        # again after the device's 「聞きました」 was saved.
        self._lock = asyncio.Lock()

    def _reads(self, connections: Sequence[Connection]) -> tuple[list[NoticePublic], dict[int, str], dict[
            tuple[int, str], tuple[str, int]]]:
        with self.db.sessions() as session, session.begin():
            notices = active_notices(session, now=self.clock.now())
            if not notices:
                return [], {}, {}
            districts = resident_districts(session, resident_ids={c.resident_id for c in connections})
            rows = tablet_rows(session, notice_ids={n.id for n in notices},
                               device_ids={c.device_id for c in connections})
            return notices, districts, {key: (row.status, row.attempts) for key, row in rows.items()}

    def _record(self, pushes: list[TabletPush]) -> None:
        with self.db.sessions() as session, session.begin():
            record_tablet_pushes(session, pushes=pushes, now=self.clock.now())

    async def poll_once(self) -> int:
        """Push what is due to every connected tablet; returns how many notices were pushed (repeats included)."""
        async with self._lock:
            return await self._poll()

    async def _poll(self) -> int:
        connections = [c for c in self.hub.connections() if not c.closed.is_set()]
        for gone in set(self._sent) - set(connections):
            del self._sent[gone]
        if not connections:
            return 0
        notices, districts, rows = await run_in_threadpool(self._reads, connections)
        active = {n.id for n in notices}
        mono = time.monotonic()
        pushes: list[TabletPush] = []
        for connection in connections:
            sent = self._sent.setdefault(connection, {})
            for notice_id in [nid for nid in sent if nid not in active]:
                del sent[notice_id]
                await connection.send(NoticeEnded(notice_id=notice_id))
            district = districts.get(connection.resident_id)
            if district is None:
                continue
            for notice in notices:
                if not concerns(notice, district):
                    continue
                status, attempts = rows.get((notice.id, connection.device_id), ("", 0))
                heard = status == DELIVERY_ACKNOWLEDGED
                last = sent.get(notice.id)
                if last is not None and (heard or mono - last < self.settings.notice_tablet_repeat_s):
                    continue
                ok = await connection.send(notice_message(notice, ask=attempts + 1, heard=heard))
                sent[notice.id] = mono
                if not heard:  # showing an acknowledged notice again after a reconnect is not a delivery
                    pushes.append(TabletPush(notice_id=notice.id, device_id=connection.device_id,
                                             resident_id=connection.resident_id, district=district, ok=ok,
                                             error="" if ok else "端末との接続が切れていました"))
        if pushes:
            await run_in_threadpool(self._record, pushes)
        return len(pushes)

    async def heard(self, connection: Connection, message: NoticeHeard) -> None:
        """The device's 「聞きました」: logged; the notice comes back once as ``heard`` (the banner calms down)."""

        def save() -> NoticePublic:
            with self.db.sessions() as session, session.begin():
                return acknowledge(session, notice_id=message.notice_id, device_id=connection.device_id,
                                   resident_id=connection.resident_id, now=self.clock.now())

        async with self._lock:
            try:
                notice = await run_in_threadpool(save)
            except NotFoundError:
                await connection.send(ErrorEvent(code="not_found", message=NOT_ACTIVE))
                return
            self._sent.setdefault(connection, {})[notice.id] = time.monotonic()
            await connection.send(notice_message(notice, ask=1, heard=True))

    def poll_interval_s(self) -> float:
        return self.settings.notice_poll_s
