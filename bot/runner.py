"""Connecting to Discord: what `factbot run` and `python -m bot` do with a token.

Every way startup can fail ends in one line on stderr that says what to do,
and a non-zero exit; an invalid fact base lists every problem above that line,
one `file:line: what` each. The token is never printed, and is masked in the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import sys
from pathlib import Path

import aiohttp
import discord

from bot.config import TOKEN_ENV, Config
from bot.discord_bot import Factbot, ShardedFactbot, build_bot
from bot.logs import HideToken, setup_logging
from knowledge import FactBaseError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
PORTAL = "https://discord.com/developers/applications"
# A bot token is three base64url parts joined by dots, about 70 characters in all.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")

_CLOSE_CODES = {
    4004: f"Discord rejected the token. Reset it at {PORTAL} (your app > Bot > Reset Token) and update "
    f"{TOKEN_ENV} or config.yaml.",
    4010: "Discord refused the shard settings: shard_ids must each be below shard_count.",
    4011: "Discord requires sharding for a bot in this many servers: set shard_count in config.yaml (see README).",
    4013: "Discord refused the requested intents as invalid.",
}


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
    if isinstance(exc, discord.ConnectionClosed) and exc.code in _CLOSE_CODES:
        return _CLOSE_CODES[exc.code], EXIT_CONFIG
    if isinstance(exc, FactBaseError):
        more = len(exc.problems) - 1
        tail = f" (and {more} more, all listed above)" if more else ""
        return f"Cannot load the fact base: {exc.problems[0]}{tail}", EXIT_CONFIG
    if isinstance(exc, aiohttp.ClientError | OSError | discord.GatewayNotFound):
        return f"Cannot reach Discord ({type(exc).__name__}); check the network connection and try again.", EXIT_FAILED
    return f"The Discord bot stopped on an unexpected {type(exc).__name__}; the log above has the details.", EXIT_FAILED


async def _serve(bot: Factbot | ShardedFactbot, token: str) -> None:
    """Connect and run until closed; SIGTERM (docker stop, systemd) closes cleanly."""
    closing: set[asyncio.Task[None]] = set()  # holds the task so it is not collected mid-close

    def close() -> None:
        closing.add(asyncio.create_task(bot.close()))

    with contextlib.suppress(NotImplementedError, RuntimeError):  # no signal handlers on Windows
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, close)
    async with bot:
        await bot.start(token)


def run_discord(config: Config, folder: Path | None = None) -> int:
    """Run the Discord bot until it is stopped. Returns an exit status."""
    problem = token_problem(config.token)
    if problem:
        print(f"factbot: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(config.log_level, config.token)
    log.info("Starting Factbot with settings from %s", config.source)
    bot = build_bot(config, folder=folder)
    try:
        asyncio.run(_serve(bot, config.token))
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
