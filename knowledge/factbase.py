"""The loaded fact base: records, lookups and indexes in one immutable object.

A FactBase is built once and never changed; a reload builds a new one and
the caller swaps the reference whole, so a query sees one version or the
other, never a mix.

What every answer needs is held in memory: the names (for fuzzy matching),
entities, deals, sources and the search vocabulary. Quotes, facts and events,
and the groupings over them, are read from the store when asked for (through
mappings with the shape of dicts), so a fact base of a thousand articles
costs a process tens of megabytes, not hundreds, and processes serving the
same fact base share its files through the page cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

import tantivy

from knowledge.analysis import Analyzer
from knowledge.loader import default_folder
from knowledge.matching import ACCEPT, MARGIN, PLACE_PREFIX, NameIndex
from knowledge.model import Deal, Entity, Event, Fact, Origin, Quote, Records, Source, Vocabulary
from knowledge.search import ContentIndex
from knowledge.store import (
    HEADS_OF_DEAL,
    HEADS_OF_SPEAKER,
    ROW_POS,
    QuoteHead,
    Store,
    StoredGroups,
    StoredRecords,
    as_tuple,
    speaker_line,
)

if TYPE_CHECKING:
    from knowledge.question_index import QuestionIndex

__all__ = ["PLACE_PREFIX", "FactBase", "default_folder"]

_R = TypeVar("_R", Source, Entity, Deal)


@dataclass(frozen=True, eq=False)
class FactBase:
    sources: Mapping[str, Source]
    entities: StoredRecords[Entity]
    deals: Mapping[str, Deal]
    facts: StoredRecords[Fact]
    quotes: StoredRecords[Quote]
    events: StoredRecords[Event]
    names: NameIndex  # entities, deals and uncovered places
    content: ContentIndex  # words inside quotes, facts, events, entities and deals
    deals_of_entity: Mapping[str, tuple[str, ...]]
    quotes_of_speaker: Mapping[str, tuple[str, ...]]
    members: Mapping[str, tuple[str, ...]]  # organisation -> people in it
    by_deal: Mapping[str, tuple[str, ...]]  # deal -> its facts, quotes and events, in file order
    quotation: Mapping[str, tuple[str, ...]]  # a piece of a longer quotation -> all its pieces, in order
    entities_of_deal: Mapping[str, tuple[str, ...]]  # deal -> entities bearing on it (deals_of_entity turned round)
    entities_of_source: Mapping[str, tuple[str, ...]]  # article -> the entities it names, in its order
    quote_ids_of_deal: Mapping[str, tuple[str, ...]]  # deal -> its quotes, in file order
    fact_ids_of_deal: Mapping[str, tuple[str, ...]]  # deal -> its facts, in file order
    event_ids_of_deal: Mapping[str, tuple[str, ...]]  # deal -> its events, in file order
    speakers_of_deal: Mapping[str, tuple[str, ...]]  # deal -> who is quoted on it, in order of first quote
    vocabulary: Vocabulary  # synonym groups and places no article covers
    counts: Mapping[str, int]  # records of each type ("quote": 16, ...)
    # entity -> the lengths of its name and speaker line (`name_length`,
    # `line_length`): what a quote's frame needs to be measured, unread.
    entity_lengths: Mapping[str, int]
    store: Store = field(repr=False)
    where: Path | None = None  # the cache folder it was opened from (None: built in memory)

    @classmethod
    def from_records(cls, records: Records, accept: float = ACCEPT, margin: float = MARGIN) -> FactBase:
        """A fact base of validated records, built in memory (nothing is written to disk)."""
        from knowledge.build import build  # noqa: PLC0415 - building is rare; opening is not

        store, index = build(records, None)
        return cls.open(store, index, accept, margin)

    @classmethod
    def load(
        cls,
        folder: Traversable | Path | str | None = None,
        accept: float = ACCEPT,
        margin: float = MARGIN,
        *,
        cache: Path | None = None,
        background: bool = True,
    ) -> FactBase:
        """The fact base of a folder (default: the shipped one), opened from
        its cache when the files have not changed since it was built, else
        read, validated, built and cached first (knowledge/cache.py). `cache`
        puts the cache under another folder. `background`: a build in a
        process of its own runs at a lower priority (beside a bot serving
        another fact base: a reload), not at start-up.

        Raises knowledge.FactBaseError with every problem found.
        """
        from knowledge.cache import prepare  # noqa: PLC0415 - it imports this module

        return cls.open_folder(prepare(folder, cache=cache, background=background), accept, margin)

    @classmethod
    def open_folder(cls, path: Path, accept: float = ACCEPT, margin: float = MARGIN) -> FactBase:
        """Open a built fact base's folder (one knowledge/cache.py has verified)."""
        from knowledge.build import SEARCH_FOLDER, STORE_FILE  # noqa: PLC0415 - see from_records

        store = Store.open(path / STORE_FILE)
        index = tantivy.Index.open(str(path / SEARCH_FOLDER))
        index.config_reader("manual")  # the files never change: no thread watching them
        return cls.open(store, index, accept, margin, where=path)

    @classmethod
    def open(
        cls,
        store: Store,
        index: tantivy.Index,
        accept: float = ACCEPT,
        margin: float = MARGIN,
        where: Path | None = None,
    ) -> FactBase:
        meta = store.meta
        counts = {str(k): int(v) for k, v in meta["counts"].items()}
        vocabulary = Vocabulary(
            synonyms=tuple(tuple(group) for group in meta["synonyms"]),
            places=tuple(meta["places"]),
            place_origins=tuple(Origin(file, line) for file, line in meta["place_origins"]),
        )
        content = ContentIndex.opened(
            Analyzer(vocabulary.synonyms),
            index,
            store,
            frequencies=dict(store.term_frequencies()),
            count=int(meta["searchable"]),
            total=int(meta["terms"]),
        )
        lengths = store.entity_lengths()
        return cls(
            sources=_in_memory(store, "source", Source),
            # Name lookups ask these of every target they weigh: their ids are
            # held, as the keys of what laying out quotes needs of each.
            entities=StoredRecords(store, "entity", counts["entity"], lengths.keys()),
            entity_lengths=MappingProxyType(lengths),
            deals=_in_memory(store, "deal", Deal),
            facts=StoredRecords(store, "fact", counts["fact"]),
            quotes=StoredRecords(store, "quote", counts["quote"]),
            events=StoredRecords(store, "event", counts["event"]),
            names=NameIndex(store.name_entries(), accept, margin),
            content=content,
            deals_of_entity=StoredGroups(store, "deals_of_entity", as_tuple, store.group_key_set("deals_of_entity")),
            quotes_of_speaker=StoredGroups(
                store, "quotes_of_speaker", as_tuple, store.group_key_set("quotes_of_speaker")
            ),
            members=StoredGroups(store, "members", as_tuple, store.group_key_set("members")),
            by_deal=StoredGroups(store, "by_deal", as_tuple),
            # Only the pieces of quotations in pieces: few, and asked for each quote shown.
            quotation=MappingProxyType(store.whole_group("quotation")),
            entities_of_deal=StoredGroups(store, "entities_of_deal", as_tuple),
            entities_of_source=StoredGroups(store, "entities_of_source", as_tuple),
            quote_ids_of_deal=StoredGroups(store, "quotes_of_deal", as_tuple, store.group_key_set("quotes_of_deal")),
            fact_ids_of_deal=StoredGroups(store, "facts_of_deal", as_tuple),
            event_ids_of_deal=StoredGroups(store, "events_of_deal", as_tuple),
            speakers_of_deal=StoredGroups(store, "speakers_of_deal", as_tuple),
            vocabulary=vocabulary,
            counts=MappingProxyType(counts),
            store=store,
            where=where,
        )

    @cached_property
    def questions(self) -> QuestionIndex:
        """What free-form questions need (opened on first use; LiveFactBase
        opens it with the rest, off the event loop)."""
        from knowledge.question_index import open_question_index  # noqa: PLC0415 - it imports this module

        return open_question_index(self.store, self.content, self.names, self.entities, self.deals)

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c['source']} sources, {c['entity']} people and organisations, "
            f"{c['deal']} deals, {c['quote']} quotes, {c['fact']} facts, {c['event']} events"
        )

    def speaker_line(self, quote: Quote | QuoteHead) -> str:
        """'Name, role' for a quote's speaker."""
        return speaker_line(self.entities[quote.speaker])

    def facts_of_deal(self, deal_id: str, topic: str | None = None) -> list[Fact]:
        facts = self.facts.many(self.fact_ids_of_deal.get(deal_id, ()))
        return [f for f in facts if topic is None or f.topic == topic]

    def events_of_deal(self, deal_id: str) -> list[Event]:
        return self.events.many(self.event_ids_of_deal.get(deal_id, ()))

    def quotes_of_deal(self, deal_id: str) -> list[Quote]:
        return self.quotes.many(self.quote_ids_of_deal.get(deal_id, ()))

    def pieces(self, quote: Quote) -> tuple[Quote, ...]:
        """The whole quotation a quote belongs to, in article order (just itself if whole)."""
        pieces = self.quotation.get(quote.id)
        return (quote,) if pieces is None else tuple(self.quotes.many(pieces))

    def quotes_of(self, entity_id: str) -> list[Quote]:
        """An entity's own quotes, then those of its members."""
        return self.quotes.many(self.quote_ids_of(entity_id))

    def quote_ids_of(self, entity_id: str) -> tuple[str, ...]:
        """The ids of `quotes_of`: what to ask for when the words are not needed."""
        speakers = self._speakers_of(entity_id)
        found = self.store.groups("quotes_of_speaker", speakers)  # an organisation's people in one read
        return tuple(dict.fromkeys(i for s in speakers for i in found.get(s, ())))

    def quote_heads_of(self, entity_id: str) -> list[QuoteHead]:
        """The heads of `quotes_of`, in its order, read in one go: what
        laying them out needs, without their words. (Each quote has one
        speaker, and each speaker is read once: no quote comes twice.)"""
        speakers = self._speakers_of(entity_id)
        found = self.store.quote_heads(HEADS_OF_SPEAKER, speakers)
        return [h for s in speakers for h in found.get(s, ())]

    def quote_heads_of_deals(self, deal_ids: Sequence[str]) -> list[QuoteHead]:
        """The heads of the quotes on some deals, deal by deal, each's in file order."""
        found = self.store.quote_heads(HEADS_OF_DEAL, deal_ids)
        return [h for d in deal_ids for h in found.get(d, ())]

    def _speakers_of(self, entity_id: str) -> list[str]:
        """An entity, then its people, those quoted only."""
        speakers = [entity_id, *self.members.get(entity_id, ())]
        return [s for s in dict.fromkeys(speakers) if s in self.quotes_of_speaker]

    def has_quotes(self, target: str) -> bool:
        """Whether an entity (or one of its people) is quoted, or a deal has quotes."""
        if target in self.deals:
            return target in self.quote_ids_of_deal
        return target in self.quotes_of_speaker or any(
            m in self.quotes_of_speaker for m in self.members.get(target, ())
        )

    def entities_of(self, ids: Iterable[str]) -> list[Entity]:
        """Some entities by id, read in one go (unknown ids left out)."""
        return self.entities.many(dict.fromkeys(ids))

    def in_order(self, ids: Iterable[str]) -> list[str]:
        """Some records' ids in the fact base's order (unknown ids left out)."""
        rows = self.store.rows(ids)
        return sorted(rows, key=lambda i: rows[i][ROW_POS])

    def source_of(self, record_id: str) -> Source:
        record = self.store.record(record_id)
        if record is None or isinstance(record, Source):
            raise KeyError(record_id)
        return self.sources[record.source]


def _in_memory(store: Store, kind: str, cls: type[_R]) -> Mapping[str, _R]:
    records = store.all_of_type(kind)
    assert all(isinstance(r, cls) for r in records)
    return MappingProxyType({r.id: r for r in records if isinstance(r, cls)})
