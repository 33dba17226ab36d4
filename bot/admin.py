"""Admin commands: `!reload` the fact base, `!sync` the slash commands."""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import PurePath

import discord
from discord.ext import commands as dcommands

from bot.access import NotAdmin, is_admin
from bot.config import Config
from bot.discord_types import Ctx
from bot.replies import send_answer, send_line, where
from bot.workers import in_thread
from commands import Answer, Status
from commands.choices import warm
from commands.format import and_list
from knowledge import FactBase, FactBaseError, LiveFactBase
from knowledge.problems import Problem

log = logging.getLogger(__name__)

SYNC_USAGE = "`{p}sync` (everywhere), `{p}sync guild` (this server, at once), `{p}sync <server id>` or `{p}sync clear`."
SERVER_ID = re.compile(r"[0-9]{17,20}")  # a Discord id (ASCII digits only: "²".isdigit() is true)
ROLES_IN_DMS = "Admin roles count only inside a server; ask in a server or add your id to admin_ids."


def shown_problem(problem: Problem, folder: str) -> str:
    """A problem as a Discord reply may show it: files named relative to the
    fact-base folder, never by their path on the server."""
    prefix = folder.rstrip("/") + "/" if folder else ""
    file = problem.file
    if folder and file.rstrip("/") == folder.rstrip("/"):
        file = "the fact-base folder"
    elif prefix and file.startswith(prefix):
        file = file[len(prefix) :]
    elif PurePath(file).is_absolute():
        file = PurePath(file).name
    message = problem.message.replace(prefix, "") if prefix else problem.message
    return f"{file}:{problem.line}: {message}"


def reload_failed(error: FactBaseError, folder: str = "") -> Answer:
    count = len(error.problems)
    lines = "\n".join(f"• {discord.utils.escape_markdown(shown_problem(p, folder))}" for p in error.problems)
    return Answer(
        title="Reload failed: still serving the previous fact base",
        body=f"{count} problem{'s' * (count != 1)} in the new files:\n{lines}",
        status=Status.USAGE,
    )


def counted(synced: list[discord.app_commands.AppCommand]) -> str:
    """What was synced, in words: "8 slash commands and 1 message command"."""
    kinds = (
        (discord.AppCommandType.chat_input, "slash command"),
        (discord.AppCommandType.message, "message command"),
        (discord.AppCommandType.user, "user command"),
    )
    parts = []
    for kind, name in kinds:
        n = sum(1 for command in synced if command.type is kind)
        if n:
            parts.append(f"{n} {name}{'s' * (n != 1)}")
    return and_list(parts) or "no commands"


class AdminCog(dcommands.Cog, name="Admin"):
    def __init__(self, live: LiveFactBase, config: Config) -> None:
        self.live = live
        self.config = config
        self._reloading = asyncio.Lock()

    async def cog_check(self, ctx: Ctx) -> bool:
        if await is_admin(ctx.bot, self.config, ctx.author):
            return True
        log.info("Refused admin command %s to %s", ctx.command, where(ctx))
        name = ctx.command.name if ctx.command else "that"
        refusal = f"Sorry, only Factbot's admins can use `{self.config.prefix}{name}`."
        if ctx.guild is None and self.config.admin_roles:  # roles exist only in a server
            refusal += f" {ROLES_IN_DMS}"
        raise NotAdmin(refusal)

    @dcommands.command(name="reload", help="Read the fact base again; keep the old one if the new files are invalid.")
    async def reload(self, ctx: Ctx) -> None:
        if self._reloading.locked():
            await send_line(ctx, "A reload is already running.", ephemeral=True)
            return
        async with self._reloading:
            try:
                # Reading and indexing the files is blocking work: keep it off the event loop.
                fresh = await in_thread(self._reload, name="factbot-reload")
            except FactBaseError as exc:
                log.warning("Reload by %s failed; still serving the previous fact base:\n%s", where(ctx), exc.report())
                answer = reload_failed(exc, str(self.live.folder or ""))
            else:
                log.info("Reloaded by %s: %s", where(ctx), fresh.summary())
                answer = Answer(title="Reloaded", body=f"Now serving {fresh.summary()}.")
        await send_answer(ctx, answer)

    def _reload(self) -> FactBase:
        fresh = self.live.reload()
        warm(fresh)  # autocomplete's lists, here rather than on the first keystroke
        return fresh

    @dcommands.command(name="sync", help="Publish the slash commands to Discord.")
    async def sync(self, ctx: Ctx, target: str = "") -> None:
        tree = ctx.bot.tree
        choice = target.strip().lower()
        guild: discord.abc.Snowflake | None = None
        if choice in ("guild", "here", "server", "clear"):
            if ctx.guild is None:
                await send_line(ctx, f"That works only in a server. Use {SYNC_USAGE.format(p=self.config.prefix)}")
                return
            guild = ctx.guild
        elif SERVER_ID.fullmatch(choice):
            guild = discord.Object(int(choice))
        elif choice.isdigit() or choice.isdecimal():  # a number, but not a server id
            await send_line(
                ctx, f"That is not a server id (17 to 20 digits). Use {SYNC_USAGE.format(p=self.config.prefix)}"
            )
            return
        elif choice:
            await send_line(ctx, f"Use {SYNC_USAGE.format(p=self.config.prefix)}")
            return
        if choice == "clear":
            tree.clear_commands(guild=guild)
        elif guild is not None:
            tree.copy_global_to(guild=guild)  # server commands update at once; global ones can take a while
        try:
            synced = await tree.sync(guild=guild)
        except discord.Forbidden:
            await send_line(
                ctx,
                "Discord refused: the bot needs the `applications.commands` scope in that server. "
                "Invite it again with the link from the README.",
            )
            return
        except discord.HTTPException as exc:
            log.warning("Syncing slash commands failed: %s %s", exc.status, exc.text)
            await send_line(ctx, f"Syncing failed: Discord said {exc.status} {exc.text or ''}".strip())
            return
        scope = f"server {guild.id}" if guild is not None else "every server (global)"
        log.info("Synced %d commands to %s, asked by %s", len(synced), scope, where(ctx))
        if choice == "clear":
            line = f"Removed the copies of the commands in {scope}; the global ones remain."
        else:
            line = f"Synced {counted(synced)} to {scope}."
            if guild is not None and self.config.user_installs:
                line += f" Installs to a person's account use only the global ones (`{self.config.prefix}sync`)."
        await send_line(ctx, line, ephemeral=False)
