"""The fact base's records: plain frozen dataclasses, no behaviour.

Every record remembers the file and line it came from, so that any answer
or error can point back at its origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "reported"]
FACT_TOPICS: tuple[str, ...] = (
    "status",
    "services",
    "reason",
    "background",
    "next",
    "reaction",
)


@dataclass(frozen=True, slots=True)
class Origin:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    label: str
    origin: Origin
    title: str | None = None
    publisher: str | None = None
    publisher_basis: str | None = None
    seed: str | None = None
    url: str | None = None
    date: str | None = None
    note: str | None = None

    @property
    def display(self) -> str:
        """How an answer cites this source: title and publisher where known."""
        name = f"“{self.title}”" if self.title else self.label
        return f"{name} ({self.publisher})" if self.publisher else name


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, force, group or thing the articles name."""

    id: str
    name: str
    kind: str
    role: str
    source: str
    origin: Origin
    organisation: str | None = None
    aliases: tuple[str, ...] = ()
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class Deal:
    id: str
    name: str
    status: str
    summary: str
    source: str
    origin: Origin
    forces: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    via: str | None = None
    services: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement in our own words, tied to the article words it rests on."""

    id: str
    deal: str
    topic: str
    text: str
    source: str
    origin: Origin
    basis: str | None = None
    keywords: tuple[str, ...] = ()
    about: tuple[str, ...] = ()  # entities the fact concerns beyond the deal's parties


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    speaker: str
    kind: QuoteKind
    text: str
    source: str
    origin: Origin
    deal: str | None = None
    said: str | None = None
    when: str | None = None
    note: str | None = None

    @property
    def reported(self) -> bool:
        return self.kind == "reported"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    deal: str
    text: str
    source: str
    origin: Origin
    order: int = 0
    when: str | None = None
    basis: str | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words that help matching but state nothing: synonyms and bare places."""

    synonyms: tuple[tuple[str, ...], ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Records:
    """Everything read from a fact base folder, before indexing."""

    sources: tuple[Source, ...] = ()
    entities: tuple[Entity, ...] = ()
    deals: tuple[Deal, ...] = ()
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
