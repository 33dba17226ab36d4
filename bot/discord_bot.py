"""The Discord bot: built from the config, ready to connect.

`build_bot(config)` returns a configured bot without connecting. The fact
base and the cogs load once, in `setup_hook`, never in `on_ready` (which
fires again after every reconnect).

Which messages are answered, and how:
- a command with the prefix (`!deal herts`), also right after a mention
  (`@Factbot !reload`): that command, through discord.py;
- a message mentioning the bot, anywhere in it: the text without the
  mention, answered exactly as `factbot ask` answers it (commands.respond);
- in a direct message, any message: read the same way, no mention needed;
- a mistyped or doubled prefix command (`!dael`, `!!deal`): what is wrong;
- nothing else: not other bots, not system messages (a thread created, a
  pin, a join, a boost), not other bots' commands that share the prefix.
Every reply counts against the asker's cooldown (bot.cooldown).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands as dcommands

from bot.access import NotHere, allowed_for, channel_allowed
from bot.admin import AdminCog
from bot.config import Config
from bot.cooldown import Gate, UserCooldown
from bot.discord_types import AnyBot, Ctx
from bot.errors import FRIENDLY, ErrorsCog, FactbotTree
from bot.facts_cog import FactsCog
from bot.gateway import guard_parsers
from bot.installs import contexts, installs
from bot.replies import NO_MENTIONS, send_line, where
from bot.workers import in_thread
from commands.choices import warm
from commands.registry import closest_command
from knowledge import LiveFactBase

log = logging.getLogger(__name__)

# What the invite link asks for: read and answer in channels (and threads), as embeds, as replies.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)
INVITE_SCOPES = ("bot", "applications.commands")  # the second lets the bot publish slash commands
USER_INSTALL_SCOPES = ("applications.commands",)  # a person's own install: commands only, no bot user
GUILD_INSTALL, USER_INSTALL = 0, 1  # the link's integration_type


def install_links(application_id: int) -> tuple[str, str]:
    """The links that add Factbot to a server, and to a person's own account."""
    server = discord.utils.oauth_url(application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES)
    user = discord.utils.oauth_url(application_id, scopes=USER_INSTALL_SCOPES)
    return f"{server}&integration_type={GUILD_INSTALL}", f"{user}&integration_type={USER_INSTALL}"


def load_live(config: Config, folder: Path | None = None) -> LiveFactBase:
    """The fact base as configured (`folder` instead of the config's, if
    given), with autocomplete's lists made now rather than on the first
    keystroke. Blocking: call it in a thread. Raises knowledge.FactBaseError."""
    live = LiveFactBase(folder or config.knowledge, accept=config.accept, margin=config.margin, cache=config.index)
    warm(live.current)
    return live


def intents_for(config: Config) -> discord.Intents:
    """Only what Factbot uses; Message Content is the one privileged intent,
    and is optional (mentions, DMs and slash commands work without it)."""
    intents = discord.Intents.none()
    intents.guilds = True  # channels, threads and roles: permissions and the allowlist
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = config.message_content
    return intents


def command_prefix(prefix: str) -> Callable[[AnyBot, discord.Message], list[str]]:
    """The prefix, or a mention of the bot followed by it (`@Factbot !reload`).

    Not a mention alone, as discord.py's when_mentioned would have it: then
    "@Factbot who is the herts pcc?" would run `!who` on "is the herts pcc?"
    instead of answering the question (see FactbotCore.on_message).
    """

    def prefixes(bot: AnyBot, message: discord.Message) -> list[str]:
        pattern = mention_pattern(bot, message.guild)
        if pattern is not None:
            found = re.match(rf"(?:{pattern.pattern})\s*{re.escape(prefix)}", message.content)
            if found is not None:
                return [found.group(), prefix]
        return [prefix]

    return prefixes


def bot_options(config: Config) -> dict[str, Any]:
    return {
        "command_prefix": command_prefix(config.prefix),
        "intents": intents_for(config),
        "help_command": None,  # `help` is one of our commands
        "case_insensitive": True,
        "strip_after_prefix": True,  # "! deal herts" works, as in the console
        "allowed_mentions": NO_MENTIONS,
        "tree_cls": FactbotTree,
        # Every app command can be installed to a server or to a user, and used anywhere (bot.installs).
        "allowed_installs": installs(config),
        "allowed_contexts": contexts(config),
        "max_messages": None,  # no message cache: nothing here reads old messages
        "activity": discord.Activity(type=discord.ActivityType.listening, name=f"{config.prefix}help"),
    }


def mention_pattern(bot: AnyBot, guild: discord.Guild | None) -> re.Pattern[str] | None:
    """The ways a message can mention this bot: its user, or its own role
    (Discord's client sometimes inserts the role of the same name)."""
    if bot.user is None:
        return None
    forms = [rf"<@!?{bot.user.id}>"]
    role = guild.self_role if guild is not None else None
    if role is not None:
        forms.append(rf"<@&{role.id}>")
    return re.compile("|".join(forms))


class FactbotCore:
    """What both bot classes (one process, or sharded) share."""

    def __init__(self, bot: AnyBot, config: Config, folder: Path | None, live: LiveFactBase | None) -> None:
        self.bot = bot
        self.config = config
        self.folder = folder if folder is not None else config.knowledge
        self._live = live
        self._facts: FactsCog | None = None
        self.gate = Gate(UserCooldown(config.cooldown.rate, config.cooldown.per))
        if isinstance(bot.tree, FactbotTree):
            bot.tree.prefix = config.prefix
            bot.tree.gate = self.gate
        bot.add_check(self._allowed_here)
        guard_parsers(bot._connection)

    @property
    def live(self) -> LiveFactBase:
        if self._live is None:
            raise RuntimeError("the fact base loads in setup_hook; the bot has not been set up yet")
        return self._live

    async def _allowed_here(self, ctx: Ctx) -> bool:
        if not allowed_for(self.config, ctx.channel, ctx.interaction):
            raise NotHere
        return True

    async def setup(self) -> None:
        """Load the fact base (off the event loop) and add the cogs, once.
        Raises knowledge.FactBaseError if the fact base is invalid."""
        if self._facts is not None:  # set up already: discord.py runs setup_hook at every login
            return
        if self._live is None:
            self._live = await in_thread(self._load, name="factbot-load")
        log.info("Fact base loaded: %s", self._live.current.summary())
        self._facts = FactsCog(self.bot, self._live, self.config, self.gate)
        await self.bot.add_cog(self._facts)
        await self.bot.add_cog(AdminCog(self._live, self.config))
        await self.bot.add_cog(ErrorsCog(self.config))

    def _load(self) -> LiveFactBase:
        return load_live(self.config, self.folder)

    async def on_message(self, message: discord.Message) -> None:
        """Commands first; then a message addressed to the bot, answered as the console would."""
        if message.author.bot or message.is_system() or not channel_allowed(self.config, message.channel):
            return
        facts = self._facts
        if facts is None:  # not set up yet
            return
        ctx = await self.bot.get_context(message)
        if ctx.command is not None:
            if await self.gate.admit(ctx):
                await self.bot.invoke(ctx)
            return
        text = self._addressed(message, ctx)
        if text is not None and await self.gate.admit(ctx):
            await self._answer(facts, ctx, text)

    def _addressed(self, message: discord.Message, ctx: Ctx) -> str | None:
        """The text to answer, if the message is for the bot and is no command of its own."""
        pattern = mention_pattern(self.bot, message.guild)
        if pattern is not None and pattern.search(message.content):
            return pattern.sub(" ", message.content).strip()
        if message.guild is None:  # a direct message: a conversation with the bot
            return message.content
        if ctx.prefix and ctx.invoked_with:
            word = ctx.invoked_with
            while word.startswith(self.config.prefix):  # `!!deal`
                word = word[len(self.config.prefix) :]
            # Only plainly ours: other bots in the server may share the prefix.
            if word and closest_command(word) is not None:
                return message.content
        return None

    async def _answer(self, facts: FactsCog, ctx: Ctx, text: str) -> None:
        try:
            await facts.answer_message(ctx, text)
        except Exception:
            log.exception("Answering a message failed in %s", where(ctx))
            await send_line(ctx, FRIENDLY)

    def log_ready(self) -> None:
        user = self.bot.user
        shards = f"shards {list(self.bot.shards)}" if isinstance(self.bot, dcommands.AutoShardedBot) else "no sharding"
        log.info(
            "Connected as %s (id %s) to %d servers, %s. Prefix %r; slash commands appear after %ssync.",
            user,
            user.id if user else "?",
            len(self.bot.guilds),
            shards,
            self.config.prefix,
            self.config.prefix,
        )
        if self.bot.application_id is not None:
            to_server, to_user = install_links(self.bot.application_id)
            log.info("Add to a server: %s", to_server)
            if self.config.user_installs:
                log.info("Add to your own account (User Install must be on in the Developer Portal): %s", to_user)


class _Hooks:
    """discord.py's hooks, handed to FactbotCore: one place for both bot kinds."""

    factbot: FactbotCore

    async def setup_hook(self) -> None:
        await self.factbot.setup()

    async def on_message(self, message: discord.Message, /) -> None:
        await self.factbot.on_message(message)

    async def on_ready(self) -> None:
        self.factbot.log_ready()


class Factbot(_Hooks, dcommands.Bot):
    """Factbot in one process, on one connection: enough for most servers."""

    def __init__(self, config: Config, *, folder: Path | None = None, live: LiveFactBase | None = None) -> None:
        super().__init__(**bot_options(config))
        self.factbot = FactbotCore(self, config, folder, live)


class ShardedFactbot(_Hooks, dcommands.AutoShardedBot):
    """Factbot over the shards given in the config (this process's share)."""

    def __init__(self, config: Config, *, folder: Path | None = None, live: LiveFactBase | None = None) -> None:
        options = bot_options(config) | {"shard_count": config.shard_count}
        if config.shard_ids is not None:  # else every shard runs here
            options["shard_ids"] = list(config.shard_ids)
        super().__init__(**options)
        self.factbot = FactbotCore(self, config, folder, live)


def build_bot(
    config: Config, *, folder: Path | None = None, live: LiveFactBase | None = None
) -> Factbot | ShardedFactbot:
    """The bot, fully configured but not connected.

    `folder` overrides the config's fact-base folder; `live` supplies an
    already loaded fact base (tests, embedding) instead of loading one in
    setup_hook.
    """
    if config.shard_count is not None:
        return ShardedFactbot(config, folder=folder, live=live)
    return Factbot(config, folder=folder, live=live)
