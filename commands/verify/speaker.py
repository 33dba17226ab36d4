"""Whom a message credits: the fact base's people and organisations, by
their names and aliases (typos forgiven), or a name it does not know."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from knowledge import FactBase
from knowledge.analysis import STOPWORDS, stem
from knowledge.text import normalise

_MOST_NAME_WORDS = 4  # an unknown name ("Boris Johnson") is short
# A word of a name misspelt: "Lyod" for "Lloyd" is 0.81, "Smith" for "Shaw" 0.48.
_TYPO_SIMILARITY = 0.8
_TYPO_LENGTH = 4
# Words that say someone spoke without naming anyone.
_NOBODY = frozenset(
    """someone somebody anyone anybody everyone everybody nobody people person guy man woman
    one source sources article articles bbc news report paper
    lol lmao haha ok okay yes no true false fake real wow apparently allegedly
    official officials insider insiders critic critics expert experts""".split()
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "our"})
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
    """Entities whose name, aliases or role hold every word of the text but
    an article: "the spokesman", "the PCC", "the firm" (G4S's role is
    "Security firm"). Not "I have framework": that is no description."""
    wanted = {stem(w) for w in words if w not in _ARTICLES}
    if not wanted or len(words) > _MOST_NAME_WORDS:
        return ()
    out = []
    for entity in fb.entities.values():
        described = " ".join((entity.name, *entity.aliases, entity.role))
        if wanted <= {stem(w) for w in normalise(described).split()}:
            out.append(entity.id)
    return tuple(out)


def _same_name(typed: list[str], name: list[str]) -> bool:
    """Word for word the same name, each word equal or a typo of it (Jaro-Winkler)."""
    return len(typed) == len(name) and all(
        a == b or (min(len(a), len(b)) >= _TYPO_LENGTH and JaroWinkler.normalized_similarity(a, b) >= _TYPO_SIMILARITY)
        for a, b in zip(typed, name, strict=True)
    )


def _misspelt(fb: FactBase, text: str) -> tuple[str, ...]:
    """Entities whose whole name or alias the text misspells ("Lyod",
    "Sir Cleve"): never a name that merely contains one of its words."""
    typed = normalise(text).split()
    hits = fb.names.search(text, lambda t: _is_entity(fb, t), limit=5)
    return tuple(
        h.target for h in hits if any(_same_name(typed, normalise(n).split()) for n in fb.names.names_of(h.target))
    )


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MOST_NAME_WORDS:
        return False
    lowered = [w.lower().strip(".") for w in words]
    return all(_NAME_WORD.match(w) for w in words) and not any(w in STOPWORDS or w in _NOBODY for w in lowered)


def _exact_whole(fb: FactBase, words: list[str]) -> tuple[str, ...]:
    """Entities the text names exactly, an article before it aside ("the union")."""
    while words and words[0] in _ARTICLES and len(words) > 1:
        hits = fb.names.exact(" ".join(words), lambda t: _is_entity(fb, t))
        if hits:
            return tuple(h.target for h in hits)
        words = words[1:]
    return tuple(h.target for h in fb.names.exact(" ".join(words), lambda t: _is_entity(fb, t)))


def resolve(fb: FactBase, text: str, *, inside: bool = True) -> Named | None:
    """The speaker `text` names, or None if it names no one ("he", "someone").

    In order: a name or alias (anywhere inside the text if `inside`, else
    the whole text); every word of it in an entity's name, aliases or role; a
    misspelt name; else, if it looks like a name, one the articles never give.
    `inside` is for the words around a quotation, never the claim's own: in
    "I have always said more officers on the beat (Herts PCC)", "more
    officers on the beat" is no name, though it ends in one.
    """
    words = normalise(text).split()
    if not words:
        return None
    named = _exact_inside(fb, words) if inside else _exact_whole(fb, words)
    ids = named or _described(fb, words) or _misspelt(fb, text)
    if ids:
        return Named(text, ids)
    return Named(text) if _looks_like_a_name(text) else None
