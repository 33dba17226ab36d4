"""A draft in neutral form: what was found, before it is written in any schema.

Field names of the fact files live in _schema.py alone; these records say
what the article gives (words copied from it) and what the drafter guessed
(`reviews`: each guess, in words an editor can check).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Neutral kinds; _schema.py maps them to the fact files' words.
EntityKind = Literal["person", "spokesperson", "group", "company", "union", "council", "force", "organisation", "place"]
QuoteKind = Literal["direct", "reported"]


@dataclass(frozen=True, slots=True)
class Reused:
    """An entity the fact base already holds: referred to by id, not repeated."""

    id: str
    name: str
    origin: str  # file:line in the fact base
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class DraftEntity:
    id: str
    name: str
    kind: EntityKind
    role: str | None
    basis: str
    organisation: str | None = None  # an entity id
    aliases: list[str] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DraftQuote:
    id: str
    speaker: str  # an entity id, drafted or reused
    kind: QuoteKind
    text: str  # verbatim: the quoted words, or for reported speech the article's wording
    said: str | None = None  # reported speech: the article's verb phrase before the words ("confirmed last night")
    said_when: str | None = None  # when the words were said, as written ("last night")
    about: tuple[str, ...] = ()  # times the words speak of, as written ("early next year")
    continues: str | None = None  # the piece of the same quotation this one follows
    reviews: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Unattributed:
    """Quoted or reported words with no speaker the drafter could name."""

    text: str
    sentence: str
    reason: str


@dataclass(frozen=True, slots=True)
class EventStub:
    id: str
    when: str
    basis: str


@dataclass(frozen=True, slots=True)
class FactStub:
    id: str
    topic: str | None  # a guess from cue words, for review
    basis: str


@dataclass(frozen=True, slots=True)
class DealStub:
    id: str
    forces: tuple[str, ...]
    companies: tuple[str, ...]
    services: tuple[str, ...]
    basis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DraftSource:
    id: str
    seed: str | None
    title: str | None
    publisher: str | None
    publisher_basis: str | None
    date: str | None
    date_basis: str | None
    reviews: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    source: DraftSource
    entities: tuple[DraftEntity, ...]
    reused: tuple[Reused, ...]
    quotes: tuple[DraftQuote, ...]
    unattributed: tuple[Unattributed, ...]
    events: tuple[EventStub, ...]
    facts: tuple[FactStub, ...]
    deal: DealStub
