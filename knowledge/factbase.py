"""The loaded fact base: records, lookups and indexes in one immutable object.

A FactBase is built once and never changed; a reload builds a new one and
the caller swaps the reference whole, so a query sees one version or the
other, never a mix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from knowledge.analysis import searchable_text
from knowledge.loader import read_records
from knowledge.matching import ACCEPT, MARGIN, NameIndex
from knowledge.model import Deal, Entity, Event, Fact, Quote, Records, Source
from knowledge.search import ContentIndex
from knowledge.text import normalise

if TYPE_CHECKING:
    from knowledge.question_index import QuestionIndex

PLACE_PREFIX = "place:"
_R = TypeVar("_R", Source, Entity, Deal, Fact, Quote, Event)


def default_folder() -> Traversable:
    """The fact base shipped inside the package."""
    return files("knowledge") / "data"


def _by_id(items: Iterable[_R]) -> Mapping[str, _R]:
    return MappingProxyType({item.id: item for item in items})


def _group(pairs: Iterable[tuple[str, str]]) -> Mapping[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        if value not in groups[key]:
            groups[key].append(value)
    return MappingProxyType({k: tuple(v) for k, v in groups.items()})


@dataclass(frozen=True, eq=False)
class FactBase:
    records: Records
    sources: Mapping[str, Source]
    entities: Mapping[str, Entity]
    deals: Mapping[str, Deal]
    facts: Mapping[str, Fact]
    quotes: Mapping[str, Quote]
    events: Mapping[str, Event]
    names: NameIndex  # entities, deals and uncovered places
    content: ContentIndex  # words inside quotes, facts, events and roles
    deals_of_entity: Mapping[str, tuple[str, ...]]
    quotes_of_speaker: Mapping[str, tuple[str, ...]]
    members: Mapping[str, tuple[str, ...]]  # organisation -> people in it
    by_deal: Mapping[str, tuple[str, ...]]  # deal -> its facts, quotes and events, in file order
    quotation: Mapping[str, tuple[str, ...]]  # a piece of a longer quotation -> all its pieces, in order

    @classmethod
    def from_records(cls, records: Records, accept: float = ACCEPT, margin: float = MARGIN) -> FactBase:
        entities = _by_id(records.entities)
        deals = _by_id(records.deals)
        quotes = _by_id(records.quotes)

        links: list[tuple[str, str]] = []
        for deal in records.deals:
            links += [(ref, deal.id) for ref in (*deal.forces, *deal.companies, *((deal.via,) if deal.via else ()))]
        # Beyond the parties, evidence: a speaker's quotes put them and their
        # organisation in a deal, and facts and events put what they are
        # `about` in it. Working for a party does not put a person in its deals.
        for quote in records.quotes:
            if quote.deal:
                links.append((quote.speaker, quote.deal))
                org = entities[quote.speaker].organisation
                if org:
                    links.append((org, quote.deal))
        links += [(ref, f.deal) for f in records.facts for ref in f.about]
        links += [(ref, e.deal) for e in records.events for ref in e.about]

        taken = {normalise(n) for e in records.entities for n in (e.name, *e.aliases)}
        taken |= {normalise(n) for d in records.deals for n in (d.name, *d.aliases)}
        name_entries: list[tuple[str, str]] = []
        for entity in records.entities:
            name_entries += [(entity.name, entity.id), *((a, entity.id) for a in entity.aliases)]
        for deal in records.deals:
            name_entries += [(deal.name, deal.id), *((a, deal.id) for a in deal.aliases)]
        # A place an article now covers is matched by its entity instead.
        for place in records.vocabulary.places:
            if normalise(place) not in taken:
                name_entries.append((place, PLACE_PREFIX + place))

        return cls(
            records=records,
            sources=_by_id(records.sources),
            entities=entities,
            deals=deals,
            facts=_by_id(records.facts),
            quotes=quotes,
            events=_by_id(records.events),
            names=NameIndex(name_entries, accept, margin),
            content=ContentIndex(_content_docs(records), records.vocabulary.synonyms),
            deals_of_entity=_group(links),
            quotes_of_speaker=_group((q.speaker, q.id) for q in records.quotes),
            members=_group((e.organisation, e.id) for e in records.entities if e.organisation),
            by_deal=_group(
                [(f.deal, f.id) for f in records.facts]
                + [(e.deal, e.id) for e in records.events]
                + [(q.deal, q.id) for q in records.quotes if q.deal]
            ),
            quotation=_quotations(records.quotes),
        )

    @classmethod
    def load(
        cls, folder: Traversable | Path | str | None = None, accept: float = ACCEPT, margin: float = MARGIN
    ) -> FactBase:
        """Read, validate and index a folder (default: the shipped fact base).

        Raises knowledge.FactBaseError with every problem found.
        """
        if folder is None:
            records = read_records(default_folder(), label="knowledge/data")
        else:
            records = read_records(Path(folder) if isinstance(folder, str) else folder)
        return cls.from_records(records, accept, margin)

    @cached_property
    def questions(self) -> QuestionIndex:
        """What free-form questions need; built on first use. LiveFactBase
        builds it with the rest, off the event loop."""
        from knowledge.question_index import build_question_index  # noqa: PLC0415 - it imports this module

        return build_question_index(self)

    def summary(self) -> str:
        r = self.records
        return (
            f"{len(r.sources)} sources, {len(r.entities)} people and organisations, "
            f"{len(r.deals)} deals, {len(r.quotes)} quotes, {len(r.facts)} facts, {len(r.events)} events"
        )

    def speaker_line(self, quote: Quote) -> str:
        """'Name, role' for a quote's speaker."""
        speaker = self.entities[quote.speaker]
        return f"{speaker.name}, {speaker.role}" if speaker.kind == "person" else speaker.name

    def facts_of_deal(self, deal_id: str, topic: str | None = None) -> list[Fact]:
        facts = (self.facts[i] for i in self.by_deal.get(deal_id, ()) if i in self.facts)
        return [f for f in facts if topic is None or f.topic == topic]

    def events_of_deal(self, deal_id: str) -> list[Event]:
        return [self.events[i] for i in self.by_deal.get(deal_id, ()) if i in self.events]

    def quotes_of_deal(self, deal_id: str) -> list[Quote]:
        return [self.quotes[i] for i in self.by_deal.get(deal_id, ()) if i in self.quotes]

    def pieces(self, quote: Quote) -> tuple[Quote, ...]:
        """The whole quotation a quote belongs to, in article order (just itself if whole)."""
        return tuple(self.quotes[i] for i in self.quotation.get(quote.id, (quote.id,)))

    def quotes_of(self, entity_id: str) -> list[Quote]:
        """An entity's own quotes, then those of its members."""
        ids = [*self.quotes_of_speaker.get(entity_id, ())]
        for member in self.members.get(entity_id, ()):
            ids += self.quotes_of_speaker.get(member, ())
        return [self.quotes[i] for i in dict.fromkeys(ids)]

    def source_of(self, record_id: str) -> Source:
        for table in (self.facts, self.quotes, self.events, self.entities, self.deals):
            record = table.get(record_id)
            if record is not None:
                return self.sources[record.source]
        raise KeyError(record_id)


def _quotations(quotes: Iterable[Quote]) -> Mapping[str, tuple[str, ...]]:
    """Chains of `continues`, each under every piece it holds."""
    first: dict[str, str] = {}  # piece -> the quotation's first piece
    chains: dict[str, list[str]] = {}
    for quote in quotes:  # the loader has checked each continues an earlier quote
        if quote.continues is not None:
            head = first.setdefault(quote.continues, quote.continues)
            first[quote.id] = head
            chains.setdefault(head, [head]).append(quote.id)
    return MappingProxyType({piece: tuple(chains[head]) for piece, head in first.items()})


def _content_docs(records: Records) -> Iterable[tuple[str, str]]:
    """Each searchable record with the words it can be found by."""
    entities = {e.id: e for e in records.entities}
    for table in (records.quotes, records.facts, records.events, records.entities, records.deals):
        for record in table:
            yield record.id, searchable_text(record, entities)
