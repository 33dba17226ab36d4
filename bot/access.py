"""Who may use what, and where: the channel allowlist and the admin check."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord.ext import commands as dcommands

from bot.config import Config
from bot.discord_types import AnyBot
from bot.installs import place_of

log = logging.getLogger(__name__)


class NotHere(dcommands.CheckFailure):
    """A channel outside the allowlist: the bot stays quiet there."""


class NotAdmin(dcommands.CheckFailure):
    """An admin command from someone else; the message is the polite refusal."""


def channel_allowed(config: Config, channel: object) -> bool:
    """Whether the bot answers in `channel`.

    With no allowlist, everywhere. With one, a channel counts if it, the
    channel a thread is in, or its category is listed. Direct messages are
    always answered: they disturb nobody else.
    """
    if not config.channels or getattr(channel, "guild", None) is None:
        return True
    ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None), getattr(channel, "category_id", None)}
    parent = getattr(channel, "parent", None)
    if parent is not None:  # a thread: its parent's category counts too
        ids.add(getattr(parent, "category_id", None))
    return not config.channels.isdisjoint(ids)


def allowed_for(config: Config, channel: object, interaction: discord.Interaction[Any] | None) -> bool:
    """Whether the bot answers a message or an interaction in `channel`.

    The allowlist is the choice of the servers that added Factbot. It does
    not bind someone using their own install where Factbot was never added
    (a server without it, a group DM): the answer is theirs alone to see.
    """
    if interaction is not None and not place_of(interaction).invited:
        return True
    return channel_allowed(config, channel)


async def is_admin(bot: AnyBot, config: Config, user: discord.abc.User) -> bool:
    """A configured admin id, a member holding an admin role, or the owner
    of the application (or a member of its team)."""
    if user.id in config.admin_ids:
        return True
    if isinstance(user, discord.Member) and any(role.id in config.admin_roles for role in user.roles):
        return True
    try:
        return await bot.is_owner(user)
    except discord.HTTPException:
        log.warning("Could not fetch the application owner from Discord; treating user %s as not an admin", user.id)
        return False
