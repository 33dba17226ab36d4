"""Turning a command's query into the records it names.

Order of trust: an exact name or alias; then a clear fuzzy name; then words
inside the content. Anything less certain becomes "did you mean", never a
silent answer about something else.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge import PLACE_PREFIX, FactBase, Found, Hit
from knowledge.analysis import STOPWORDS
from knowledge.model import ItemKind
from knowledge.text import normalise

# A content hit must cover this share of the query's weight to count.
CONTENT_ACCEPT = 0.75
# A did-you-mean must share something with the query: a word of it at least
# this long that begins the same as a word of the name, or is a typo of one.
_SHARED_WORD = 3
_WORD_TYPO = 70.0
# What shows a deal by its words: its own description and its records, not the people in it.
_DEAL_EVIDENCE: tuple[ItemKind, ...] = ("fact", "quote", "event", "deal")


@dataclass(frozen=True, slots=True)
class Lookup:
    """What a query resolved to, in the terms a command needs."""

    targets: tuple[str, ...] = ()  # ids, best first
    exact: bool = False  # matched a name or alias exactly
    place: str = ""  # a real place no article covers
    elsewhere: tuple[str, ...] = ()  # ids the query names exactly that this command does not answer for
    suggestions: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.targets)


def is_place(target: str) -> bool:
    return target.startswith(PLACE_PREFIX)


def _names(hits: tuple[Hit, ...] | list[Hit], query: str) -> tuple[str, ...]:
    """The names worth offering as "did you mean": not places, and each sharing something with the query."""
    words = [w for w in normalise(query).split() if len(w) >= _SHARED_WORD and w not in STOPWORDS]
    return tuple(dict.fromkeys(h.name for h in hits if not is_place(h.target) and _shares_a_word(words, h.name)))


def _shares_a_word(words: list[str], name: str) -> bool:
    """Whether a query word begins like a word of the name ("herts", "Hertfordshire")
    or is a typo of one ("lloid", "Lloyd"): "banana" shares nothing with "Chris Hanrahan"."""
    return any(
        w[:_SHARED_WORD] == n[:_SHARED_WORD] or fuzz.ratio(w, n) >= _WORD_TYPO
        for n in normalise(name).split()
        if len(n) >= _SHARED_WORD
        for w in words
    )


def resolve_names(fb: FactBase, query: str, allow: Callable[[str], bool], *, suggest: bool = True) -> Lookup:
    """Resolve against names and aliases only; places are reported apart.

    With `suggest` False, no names below ACCEPT are looked for as
    suggestions, which is cheaper (NameIndex.resolve); everything else is
    the same. A command that shows suggestions only when nothing else
    answers asks this first, and for the full Lookup only when it needs it."""
    resolution = fb.names.resolve(query, lambda t: is_place(t) or allow(t), suggest=suggest)
    if resolution.named:
        return Lookup(elsewhere=tuple(h.target for h in resolution.named))
    hits = resolution.hits
    if hits and all(is_place(h.target) for h in hits) and hits[0].exact:
        return Lookup(place=hits[0].name, suggestions=_suggest(fb, query, allow) if suggest else ())
    if any(is_place(h.target) for h in hits):
        # A known place and a covered name are equally close: ask, not guess.
        return Lookup(suggestions=_names(hits, query))
    if hits:
        return Lookup(targets=tuple(h.target for h in hits), exact=hits[0].exact)
    return Lookup(suggestions=_names(resolution.suggestions, query))


def _suggest(fb: FactBase, query: str, allow: Callable[[str], bool]) -> tuple[str, ...]:
    return _names(fb.names.search(query, allow, limit=3), query)


def resolve_content(fb: FactBase, query: str, kinds: Collection[ItemKind], limit: int = 5) -> tuple[str, ...]:
    """Records of some kinds whose words cover the query well, best first; ties kept."""
    return accepted(fb.content.search(query, limit=limit * 4, min_coverage=CONTENT_ACCEPT, kinds=kinds), limit)


def accepted(found: list[Found], limit: int) -> tuple[str, ...]:
    """The content hits good enough to answer with: the best, and its ties.

    Records holding the query word for word come first, and alone; then
    those covering enough of it; failing those, records holding a long run
    of its words in a row (typed from them, with a typo or two)."""
    if not found:
        return ()
    lead = found[0]
    if lead.exact:
        return tuple(f.doc for f in found if f.exact)[:limit]
    if lead.coverage >= CONTENT_ACCEPT:
        return tuple(f.doc for f in found if f.coverage >= max(CONTENT_ACCEPT, lead.coverage - 0.01))[:limit]
    phrased = [f for f in found if f.phrased]
    return tuple(f.doc for f in phrased if f.coverage >= phrased[0].coverage - 0.01)[:limit] if phrased else ()


def resolve_deals(fb: FactBase, query: str) -> Lookup:
    """Deals named by a query: a deal's own name, a party to it, or its content."""

    def linked(target: str) -> bool:
        # Every entity the grouping holds has a deal (none is stored empty):
        # asked of its keys, a lookup weighing dozens of names reads none of their deals.
        return target in fb.deals or target in fb.deals_of_entity

    names = resolve_names(fb, query, linked, suggest=False)
    if names.found:
        deals: list[str] = []
        for target in names.targets:
            deals += [target] if target in fb.deals else fb.deals_of_entity[target]
        return Lookup(targets=tuple(dict.fromkeys(deals)))
    if names.place or names.elsewhere:
        return resolve_names(fb, query, linked)  # with its suggestions
    docs = resolve_content(fb, query, _DEAL_EVIDENCE)
    deals = [deal for doc in docs if (deal := _deal_of(fb, doc))]
    if deals:
        return Lookup(targets=tuple(dict.fromkeys(deals)))
    return resolve_names(fb, query, linked)


def _deal_of(fb: FactBase, record_id: str) -> str | None:
    if record_id in fb.deals:
        return record_id
    for table in (fb.facts, fb.events):
        record = table.get(record_id)
        if record is not None:
            return record.deal
    quote = fb.quotes.get(record_id)
    return quote.deal if quote else None
