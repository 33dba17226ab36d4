"""One event discord.py cannot read must not end the bot: it is logged and
skipped, and the connection carries on. Through discord.py's own connect and
gateway handling, against a scripted gateway socket."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from bot.config import Config
from bot.discord_bot import build_bot
from bot.gateway import guard_parsers
from bot.runner import EXIT_OK, run_discord
from tests.bot.fakes import FakeDiscord, FakeGateway, direct_message
from tests.bot.test_runner import TOKEN

# Both once ended the process ("The Discord bot stopped on an unexpected TypeError").
DM_WITH_NULL_GUILD = direct_message("!deal herts", guild_id=None)
ROLES_AS_OBJECTS = direct_message(
    "!deal herts", guild_id="123", member={"roles": [{"id": "3"}], "joined_at": "2026-01-01T00:00:00+00:00"}
)


@pytest.fixture
def watchdog() -> Iterator[None]:
    timer = threading.Timer(30, signal.raise_signal, (signal.SIGTERM,))
    timer.daemon = True
    timer.start()
    yield
    timer.cancel()


def stop() -> None:
    signal.raise_signal(signal.SIGTERM)


def titles(payload: dict[str, Any]) -> list[str]:
    return [str(e.get("title")) for e in payload.get("embeds", [])]


def test_an_event_discord_py_cannot_read_is_skipped_and_the_bot_carries_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, watchdog: None
) -> None:
    FakeDiscord(monkeypatch, gateway=True)

    async def answered() -> None:
        await gateway.sent(1)

    gateway = FakeGateway(
        monkeypatch,
        [DM_WITH_NULL_GUILD, ROLES_AS_OBJECTS, direct_message("!who lloyd"), DM_WITH_NULL_GUILD, answered, stop],
    )
    with caplog.at_level(logging.INFO):
        assert run_discord(Config(token=TOKEN)) == EXIT_OK
    [answer] = gateway.replies
    assert titles(answer) == ["David Lloyd"], "the message after the bad ones was answered"
    assert len(gateway.sockets) == 1, "on the same connection: nothing had to reconnect"
    skipped = [r for r in caplog.records if r.name == "bot.gateway"]
    assert [r.levelno for r in skipped] == [logging.ERROR, logging.WARNING, logging.WARNING]
    assert skipped[0].getMessage() == "Skipped a MESSAGE_CREATE event discord.py could not read; the bot carries on"
    assert caplog.text.count("Traceback") == 1, "the first with its traceback, the repeats in one line"
    assert "Skipped another MESSAGE_CREATE event discord.py could not read (TypeError: int()" in skipped[1].getMessage()


def test_an_unexpected_error_while_connected_starts_a_fresh_client(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, watchdog: None
) -> None:
    FakeDiscord(monkeypatch, gateway=True)

    async def answered() -> None:
        await gateway.sent(1)

    async def answered_again() -> None:
        await gateway.sent(2)

    gateway = FakeGateway(
        monkeypatch,
        [direct_message("!who lloyd"), answered, RuntimeError("the library tripped over something")],
        [direct_message("!who shaw"), answered_again, stop],
    )
    with caplog.at_level(logging.INFO):
        assert run_discord(Config(token=TOKEN)) == EXIT_OK
    assert [titles(p) for p in gateway.replies] == [["David Lloyd"], ["John Shaw"]], "answered before and after"
    first, second = gateway.sockets
    assert first.closed and second.closed
    [restart] = [r for r in caplog.records if "starting it again" in r.getMessage()]
    assert restart.levelno == logging.ERROR
    assert restart.getMessage().startswith("The Discord client stopped on an unexpected RuntimeError")


def test_each_parser_is_guarded_once() -> None:
    bot = build_bot(Config())
    parsers = bot._connection.parsers
    guarded = dict(parsers)
    guard_parsers(bot._connection)  # again: not wrapped twice
    assert parsers == guarded
    assert all(getattr(p, "__wrapped__", None) is not None for p in parsers.values())
    parsers["MESSAGE_CREATE"]({"channel_id": "1", "guild_id": None})  # logged, not raised
