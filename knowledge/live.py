"""The fact base currently served, swapped whole on reload.

Readers take `live.current` once per answer and use only that object, so a
reload mid-answer cannot mix two versions. A failed reload changes nothing.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from knowledge.factbase import FactBase
from knowledge.matching import ACCEPT, MARGIN


class LiveFactBase:
    def __init__(
        self,
        folder: Traversable | Path | None = None,
        current: FactBase | None = None,
        accept: float = ACCEPT,
        margin: float = MARGIN,
    ) -> None:
        self.folder = folder
        self.accept = accept
        self.margin = margin
        self.current = current if current is not None else FactBase.load(folder, accept, margin)

    def reload(self) -> FactBase:
        """Load the folder again and swap it in; on error the old one stays.

        Blocking: call it off the event loop. Raises FactBaseError.
        """
        fresh = FactBase.load(self.folder, self.accept, self.margin)
        self.current = fresh  # one reference assignment: atomic for readers
        return fresh
