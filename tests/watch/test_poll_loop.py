"""The gateway's background poller: polls at once, then every interval; wake() from the loop or another thread
polls now; a failing poll is logged and retried; stop() ends it."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from watch.poll_loop import PollLoop

LONG_S = 60.0  # an interval no test waits for: a second poll within WAIT_S came from wake()
SHORT_S = 0.02
WAIT_S = 5.0  # upper bound for what should happen at once (a loaded machine)


class Counter(PollLoop):
    poll_name = "test poll"

    def __init__(self, interval_s: float, *, fail_first: int = 0) -> None:
        super().__init__()
        self.interval_s = interval_s
        self.fail_first = fail_first
        self.polls = 0
        self.polled = asyncio.Condition()

    async def poll_once(self) -> int:
        async with self.polled:
            self.polls += 1
            self.polled.notify_all()
        if self.polls <= self.fail_first:
            raise RuntimeError("database down")
        return 1

    def poll_interval_s(self) -> float:
        return self.interval_s

    async def wait_polls(self, count: int) -> None:
        async with self.polled:
            await asyncio.wait_for(self.polled.wait_for(lambda: self.polls >= count), timeout=WAIT_S)


async def started(poller: Counter) -> asyncio.Task[None]:
    task = asyncio.create_task(poller.run())
    await poller.wait_polls(1)
    return task


async def stopped(poller: Counter, task: asyncio.Task[None]) -> None:
    poller.stop()
    await asyncio.wait_for(task, timeout=WAIT_S)


def test_polls_at_once_then_every_interval_until_stopped() -> None:
    async def main() -> int:
        poller = Counter(SHORT_S)
        task = await started(poller)
        await poller.wait_polls(3)
        await stopped(poller, task)
        return poller.polls

    polls = asyncio.run(main())
    assert polls >= 3


def test_stop_ends_a_long_wait_at_once() -> None:
    async def main() -> tuple[int, bool]:
        poller = Counter(LONG_S)
        task = await started(poller)
        await stopped(poller, task)
        return poller.polls, task.done()

    assert asyncio.run(main()) == (1, True)


def test_wake_from_the_loop_polls_now() -> None:
    async def main() -> int:
        poller = Counter(LONG_S)
        task = await started(poller)
        poller.wake()
        await poller.wait_polls(2)
        await stopped(poller, task)
        return poller.polls

    assert asyncio.run(main()) == 2


def test_wake_from_another_thread_polls_now() -> None:
    async def main() -> int:
        poller = Counter(LONG_S)
        task = await started(poller)
        waker = threading.Thread(target=poller.wake)
        waker.start()
        await asyncio.to_thread(waker.join)
        await poller.wait_polls(2)
        await stopped(poller, task)
        return poller.polls

    assert asyncio.run(main()) == 2


def test_wake_before_run_or_after_its_loop_closed_does_nothing() -> None:
    poller = Counter(LONG_S)
    poller.wake()  # not started: no loop to wake

    async def main() -> None:
        task = await started(poller)
        await stopped(poller, task)

    asyncio.run(main())
    poller.wake()  # the loop is closed
    assert poller.polls == 1


def test_a_failing_poll_is_logged_and_retried(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> int:
        poller = Counter(SHORT_S, fail_first=2)
        task = await started(poller)
        await poller.wait_polls(3)
        await stopped(poller, task)
        return poller.polls

    with caplog.at_level(logging.ERROR, logger="watch.poll_loop"):
        assert asyncio.run(main()) >= 3
    failures = [r for r in caplog.records if r.getMessage() == "test poll failed"]
    assert len(failures) == 2 and all(r.exc_info is not None for r in failures)
