"""The fact base's records: plain frozen dataclasses, no behaviour.

Every record remembers the file and line it came from, so that any answer
or error can point back at its origin.

The fields below are also the fact-file schema: the loader reads each
record's dataclass fields (their types, defaults and the `Rule` in their
metadata) to decide what a file may and must say, so the two cannot drift.
A field with no default is required in a file; a `Literal` type is a closed
list of choices; `refers_to` marks a field that names other records by id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, get_args

RecordType = Literal["source", "entity", "deal", "fact", "quote", "event"]
EntityKind = Literal[
    "person",  # a named individual
    "spokesperson",  # someone the article quotes without naming
    "group",  # several people speaking together (a joint statement)
    "company",
    "union",
    "police force",
    "council",
    "organisation",  # any other body
    "contract",
    "alliance",
    "event",  # something that happened, like the London Olympics
]
FactTopic = Literal["status", "services", "reason", "background", "next", "reaction"]
QuoteKind = Literal["direct", "reported"]
# What a search over the fact base can find.
ItemKind = Literal["fact", "quote", "event", "entity", "deal"]

FACT_TOPICS: tuple[FactTopic, ...] = get_args(FactTopic)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)


@dataclass(frozen=True, slots=True)
class Rule:
    """How a field is written in a fact file, beyond its type and default."""

    refers_to: RecordType | None = None  # the value is the id of a record of this type
    supplied: bool = False  # may be left out: the loader fills it in (the file's source, a label)
    internal: bool = False  # never written in a file: set by the loader (origin, order)


RULE = "factbot"  # the key of a field's Rule in its metadata


def _rule(refers_to: RecordType | None = None, *, supplied: bool = False, internal: bool = False) -> Mapping[str, Rule]:
    return MappingProxyType({RULE: Rule(refers_to, supplied, internal)})


def refers(to: RecordType) -> Mapping[str, Rule]:
    """Field metadata: the value names records of type `to` by id."""
    return _rule(to)


SOURCE_REF = _rule("source", supplied=True)  # left out: the file's `source:`
SUPPLIED = _rule(supplied=True)
INTERNAL = _rule(internal=True)


@dataclass(frozen=True, slots=True)
class Origin:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    label: str = field(metadata=SUPPLIED)  # left out: the title, else the id
    origin: Origin = field(metadata=INTERNAL)
    title: str | None = None
    publisher: str | None = None
    publisher_basis: str | None = None
    seed: str | None = None  # the article's file name, for `factbot check --articles`
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
    kind: EntityKind
    role: str  # the article's words for who or what it is; a note in brackets is ours
    source: str = field(metadata=SOURCE_REF)
    origin: Origin = field(metadata=INTERNAL)
    organisation: str | None = field(default=None, metadata=refers("entity"))
    aliases: tuple[str, ...] = ()
    basis: str | None = None  # the article's words that name it


@dataclass(frozen=True, slots=True)
class Deal:
    id: str
    name: str
    status: str  # the article's word for where the deal stands
    summary: str
    source: str = field(metadata=SOURCE_REF)
    origin: Origin = field(metadata=INTERNAL)
    forces: tuple[str, ...] = field(default=(), metadata=refers("entity"))
    companies: tuple[str, ...] = field(default=(), metadata=refers("entity"))
    via: str | None = field(default=None, metadata=refers("entity"))
    services: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement in our own words, tied to the article words it rests on."""

    id: str
    deal: str = field(metadata=refers("deal"))
    topic: FactTopic
    text: str
    source: str = field(metadata=SOURCE_REF)
    origin: Origin = field(metadata=INTERNAL)
    basis: str | None = None
    keywords: tuple[str, ...] = ()
    about: tuple[str, ...] = field(default=(), metadata=refers("entity"))  # beyond the deal's parties
    about_times: tuple[str, ...] = ()  # the times the statement is about, as its basis writes them


@dataclass(frozen=True, slots=True)
class Quote:
    """Words someone said: `direct` is verbatim, `reported` is the article's wording.

    Two times are kept apart: `said_when` is when the words were said, only
    where the article states it ("confirmed last night"); `about_times` are
    the times the words speak of ("On 3 November, we announced ...").
    """

    id: str
    speaker: str = field(metadata=refers("entity"))
    kind: QuoteKind
    text: str
    source: str = field(metadata=SOURCE_REF)
    origin: Origin = field(metadata=INTERNAL)
    deal: str | None = field(default=None, metadata=refers("deal"))
    said: str | None = None  # the reporting verb of reported speech, as the article has it
    said_when: str | None = None
    about_times: tuple[str, ...] = ()
    # The article's quotation runs on from this earlier quote: both are
    # pieces of one continuous quotation, by the same speaker.
    continues: str | None = field(default=None, metadata=refers("quote"))
    note: str | None = None

    @property
    def reported(self) -> bool:
        return self.kind == "reported"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    deal: str = field(metadata=refers("deal"))
    text: str
    source: str = field(metadata=SOURCE_REF)
    origin: Origin = field(metadata=INTERNAL)
    order: int = field(default=0, metadata=INTERNAL)  # its place in the fact base
    when: str | None = None  # when it happened, as its basis writes it
    basis: str | None = None
    about: tuple[str, ...] = field(default=(), metadata=refers("entity"))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words that help matching but state nothing: synonyms and bare places."""

    synonyms: tuple[tuple[str, ...], ...] = ()
    places: tuple[str, ...] = ()
    place_origins: tuple[Origin, ...] = ()  # where each of `places` is written, in the same order


# The record type of each section of a fact file.
RECORD_TYPES: Mapping[str, type[Entity | Deal | Fact | Quote | Event]] = MappingProxyType(
    {"entities": Entity, "deals": Deal, "facts": Fact, "quotes": Quote, "events": Event}
)


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
