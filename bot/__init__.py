"""Adapters that show answers: the Discord bot and the terminal console.

`from bot import build_bot` works, but importing `bot` alone does not import
discord.py: the terminal console and the CLI start without paying for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.discord_bot import build_bot

__all__ = ["build_bot"]


def __getattr__(name: str) -> object:
    if name == "build_bot":
        from bot.discord_bot import build_bot  # noqa: PLC0415 - deferred: it imports discord.py

        return build_bot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
