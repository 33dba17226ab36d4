"""What the user sees when a command goes wrong: one friendly line.
The traceback goes to the log, never to the channel."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands as dcommands

from bot.access import NotAdmin, NotHere
from bot.config import Config
from bot.cooldown import Gate
from bot.discord_types import AnyBot, Ctx
from bot.replies import NO_MENTIONS, send_line, where
from commands import BY_NAME

log = logging.getLogger(__name__)

FRIENDLY = "Sorry, something went wrong while answering that. It has been logged for the bot's admins."
NOT_HERE = "I don't answer in this channel; try one of the channels this server set aside for me."
OUT_OF_DATE = "This slash command is out of date here; an admin can refresh it with `{prefix}sync`."


_WRAPPERS = (dcommands.CommandInvokeError, dcommands.HybridCommandError, app_commands.CommandInvokeError)


def _original(error: BaseException) -> BaseException:
    """The exception a command raised, out of discord.py's wrappers."""
    while isinstance(error, _WRAPPERS):
        error = error.original
    return error


def _usage(prefix: str, ctx: Ctx) -> str:
    name = ctx.command.name if ctx.command else ""
    command = BY_NAME.get(name)
    if command is None:
        return f"That command needs more. Try `{prefix}help`."
    return f"`{prefix}{command.name}` needs {command.usage}, e.g. `{prefix}{command.examples[0]}`."


class ErrorsCog(dcommands.Cog, name="Errors"):
    def __init__(self, config: Config) -> None:
        self.config = config

    def line_for(self, ctx: Ctx, error: dcommands.CommandError) -> str | None:
        """The line to show for an error, or None to stay quiet."""
        prefix = self.config.prefix
        if isinstance(error, dcommands.CommandNotFound | dcommands.DisabledCommand):
            return None
        if isinstance(error, NotHere):  # quiet, except that a slash command must be answered
            return NOT_HERE if ctx.interaction is not None else None
        if isinstance(error, NotAdmin):
            return str(error)
        if isinstance(error, dcommands.MissingRequiredArgument):
            return _usage(prefix, ctx)
        if isinstance(error, dcommands.UserInputError):
            name = ctx.command.name if ctx.command else ""
            return f"I couldn't read that. Try `{prefix}help {name}`.".replace(" `.", "`.")
        if isinstance(error, dcommands.CheckFailure):
            return "You can't use that command here."
        original = _original(error)
        if isinstance(original, discord.Forbidden):
            # Discord refused us in this channel: reporting it there would be refused too.
            log.warning("Discord refused an action in %s: %s", where(ctx), original.text or original.status)
            return None
        command = ctx.command.qualified_name if ctx.command else "?"
        log.error("Command %s failed in %s", command, where(ctx), exc_info=original)
        return FRIENDLY

    @dcommands.Cog.listener()
    async def on_command_error(self, ctx: Ctx, error: dcommands.CommandError) -> None:
        line = self.line_for(ctx, error)
        if line is not None:
            await send_line(ctx, line)


class FactbotTree(app_commands.CommandTree[AnyBot]):
    """Slash-command errors that never reach a command (hybrid commands
    report theirs to on_command_error): chiefly commands out of sync."""

    prefix = "!"  # the bot sets its configured prefix, for the hint
    gate: Gate | None = None  # and its cooldown

    async def interaction_check(self, interaction: discord.Interaction[AnyBot], /) -> bool:
        """The cooldown for slash commands; autocomplete is not a reply, and is not counted."""
        if self.gate is None or interaction.type is not discord.InteractionType.application_command:
            return True
        return await self.gate.admit_interaction(interaction)

    async def on_error(self, interaction: discord.Interaction[AnyBot], error: app_commands.AppCommandError) -> None:
        name = interaction.command.qualified_name if interaction.command else "?"
        if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            log.warning("Slash command %s does not match this bot's commands; run the sync command", name)
            line = OUT_OF_DATE.format(prefix=self.prefix)
        else:
            log.error("Slash command %s failed", name, exc_info=_original(error))
            line = FRIENDLY
        try:
            if interaction.response.is_done():
                await interaction.followup.send(line, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(line, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("Could not report a slash-command error to user %s", interaction.user.id)
