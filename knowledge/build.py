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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import tantivy

from knowledge.analysis import Analyzer, searchable_parts, words_of_parts
from knowledge.indexing import SearchWriter, document_json
from knowledge.matching import PLACE_PREFIX, NameIndex
from knowledge.model import Deal, Entity, Quote, Records, Source
from knowledge.question_index import (
    Groundwork,
    Link,
    QuestionData,
    RecordLookups,
    Searchable,
    bearers_of,
    encode_item,
    groundwork,
    in_fact_order,
    item_of,
    link_of,
    question_data,
    role_terms_of,
    searchable,
    supported,
    topic_key,
)
from knowledge.store import ENTITY_LENGTHS, RecordRow, Store, StoreWriter, encode_record, entity_lengths, pack_terms
from knowledge.text import normalise

STORE_FILE = "factbase.sqlite"
_SPAN = 2000  # records a worker process works out at a time
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
    def of(cls, records: Records, names: list[tuple[str, str]] | None = None) -> Graph:
        """The graph of `records`; `names` are their name_entries when the caller has them already."""
        entities = {e.id: e for e in records.entities}
        return cls(
            records=records,
            entities=entities,
            deals={d.id: d for d in records.deals},
            sources={s.id: s for s in records.sources},
            names=NameIndex(name_entries(records) if names is None else names),
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
class _Span:
    """Some searchable records worked out, ready to write: everything the
    store and the index keep of them, as plain strings and numbers (cheap to
    send from a worker process)."""

    rows: list[RecordRow]
    docs: list[str]  # indexing.document_json
    links: list[Link]  # question_index.link_of each record's item
    support: list[tuple[str, str]]  # (fact, quote) for each quote that speaks for a fact, in quote order
    frequencies: Counter[str]  # term -> records of the span holding it
    terms: int  # terms in all


@dataclass(frozen=True, slots=True)
class _Work:
    """What analysing records needs, shared with worker processes by forking."""

    graph: Graph
    ground: Groundwork
    analyzer: Analyzer
    order: list[Searchable]


_WORK: _Work | None = None  # set in the building process just before its workers fork


def _analyse(work: _Work, start: int, end: int) -> _Span:
    """The records at positions start..end of the order, worked out."""
    graph, ground, analyzer = work.graph, work.ground, work.analyzer
    rows: list[RecordRow] = []
    docs: list[str] = []
    links: list[Link] = []
    support: list[tuple[str, str]] = []
    held: list[str] = []  # each record's distinct terms
    bears_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # deals -> bearers_of them: a deal's records come together
    total = 0
    for pos in range(start, end):
        record = work.order[pos]
        if isinstance(record, Quote):
            speaks_for = supported(ground, record)
            support += [(fact, record.id) for fact, _ in speaks_for]
            item = item_of(graph, ground, record, speaks_for)
        else:
            item = item_of(graph, ground, record)
        said = words_of_parts(searchable_parts(record, graph.entities))  # words(searchable_text(...))
        terms = analyzer.terms_of(said)
        # What the row and the document share, made once: the item's sets
        # sorted, the words joined.
        link = link_of(item)
        text = " ".join(said)
        packed = pack_terms(terms)
        data = encode_record(record)[1]
        rows.append((pos, item.id, item.kind, encode_item(item, link), packed, len(terms), text, data))
        flags = [flag for flag, on in (("timed", item.when), ("said", item.said_when)) if on]
        _, kind, deals, topics, about = link
        bears = bears_of.get(deals)
        if bears is None:
            bears = bears_of[deals] = bearers_of(ground, deals)
        docs.append(document_json(pos, item.id, "\t".join(terms), text, kind, deals, about, topics, flags, bears))
        links.append(link)
        total += len(terms)
        held += set(terms)
    return _Span(rows, docs, links, support, Counter(held), total)


def _analyse_span(span: tuple[int, int]) -> _Span:
    """In a worker process: one span of the order."""
    assert _WORK is not None
    return _analyse(_WORK, *span)


def _analysed(work: _Work, workers: int, meanwhile: Callable[[], None]) -> Iterator[_Span]:
    """Every searchable record worked out, in order, a span at a time: by
    `workers` forked processes (each a copy of this one: nothing to send
    them), or here. `meanwhile` is called once the workers have started
    (first, without them)."""
    spans = [(start, min(start + _SPAN, len(work.order))) for start in range(0, len(work.order), _SPAN)]
    if workers < 2 or len(spans) < 2:
        meanwhile()
        for span in spans:
            yield _analyse(work, *span)
            time.sleep(0)  # built in a thread: let an event loop in now and then
        return
    global _WORK  # noqa: PLW0603 - the one way to hand forked workers what they share
    _WORK = work
    try:
        with get_context("fork").Pool(workers) as pool:
            done = pool.imap(_analyse_span, spans)
            meanwhile()
            yield from done
    finally:
        _WORK = None


def build(records: Records, folder: Path | None, workers: int = 1) -> tuple[Store, tantivy.Index]:
    """Work out and write everything a served fact base reads, into `folder`
    (which must be empty) or, with None, into memory; opened for reading.

    With `workers` above 1 (only in a process of its own, with no other
    thread: they are forked), records are worked out by that many processes
    while this one writes what they send."""
    names = name_entries(records)  # normalised once: for the graph's index and for the store
    graph = Graph.of(records, names)
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

    role_terms: dict[str, tuple[str, ...]] = {}

    def meanwhile() -> None:
        """What needs no record worked out, written while the workers work them out."""
        _write_graph_groups(writer, graph)
        writer.names(names)
        role_terms.update(role_terms_of(graph))
        _write_early_groups(writer, ground, role_terms)

    frequencies: Counter[str] = Counter()
    total_terms = 0
    lookups = RecordLookups()  # gathered as spans come: less left to do after the last
    support: dict[str, list[str]] = {}
    for span in _analysed(work, workers, meanwhile):
        writer.rows(span.rows)
        for doc in span.docs:
            search.add_json(doc)
        lookups.add(span.links)
        for fact, quote in span.support:
            support.setdefault(fact, []).append(quote)
        total_terms += span.terms
        frequencies.update(span.frequencies)
    with ThreadPoolExecutor(2) as threads:
        # tantivy writes its files (letting go of the interpreter lock) while the store is finished.
        committed = threads.submit(search.close)
        writer.records(
            (pos, source.id, *encode_record(source), None, None, None)
            for pos, source in enumerate(records.sources, start=len(work.order))
        )
        # SQLite indexes the rows (also without the interpreter lock) while
        # what questions read is worked out here; the store is touched by
        # one thread at a time.
        indexed = threads.submit(writer.finish)
        data = question_data(graph, ground, lookups, in_fact_order(graph, support), role_terms)
        frequent = sorted(frequencies.items())
        indexed.result()
        _write_groups(writer, data)
        writer.terms(frequent)
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
                "searchable": lookups.count,
                "terms": total_terms,
                "synonyms": [list(group) for group in vocabulary.synonyms],
                "places": list(vocabulary.places),
                "place_origins": [[o.file, o.line] for o in vocabulary.place_origins],
                "name_starts": data.name_starts,
                "name_variants": data.name_variants,
                "publishers": data.publishers,
                "role_words": sorted({t for found in data.role_terms.values() for t in found}),
                ENTITY_LENGTHS: entity_lengths(records.entities),
            }
        )
        if folder is None:
            writer.commit()
        else:
            writer.close()
        index = committed.result()
    if folder is None:
        return Store(writer.db), index
    return Store.open(folder / STORE_FILE), index


def _write_graph_groups(writer: StoreWriter, graph: Graph) -> None:
    """The groupings of the fact graph itself."""
    writer.groups("deals_of_entity", graph.deals_of_entity)
    writer.groups("quotes_of_speaker", graph.quotes_of_speaker)
    writer.groups("members", graph.members)
    writer.groups("by_deal", graph.by_deal)
    writer.groups("quotation", graph.quotation)
    records = graph.records
    writer.groups("quotes_of_deal", _group((q.deal, q.id) for q in records.quotes if q.deal))
    writer.quote_heads(records.quotes)  # what a list of quotes is laid out by, a speaker's or a deal's in one read
    writer.groups("facts_of_deal", _group((f.deal, f.id) for f in records.facts))
    writer.groups("events_of_deal", _group((e.deal, e.id) for e in records.events))
    writer.groups("speakers_of_deal", _group((q.deal, q.speaker) for q in records.quotes if q.deal))
    entities = graph.records.entities
    writer.groups("entities_of_deal", _group((d, e.id) for e in entities for d in graph.deals_of_entity.get(e.id, ())))
    writer.groups("entities_of_source", _group((e.source, e.id) for e in graph.records.entities))


def _write_early_groups(writer: StoreWriter, ground: Groundwork, role_terms: Mapping[str, tuple[str, ...]]) -> None:
    """The groupings a question reads that need no record's Item: written
    while the records are worked out, not after."""
    writer.groups("deals_of", {k: sorted(v) for k, v in ground.deals_of.items()})
    writer.groups("role_terms", role_terms)


def _write_groups(writer: StoreWriter, data: QuestionData) -> None:
    """The groupings a question reads over every record's Item (the rest: _write_early_groups)."""
    writer.groups("support", data.support)
    writer.groups("about_of", data.about_of)
    writer.groups("records_of", data.records_of)
    writer.groups("topic_records", {topic_key(*k): v for k, v in data.topic_records.items()})
    writer.groups("topic_leads", data.topic_leads)
    writer.groups("fact_of_quote", {q: (f,) for q, f in data.fact_of_quote.items()})
