"""Where an interaction comes from, and so who may see the answer.

Factbot can be installed to a server (everyone there can use it) or to a
person's own account (they can use it anywhere: in servers that never added
it, in group DMs, in DMs with friends). Every interaction says where it came
from (`context`) and which installs allowed it (`authorizing_integration_owners`).

Answers are public where Factbot was invited: a server that added it, and
its own DMs. Everywhere else they are ephemeral, seen by the asker alone.
Discord forces that in a server that restricts external apps (the Use
External Apps permission); where it would allow a public answer, it is still
a place whose people never chose the bot, and a fact check posted to all of
them is not the asker's to impose.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import discord
from discord import app_commands

from bot.config import Config


def installs(config: Config) -> app_commands.AppInstallationType:
    """Where every slash and message command can be installed: to servers, and
    (unless the config says not) to a person's own account."""
    return app_commands.AppInstallationType(guild=True, user=config.user_installs)


def contexts(config: Config) -> app_commands.AppCommandContext:
    """Where they can be used: servers and the bot's DMs, and with user
    installs group DMs and other people's DMs (only a user install reaches those)."""
    return app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=config.user_installs)


class Place(Enum):
    """Where an interaction came from, as far as answering it goes."""

    SERVER = "a server that added Factbot"
    BOT_DM = "a DM with Factbot"
    OTHER_SERVER = "a server without Factbot"
    PRIVATE_CHANNEL = "a group DM or a DM between others"

    @property
    def invited(self) -> bool:
        """Whether the people here chose Factbot: its answers are public, and the channel allowlist applies."""
        return self in (Place.SERVER, Place.BOT_DM)


def place_of(interaction: discord.Interaction[Any]) -> Place:
    """Where `interaction` came from.

    A server counts as having added Factbot when its own install authorised
    the interaction, or when the bot is a member there (a server that added
    the bot before it was user-installable, or whose install Discord left out).
    Without a `context` (an interaction from before user installs), a DM is
    taken as the bot's own, as every DM with a command was then.
    """
    if interaction.guild_id is not None:
        if interaction.is_guild_integration() or interaction.client.get_guild(interaction.guild_id) is not None:
            return Place.SERVER
        return Place.OTHER_SERVER
    context = interaction.context
    if context.private_channel:
        return Place.PRIVATE_CHANNEL
    if context.dm_channel:
        return Place.BOT_DM
    if isinstance(interaction.channel, discord.GroupChannel):
        return Place.PRIVATE_CHANNEL
    return Place.BOT_DM


def answers_privately(interaction: discord.Interaction[Any] | None) -> bool:
    """Whether the answer to `interaction` is ephemeral (None: a message, answered in public)."""
    return interaction is not None and not place_of(interaction).invited
