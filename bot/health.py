"""Is `factbot run` healthy? A heartbeat file the bot writes, and the check that reads it.

The running bot writes a small JSON file every BEAT_EVERY seconds, from its
event loop: whether the gateway connection is up, and since when it has been
up or down. `factbot health` (Docker's HEALTHCHECK, a monitoring probe) reads
it and is healthy when the heartbeat is fresh, so the process and its event
loop are alive, and the bot is connected or has been disconnected for less
than a few minutes (discord.py reconnects by itself after a network blip).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

BEAT_EVERY = 10.0  # seconds between heartbeats
STALE_AFTER = 60.0  # no heartbeat for this long: the process is gone or its event loop is stuck
MAX_DISCONNECTED = 180.0  # disconnected for longer than this is unhealthy
HEALTH_FILE = "factbot-health.json"


def default_path() -> Path:
    """Where the heartbeat goes unless `health_file` is set: the temporary folder."""
    return Path(tempfile.gettempdir()) / HEALTH_FILE


@dataclass(frozen=True, slots=True)
class Beat:
    connected: bool
    since: float  # when the connection last went up or down (Unix time)
    written: float
    pid: int


class Heartbeat:
    """Writes the heartbeat file; `connected` says whether the gateway is up right now."""

    def __init__(self, path: Path, connected: Callable[[], bool], clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.connected = connected
        self.clock = clock
        self._state: bool | None = None
        self._since = clock()
        self._failed = False

    def beat(self) -> Beat:
        now = self.clock()
        up = self.connected()
        if up != self._state:
            self._state, self._since = up, now
        beat = Beat(connected=up, since=self._since, written=now, pid=os.getpid())
        try:
            # Written whole, then renamed: a reader never sees half a file.
            partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            partial.write_text(json.dumps(asdict(beat)), encoding="utf-8")
            partial.replace(self.path)
        except OSError as exc:
            if not self._failed:  # once: a read-only disk should not fill the log
                log.warning("Cannot write the health file %s (%s); `factbot health` will say unhealthy", self.path, exc)
            self._failed = True
        else:
            self._failed = False
        return beat

    async def run(self) -> None:
        while True:
            self.beat()
            await asyncio.sleep(BEAT_EVERY)

    def remove(self) -> None:
        """At a clean stop: nothing is running any more."""
        with contextlib.suppress(OSError):
            self.path.unlink()


def check(
    path: Path,
    *,
    now: float | None = None,
    max_disconnected: float = MAX_DISCONNECTED,
    stale_after: float = STALE_AFTER,
) -> tuple[bool, str]:
    """(healthy, one line saying why) from the heartbeat file at `path`."""
    now = time.time() if now is None else now
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        beat = Beat(
            connected=bool(data["connected"]),
            since=float(data["since"]),
            written=float(data["written"]),
            pid=int(data["pid"]),
        )
    except FileNotFoundError:
        return False, f"unhealthy: no heartbeat at {path}; is `factbot run` running?"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return False, f"unhealthy: cannot read the heartbeat at {path} ({type(exc).__name__})"
    if not all(map(math.isfinite, (beat.since, beat.written))):
        return False, f"unhealthy: cannot read the heartbeat at {path} (not a time)"
    age = now - beat.written
    if age > stale_after:
        return False, f"unhealthy: the last heartbeat is {age:.0f} s old; the bot (pid {beat.pid}) is stuck or gone"
    held = max(0.0, now - beat.since)
    if beat.connected:
        return True, f"healthy: connected to Discord for {_duration(held)}"
    if held > max_disconnected:
        return False, f"unhealthy: disconnected from Discord for {_duration(held)}"
    return True, f"healthy: (re)connecting to Discord for {_duration(held)}"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
