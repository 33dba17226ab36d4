"""The fact commands as hybrid commands (`!deal herts` and `/deal query:herts`),
the "Who said this?" message command, and messages answered as the console
answers them (mentions, direct messages).

Every answer is worked out in a worker thread (bot.workers), never on the
event loop; the cooldown is applied before a request gets here (bot.cooldown).
A slash or message command is answered in public where Factbot was invited,
and privately elsewhere (bot.installs); "Who said this?" always privately.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec

import discord
from discord import app_commands
from discord.ext import commands as dcommands

from bot import who_said
from bot.access import allowed_for
from bot.autocomplete import command_choices, name_choices
from bot.config import Config
from bot.cooldown import Gate
from bot.discord_types import AnyBot, Ctx
from bot.errors import NOT_HERE
from bot.installs import answers_privately, place_of
from bot.paging import Pages
from bot.replies import NO_MENTIONS, send_answer, send_line, where
from bot.workers import TooSlow, Workers
from commands import BY_NAME, Answer, respond, run_command
from commands.answer import with_page
from commands.registry import help_answer
from knowledge import FactBase, LiveFactBase

log = logging.getLogger(__name__)

Choices = list[app_commands.Choice[str]]
# An answer as asked (page None), or page n of it: the same query each time,
# so that the buttons show exactly what the text form `... page n` shows.
Work = Callable[[FactBase, int | None], Answer]

# Discord drops an interaction not acknowledged within 3 seconds. A slash
# answer not ready after this long is deferred ("Factbot is thinking…") and
# sent when done; quicker answers go out at once, with no extra round trip.
DEFER_AFTER = 1.5
ANSWER_DEADLINE = 10.0  # past this the asker is told, and the answer dropped when it comes
PAGE_DEADLINE = 2.5  # a button must be answered within Discord's 3 seconds
CHOICES_DEADLINE = 2.0  # likewise autocomplete
TOO_SLOW = "That took too long to answer, so I gave up on it. Try fewer or more specific words."


P = ParamSpec("P")
CommandMethod = Callable[Concatenate["FactsCog", Ctx, P], Coroutine[Any, Any, None]]


def hybrid(name: str) -> Callable[[CommandMethod[P]], dcommands.HybridCommand[FactsCog, P, None]]:
    """dcommands.hybrid_command for one of our commands, described as the console describes it.

    discord.py types hybrid_command's argument as a union of two callback
    shapes that mypy cannot solve; this names the one shape used here.
    """
    return dcommands.hybrid_command(name=name, description=BY_NAME[name].summary)


def _safely(command: str, make: Callable[[], Choices]) -> Callable[[], Choices]:
    """Autocomplete choices, or none if making them failed: Discord shows an
    autocomplete left unanswered as an error, and nothing is gained by that."""

    def choices() -> Choices:
        try:
            return make()
        except Exception:
            log.exception("Autocomplete for /%s failed; offering no choices", command)
            return []

    return choices


class FactsCog(dcommands.Cog, name="Facts"):
    def __init__(self, bot: AnyBot, live: LiveFactBase, config: Config, gate: Gate) -> None:
        self.bot = bot
        self.live = live
        self.config = config
        self.gate = gate
        self.workers = Workers()
        self.choosers = Workers(limit=2, name="factbot-choices")  # apart: keystrokes must not queue behind answers
        # discord.py has no decorator for a message command inside a cog: it is added to the tree with the cog.
        self.who_said_menu = app_commands.ContextMenu(name=who_said.NAME, callback=self.who_said_this)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.who_said_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.who_said_menu.name, type=self.who_said_menu.type)

    # -- answering ---------------------------------------------------------

    async def answer(self, ctx: Ctx, name: str, query: str) -> None:
        """Run one command on a query and send its answer."""
        prefix = self.config.prefix

        def work(fb: FactBase, page: int | None) -> Answer:
            return run_command(fb, name, query if page is None else with_page(query, page), prefix)

        await self._deliver(ctx, work)

    async def answer_message(self, ctx: Ctx, text: str) -> None:
        """Answer a whole message as the console would: `deal herts`,
        `!deal herts`, or a question in the asker's own words."""
        prefix = self.config.prefix
        if not text.strip():  # a bare mention: say what the bot can do

            def work(fb: FactBase, page: int | None) -> Answer:
                return help_answer("", prefix)

        else:

            def work(fb: FactBase, page: int | None) -> Answer:
                return respond(fb, text if page is None else with_page(text, page), prefix)

        await self._deliver(ctx, work)

    async def _deliver(self, ctx: Ctx, work: Work, *, private: bool | None = None) -> None:
        """Work out an answer and send it: privately if `private`, and by
        default where Factbot was not invited (bot.installs)."""
        if private is None:
            private = answers_privately(ctx.interaction)
        fb = self.live.current  # once: a reload meanwhile cannot mix two fact bases
        try:
            answer = await self._compute(ctx, lambda: work(fb, None), private=private)
        except TooSlow as exc:
            log.warning("An answer in %s was not ready within %g s; the asker was told", where(ctx), exc.deadline)
            await send_line(ctx, TOO_SLOW)
            return
        log.debug("%s -> %s (%s)%s", where(ctx), answer.status.value, answer.title, " privately" * private)
        pages = None
        if answer.pages > 1:
            pages = Pages(
                asker=ctx.author.id,
                first=answer,
                turn=lambda page: self._page(work, page),
                admit=self.gate.admit_interaction,
            )
        delivered = await send_answer(ctx, answer, ephemeral=private, view=pages)
        if pages is not None:
            if delivered.view_message is None:  # sent as text, or not at all: no buttons to look after
                pages.stop()
            else:
                pages.message = delivered.view_message

    async def _page(self, work: Work, page: int) -> Answer:
        fb = self.live.current
        return await self.workers.run(lambda: work(fb, page), deadline=PAGE_DEADLINE)

    async def _compute(self, ctx: Ctx, work: Callable[[], Answer], *, private: bool) -> Answer:
        """Run `work` in a worker. Under an interaction, if it is not done
        within DEFER_AFTER, the interaction is deferred first (privately if
        the answer will be: a deferred answer keeps the defer's visibility)."""
        task = asyncio.ensure_future(self.workers.run(work, deadline=ANSWER_DEADLINE))
        try:
            if ctx.interaction is not None:
                done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
                if not done:
                    log.debug("Deferring a slow answer in %s", where(ctx))
                    try:
                        await ctx.defer(ephemeral=private)
                    except discord.HTTPException as exc:  # too late already: sending will fail and say so
                        log.warning("Could not defer a slow answer in %s: %s", where(ctx), exc)
            return await task
        finally:
            task.cancel()  # a no-op once done; stops the wait if this handler is cancelled

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

    @hybrid("verify")
    @app_commands.describe(text="The words, as posted: with or without quotation marks and who said them")
    async def verify(self, ctx: Ctx, *, text: str) -> None:
        await self.answer(ctx, "verify", text)

    @hybrid("help")
    @app_commands.describe(command="A command to explain; empty lists them all")
    async def help(self, ctx: Ctx, *, command: str = "") -> None:
        await self.answer(ctx, "help", command)

    # -- the message command -------------------------------------------------

    async def who_said_this(self, interaction: discord.Interaction[AnyBot], message: discord.Message) -> None:
        """The message command: `verify` on the message's words, answered to
        the asker alone. The cooldown was applied by the tree (FactbotTree)."""
        if not allowed_for(self.config, interaction.channel, interaction):
            await interaction.response.send_message(NOT_HERE, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        ctx: Ctx = await dcommands.Context.from_interaction(interaction)
        target = who_said.Target.of(message)  # copied here: the worker touches no discord.py object
        prefix = self.config.prefix

        def work(fb: FactBase, page: int | None) -> Answer:
            return who_said.check(fb, target, prefix)

        log.debug("%s used %r from %s", where(ctx), who_said.NAME, place_of(interaction).value)
        await self._deliver(ctx, work, private=True)

    # -- autocomplete: suggestions only; the command resolves the value again

    async def _choices(self, interaction: discord.Interaction, command: str, current: str) -> Choices:
        if not allowed_for(self.config, interaction.channel, interaction):
            return []
        fb = self.live.current
        return await self._offer(command, _safely(command, lambda: name_choices(fb, command, current)))

    async def _offer(self, command: str, make: Callable[[], Choices]) -> Choices:
        try:
            return await self.choosers.run(make, deadline=CHOICES_DEADLINE)
        except TooSlow:
            log.warning(
                "Autocomplete for /%s was not ready within %g s; offering no choices", command, CHOICES_DEADLINE
            )
            return []

    @deal.autocomplete("query")
    async def _deal_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return await self._choices(interaction, "deal", current)

    @quote.autocomplete("query")
    async def _quote_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return await self._choices(interaction, "quote", current)

    @who.autocomplete("query")
    async def _who_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return await self._choices(interaction, "who", current)

    @timeline.autocomplete("query")
    async def _timeline_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return await self._choices(interaction, "timeline", current)

    @help.autocomplete("command")
    async def _help_choices(self, interaction: discord.Interaction, current: str) -> Choices:
        return await self._offer("help", _safely("help", lambda: command_choices(current)))
