"""Writing the search index: tantivy's schema, and the documents fed to it.

Every searchable record becomes one document: its analysed terms
(`Analyzer.doc_terms`, split by tantivy at whitespace only, so the index's
terms are exactly the analysis pipeline's), its words in order (for exact
phrases), its position in the store, and the fields questions filter on
(kind, deals, who bears on its deals, what it is about, topics, flags).
knowledge/search.py reads it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import tantivy

from knowledge.analysis import words
from knowledge.store import Store, StoreWriter, dumps

NO_DEAL = "-"  # the `deal` of a record in no deal (no id is "-")


def index_token(term: str) -> str:
    """A term as tantivy stores it: a phrase's words joined (no term holds `_`)."""
    return term.replace(" ", "_")


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    # Every word as written (normalised, stopwords kept), with positions: for exact phrases.
    builder.add_text_field("words", tokenizer_name="whitespace", index_option="position")
    builder.add_unsigned_field("pos", fast=True)
    for name in ("id", "kind", "deal", "bears", "about", "topic", "flag"):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return builder.build()


class SearchWriter:
    """Writes the tantivy index of a fact base's searchable records, in order."""

    def __init__(self, folder: Path | None) -> None:
        """`folder`: an empty folder for the index files, or None for memory."""
        self.index = tantivy.Index(schema(), None if folder is None else str(folder))
        # One indexing thread: one segment, documents in the order given.
        self._writer = self.index.writer(heap_size=256_000_000, num_threads=1)

    def add_json(self, doc: str) -> None:
        """A record as `document_json` wrote it (in a worker process, say)."""
        self._writer.add_json(doc)

    def close(self) -> tantivy.Index:
        self._writer.commit()
        self._writer.wait_merging_threads()
        self.index.reload()
        return self.index


def document_json(  # noqa: PLR0917 - a document's fields, in order
    pos: int,
    doc_id: str,
    tab_terms: str,
    words: str,
    kind: str,
    deals: Sequence[str],
    about: Sequence[str],
    topics: Sequence[str],
    flags: Collection[str],
    bears: Sequence[str] = (),
) -> str:
    """A record's document, as the JSON tantivy reads (one call to add it,
    however many values its fields hold): its terms (Analyzer.doc_terms)
    joined by tabs, its words in order (analysis.words) joined by spaces,
    its deals, about and topics sorted (an Item's fields are sets, and the
    index must not follow their hash order), and its flags ("timed": it
    gives a time; "said": it says when its words were said). `bears`: every
    entity or deal whose deals (question_index.Groundwork.deals_of) include
    one of its deals, sorted: "of a deal X bears on" is then one term."""
    # index_token of each term, joined by spaces (no term holds a tab).
    indexed = tab_terms.replace(" ", "_").replace("\t", " ")
    rest: dict[str, object] = {"id": doc_id}
    if kind:
        rest["kind"] = kind
    rest["deal"] = list(deals) or [NO_DEAL]
    if bears:
        rest["bears"] = list(bears)
    if about:
        rest["about"] = list(about)
    if topics:
        rest["topic"] = list(topics)
    if flags:
        rest["flag"] = list(flags)
    if _plain_json(indexed) and _plain_json(words):
        # Words and terms are letters, digits and spaces: written as they
        # are, without JSON's escaping of every character of the longest values.
        return f'{{"terms":"{indexed}","words":"{words}","pos":{pos},{dumps(rest)[1:]}'
    return dumps({"terms": indexed, "words": words, "pos": pos, **rest})


def _plain_json(text: str) -> bool:
    """Whether words or terms stand in a JSON string as they are. Words are
    normalised (letters and digits), so they hold no quote, backslash or
    control character; the first two are looked for anyway, a control
    character would make tantivy refuse the document (the build fails, it
    is never indexed wrongly)."""
    return '"' not in text and "\\" not in text


def doc_frequencies(all_terms: Iterable[Sequence[str]]) -> tuple[dict[str, int], int, int]:
    """(term -> documents holding it, documents, total terms)."""
    counts: Counter[str] = Counter()
    docs = total = 0
    for terms in all_terms:
        counts.update(dict.fromkeys(terms, 1))
        docs += 1
        total += len(terms)
    return dict(counts), docs, total


def build_in_memory(analysed: Sequence[tuple[str, list[str], str]]) -> tuple[Store, tantivy.Index]:
    """A store and an index of some documents, in memory (for small indexes and tests)."""
    db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    writer = StoreWriter(db)
    said = [words(text) for _, _, text in analysed]
    writer.records((pos, doc_id, "", "[]", None, terms, said[pos]) for pos, (doc_id, terms, _) in enumerate(analysed))
    writer.finish()
    writer.meta({})
    writer.commit()
    search = SearchWriter(None)
    for pos, (doc_id, terms, _) in enumerate(analysed):
        search.add_json(document_json(pos, doc_id, "\t".join(terms), " ".join(said[pos]), "", (), (), (), ()))
    return Store(db), search.close()
