"""Work off the event loop: a thread per piece of work, a deadline per answer,
and a limit on answers worked out at once that a stuck one does not hold."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.workers import TooSlow, Workers, in_thread


async def test_work_runs_in_a_daemon_thread_and_its_result_comes_back() -> None:
    seen: list[threading.Thread] = []

    def work() -> int:
        seen.append(threading.current_thread())
        return 42

    assert await in_thread(work) == 42
    [thread] = seen
    assert thread is not threading.main_thread() and thread.daemon, "never holds up the process's exit"


async def test_an_error_in_the_work_is_raised_to_the_waiter() -> None:
    def work() -> None:
        raise ValueError("bad query")

    with pytest.raises(ValueError, match="bad query"):
        await Workers().run(work, deadline=5)


async def test_past_its_deadline_the_work_is_dropped_and_its_slot_freed() -> None:
    release = threading.Event()
    workers = Workers(limit=1)
    with pytest.raises(TooSlow) as late:
        await workers.run(lambda: release.wait(30), deadline=0.01)
    assert late.value.deadline == 0.01
    # The stuck thread still runs, but no longer takes the only slot.
    assert await workers.run(lambda: "next", deadline=5) == "next"
    release.set()


async def test_a_timeout_of_the_works_own_is_not_a_missed_deadline() -> None:
    def work() -> None:
        raise TimeoutError("the work's own")

    with pytest.raises(TimeoutError, match="the work's own"):
        await Workers().run(work, deadline=5)


async def test_waiting_for_a_slot_counts_towards_the_deadline() -> None:
    release = threading.Event()
    workers = Workers(limit=1)
    busy = asyncio.ensure_future(workers.run(lambda: release.wait(30), deadline=30))
    await asyncio.sleep(0)
    with pytest.raises(TooSlow):
        await workers.run(lambda: "never started", deadline=0.01)
    release.set()
    assert await busy is True


async def test_answers_reuse_a_few_daemon_threads() -> None:
    workers = Workers(limit=2, name="test-reuse")
    names = await asyncio.gather(*(workers.run(lambda: threading.current_thread().name, deadline=5) for _ in range(50)))
    assert set(names) <= {"test-reuse-1", "test-reuse-2"}
    assert all(t.daemon for t in threading.enumerate() if t.name.startswith("test-reuse"))
