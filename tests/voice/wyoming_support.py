"""Helpers of the Wyoming tests: the server in a thread (its own event loop) and a client exchange."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11); see pyproject filterwarnings
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.event import Event

from devstack.processes import free_port
from voice.wyoming_handlers import WyomingServices
from voice.wyoming_server import running_server

READ_TIMEOUT_S = 120.0  # Whisper on a shared 2-core machine


@contextmanager
def wyoming_server(services: WyomingServices) -> Iterator[tuple[str, int]]:
    """``running_server`` on a free loopback port in a background thread until the block ends."""
    port = free_port()
    loop = asyncio.new_event_loop()
    started = threading.Event()
    stop: list[asyncio.Event] = []

    async def serve() -> None:
        stop.append(asyncio.Event())
        async with running_server(f"tcp://127.0.0.1:{port}", services):
            started.set()
            await stop[0].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    if not started.wait(timeout=30):
        raise RuntimeError("the Wyoming server did not start")
    try:
        yield "127.0.0.1", port
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(timeout=10)
        loop.close()


async def read_until(client: AsyncTcpClient, last_types: set[str]) -> list[Event]:
    """Events up to and including the first one whose type is in ``last_types``."""
    events: list[Event] = []
    while True:
        event = await asyncio.wait_for(client.read_event(), timeout=READ_TIMEOUT_S)
        assert event is not None, f"connection closed after {[e.type for e in events]}"
        events.append(event)
        if event.type in last_types:
            return events


def exchange(address: tuple[str, int], sent: list[Event], last_types: set[str]) -> list[Event]:
    """Connect, send ``sent``, read the answer until one of ``last_types``."""

    async def run() -> list[Event]:
        async with AsyncTcpClient(*address) as client:
            for event in sent:
                await client.write_event(event)
            return await read_until(client, last_types)

    return asyncio.run(run())


def audio_events(pcm: bytes, rate: int, *, chunk_bytes: int = 2048) -> list[Event]:
    """audio-start, audio-chunk..., audio-stop of 16-bit mono PCM."""
    chunks = [
        AudioChunk(rate=rate, width=2, channels=1, audio=pcm[i:i + chunk_bytes]).event()
        for i in range(0, len(pcm), chunk_bytes)
    ]
    return [AudioStart(rate=rate, width=2, channels=1).event(), *chunks, AudioStop().event()]


def audio_of(events: list[Event]) -> tuple[bytes, int]:
    """The PCM of the audio-chunk events and their rate."""
    chunks = [AudioChunk.from_event(e) for e in events if AudioChunk.is_type(e.type)]
    assert chunks, [e.type for e in events]
    return b"".join(c.audio for c in chunks), chunks[0].rate
