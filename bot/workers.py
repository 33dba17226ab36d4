"""Blocking work off the event loop: answers, autocomplete, loading the fact base.

The event loop only receives and sends. Whatever computes runs in a thread,
so a slow question delays neither other people's answers nor the gateway
heartbeat. Answers run under a deadline: past it the asker is told, and the
thread's result, whenever it comes, is dropped.

Each piece of work gets a daemon thread of its own (starting one costs far
less than a round trip to Discord). A thread stuck in a query, a load or a
DNS lookup therefore never holds up the process's exit, and a thread past
its deadline no longer counts against the limit on work running at once.
The answers are CPU-bound Python and share the GIL with the event loop; the
interpreter hands the GIL over at least every 5 ms, which bounds the loop's
wait. A process pool would not share the loaded fact base.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

ANSWERS_AT_ONCE = 4  # answers computed at the same time; more wait for a free slot


class TooSlow(Exception):
    """Work that missed its deadline. It runs on in its thread; its result is dropped."""

    def __init__(self, deadline: float) -> None:
        super().__init__(f"not done within {deadline:g} s")
        self.deadline = deadline


def _settle(future: asyncio.Future[T], ok: bool, value: object) -> None:
    if future.done():  # the waiter gave up (deadline, or the process is stopping)
        return
    if ok:
        future.set_result(value)  # type: ignore[arg-type]
    else:
        assert isinstance(value, BaseException)
        future.set_exception(value)


async def in_thread(work: Callable[[], T], *, name: str = "factbot-work") -> T:
    """Run `work` in a new daemon thread and wait for its result.

    Cancelling the wait does not stop the thread: it finishes unobserved.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def run() -> None:
        value: object
        try:
            ok, value = True, work()
        except Exception as exc:
            ok, value = False, exc
        with contextlib.suppress(RuntimeError):  # the event loop has closed: nobody is waiting any more
            loop.call_soon_threadsafe(_settle, future, ok, value)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await future


class Workers:
    """At most `limit` answers computed at once, each within its deadline."""

    def __init__(self, limit: int = ANSWERS_AT_ONCE) -> None:
        self._slots = asyncio.Semaphore(limit)

    async def run(self, work: Callable[[], T], *, deadline: float, name: str = "factbot-answer") -> T:
        """`work`'s result; TooSlow if it is not ready `deadline` seconds from
        now, time waiting for a free slot included."""
        scope = asyncio.timeout(deadline)
        try:
            async with scope, self._slots:
                return await in_thread(work, name=name)
        except TimeoutError:
            if scope.expired():
                raise TooSlow(deadline) from None
            raise  # a TimeoutError of the work's own
