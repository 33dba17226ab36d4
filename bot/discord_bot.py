"""The Discord bot: built from the config, ready to connect.

`build_bot(config)` returns a configured bot without connecting. The fact
base and the cogs load once, in `setup_hook`, never in `on_ready` (which
fires again after every reconnect).
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands as dcommands
from rapidfuzz import process

from bot.access import NotHere, channel_allowed
from bot.admin import AdminCog
from bot.config import Config
from bot.discord_types import AnyBot, Ctx
from bot.errors import FRIENDLY, ErrorsCog, FactbotTree
from bot.facts_cog import FactsCog
from bot.replies import NO_MENTIONS, send_line, where
from commands import BY_NAME
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

# An unknown `!word` gets a did-you-mean only when it is plainly a typo of
# ours: other bots in the server may share the prefix.
_TYPO_SCORE = 75


def intents_for(config: Config) -> discord.Intents:
    """Only what Factbot uses; Message Content is the one privileged intent,
    and is optional (mentions, DMs and slash commands work without it)."""
    intents = discord.Intents.none()
    intents.guilds = True  # channels, threads and roles: permissions and the allowlist
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = config.message_content
    return intents


def bot_options(config: Config) -> dict[str, Any]:
    return {
        "command_prefix": dcommands.when_mentioned_or(config.prefix),
        "intents": intents_for(config),
        "help_command": None,  # `help` is one of our commands
        "case_insensitive": True,
        "strip_after_prefix": True,  # "! deal herts" works, as in the console
        "allowed_mentions": NO_MENTIONS,
        "tree_cls": FactbotTree,
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
        if isinstance(bot.tree, FactbotTree):
            bot.tree.prefix = config.prefix
        bot.add_check(self._allowed_here)

    @property
    def live(self) -> LiveFactBase:
        if self._live is None:
            raise RuntimeError("the fact base loads in setup_hook; the bot has not been set up yet")
        return self._live

    async def _allowed_here(self, ctx: Ctx) -> bool:
        if not channel_allowed(self.config, ctx.channel):
            raise NotHere
        return True

    async def setup(self) -> None:
        """Load the fact base (off the event loop) and add the cogs. Raises
        knowledge.FactBaseError if the fact base is invalid."""
        if self._live is None:
            self._live = await asyncio.to_thread(
                LiveFactBase, self.folder, accept=self.config.accept, margin=self.config.margin
            )
        log.info("Fact base loaded: %s", self._live.current.summary())
        self._facts = FactsCog(self._live, self.config)
        await self.bot.add_cog(self._facts)
        await self.bot.add_cog(AdminCog(self._live, self.config))
        await self.bot.add_cog(ErrorsCog(self.config))

    async def on_message(self, message: discord.Message) -> None:
        """Commands first; then a mention, answered as a question; then a
        mistyped command, answered with a did-you-mean."""
        if message.author.bot or not channel_allowed(self.config, message.channel):
            return
        ctx = await self.bot.get_context(message)
        if ctx.command is not None:
            await self.bot.invoke(ctx)
            return
        facts = self._facts
        if facts is None:  # not set up yet
            return
        pattern = mention_pattern(self.bot, message.guild)
        if pattern is not None and pattern.search(message.content):
            await self._answer(facts, ctx, pattern.sub(" ", message.content))
        elif ctx.prefix and ctx.invoked_with and _is_typo(ctx.invoked_with):
            await self._answer(facts, ctx, message.content)

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
            invite = discord.utils.oauth_url(
                self.bot.application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES
            )
            log.info("Invite link: %s", invite)


def _is_typo(word: str) -> bool:
    return process.extractOne(word.lower(), list(BY_NAME), score_cutoff=_TYPO_SCORE) is not None


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
