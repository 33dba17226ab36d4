"""Connecting to Discord: built in the Discord adapter issue."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.config import Config


def run_discord(config: Config, folder: Path | None = None) -> int:
    print("factbot: the Discord adapter is not part of this build yet; use 'factbot console'.", file=sys.stderr)
    return 2
