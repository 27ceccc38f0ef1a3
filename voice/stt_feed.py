"""Feeding a streaming recogniser (Vosk) from asyncio while the person speaks, so that at the end of speech only
the finalisation of the last audio remains.

Audio is handed over without waiting (:meth:`StreamFeeder.feed` from the event loop); one task feeds it to the
stream in a worker thread, in order, joining what queued up meanwhile into one call (a busy machine falls behind
by a few chunks, never by a thread hop per chunk). The stream is opened in the worker too (a remote vosk-server
connects there).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from voice.stt import RecognitionStream, Transcript

StreamOpener = Callable[[], RecognitionStream]


def joined(parts: list[Transcript]) -> Transcript:
    """The final results of one utterance (the engine's own endpoints inside it) as one transcript."""
    return Transcript(" ".join(p.text for p in parts if p.text), [w for p in parts for w in p.words])


class StreamFeeder:
    """One utterance fed to a recognition stream as it arrives; :meth:`finish` gives the transcript's task."""

    def __init__(self, opener: StreamOpener) -> None:
        self._opener = opener
        self._queue: asyncio.Queue[npt.NDArray[np.int16] | None] = asyncio.Queue()
        self._dropped = False
        self.fed_samples = 0  # samples the stream has accepted so far
        self.queued_samples = 0  # samples handed over so far
        self._task = asyncio.get_running_loop().create_task(self._run())

    def feed(self, pcm: npt.NDArray[np.int16]) -> None:
        """Hand over the next chunk (returns at once)."""
        if pcm.size:
            self.queued_samples += pcm.size
            self._queue.put_nowait(pcm)

    def finish(self) -> asyncio.Task[Transcript]:
        """No more audio: the task that finalises the stream and returns the utterance's transcript."""
        self._queue.put_nowait(None)
        return self._task

    def drop(self) -> None:
        """Forget the utterance: what is queued is not recognised; the stream is closed after any chunk in
        progress (never while the worker uses it)."""
        self._dropped = True
        self._queue.put_nowait(None)
        self._task.add_done_callback(discard_result)

    async def _run(self) -> Transcript:
        stream = await asyncio.to_thread(self._opener)
        parts: list[Transcript] = []
        try:
            while True:
                batch, done = await self._next_batch()
                if self._dropped:
                    return Transcript("")
                if batch:
                    pcm = np.concatenate(batch)
                    result = await asyncio.to_thread(stream.accept, pcm)
                    self.fed_samples += pcm.size
                    if isinstance(result, Transcript) and result.text:
                        parts.append(result)
                if done:
                    parts.append(await asyncio.to_thread(stream.finish))
                    return joined(parts)
        finally:
            await asyncio.to_thread(stream.close)

    async def _next_batch(self) -> tuple[list[npt.NDArray[np.int16]], bool]:
        """Everything queued (waiting for at least one item); True when the end marker was among it."""
        batch: list[npt.NDArray[np.int16]] = []
        item = await self._queue.get()
        while True:
            if item is None:
                return batch, True
            batch.append(item)
            if self._queue.empty():
                return batch, False
            item = self._queue.get_nowait()


def discard_result(task: asyncio.Task[Transcript]) -> None:
    """A dropped transcription's result or failure is of no interest (retrieving it keeps asyncio from logging it)."""
    if not task.cancelled():
        task.exception()
