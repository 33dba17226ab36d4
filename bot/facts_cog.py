"""The fact commands as hybrid commands (`!deal herts` and `/deal query:herts`),
and questions asked by mentioning the bot."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec

import discord
from discord import app_commands
from discord.ext import commands as dcommands

from bot.access import channel_allowed
from bot.autocomplete import command_choices, name_choices
from bot.config import Config
from bot.cooldown import UserCooldown
from bot.discord_types import Ctx
from bot.replies import send_answer, send_line, where
from commands import BY_NAME, Answer, respond, run_command
from commands.registry import help_answer
from knowledge import LiveFactBase

log = logging.getLogger(__name__)

Choices = list[app_commands.Choice[str]]

# Discord drops an interaction not acknowledged within 3 seconds. A slash
# answer not ready after this long is deferred ("Factbot is thinking…") and
# sent when done; quicker answers go out at once, with no extra round trip.
DEFER_AFTER = 1.5


P = ParamSpec("P")
CommandMethod = Callable[Concatenate["FactsCog", Ctx, P], Coroutine[Any, Any, None]]


def hybrid(name: str) -> Callable[[CommandMethod[P]], dcommands.HybridCommand[FactsCog, P, None]]:
    """dcommands.hybrid_command for one of our commands, described as the console describes it.

    discord.py types hybrid_command's argument as a union of two callback
    shapes that mypy cannot solve; this names the one shape used here.
    """
    return dcommands.hybrid_command(name=name, description=BY_NAME[name].summary)


def _safely(command: str, make: Callable[[], Choices]) -> Choices:
    """Autocomplete choices, or none if making them failed: Discord shows an
    autocomplete left unanswered as an error, and nothing is gained by that."""
    try:
        return make()
    except Exception:
        log.exception("Autocomplete for /%s failed; offering no choices", command)
        return []


class FactsCog(dcommands.Cog, name="Facts"):
    def __init__(self, live: LiveFactBase, config: Config) -> None:
        self.live = live
        self.config = config
        self.cooldown = UserCooldown(config.cooldown.rate, config.cooldown.per)

    # -- answering ---------------------------------------------------------

    async def _admit(self, ctx: Ctx) -> bool:
        """Apply the per-user cooldown; over it, say so (once per window)."""
        wait = self.cooldown.retry_after(ctx.message)
        if wait is None:
            return True
        log.debug("Cooldown: %s must wait %.1f s", where(ctx), wait)
        if ctx.interaction is not None or self.cooldown.should_notify(ctx.message):
            seconds = max(1, math.ceil(wait))
            await send_line(ctx, f"Slow down a little: you can ask again in {seconds} second{'s' * (seconds != 1)}.")
        return False

    async def _send(self, ctx: Ctx, answer: Answer) -> None:
        log.debug("%s -> %s (%s)", where(ctx), answer.status.value, answer.title)
        await send_answer(ctx, answer)

    async def answer(self, ctx: Ctx, name: str, query: str) -> None:
        """Run one command on a query and send its answer."""
        if not await self._admit(ctx):
            return
        fb = self.live.current  # once: a reload meanwhile cannot mix two fact bases
        answer = await self._compute(ctx, lambda: run_command(fb, name, query, self.config.prefix))
        await self._send(ctx, answer)

    async def _compute(self, ctx: Ctx, work: Callable[[], Answer]) -> Answer:
        """Run `work`. Under a slash command it runs off the event loop, and if
        it is not done within DEFER_AFTER the interaction is deferred first."""
        if ctx.interaction is None:
            return work()
        task = asyncio.ensure_future(asyncio.to_thread(work))
        done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
        if not done:
            log.debug("Deferring a slow answer in %s", where(ctx))
            try:
                await ctx.defer()
            except discord.HTTPException as exc:  # too late already: sending will fail and say so
                log.warning("Could not defer a slow answer in %s: %s", where(ctx), exc)
        return await task

    async def answer_message(self, ctx: Ctx, text: str) -> None:
        """Answer a whole message as the console would: `deal herts`,
        `!deal herts`, or a question in the asker's own words."""
        if not await self._admit(ctx):
            return
        if text.strip():
            answer = respond(self.live.current, text, self.config.prefix)
        else:  # a bare mention: say what the bot can do
            answer = help_answer("", self.config.prefix)
        await self._send(ctx, answer)

    # -- the commands ------------------------------------------------------

    @hybrid("deal")
    @app_commands.describe(query="A place, police force, company or deal; empty lists every deal")
    async def deal(self, ctx: Ctx, *, query: str = "") -> None:
        await self.answer(ctx, "deal", query)

    @hybrid("quote")
    @app_commands.describe(query="A speaker, an organisation or words from a quote; empty lists who is quoted")
    async def quote(self, ctx: Ctx, *, query: str = "") -> None:
        await self.answer(ctx, "quote", query)

    @hybrid("who")
    @app_commands.describe(query="A person or organisation; empty lists everyone")
    async def who(self, ctx: Ctx, *, query: str = "") -> None:
        await self.answer(ctx, "who", query)

    @hybrid("timeline")
    @app_commands.describe(query="A deal, place or police force; empty shows every deal")
    async def timeline(self, ctx: Ctx, *, query: str = "") -> None:
        await self.answer(ctx, "timeline", query)

    @hybrid("sources")
    async def sources(self, ctx: Ctx) -> None:
        await self.answer(ctx, "sources", "")

    @hybrid("ask")
    @app_commands.describe(question="Your question, in your own words")
    async def ask(self, ctx: Ctx, *, question: str) -> None:
        await self.answer(ctx, "ask", question)

    @hybrid("help")
    @app_commands.describe(command="A command to explain; empty lists them all")
    async def help(self, ctx: Ctx, *, command: str = "") -> None:
        await self.answer(ctx, "help", command)

    # -- autocomplete: suggestions only; the command resolves the value again

    def _choices(self, interaction: discord.Interaction, command: str, current: str) -> Choices:
        if not channel_allowed(self.config, interaction.channel):
            return []
        return _safely(command, lambda: name_choices(self.live.current, command, current))

    @deal.autocomplete("query")
    async def _deal_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return self._choices(interaction, "deal", current)

    @quote.autocomplete("query")
    async def _quote_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return self._choices(interaction, "quote", current)

    @who.autocomplete("query")
    async def _who_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return self._choices(interaction, "who", current)

    @timeline.autocomplete("query")
    async def _timeline_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return self._choices(interaction, "timeline", current)

    @help.autocomplete("command")
    async def _help_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return _safely("help", lambda: command_choices(current))
