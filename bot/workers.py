"""Blocking work off the event loop: answers, autocomplete, loading the fact base.

The event loop only receives and sends. Whatever computes runs in a thread,
so a slow question delays neither other people's answers nor the gateway
heartbeat. Answers run under a deadline: past it the asker is told, and the
thread's result, whenever it comes, is dropped.

Every thread is a daemon: one stuck in a query, a load or a DNS lookup
never holds up the process's exit. Answers go to a few long-lived threads
(handing work to a waiting thread costs the event loop nothing, where
starting a thread makes it wait for the new one to run); a thread held past
its deadline no longer counts against the limit on answers at once, and
another is started in its place. The answers are CPU-bound Python and share
the GIL with the event loop; the interpreter asks the holder to hand the GIL
over after 5 ms, but the loop may then lose it to another answer thread, so
its wait grows with the threads contending. Under the GIL more answer threads
add no throughput, only contenders: with 2 at once the loop's worst wait in
the benchmark's slow burst was about 8 ms in most series, where 4 gave about
16 and passed 20 now and then (README, "Speed at scale"); a slow answer
still leaves a thread for everyone else. A process pool would not share the loaded fact base.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

ANSWERS_AT_ONCE = 2  # answers computed at the same time; more wait for a free slot


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


def _outcome(work: Callable[[], T], future: asyncio.Future[T]) -> tuple[bool, object] | None:
    """In a worker thread: (ok, result or exception), or None if no one waits for it any more."""
    if future.done():
        return None
    try:
        return True, work()
    except Exception as exc:
        return False, exc


def _hand_back(loop: asyncio.AbstractEventLoop, future: asyncio.Future[T], outcome: tuple[bool, object] | None) -> None:
    if outcome is not None:
        with contextlib.suppress(RuntimeError):  # the event loop has closed: nobody is waiting any more
            loop.call_soon_threadsafe(_settle, future, *outcome)


async def in_thread(work: Callable[[], T], *, name: str = "factbot-work") -> T:
    """Run `work` in a new daemon thread and wait for its result (for occasional work: loads, DNS lookups).

    Cancelling the wait does not stop the thread: it finishes unobserved.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def run() -> None:
        _hand_back(loop, future, _outcome(work, future))

    threading.Thread(target=run, name=name, daemon=True).start()
    return await future


class Workers:
    """At most `limit` answers computed at once, each within its deadline, in long-lived daemon threads."""

    def __init__(self, limit: int = ANSWERS_AT_ONCE, name: str = "factbot-answer") -> None:
        self._slots = asyncio.Semaphore(limit)
        self._jobs: queue.SimpleQueue[_Job[Any]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0  # started so far; they never end
        self._pending = 0  # jobs queued or running, those past their deadline included
        self._name = name

    async def run(self, work: Callable[[], T], *, deadline: float) -> T:
        """`work`'s result; TooSlow if it is not ready `deadline` seconds from
        now, time waiting for a free slot included."""
        scope = asyncio.timeout(deadline)
        try:
            async with scope, self._slots:
                loop = asyncio.get_running_loop()
                future: asyncio.Future[T] = loop.create_future()
                self._submit(_Job(work, loop, future))
                return await future
        except TimeoutError:
            if scope.expired():
                raise TooSlow(deadline) from None
            raise  # a TimeoutError of the work's own

    def _submit(self, job: _Job[Any]) -> None:
        with self._lock:
            self._pending += 1
            grow = self._pending > self._threads  # every thread busy, stuck ones included
            if grow:
                self._threads += 1
                number = self._threads
        self._jobs.put(job)
        if grow:
            threading.Thread(target=self._serve, name=f"{self._name}-{number}", daemon=True).start()

    def _serve(self) -> None:
        while True:
            job = self._jobs.get()
            outcome = _outcome(job.work, job.future)
            with self._lock:  # free before the waiter hears of it: its next job must not start a thread
                self._pending -= 1
            _hand_back(job.loop, job.future, outcome)


@dataclass(frozen=True, slots=True)
class _Job(Generic[T]):
    work: Callable[[], T]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[T]
