"""The satellite supervisor of one controller process (``python -m voice controller``).

Every ``VOICE_SATELLITE_HEARTBEAT_S`` it renews its claims and takes free or expired satellites
(``watch.satellite_claims``), opens a :class:`~voice.satellite_link.SatelliteLink` to each one it holds and hangs
up on the ones it lost or that were disabled, and writes online/offline and last-heard. Every
``VOICE_SATELLITE_POLL_S`` it speaks the due check-in questions of its satellites' residents (chime, question)
and runs the announcement feeds (``voice.satellite_announce``). What the person says is handled by
``voice.satellite_listener`` (the check-in answer, else a conversation turn).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storage.database import Database
from voice.conversation import ConversationPort
from voice.engines import VoiceEngines
from voice.satellite_announce import AnnounceResult, announcement_audio, play_announcement
from voice.satellite_link import SatelliteLink
from voice.satellite_listener import ExpectedAnswer, SatelliteListener
from voice.satellite_speech import chime, free_stream_opener, question_text
from voice.satellite_watch import questions_to_speak, raise_offline_alerts, record_spoken, safety_question
from watch.classify import NluClient
from watch.clock import Clock
from watch.delivery import Delivery
from watch.models import KIND_SAFETY
from watch.satellite_claims import Claimed, claim_satellites, mark_heard, mark_offline, release_all
from watch.settings import WatchSettings

log = logging.getLogger(__name__)
OFFLINE_CHECK_S = 60.0  # how often the "offline for a day" rule is evaluated
OWNER_MAX_CHARS = 64

Feed = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class SatelliteView:
    """A satellite held by this process."""

    id: int
    resident_id: int | None
    district: str
    online: bool


def default_owner() -> str:
    """host:pid:random, unique per process start."""
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:OWNER_MAX_CHARS]


def load_feeds(paths: Sequence[str], supervisor: SatelliteSupervisor) -> list[Feed]:
    """Build the announcement feeds named ``module:factory`` (imported at start, by name)."""
    feeds = []
    for path in paths:
        module_name, _, attribute = path.partition(":")
        factory = getattr(importlib.import_module(module_name), attribute)
        feeds.append(factory(supervisor))
    return feeds


class SatelliteSupervisor:
    """Holds satellites for one process and runs check-ins, answers, conversations and announcements on them."""

    def __init__(self, *, db: Database, engines: VoiceEngines, watch_settings: WatchSettings, clock: Clock,
                 nlu: NluClient | None = None, conversation: ConversationPort | None = None,
                 owner: str | None = None) -> None:
        self.db = db
        self.engines = engines
        self.settings = engines.settings
        self.watch_settings = watch_settings
        self.clock = clock
        self.owner = (owner or default_owner())[:OWNER_MAX_CHARS]
        self.listener = SatelliteListener(db=db, engines=engines, watch_settings=watch_settings, clock=clock,
                                          owner=self.owner, nlu=nlu, conversation=conversation)
        # What the listener heard (the same lists): answers, conversation turns and their timings.
        self.answers, self.turns, self.timings = self.listener.answers, self.listener.turns, self.listener.timings
        self.links: dict[int, SatelliteLink] = {}
        self.held: dict[int, Claimed] = {}
        self.feeds: list[Feed] = []
        self._marked_heard: dict[int, float] = {}
        self._marked_online: set[int] = set()
        self._asking: set[int] = set()
        self._last_offline_check = 0.0
        self._stop = asyncio.Event()
        # A claim runs in a worker thread that cancelling its heartbeat does not stop: claim and release take
        # turns under this lock, and no claim is written once the release is done (or the process would exit
        # holding its satellites until the lease expires).
        self._claims_lock = threading.Lock()
        self._released = False

    # --- lifecycle --------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Hold satellites until :meth:`stop`; release every claim on the way out."""
        self._stop.clear()
        with self._claims_lock:
            self._released = False
        try:
            # The daily question is the same for everyone: rendered before it is due, it plays at once.
            await self.engines.tts.render(question_text(self.watch_settings.greeting))
            await self.heartbeat()
            loops = [asyncio.create_task(self._every(self.settings.satellite_heartbeat_s, self.heartbeat)),
                     asyncio.create_task(self._every(self.settings.satellite_poll_s, self.poll))]
            await self._stop.wait()
            for task in loops:
                task.cancel()
            for task in loops:
                with suppress(asyncio.CancelledError):
                    await task
        finally:
            await asyncio.gather(*(link.close() for link in self.links.values()))
            self.links.clear()
            await asyncio.to_thread(self._release)

    def stop(self) -> None:
        """Ask :meth:`run` to finish."""
        self._stop.set()

    async def _every(self, interval_s: float, step: Callable[[], Awaitable[None]]) -> None:
        while True:
            await asyncio.sleep(interval_s)
            try:
                await step()
            except Exception:  # (database briefly unavailable...: the next round tries again)
                log.exception("satellite supervisor: %s failed", getattr(step, "__name__", step))

    def _release(self) -> None:
        with self._claims_lock:
            self._released = True
            with self.db.sessions() as session, session.begin():
                release_all(session, owner=self.owner)

    # --- claims and links -------------------------------------------------------------------------------
    async def heartbeat(self) -> None:
        """Renew/take claims, open or close links, write online/offline and last heard, offline alerts."""
        claimed = await asyncio.to_thread(self._claim)
        wanted = {item.id: item for item in claimed}
        for satellite_id, link in list(self.links.items()):
            item = wanted.get(satellite_id)
            if item is None or item.uri != link.uri:
                await link.close()
                del self.links[satellite_id]
                self.listener.expecting.pop(satellite_id, None)
                self._marked_online.discard(satellite_id)
        for satellite_id, item in wanted.items():
            if satellite_id not in self.links:
                link = SatelliteLink(satellite_id, item.uri, settings=self.settings,
                                     on_utterance=self.listener.utterance,
                                     early_transcriber=self.listener.transcribe,
                                     stream_opener=free_stream_opener(self.engines))
                self.links[satellite_id] = link
                link.start()
        self.held = wanted
        await self.flush_state()
        if time.monotonic() - self._last_offline_check >= OFFLINE_CHECK_S:
            self._last_offline_check = time.monotonic()
            await asyncio.to_thread(self._offline_alerts)

    def _claim(self) -> list[Claimed]:
        with self._claims_lock:
            if self._released:  # a heartbeat cancelled by stop() whose thread ran on: hold nothing
                return []
            with self.db.sessions() as session, session.begin():
                return claim_satellites(session, owner=self.owner, now=self.clock.now(),
                                        lease_s=self.settings.satellite_claim_s,
                                        limit=self.settings.satellite_max_per_process)

    async def flush_state(self) -> None:
        """Write which held satellites were heard since the last write and which went offline."""
        heard, offline = [], []
        for satellite_id, link in self.links.items():
            if link.connected.is_set() and link.last_event_at > self._marked_heard.get(satellite_id, 0.0):
                heard.append(satellite_id)
                self._marked_heard[satellite_id] = link.last_event_at
            elif not link.connected.is_set() and satellite_id in self._marked_online:
                offline.append(satellite_id)
        if heard or offline:
            await asyncio.to_thread(self._mark, heard, offline)
        self._marked_online.update(heard)
        self._marked_online.difference_update(offline)

    def _mark(self, heard: list[int], offline: list[int]) -> None:
        with self.db.sessions() as session, session.begin():
            mark_heard(session, owner=self.owner, satellite_ids=heard, now=self.clock.now())
            mark_offline(session, owner=self.owner, satellite_ids=offline)

    def _offline_alerts(self) -> None:
        with self.db.sessions() as session, session.begin():
            opened = raise_offline_alerts(session, now=self.clock.now(),
                                          hours=self.settings.satellite_offline_alert_hours,
                                          settings=self.watch_settings)
        if opened:
            log.warning("satellites: %d resident(s) without a connected device, staff alerted", len(opened))

    def owned(self) -> list[SatelliteView]:
        """The satellites this process holds, with their connection state."""
        return [SatelliteView(item.id, item.resident_id, item.district,
                              self.links[item.id].connected.is_set() if item.id in self.links else False)
                for item in self.held.values()]

    # --- check-ins --------------------------------------------------------------------------------------
    async def poll(self) -> None:
        """Speak due check-in questions on connected satellites, then run the announcement feeds."""
        await self.flush_state()
        connected = [item for item in self.held.values() if item.id not in self._asking
                     and item.id in self.links and self.links[item.id].connected.is_set()]
        if connected:
            due = await asyncio.to_thread(self._due, connected)
            # One rendering per distinct question (the voice renders one utterance at a time), then all in parallel.
            audio = {key: await self._question_audio(*key) for key in {(d.kind, d.message) for _, d in due}}
            await asyncio.gather(*(self._ask(satellite_id, delivery, audio[delivery.kind, delivery.message])
                                   for satellite_id, delivery in due))
        for feed in self.feeds:
            try:
                await feed()
            except Exception:
                log.exception("satellite announcement feed failed")

    def _due(self, connected: list[Claimed]) -> list[tuple[int, Delivery]]:
        with self.db.sessions() as session, session.begin():
            return questions_to_speak(session, held=connected, now=self.clock.now())

    async def _question_audio(self, kind: str, message: str) -> npt.NDArray[np.int16]:
        tts = self.engines.tts
        if kind == KIND_SAFETY:  # the staff's message in short sentences, the voice's pause after each
            spoken = [chunk.pcm async for chunk in tts.stream(safety_question(message))]
            return np.concatenate([chime(tts.sample_rate_hz), *spoken])
        return np.concatenate([chime(tts.sample_rate_hz), await tts.render(question_text(message))])

    async def _ask(self, satellite_id: int, delivery: Delivery, audio: npt.NDArray[np.int16]) -> None:
        link = self.links.get(satellite_id)
        if link is None:
            return
        self._asking.add(satellite_id)
        try:
            tts = self.engines.tts
            first = await link.play(audio, rate_hz=tts.sample_rate_hz)
            if first is None:
                return  # not connected any more: asked at the next poll after the reconnect
            recorded = await asyncio.to_thread(self._spoken, satellite_id, delivery)
            if not recorded:
                return
            held = self.held.get(satellite_id)
            if held is not None:  # the next poll must not ask the same again
                self.held[satellite_id] = Claimed(held.id, held.uri, held.resident_id, held.district,
                                                  delivery.checkin_id, delivery.ask_count)
            until = first + audio.size / tts.sample_rate_hz + self.settings.satellite_answer_window_s
            self.listener.expecting[satellite_id] = ExpectedAnswer(delivery.checkin_id, delivery.resident_id, until)
            log.info("satellite %s: check-in %s asked (%d)", satellite_id, delivery.checkin_id, delivery.ask_count)
        finally:
            self._asking.discard(satellite_id)

    def _spoken(self, satellite_id: int, delivery: Delivery) -> bool:
        with self.db.sessions() as session, session.begin():
            return record_spoken(session, owner=self.owner, satellite_id=satellite_id, delivery=delivery,
                                 now=self.clock.now())

    # --- announcements ----------------------------------------------------------------------------------
    async def announce(self, *, text: str | None = None, pcm: bytes | None = None, rate_hz: int = 22050,
                       districts: Sequence[str] | None = None, resident_id: int | None = None,
                       satellite_ids: Sequence[int] | None = None, chime_first: bool = True) -> AnnounceResult:
        """Play ``text`` (rendered once by the project's voice) or ``pcm`` (16-bit mono little-endian at
        ``rate_hz``) on every satellite held here that serves ``resident_id``, lies in ``districts`` and is one of
        ``satellite_ids`` (None: no restriction), in parallel (``voice.satellite_announce``)."""
        audio, rate_hz = await announcement_audio(self.engines, text=text, pcm=pcm, rate_hz=rate_hz,
                                                  chime_first=chime_first)
        return await play_announcement(audio, rate_hz=rate_hz, held=self.held.values(), links=self.links,
                                       districts=districts, resident_id=resident_id, satellite_ids=satellite_ids)
