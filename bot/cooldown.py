"""The per-user cooldown shared by every command and mention."""

from __future__ import annotations

import discord
from discord.ext import commands as dcommands


class UserCooldown:
    """At most `rate` answers per user in `per` seconds, across all commands.

    Over the limit, the user is told once per window; repeating the notice on
    every message would let one user make the bot spam the channel.
    """

    def __init__(self, rate: int, per: float) -> None:
        self.enabled = per > 0
        self._answers = dcommands.CooldownMapping.from_cooldown(rate, per, dcommands.BucketType.user)
        self._notices = dcommands.CooldownMapping.from_cooldown(1, per, dcommands.BucketType.user)

    def retry_after(self, message: discord.Message) -> float | None:
        """None if the author may have an answer now; else the seconds to wait. Counts the request."""
        if not self.enabled:
            return None
        return self._answers.update_rate_limit(message)

    def should_notify(self, message: discord.Message) -> bool:
        """Whether to tell the author about the cooldown this time."""
        return self._notices.update_rate_limit(message) is None
