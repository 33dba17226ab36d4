"""The Discord bot under test: the real discord.py bot, wired to dpytest's
fake Discord (discord.ext.test). No network, no token.

dpytest 0.7.0 with discord.py 2.7 needs five small adjustments, made here
and nowhere in the bot:

1. dpytest creates its fake members through discord.py's member cache,
   which discord.py fills only with the (privileged) members intent. Factbot
   does not ask for it, so without this every fake member is None. The test
   bot's connection state gets the members intent and member cache; nothing
   else about the bot changes.
2. dpytest replaces the connection state and the HTTP client with its own;
   the state does not know the bot's slash-command tree (interactions would
   go nowhere) and the tree still holds the real HTTP client. Both are
   pointed at dpytest's.
3. Login normally sets the application id, which syncing slash commands
   needs; dpytest does not log in, so a fake id is set.
4. dpytest's state drops the bot-wide allowed_mentions; it is copied over.
   (Every send sets its own as well: test_every_send_sets_no_mentions_itself.)
5. dpytest writes permission overwrites with the API v6 types "role" and
   "member"; discord.py 2 reads 0 and 1, so every overwrite was ignored.
   `fixed_overwrite` writes the numbers.

dpytest has no interactions at all. `SlashHarness` makes real
discord.Interaction objects from gateway payloads and runs them through the
bot's real command tree; only the webhook adapter that would carry the
response over HTTP is replaced, by one that records what would be sent.
Slash commands, message commands ("Who said this?", with the message in
`resolved.messages`), autocomplete and button clicks each come from an
`Origin`: a server with the bot or without it, the bot's DMs, a group DM or a
DM between friends, with the `context` and `authorizing_integration_owners`
Discord sends from there.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext.test import factories

from bot.config import Config
from bot.discord_bot import Factbot, build_bot
from knowledge import FactBase, LiveFactBase
from tests.bot.fakes import APPLICATION_ID, SlashHarness, bot_config


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """run_discord and setup_logging change process-wide logging (root handlers and
    level, the record factory that masks the token); put it all back after each test."""
    root = logging.getLogger()
    handlers, level, factory = root.handlers[:], root.level, logging.getLogRecordFactory()
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    logging.setLogRecordFactory(factory)


@pytest.fixture(autouse=True)
def quick_and_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """`factbot run` under test: retries after milliseconds, not seconds, and
    its heartbeat file in the test's own folder. Returns the heartbeat's path."""
    from bot import runner

    health = tmp_path / "factbot-health.json"
    monkeypatch.setattr(runner, "RETRY_FIRST", 0.001)
    monkeypatch.setattr(runner, "RETRY_CAP", 0.002)
    monkeypatch.setattr(runner, "default_path", lambda: health)
    return health


@dataclass
class Sent:
    """Every message payload the bot sent or edited through the channel API, as Discord would receive it."""

    payloads: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Sent:
    record = Sent()
    original = discord.abc.handle_message_parameters

    @contextlib.contextmanager
    def recording(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with original(*args, **kwargs) as params:
            record.payloads.append(dict(params.payload or {}))
            yield params

    monkeypatch.setattr(discord.abc, "handle_message_parameters", recording)  # sends
    monkeypatch.setattr(discord.message, "handle_message_parameters", recording)  # edits
    return record


def fixed_overwrite(target: discord.Member | discord.Role, overwrite: discord.PermissionOverwrite) -> dict[str, Any]:
    """dpytest's factories.dict_from_overwrite with discord.py 2's numeric types (adjustment 5)."""
    allow, deny = overwrite.pair()
    is_role = isinstance(target, discord.Role) or getattr(target, "type", None) is discord.Role
    kind = 0 if is_role else 1
    return {"id": target.id, "type": kind, "allow": str(allow.value), "deny": str(deny.value)}


MakeBot = Callable[..., Awaitable[Factbot]]


@pytest_asyncio.fixture
async def make_bot(fb: FactBase, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[MakeBot]:
    """Build, set up and connect a bot to dpytest's fake Discord.

    By default it serves the session's shipped fact base; pass `folder` to
    load one from disk in setup_hook, as in production.
    """

    monkeypatch.setattr(factories, "dict_from_overwrite", fixed_overwrite)

    async def make(config: Config | None = None, *, folder: Path | None = None) -> Factbot:
        config = config or bot_config()
        live = None if folder is not None else LiveFactBase(current=fb)
        bot = build_bot(config, folder=folder, live=live)
        assert isinstance(bot, Factbot), "dpytest cannot run sharded bots"
        state = bot._connection
        state._intents.members = True  # adjustment 1
        state.member_cache_flags = discord.MemberCacheFlags.from_intents(state._intents)
        await bot._async_setup_hook()  # what login does before setup_hook
        await bot.setup_hook()
        dpytest.configure(bot, members=["Asker", "Other"])
        bot._connection._command_tree = bot.tree  # adjustment 2
        bot.tree._http = bot.http
        bot._connection.application_id = APPLICATION_ID  # adjustment 3
        bot._connection.allowed_mentions = state.allowed_mentions  # adjustment 4
        return bot

    yield make
    await dpytest.empty_queue()


@pytest_asyncio.fixture
async def bot(make_bot: MakeBot) -> Factbot:
    return await make_bot()


@pytest.fixture
def slash(bot: Factbot) -> SlashHarness:
    return SlashHarness(bot)
