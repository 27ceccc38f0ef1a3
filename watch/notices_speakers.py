"""Disaster notices on smart speakers (wyoming satellites): each active notice is played
``WATCH_NOTICE_SPEAKER_REPEATS`` times, ``WATCH_NOTICE_SPEAKER_INTERVAL_S`` apart, on every speaker of its districts,
and each play is logged per speaker (``watch_notice_deliveries``, ``device_kind`` speaker).

The speakers are held by the voice package's satellite controller (a layer above this one), which runs
announcement feeds by name: ``VOICE_SATELLITE_FEEDS='["watch.notices_speakers:feed"]'`` makes every controller
process call :class:`SpeakerNoticeFeed` every few seconds with the satellites it owns (a database lease gives each
satellite to one process, so a notice is never played twice at once). This module only knows the small
:class:`Supervisor` protocol below and never imports voice.

A speaker that is offline does not use up a repeat: it is tried again after ``OFFLINE_RETRY_S``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from storage.database import Database, open_database
from storage.settings import StorageSettings
from watch.clock import Clock, SystemClock
from watch.notices import active_notices, concerns, spoken_text
from watch.notices_models import (
    DELIVERY_DELIVERED,
    DELIVERY_FAILED,
    DEVICE_SPEAKER,
    NoticeDelivery,
)
from watch.notices_schemas import NoticePublic
from watch.settings import WatchSettings

log = logging.getLogger(__name__)
OFFLINE_RETRY_S = 30.0
PENDING = "pending"
PLAY_FAILED = "再生できませんでした"
OFFLINE = "スピーカーがオフラインです"


class Satellite(Protocol):
    """A speaker held by the controller process."""

    @property
    def id(self) -> int: ...
    @property
    def district(self) -> str: ...
    @property
    def resident_id(self) -> int | None: ...


class AnnounceResult(Protocol):
    """Which speakers played the announcement, failed, or were offline (satellite ids)."""

    @property
    def played(self) -> Sequence[int]: ...
    @property
    def failed(self) -> Sequence[int]: ...
    @property
    def offline(self) -> Sequence[int]: ...


class Supervisor(Protocol):
    """The satellite controller of one process (voice.satellite_supervisor.SatelliteSupervisor)."""

    def owned(self) -> Sequence[Satellite]: ...

    async def announce(self, *, text: str, satellite_ids: Sequence[int]) -> AnnounceResult: ...


@dataclass(frozen=True)
class _Target:
    satellite_id: int
    district: str
    resident_id: int | None


def _rows(session: Session, notice_ids: list[int], device_ids: list[str]) -> dict[tuple[int, str], NoticeDelivery]:
    if not notice_ids or not device_ids:
        return {}
    query = select(NoticeDelivery).where(NoticeDelivery.device_kind == DEVICE_SPEAKER,
                                         NoticeDelivery.notice_id.in_(notice_ids),
                                         NoticeDelivery.device_id.in_(device_ids))
    return {(row.notice_id, row.device_id): row for row in session.scalars(query)}


class SpeakerNoticeFeed:
    """One controller process's notice feed: call it (``await feed()``) every few seconds."""

    def __init__(self, *, db: Database, settings: WatchSettings, clock: Clock, supervisor: Supervisor) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.supervisor = supervisor
        self._busy = asyncio.Lock()

    def _claim(self, targets: Sequence[_Target]) -> list[tuple[NoticePublic, list[_Target]]]:
        """Due (notice, speakers) pairs; their rows get attempts + 1 and the next time before anything plays, so
        a crash during the announcement never replays it at once."""
        now = self.clock.now()
        interval = timedelta(seconds=self.settings.notice_speaker_interval_s)
        with self.db.sessions() as session, session.begin():
            notices = active_notices(session, now=now)
            rows = _rows(session, [n.id for n in notices], [str(t.satellite_id) for t in targets])
            due: list[tuple[NoticePublic, list[_Target]]] = []
            for notice in notices:
                chosen = []
                for target in targets:
                    if not concerns(notice, target.district):
                        continue
                    row = rows.get((notice.id, str(target.satellite_id)))
                    if row is None:
                        row = NoticeDelivery(notice_id=notice.id, device_kind=DEVICE_SPEAKER,
                                             device_id=str(target.satellite_id), resident_id=target.resident_id,
                                             district=target.district, status=PENDING, attempts=0, plays=0)
                        session.add(row)
                    elif row.attempts >= self.settings.notice_speaker_repeats or (
                            row.next_attempt_at is not None and row.next_attempt_at > now):
                        continue
                    row.attempts += 1
                    row.last_attempt_at = now
                    row.next_attempt_at = now + interval
                    chosen.append(target)
                if chosen:
                    due.append((notice, chosen))
            return due

    def _record(self, notice_id: int, result: AnnounceResult, targets: Sequence[_Target]) -> None:
        now = self.clock.now()
        played, failed = set(result.played), set(result.failed)
        with self.db.sessions() as session, session.begin():
            rows = _rows(session, [notice_id], [str(t.satellite_id) for t in targets])
            for target in targets:
                row = rows.get((notice_id, str(target.satellite_id)))
                if row is None:
                    continue
                _apply(row, target.satellite_id in played, target.satellite_id in failed, now)

    async def __call__(self) -> None:
        """Play what is due on the speakers this process owns (skipped while the previous round still plays)."""
        if self._busy.locked():
            return
        async with self._busy:
            targets = [_Target(s.id, s.district, s.resident_id) for s in self.supervisor.owned()]
            if not targets:
                return
            for notice, chosen in await asyncio.to_thread(self._claim, targets):
                ids = [t.satellite_id for t in chosen]
                try:
                    result = await self.supervisor.announce(text=spoken_text(notice), satellite_ids=ids)
                except Exception as err:  # (the whole announcement failed: every speaker counts as failed)
                    log.warning("notice %d could not be announced: %s", notice.id, err)
                    result = _Failed(failed=ids)
                await asyncio.to_thread(self._record, notice.id, result, chosen)


@dataclass(frozen=True)
class _Failed:
    played: Sequence[int] = ()
    failed: Sequence[int] = ()
    offline: Sequence[int] = ()


def _apply(row: NoticeDelivery, played: bool, failed: bool, now: datetime) -> None:
    """One speaker's result: played, failed (uses up a repeat), or offline / not played (tried again soon)."""
    if played:
        row.plays += 1
        row.first_delivered_at = row.first_delivered_at or now
        row.status, row.last_error = DELIVERY_DELIVERED, None
        return
    if failed:
        row.last_error = PLAY_FAILED
    else:  # offline, or no longer held by this process: the try does not count
        row.attempts = max(0, row.attempts - 1)
        row.next_attempt_at = now + timedelta(seconds=OFFLINE_RETRY_S)
        row.last_error = OFFLINE
    if row.plays == 0:
        row.status = DELIVERY_FAILED


def feed(supervisor: Supervisor) -> Callable[[], Awaitable[None]]:
    """The announcement feed the voice controller loads by name (``watch.notices_speakers:feed``); it uses the
    controller's database, watch settings and clock when it has them (``db``, ``watch_settings``, ``clock``)."""
    db: Database | None = getattr(supervisor, "db", None)
    if db is None:
        db = open_database(StorageSettings())
    settings: WatchSettings | None = getattr(supervisor, "watch_settings", None)
    if settings is None:
        settings = WatchSettings().with_runtime(RuntimeSettings())
    clock: Clock = getattr(supervisor, "clock", None) or SystemClock()
    return SpeakerNoticeFeed(db=db, settings=settings, clock=clock, supervisor=supervisor)
