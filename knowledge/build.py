"""Building the served form of a fact base from its validated records.

Everything a question or command reads is worked out here, once: the
groupings of the fact graph (a speaker's quotes, a deal's records), how a
question sees each record (knowledge/question_index.py), each record's
analysed terms (knowledge/analysis.py), and the search index over them. The
result is a store (knowledge/store.py) and a tantivy index, in a folder (the
cache, knowledge/cache.py) or in memory.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import tantivy

from knowledge.analysis import Analyzer, searchable_text, words
from knowledge.indexing import DocFields, SearchWriter
from knowledge.matching import PLACE_PREFIX, NameIndex
from knowledge.model import Deal, Entity, Quote, Records, Source
from knowledge.question_index import (
    Groundwork,
    Item,
    QuestionData,
    Searchable,
    encode_item,
    groundwork,
    item_of,
    question_data,
    searchable,
    topic_key,
)
from knowledge.store import Store, StoredRow, StoreWriter, encode_record
from knowledge.text import normalise

STORE_FILE = "factbase.sqlite"
_SPAN = 2000  # records a worker process analyses at a time
SEARCH_FOLDER = "search"


@dataclass(frozen=True, slots=True)
class Graph:
    """The fact graph of some records, in memory, while they are built."""

    records: Records
    entities: Mapping[str, Entity]
    deals: Mapping[str, Deal]
    sources: Mapping[str, Source]
    names: NameIndex
    deals_of_entity: Mapping[str, tuple[str, ...]]
    quotes_of_speaker: Mapping[str, tuple[str, ...]]
    members: Mapping[str, tuple[str, ...]]
    by_deal: Mapping[str, tuple[str, ...]]
    quotation: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, records: Records) -> Graph:
        entities = {e.id: e for e in records.entities}
        return cls(
            records=records,
            entities=entities,
            deals={d.id: d for d in records.deals},
            sources={s.id: s for s in records.sources},
            names=NameIndex(name_entries(records)),
            deals_of_entity=_group(_links(records, entities)),
            quotes_of_speaker=_group((q.speaker, q.id) for q in records.quotes),
            members=_group((e.organisation, e.id) for e in records.entities if e.organisation),
            by_deal=_group(
                [(f.deal, f.id) for f in records.facts]
                + [(e.deal, e.id) for e in records.events]
                + [(q.deal, q.id) for q in records.quotes if q.deal]
            ),
            quotation=_quotations(records.quotes),
        )


def name_entries(records: Records) -> list[tuple[str, str]]:
    """(name as written, target) for every entity, deal and uncovered place."""
    taken = {normalise(n) for e in records.entities for n in (e.name, *e.aliases)}
    taken |= {normalise(n) for d in records.deals for n in (d.name, *d.aliases)}
    entries: list[tuple[str, str]] = []
    for entity in records.entities:
        entries += [(entity.name, entity.id), *((a, entity.id) for a in entity.aliases)]
    for deal in records.deals:
        entries += [(deal.name, deal.id), *((a, deal.id) for a in deal.aliases)]
    # A place an article now covers is matched by its entity instead.
    for place in records.vocabulary.places:
        if normalise(place) not in taken:
            entries.append((place, PLACE_PREFIX + place))
    return entries


def _links(records: Records, entities: Mapping[str, Entity]) -> list[tuple[str, str]]:
    """(entity, deal) pairs: the parties; and, beyond them, evidence: a
    speaker's quotes put them and their organisation in a deal, and facts and
    events put what they are `about` in it. Working for a party does not put
    a person in its deals."""
    links: list[tuple[str, str]] = []
    for deal in records.deals:
        links += [(ref, deal.id) for ref in (*deal.forces, *deal.companies, *((deal.via,) if deal.via else ()))]
    for quote in records.quotes:
        if quote.deal:
            links.append((quote.speaker, quote.deal))
            org = entities[quote.speaker].organisation
            if org:
                links.append((org, quote.deal))
    links += [(ref, f.deal) for f in records.facts for ref in f.about]
    links += [(ref, e.deal) for e in records.events for ref in e.about]
    return links


def _group(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, dict[str, None]] = defaultdict(dict)
    for key, value in pairs:
        groups[key][value] = None
    return {k: tuple(v) for k, v in groups.items()}


def _quotations(quotes: Iterable[Quote]) -> dict[str, tuple[str, ...]]:
    """Chains of `continues`, each under every piece it holds."""
    first: dict[str, str] = {}  # piece -> the quotation's first piece
    chains: dict[str, list[str]] = {}
    for quote in quotes:  # the loader has checked each continues an earlier quote
        if quote.continues is not None:
            head = first.setdefault(quote.continues, quote.continues)
            first[quote.id] = head
            chains.setdefault(head, [head]).append(quote.id)
    return {piece: tuple(chains[head]) for piece, head in first.items()}


@dataclass(frozen=True, slots=True)
class Analysed:
    """One searchable record, worked out: everything the store and the index keep of it."""

    item: Item
    data: str  # the record, encoded
    item_data: str  # its item, encoded
    terms: list[str]  # Analyzer.doc_terms of its searchable text
    said: list[str]  # its words in order


@dataclass(frozen=True, slots=True)
class _Work:
    """What analysing records needs, shared with worker processes by forking."""

    graph: Graph
    ground: Groundwork
    analyzer: Analyzer
    order: list[Searchable]


_WORK: _Work | None = None  # set in the building process just before its workers fork


def _analyse(work: _Work, record: Searchable) -> Analysed:
    item = item_of(work.graph, work.ground, record)
    text = searchable_text(record, work.graph.entities)
    _, data = encode_record(record)
    return Analysed(item, data, encode_item(item), work.analyzer.doc_terms(text), words(text))


def _analyse_span(span: tuple[int, int]) -> list[Analysed]:
    """In a worker process: the records of one span of the order."""
    assert _WORK is not None
    return [_analyse(_WORK, record) for record in _WORK.order[span[0] : span[1]]]


def _analysed(work: _Work, workers: int) -> Iterator[Analysed]:
    """Every searchable record analysed, in order: by `workers` forked
    processes (each a copy of this one: nothing to send them), or here."""
    if workers < 2 or len(work.order) < _SPAN:
        for pos, record in enumerate(work.order):
            yield _analyse(work, record)
            if pos % 2000 == 0:
                time.sleep(0)  # built in a thread: let an event loop in now and then
        return
    global _WORK  # noqa: PLW0603 - the one way to hand forked workers what they share
    _WORK = work
    try:
        spans = [(start, min(start + _SPAN, len(work.order))) for start in range(0, len(work.order), _SPAN)]
        with get_context("fork").Pool(workers) as pool:
            for done in pool.imap(_analyse_span, spans):
                yield from done
    finally:
        _WORK = None


def build(records: Records, folder: Path | None, workers: int = 1) -> tuple[Store, tantivy.Index]:
    """Work out and write everything a served fact base reads, into `folder`
    (which must be empty) or, with None, into memory; opened for reading.

    With `workers` above 1 (only in a process of its own, with no other
    thread: they are forked), records are analysed by that many processes
    while this one writes."""
    graph = Graph.of(records)
    ground = groundwork(graph)
    work = _Work(graph, ground, Analyzer(records.vocabulary.synonyms), searchable(records))
    if folder is None:
        import sqlite3  # noqa: PLC0415 - only here

        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        writer = StoreWriter(connection)
        search = SearchWriter(None)
    else:
        writer = StoreWriter.create(folder / STORE_FILE)
        (folder / SEARCH_FOLDER).mkdir()
        search = SearchWriter(folder / SEARCH_FOLDER)
    frequencies: dict[str, int] = {}
    total_terms = 0
    items: dict[str, Item] = {}

    def rows() -> Iterator[StoredRow]:
        nonlocal total_terms
        for pos, done in enumerate(_analysed(work, workers)):
            item = done.item
            items[item.id] = item
            total_terms += len(done.terms)
            for term in dict.fromkeys(done.terms):
                frequencies[term] = frequencies.get(term, 0) + 1
            flags = [flag for flag, on in (("timed", item.when), ("said", item.said_when)) if on]
            search.add(
                pos, item.id, done.terms, done.said, DocFields(item.kind, item.deals, item.about, item.topics, flags)
            )
            yield pos, item.id, item.kind, done.data, done.item_data, done.terms, done.said
        for n, source in enumerate(records.sources, start=len(work.order)):
            kind, encoded = encode_record(source)
            yield n, source.id, kind, encoded, None, None, None

    writer.records(rows())
    writer.finish()
    data = question_data(graph, ground, items)
    _write_groups(writer, graph, data)
    writer.terms(sorted(frequencies.items()))
    writer.names(name_entries(records))
    vocabulary = records.vocabulary
    writer.meta(
        {
            "counts": {
                "source": len(records.sources),
                "entity": len(records.entities),
                "deal": len(records.deals),
                "fact": len(records.facts),
                "quote": len(records.quotes),
                "event": len(records.events),
            },
            "searchable": len(items),
            "terms": total_terms,
            "synonyms": [list(group) for group in vocabulary.synonyms],
            "places": list(vocabulary.places),
            "place_origins": [[o.file, o.line] for o in vocabulary.place_origins],
            "name_starts": data.name_starts,
            "name_variants": data.name_variants,
            "publishers": data.publishers,
            "role_words": sorted({t for found in data.role_terms.values() for t in found}),
        }
    )
    index = search.close()
    if folder is None:
        return Store(writer.db), index
    writer.close()
    return Store.open(folder / STORE_FILE), index


def _write_groups(writer: StoreWriter, graph: Graph, data: QuestionData) -> None:
    writer.groups("deals_of_entity", graph.deals_of_entity)
    writer.groups("quotes_of_speaker", graph.quotes_of_speaker)
    writer.groups("members", graph.members)
    writer.groups("by_deal", graph.by_deal)
    writer.groups("quotation", graph.quotation)
    records = graph.records
    writer.groups("quotes_of_deal", _group((q.deal, q.id) for q in records.quotes if q.deal))
    writer.groups("facts_of_deal", _group((f.deal, f.id) for f in records.facts))
    writer.groups("events_of_deal", _group((e.deal, e.id) for e in records.events))
    writer.groups("speakers_of_deal", _group((q.deal, q.speaker) for q in records.quotes if q.deal))
    entities = graph.records.entities
    writer.groups("entities_of_deal", _group((d, e.id) for e in entities for d in graph.deals_of_entity.get(e.id, ())))
    writer.groups("entities_of_source", _group((e.source, e.id) for e in graph.records.entities))
    writer.groups("support", data.support)
    writer.groups("deals_of", {k: sorted(v) for k, v in data.deals_of.items()})
    writer.groups("about_of", data.about_of)
    writer.groups("records_of", data.records_of)
    writer.groups("topic_records", {topic_key(*k): v for k, v in data.topic_records.items()})
    writer.groups("topic_leads", data.topic_leads)
    writer.groups("role_terms", data.role_terms)
    writer.groups("fact_of_quote", {q: (f,) for q, f in data.fact_of_quote.items()})
