"""Previous and Next buttons under an answer that has more than one page.

Only the person who asked may turn the pages (anyone else is told so,
privately); the buttons go after PAGE_TIMEOUT without use. Each page is
worked out again, off the event loop, exactly as its text form
(`!quote lloyd page 2`) would be, so the buttons and the words always agree.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import discord

from bot.embeds import answer_embeds, group_embeds
from bot.errors import FRIENDLY
from bot.replies import NO_MENTIONS
from bot.workers import TooSlow
from commands import Answer, Status

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 180.0  # seconds without a click before the buttons are removed
NOT_YOURS = "Only the person who asked can turn these pages. Ask the same yourself to get pages of your own."
TOO_SLOW = "That page took too long to put together; try again in a moment."

Turn = Callable[[int], Awaitable[Answer]]  # the answer's page n, worked out off the event loop
Admit = Callable[[discord.Interaction], Awaitable[bool]]  # the cooldown; it answers a refused click itself


class Pages(discord.ui.View):
    """The buttons under one paged answer."""

    def __init__(self, *, asker: int, first: Answer, turn: Turn, admit: Admit, timeout: float | None = None) -> None:
        super().__init__(timeout=PAGE_TIMEOUT if timeout is None else timeout)
        self.asker = asker
        self.page, self.pages = first.page, first.pages
        self.message: discord.Message | None = None  # set once the answer is sent
        self.closed = asyncio.Event()  # set when the buttons have been taken away
        self._turn = turn
        self._admit = admit
        self._show_position()

    def _show_position(self) -> None:
        self.previous_page.disabled = self.page <= 1
        self.next_page.disabled = self.page >= self.pages
        self.position.label = f"Page {self.page} of {self.pages}"

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, self.page - 1)

    @discord.ui.button(label="Page", style=discord.ButtonStyle.secondary, disabled=True)
    async def position(self, interaction: discord.Interaction, button: discord.ui.Button[Pages]) -> None:
        """A label only: Discord has no text between buttons."""

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, self.page + 1)

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if not await self._admit(interaction):
            return False
        if interaction.user.id != self.asker:
            await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return False
        return True

    async def _show(self, interaction: discord.Interaction, page: int) -> None:
        try:
            answer = await self._turn(max(1, min(page, self.pages)))
        except TooSlow:
            log.warning("Page %d for user %s was not ready in time", page, interaction.user.id)
            await interaction.response.send_message(TOO_SLOW, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        if answer.pages <= 1 or answer.status is Status.USAGE:
            # The fact base was reloaded meanwhile and the answer is no longer paged: show it, without buttons.
            self.stop()
            await self._edit(interaction, answer, None)
            return
        self.page, self.pages = answer.page, answer.pages
        self._show_position()
        await self._edit(interaction, answer, self)

    @staticmethod
    async def _edit(interaction: discord.Interaction, answer: Answer, view: discord.ui.View | None) -> None:
        messages = group_embeds(answer_embeds(answer))
        if len(messages) > 1:
            log.warning("Page %d of %r needs %d messages; showing the first", answer.page, answer.title, len(messages))
        await interaction.response.edit_message(embeds=messages[0], view=view, allowed_mentions=NO_MENTIONS)

    async def on_timeout(self) -> None:
        if self.message is not None:
            try:
                await self.message.edit(view=None)
            except Exception as exc:  # deleted meanwhile, no longer ours to edit, or the client restarted
                log.debug("Could not remove the page buttons from message %s: %s", self.message.id, exc)
        self.closed.set()

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Pages], /
    ) -> None:
        log.error("Turning a page failed for user %s", interaction.user.id, exc_info=error)
        if not interaction.response.is_done():
            try:
                await interaction.response.send_message(FRIENDLY, ephemeral=True, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.warning("Could not report a failed page turn to user %s", interaction.user.id)
