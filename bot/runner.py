"""Connecting to Discord: what `factbot run` and `python -m bot` do with a token.

Starting: every configuration problem ends in one line on stderr that says
what to do, and a non-zero exit; an invalid fact base lists every problem
above that line, one `file:line: what` each, before any attempt to connect.
The token is never printed, and is masked in the log.

Staying up: while Discord cannot be reached (network down, DNS not ready at
boot, Discord's own outage) the bot tries again with capped exponential
backoff and jitter, one warning line per attempt, until Discord answers or
the process is stopped. Once connected, discord.py reconnects by itself
after network failures; an event it cannot read is skipped (bot.gateway);
any other unexpected error is logged and the client is started afresh, with
the same backoff, on the fact base already loaded. Only a rejected token, a
missing privileged intent, settings Discord refuses or an invalid fact base
stop the process.

Stopping: SIGTERM (docker stop, systemd) or SIGINT (Ctrl-C) stops it within
two seconds in every state, waiting to retry, logging in, connected or
answering: the wait is cancelled, the connection closed cleanly (given
CLOSE_WITHIN seconds to do so), the exit status 0. Blocking work runs in
daemon threads (bot.workers), DNS lookups included, so none holds up the exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import re
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import aiohttp
import discord
from aiohttp.resolver import ThreadedResolver

from bot.config import TOKEN_ENV, Config
from bot.discord_bot import Factbot, ShardedFactbot, build_bot, load_live
from bot.health import Heartbeat, default_path
from bot.logs import HideToken, setup_logging
from bot.workers import in_thread
from knowledge import FactBaseError, LiveFactBase

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
PORTAL = "https://discord.com/developers/applications"
# A bot token is three base64url parts joined by dots, about 70 characters in all.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")

RETRY_FIRST = 2.0  # seconds before the first retry; doubled each time...
RETRY_CAP = 60.0  # ...up to this
CLOSE_WITHIN = 1.5  # seconds given to closing the connection cleanly when stopping

_CLOSE_CODES = {
    4004: f"Discord rejected the token. Reset it at {PORTAL} (your app > Bot > Reset Token) and update "
    f"{TOKEN_ENV} or config.yaml.",
    4010: "Discord refused the shard settings: shard_ids must each be below shard_count.",
    4011: "Discord requires sharding for a bot in this many servers: set shard_count in config.yaml (see README).",
    4013: "Discord refused the requested intents as invalid.",
}
# What ends the process: no retry can help; the configuration must change.
_FATAL = (discord.LoginFailure, discord.PrivilegedIntentsRequired, discord.ConnectionClosed, FactBaseError)


def token_problem(token: str) -> str | None:
    """Why a token cannot be right, without saying what it is; None if it may be."""
    where = f"{TOKEN_ENV} or 'token' in config.yaml"
    fetch = f"Copy the bot token from {PORTAL} (your app > Bot > Reset Token)"
    token = token.strip()
    if not token:
        return f"No Discord token: set {where} (see config.example.yaml). {fetch}."
    if token.lower().startswith("bot "):
        return f"The Discord token in {where} starts with 'Bot ': remove that word and keep the token alone."
    if not TOKEN_SHAPE.fullmatch(token):
        return (
            f"The Discord token in {where} is malformed: a bot token is three parts joined by dots. "
            f"{fetch}; the client secret and the application id are not the token."
        )
    return None


def _failure(exc: BaseException) -> tuple[str, int]:
    """The one line to print for a startup failure, and the exit status."""
    if isinstance(exc, discord.LoginFailure):
        return _CLOSE_CODES[4004], EXIT_CONFIG
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return (
            f"Discord refused the Message Content intent. Turn on 'Message Content Intent' at {PORTAL} "
            "(your app > Bot > Privileged Gateway Intents), or set 'message_content: false' in config.yaml "
            "(mentions, DMs and slash commands work without it).",
            EXIT_CONFIG,
        )
    if isinstance(exc, discord.ConnectionClosed):
        known = _CLOSE_CODES.get(exc.code or 0)
        return known or f"Discord closed the connection for good (code {exc.code}: {exc.reason})", EXIT_CONFIG
    if isinstance(exc, FactBaseError):
        more = len(exc.problems) - 1
        tail = f" (and {more} more, all listed above)" if more else ""
        return f"Cannot load the fact base: {exc.problems[0]}{tail}", EXIT_CONFIG
    return f"The Discord bot stopped on an unexpected {type(exc).__name__}; the log above has the details.", EXIT_FAILED


def unreachable(exc: BaseException) -> bool:
    """Whether `exc` means Discord could not be reached, or answered that it is
    unavailable: worth a warning and another try, not a traceback."""
    if isinstance(exc, discord.HTTPException):
        return exc.status >= 500 or exc.status == 429
    return isinstance(exc, aiohttp.ClientError | OSError | TimeoutError | discord.GatewayNotFound)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Backoff:
    """Capped exponential backoff with jitter: each wait a random 50 to 100%
    of a doubling step, so that many bots cut off together do not return together."""

    def __init__(self, first: float, cap: float, rng: random.Random | None = None) -> None:
        self.first = first
        self.cap = cap
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self.attempt = 0

    def next(self) -> float:
        step = min(self.cap, self.first * 2.0**self.attempt)
        self.attempt += 1
        return step * self.rng.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.attempt = 0


class _DaemonLookups:
    """getaddrinfo and getnameinfo in daemon threads, for aiohttp's resolver.

    aiohttp's default resolver uses the event loop's executor, whose threads
    the interpreter waits for at exit: a lookup hanging on an unreachable DNS
    server would hold up a SIGTERM for as long as the lookup takes.
    """

    async def getaddrinfo(
        self,
        host: str | None,
        port: str | int | None,
        *,
        family: int = 0,
        type: int = 0,
        proto: int = 0,
        flags: int = 0,
    ) -> list[tuple[Any, ...]]:
        return await in_thread(
            lambda: socket.getaddrinfo(host, port, family, type, proto, flags),
            name="factbot-dns",
        )

    async def getnameinfo(
        self, address: tuple[str, int] | tuple[str, int, int, int], flags: int = 0
    ) -> tuple[str, str]:
        return await in_thread(lambda: socket.getnameinfo(address, flags), name="factbot-dns")


def _connector() -> aiohttp.TCPConnector:
    """What discord.py would make (aiohttp.TCPConnector(limit=0)), with DNS lookups that never block the exit."""
    resolver = ThreadedResolver(loop=cast(asyncio.AbstractEventLoop, _DaemonLookups()))
    return aiohttp.TCPConnector(limit=0, resolver=resolver)


def connected(bot: Factbot | ShardedFactbot) -> bool:
    """Whether the gateway is up: the heartbeat acknowledged on every shard."""
    # nan without a connection; inf until the first heartbeat is acknowledged, and after the connection drops
    return not bot.is_closed() and math.isfinite(bot.latency)


async def _close(bot: Factbot | ShardedFactbot) -> None:
    """Close the connection cleanly if Discord answers within CLOSE_WITHIN; leave regardless."""
    try:
        await asyncio.wait_for(bot.close(), CLOSE_WITHIN)
    except TimeoutError:
        log.warning("Discord did not acknowledge the close within %g s; leaving anyway", CLOSE_WITHIN)
    except Exception as exc:  # closing a connection that failed may fail too
        log.debug("Closing the client failed: %s", _describe(exc))


class Supervisor:
    """Keeps one client connected until stopped, starting a fresh one after a failure."""

    def __init__(self, config: Config, live: LiveFactBase, make: Callable[..., Factbot | ShardedFactbot]) -> None:
        self.config = config
        self.live = live
        self.make = make
        self.bot: Factbot | ShardedFactbot | None = None
        self.backoff = Backoff(RETRY_FIRST, RETRY_CAP)

    def connected(self) -> bool:
        return self.bot is not None and connected(self.bot)

    async def run(self, token: str) -> None:
        """Returns when a client was closed on purpose; raises what must stop the process."""
        while True:
            bot = self.bot = self.make(self.config, live=self.live)
            bot.http.connector = _connector()
            failure: Exception
            try:
                await bot.login(token)
                await bot.connect(reconnect=True)  # returns only once closed
                return
            except _FATAL:
                raise
            except Exception as exc:
                failure = exc
            finally:
                reached = bot.is_ready()
                await _close(bot)
            if reached:  # it was connected: the next failure starts again from the shortest wait
                self.backoff.reset()
            wait = self.backoff.next()
            if unreachable(failure):
                log.warning("Cannot reach Discord (%s); trying again in %.1f s", _describe(failure), wait)
            else:
                log.error(
                    "The Discord client stopped on an unexpected %s; starting it again in %.1f s",
                    type(failure).__name__,
                    wait,
                    exc_info=failure,
                )
            await asyncio.sleep(wait)


async def _serve(config: Config, folder: Path | None, token: str) -> None:
    """Load the fact base, then keep the bot connected until stopped by a
    signal or a fatal error. A signal cancels whatever is under way."""
    main = asyncio.current_task()
    assert main is not None
    loop = asyncio.get_running_loop()
    stopping: list[str] = []

    def stop(name: str) -> None:
        if not stopping:
            log.info("%s received: stopping", name)
        stopping.append(name)
        main.cancel()

    handled: list[signal.Signals] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows; not the main thread
            loop.add_signal_handler(sig, stop, sig.name)
            handled.append(sig)
    supervisor: Supervisor | None = None
    heartbeat: asyncio.Task[None] | None = None
    beats: Heartbeat | None = None
    try:
        live = await in_thread(lambda: load_live(config, folder), name="factbot-load")
        supervisor = Supervisor(config, live, build_bot)
        beats = Heartbeat(config.health_file or default_path(), supervisor.connected)
        heartbeat = asyncio.create_task(beats.run(), name="factbot-heartbeat")
        await supervisor.run(token)
    except asyncio.CancelledError:
        if not stopping:
            raise
    finally:
        if heartbeat is not None:
            heartbeat.cancel()
        if beats is not None:
            beats.remove()
        for sig in handled:
            loop.remove_signal_handler(sig)


def run_discord(config: Config, folder: Path | None = None) -> int:
    """Run the Discord bot until it is stopped. Returns an exit status."""
    problem = token_problem(config.token)
    if problem:
        print(f"factbot: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(config.log_level, config.token)
    log.info("Starting Factbot with settings from %s", config.source)
    try:
        asyncio.run(_serve(config, folder, config.token))
    except Exception as exc:
        message, status = _failure(exc)
        hide = HideToken(config.token).hide
        if status == EXIT_FAILED:  # unexplained: keep the (masked) traceback
            log.error("Factbot stopped", exc_info=exc)
        if isinstance(exc, FactBaseError) and len(exc.problems) > 1:
            print(hide(exc.report()), file=sys.stderr)  # every problem, as `factbot check` lists them
        print(f"factbot: {hide(message)}", file=sys.stderr)
        return status
    log.info("Factbot stopped")
    return EXIT_OK
