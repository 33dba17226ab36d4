"""Type names shared by the Discord modules."""

from __future__ import annotations

from typing import TypeAlias

from discord.ext import commands as dcommands

AnyBot: TypeAlias = dcommands.Bot | dcommands.AutoShardedBot
Ctx: TypeAlias = dcommands.Context[AnyBot]
