"""Record ids: lower-case words and hyphens, unique across the fact base."""

from __future__ import annotations

import re

from knowledge.text import normalise

_STOP = frozenset(
    """a an the and or of to in on at for from by with as is are was were be been it its this that these those
    we i you he she they our my your their his her has have had will would can could should not no but so than
    then there here all any some about into over after before very just also what which who""".split()
)
_NON_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, words: int = 6, skip_stopwords: bool = False) -> str:
    parts = [w for w in _NON_ID.split(normalise(text)) if w]
    if skip_stopwords:
        parts = [w for w in parts if w not in _STOP] or parts
    return "-".join(parts[:words]) or "item"


class Ids:
    """Hands out ids no record in the draft or the fact base already has."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)
        self._next: dict[str, int] = {}  # the suffix to try next for a base, so a long article stays linear

    def new(self, base: str) -> str:
        base = base.strip("-") or "item"
        candidate, n = base, self._next.get(base, 2)
        while candidate in self.taken:
            candidate, n = f"{base}-{n}", n + 1
        self._next[base] = n
        self.taken.add(candidate)
        return candidate
