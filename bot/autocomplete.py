"""Slash-command autocomplete: commands/choices.py's choices within Discord's
limits (25 choices, names and values of at most 100 characters).

Called in worker threads (bot.facts_cog), never on the event loop.
"""

from __future__ import annotations

from discord import app_commands

from bot.embeds import truncate
from commands import choices
from commands.choices import CHOICES
from knowledge import FactBase

__all__ = ["CHOICE_CHARS", "command_choices", "name_choices"]

CHOICE_CHARS = 100  # Discord's limit on a choice's name and value


def _within_limits(found: list[choices.Choice]) -> list[app_commands.Choice[str]]:
    # Two names cut to the same 100 characters are offered once, as the better.
    labels: dict[str, str] = {}
    for c in found:
        labels.setdefault(truncate(c.name, CHOICE_CHARS), truncate(c.value, CHOICE_CHARS))
    return [app_commands.Choice(name=shown, value=sent) for shown, sent in labels.items()][:CHOICES]


def name_choices(fb: FactBase, command: str, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 names for a command's argument, best first (commands.choices.name_choices)."""
    return _within_limits(choices.name_choices(fb, command, current[:CHOICE_CHARS]))


def command_choices(current: str) -> list[app_commands.Choice[str]]:
    """Command names for /help: those starting with what was typed, then the rest."""
    return _within_limits(choices.command_choices(current))
