"""`factbot health`: healthy while `factbot run` keeps its heartbeat fresh and
is connected, or has been disconnected for less than a few minutes."""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import health
from bot.cli import main
from bot.config import Config
from bot.health import Heartbeat, check
from bot.runner import EXIT_OK, run_discord
from tests.bot.fakes import FakeDiscord, FakeGateway
from tests.bot.test_runner import TOKEN


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_connected_then_briefly_disconnected_then_too_long(tmp_path: Path) -> None:
    clock, up = Clock(), [True]
    path = tmp_path / "health.json"
    beats = Heartbeat(path, lambda: up[0], clock)
    beats.beat()
    clock.now += 30
    beats.beat()
    assert check(path, now=clock.now) == (True, "healthy: connected to Discord for 30 s")
    up[0] = False  # the connection drops; discord.py reconnects by itself, usually in seconds
    clock.now += 10
    beats.beat()
    clock.now += 100
    beats.beat()
    assert check(path, now=clock.now) == (True, "healthy: (re)connecting to Discord for 100 s")
    clock.now += 81
    beats.beat()
    assert check(path, now=clock.now) == (False, "unhealthy: disconnected from Discord for 3 min")
    assert check(path, now=clock.now, max_disconnected=600)[0]
    up[0] = True
    beats.beat()
    assert check(path, now=clock.now)[0]


def test_a_stale_heartbeat_is_unhealthy_even_if_it_said_connected(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "health.json"
    Heartbeat(path, lambda: True, clock).beat()
    healthy, line = check(path, now=clock.now + 61)
    assert not healthy
    assert line.startswith("unhealthy: the last heartbeat is 61 s old; the bot (pid ")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "unhealthy: no heartbeat at"),
        ("", "unhealthy: cannot read the heartbeat at"),
        ("{]", "unhealthy: cannot read the heartbeat at"),
        ('{"connected": true}', "unhealthy: cannot read the heartbeat at"),
        ('{"connected": true, "since": "NaN", "written": "NaN", "pid": 1}', "unhealthy: cannot read the heartbeat"),
    ],
)
def test_no_or_a_broken_heartbeat_is_unhealthy(tmp_path: Path, content: str | None, says: str) -> None:
    path = tmp_path / "health.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    healthy, line = check(path)
    assert not healthy and line.startswith(says)


def test_a_heartbeat_that_cannot_be_written_is_logged_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    beats = Heartbeat(tmp_path / "missing-folder" / "health.json", lambda: True)
    for _ in range(3):
        beats.beat()
    assert len([r for r in caplog.records if "Cannot write the health file" in r.getMessage()]) == 1


def write_config(tmp_path: Path, heartbeat: Path) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(f"health_file: {heartbeat}\n", encoding="utf-8")
    return config


def test_factbot_health_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    heartbeat = tmp_path / "beat.json"
    config = write_config(tmp_path, heartbeat)
    assert main(["--config", str(config), "health"]) == 1
    assert capsys.readouterr().err.startswith("unhealthy: no heartbeat at")
    Heartbeat(heartbeat, lambda: False).beat()
    assert main(["--config", str(config), "health"]) == 0
    assert capsys.readouterr().out.startswith("healthy: (re)connecting to Discord for")
    assert main(["health", "--config", str(config), "--max-disconnected", "-1"]) == 1
    assert capsys.readouterr().err.startswith("unhealthy: disconnected from Discord for")


@pytest.fixture
def watchdog() -> Iterator[None]:
    timer = threading.Timer(30, signal.raise_signal, (signal.SIGTERM,))
    timer.daemon = True
    timer.start()
    yield
    timer.cancel()


def test_the_running_bot_keeps_the_heartbeat(
    monkeypatch: pytest.MonkeyPatch, quick_and_private: Path, watchdog: None
) -> None:
    """Through `factbot run` against a gateway that acknowledges heartbeats:
    unhealthy before it connects, healthy while connected, gone once stopped."""
    monkeypatch.setattr(health, "BEAT_EVERY", 0.01)
    seen: list[tuple[bool, str]] = []
    connected = threading.Event()
    up = asyncio.Event()
    beat = Heartbeat.beat

    def noting(self: Heartbeat) -> health.Beat:
        done = beat(self)
        if done.connected:
            up.set()
        return done

    async def until_connected() -> None:
        await up.wait()  # discord.py's first heartbeat, acknowledged at once here
        seen.append(check(quick_and_private))
        connected.set()
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(Heartbeat, "beat", noting)
    FakeDiscord(monkeypatch, gateway=True)
    FakeGateway(monkeypatch, [until_connected])
    assert run_discord(Config(token=TOKEN)) == EXIT_OK
    assert connected.is_set()
    [(healthy, line)] = seen
    assert healthy and line.startswith("healthy: connected to Discord for")
    assert not quick_and_private.exists()
    assert not check(quick_and_private)[0]
