"""Sending answers to Discord: embeds where allowed, plain text where not,
never a ping, and never an error raised out of a failed send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import discord

from bot.discord_types import Ctx
from bot.embeds import CONTENT, answer_embeds, group_embeds, text_pages, truncate
from commands import Answer

log = logging.getLogger(__name__)

# Set on the bot as well; repeated on every send so no code path can forget it.
NO_MENTIONS = discord.AllowedMentions.none()


class Outcome(Enum):
    """How sending an answer ended."""

    SENT = "sent"
    REFUSED = "refused"  # Discord refused the first message as it was made: nothing was sent
    FAILED = "failed"  # anything else: given up, logged


# Discord's "Missing Permissions": what it answers an embed without Embed Links,
# even when the bot's cached permissions said it had them.
MISSING_PERMISSIONS = 50013
BAD_REQUEST = 400  # the message itself was refused (an embed Discord would not take, for one)


@dataclass(frozen=True, slots=True)
class Batch:
    """What goes in one message."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None


@dataclass(frozen=True, slots=True)
class Delivered:
    """What became of an answer: all sent or not, and the message carrying its view, if it went out."""

    ok: bool
    view_message: discord.Message | None = None


def where(ctx: Ctx) -> str:
    """Where a message came from, for the log: ids only, no message text."""
    guild = f"guild {ctx.guild.id}" if ctx.guild else "DM"
    return f"{guild}, channel {ctx.channel.id}, user {ctx.author.id}"


def _can_send(ctx: Ctx, permissions: discord.Permissions) -> bool:
    if ctx.interaction is not None:
        return True  # an interaction is answered through its own webhook, whatever the channel allows
    if isinstance(ctx.channel, discord.Thread):
        return permissions.send_messages_in_threads
    return permissions.send_messages


async def _send_all(ctx: Ctx, batches: list[Batch], *, ephemeral: bool) -> tuple[Outcome, discord.Message | None]:
    """Send each batch as one message; stop at the first failure. Returns how
    it ended, and the message that carries a view, if one did."""
    permissions = ctx.bot_permissions
    if not _can_send(ctx, permissions):
        log.warning("Cannot send messages in %s; the answer was dropped", where(ctx))
        return Outcome.FAILED, None
    # A reply quotes the question, but Discord refuses one without Read Message History.
    reference = None
    if ctx.interaction is None and permissions.read_message_history:
        reference = ctx.message.to_reference(fail_if_not_exists=False)
    carrier = None
    for number, batch in enumerate(batches):
        options: dict[str, Any] = {"reference": reference} if reference and number == 0 else {}
        if batch.view is not None:
            options["view"] = batch.view
        try:
            sent = await ctx.send(
                batch.content,
                embeds=batch.embeds,
                allowed_mentions=NO_MENTIONS,
                mention_author=False,
                ephemeral=ephemeral,
                **options,
            )
        except discord.Forbidden as exc:
            log.warning("Discord refused a message in %s (%s); moving on", where(ctx), exc.text or exc.status)
            return (Outcome.REFUSED if number == 0 and exc.code == MISSING_PERMISSIONS else Outcome.FAILED), None
        except discord.RateLimited as exc:  # not an HTTPException: discord.py gave up waiting
            log.warning("Rate limited in %s for %.0f s; the answer was dropped", where(ctx), exc.retry_after)
            return Outcome.FAILED, None
        except discord.HTTPException as exc:
            if exc.status == BAD_REQUEST and number == 0:
                log.warning("Discord refused a message in %s (400, code %s: %s)", where(ctx), exc.code, exc.text)
                return Outcome.REFUSED, None
            log.exception("Sending an answer failed in %s", where(ctx))
            return Outcome.FAILED, None
        if batch.view is not None:
            carrier = sent
    return Outcome.SENT, carrier


def _plain(answer: Answer) -> list[Batch]:
    return [Batch(content=page) for page in text_pages(answer)]


async def send_answer(
    ctx: Ctx, answer: Answer, *, ephemeral: bool = False, view: discord.ui.View | None = None
) -> Delivered:
    """Send an answer as embeds, or as the terminal's plain text without
    Embed Links or when Discord refuses the embeds (a 400 for the embed, or
    Missing Permissions). Failures are logged; nothing is retried but that once.

    `view` (buttons) goes with the answer when it is one message of embeds;
    in plain text, or over several messages, the answer's own words say how
    to see more.
    """
    if ctx.bot_permissions.embed_links:
        batches = [Batch(embeds=group) for group in group_embeds(answer_embeds(answer))]
        if view is not None and len(batches) == 1:
            batches = [Batch(embeds=batches[0].embeds, view=view)]
        outcome, carrier = await _send_all(ctx, batches, ephemeral=ephemeral)
        if outcome is not Outcome.REFUSED:
            return Delivered(outcome is Outcome.SENT, carrier)
        # Once more, as plain text: it may be the embeds that were refused.
        log.info("Sending the answer in %s as plain text instead", where(ctx))
    outcome, _ = await _send_all(ctx, _plain(answer), ephemeral=ephemeral)
    return Delivered(outcome is Outcome.SENT)


async def send_line(ctx: Ctx, text: str, *, ephemeral: bool = True) -> bool:
    """One short line: a notice, a refusal, an error. Private under a slash command."""
    outcome, _ = await _send_all(ctx, [Batch(content=truncate(text, CONTENT))], ephemeral=ephemeral)
    return outcome is Outcome.SENT
