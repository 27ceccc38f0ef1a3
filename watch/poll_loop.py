"""One background poller of the gateway: ``poll_once`` every interval until stopped, at once when woken.

The check-in delivery (``watch.hub.DeviceHub``) and the disaster notices on tablets
(``watch.notices_hub.NoticeBroadcaster``) both read the database on a timer from the gateway's event loop; a write
in this process (a device revoked, a notice published) wakes them so the change is pushed without waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from abc import ABC, abstractmethod

log = logging.getLogger(__name__)


class PollLoop(ABC):
    """Calls :meth:`poll_once` every :meth:`poll_interval_s` seconds from :meth:`run` until :meth:`stop`."""

    poll_name = "poll"  # named in the log line of a failed poll

    def __init__(self) -> None:
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    @abstractmethod
    async def poll_once(self) -> int:
        """One poll; returns how many messages it pushed."""

    @abstractmethod
    def poll_interval_s(self) -> float:
        """Seconds between two polls when nothing wakes the loop."""

    async def run(self) -> None:
        """Poll until stopped; a failing poll (database busy or down) is logged and retried."""
        self._loop = asyncio.get_running_loop()
        while not self._stop.is_set():
            self._wake.clear()
            try:
                await self.poll_once()
            except Exception:  # (keep polling after a transient database error)
                log.exception("%s failed", self.poll_name)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval_s())

    def wake(self) -> None:
        """Poll now; safe from any thread (nothing happens before :meth:`run` started or after its loop closed)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake.set()
        else:
            loop.call_soon_threadsafe(self._wake.set)

    def stop(self) -> None:
        """Ask the poller to finish (from the loop's own thread)."""
        self._stop.set()
        self._wake.set()
