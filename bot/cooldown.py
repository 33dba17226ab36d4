"""The per-user cooldown, applied to every reply the bot makes.

Answers, usage hints, refusals, error lines, page turns: each request that
would get a reply counts against the asker's allowance. Over it, a message
in a channel gets one notice per window and then silence, so that no one can
make the bot flood a channel. An interaction (a slash command, a button) is
told every time, privately: Discord shows an unanswered one as failed, and
no one else sees the notice.
"""

from __future__ import annotations

import logging
import math
from enum import Enum

import discord
from discord.ext import commands as dcommands

from bot.discord_types import Ctx
from bot.replies import NO_MENTIONS, send_line, where

log = logging.getLogger(__name__)


class Verdict(Enum):
    ANSWER = "answer"  # within the allowance
    NOTICE = "notice"  # over it: say so, this once in the window
    QUIET = "quiet"  # over it, and already told


def _user(user_id: int) -> int:
    return user_id


def notice(wait: float) -> str:
    seconds = max(1, math.ceil(wait))
    return f"Slow down a little: you can ask again in {seconds} second{'s' * (seconds != 1)}."


class UserCooldown:
    """At most `rate` replies per user in `per` seconds, across all commands."""

    def __init__(self, rate: int, per: float) -> None:
        self.enabled = per > 0
        self._answers = dcommands.CooldownMapping[int](dcommands.Cooldown(rate, per), _user)
        self._notices = dcommands.CooldownMapping[int](dcommands.Cooldown(1, per), _user)

    def admit(self, user_id: int) -> tuple[Verdict, float]:
        """What to do with this user's request, counting it; and the seconds to wait if over."""
        if not self.enabled:
            return Verdict.ANSWER, 0.0
        wait = self._answers.update_rate_limit(user_id)
        if wait is None:
            return Verdict.ANSWER, 0.0
        told = self._notices.update_rate_limit(user_id) is not None
        return (Verdict.QUIET if told else Verdict.NOTICE), wait


class Gate:
    """The cooldown at the bot's doors: messages and interactions."""

    def __init__(self, cooldown: UserCooldown) -> None:
        self.cooldown = cooldown

    async def admit(self, ctx: Ctx) -> bool:
        """Whether to answer a message; over the allowance, the notice is sent (once) here."""
        verdict, wait = self.cooldown.admit(ctx.author.id)
        if verdict is Verdict.ANSWER:
            return True
        log.debug("Cooldown: %s must wait %.1f s (%s)", where(ctx), wait, verdict.value)
        if verdict is Verdict.NOTICE:
            await send_line(ctx, notice(wait))
        return False

    async def admit_interaction(self, interaction: discord.Interaction) -> bool:
        """Whether to act on an interaction; over the allowance, the asker is told privately."""
        verdict, wait = self.cooldown.admit(interaction.user.id)
        if verdict is Verdict.ANSWER:
            return True
        log.debug("Cooldown: user %s must wait %.1f s (interaction)", interaction.user.id, wait)
        try:
            await interaction.response.send_message(notice(wait), ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.warning("Could not tell user %s about the cooldown: %s", interaction.user.id, exc)
        return False
