"""Whom a message credits: the fact base's people and organisations, by
their names and aliases (typos forgiven), or a name it does not know."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge import FactBase
from knowledge.search import STOPWORDS, stem
from knowledge.text import normalise

_MOST_NAME_WORDS = 4  # an unknown name ("Boris Johnson") is short
_TYPO_RATIO = 80.0  # plain ratio between the text and a whole name for a misspelling
# Words that say someone spoke without naming anyone.
_NOBODY = frozenset(
    """someone somebody anyone anybody everyone everybody nobody people person guy man woman
    one source sources article articles bbc news report paper
    lol lmao haha ok okay yes no true false fake real wow apparently allegedly
    official officials insider insiders critic critics expert experts""".split()
)
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


@dataclass(frozen=True, slots=True)
class Named:
    """The speaker a message names."""

    text: str  # as the message wrote it
    ids: tuple[str, ...] = ()  # the entities it may be; () for a name the articles never give

    def credits(self, fb: FactBase, speaker: str) -> bool:
        """Whether naming this is crediting `speaker`: the speaker, or the
        organisation the speaker speaks for ("Unison" for its spokesman)."""
        organisation = fb.entities[speaker].organisation
        return any(i in (speaker, organisation) for i in self.ids)


def _is_entity(fb: FactBase, target: str) -> bool:
    return target in fb.entities


def _exact_inside(fb: FactBase, words: list[str]) -> tuple[str, ...]:
    """Entities named word for word somewhere in `words`, longest name first."""
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            hits = fb.names.exact(" ".join(words[start : start + size]), lambda t: _is_entity(fb, t))
            if hits:
                return tuple(h.target for h in hits)
    return ()


def _described(fb: FactBase, words: list[str]) -> tuple[str, ...]:
    """Entities whose name, aliases or role hold every telling word of the
    text: "the spokesman", "the PCC", "the firm" (G4S's role is "Security firm")."""
    wanted = {stem(w) for w in words if w not in STOPWORDS}
    if not wanted:
        return ()
    out = []
    for entity in fb.entities.values():
        described = " ".join((entity.name, *entity.aliases, entity.role))
        if wanted <= {stem(w) for w in normalise(described).split()}:
            out.append(entity.id)
    return tuple(out)


def _misspelt(fb: FactBase, text: str) -> tuple[str, ...]:
    """Entities whose whole name or alias the text misspells ("Lyod",
    "Sir Cleve"): never a name that merely contains one of its words."""
    norm = normalise(text)
    hits = [
        h
        for h in fb.names.search(text, lambda t: _is_entity(fb, t), limit=5)
        if fuzz.ratio(norm, normalise(h.name)) >= _TYPO_RATIO
    ]
    if not hits:
        return ()
    best = max(fuzz.ratio(norm, normalise(h.name)) for h in hits)
    return tuple(dict.fromkeys(h.target for h in hits if fuzz.ratio(norm, normalise(h.name)) == best))


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MOST_NAME_WORDS:
        return False
    lowered = [w.lower().strip(".") for w in words]
    return all(_NAME_WORD.match(w) for w in words) and not any(w in STOPWORDS or w in _NOBODY for w in lowered)


def resolve(fb: FactBase, text: str) -> Named | None:
    """The speaker `text` names, or None if it names no one ("he", "someone").

    In order: a name or alias inside the text; every word of it in an
    entity's name, aliases or role; a misspelt name; else, if it looks like a
    name, one the articles never give.
    """
    words = normalise(text).split()
    if not words:
        return None
    ids = _exact_inside(fb, words) or _described(fb, words) or _misspelt(fb, text)
    if ids:
        return Named(text, ids)
    return Named(text) if _looks_like_a_name(text) else None
