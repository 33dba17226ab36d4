"""The fact base currently served, swapped whole on reload.

Readers take `live.current` once per answer and use only that object, so a
reload mid-answer cannot mix two versions. A failed reload changes nothing.
"""

from __future__ import annotations

import gc
from importlib.resources.abc import Traversable
from pathlib import Path

from knowledge.factbase import FactBase
from knowledge.freeing import release
from knowledge.matching import ACCEPT, MARGIN


class LiveFactBase:
    def __init__(
        self,
        folder: Traversable | Path | None = None,
        current: FactBase | None = None,
        accept: float = ACCEPT,
        margin: float = MARGIN,
        *,
        cache: Path | None = None,
    ) -> None:
        """`cache`: where builds are kept, if not beside the fact files (knowledge/cache.py)."""
        self.folder = folder
        self.accept = accept
        self.margin = margin
        self.cache = cache
        self.current = current if current is not None else self._load(background=False)

    def _load(self, *, background: bool = True) -> FactBase:
        """Build a fact base without stalling other threads on garbage collection.

        Building makes millions of small objects; the cyclic collector would
        walk them again and again, holding the GIL (and so the event loop) for
        hundreds of milliseconds. They hold no cycles, so it is paused while
        building, and the result is frozen out of its reach for good.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            # At start-up nothing is served until this is done: a build runs at full priority.
            fresh = FactBase.load(self.folder, self.accept, self.margin, cache=self.cache, background=background)
            _ = fresh.questions  # built here, not on the first question
            # Frozen before the collector is back: otherwise a collection
            # triggered meanwhile by another thread would walk all of it.
            gc.freeze()
        finally:
            if paused:
                gc.enable()
        return fresh

    def reload(self) -> FactBase:
        """Load the folder again and swap it in; on error the old one stays.

        Blocking: call it off the event loop. Raises FactBaseError.
        """
        fresh = self._load()
        replaced: list[object] = [self.current]
        self.current = fresh  # one reference assignment: atomic for readers
        release(replaced)
        return fresh
