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
_BETWEEN = '","'  # between the values of a JSON list of plain strings
ID_LISTS = ("deal", "bears", "about")  # the fields holding lists of ids


def index_token(term: str) -> str:
    """A term as tantivy stores it: a phrase's words joined (no term holds `_`)."""
    return term.replace(" ", "_")


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    # Every word as written (normalised, stopwords kept), with positions: for exact phrases.
    builder.add_text_field("words", tokenizer_name="whitespace", index_option="position")
    builder.add_unsigned_field("pos", fast=True)
    # A list of ids (no id holds a space) is given as one text split at
    # spaces: the same terms, postings and lengths as a list of raw values
    # (the same files), and one value for tantivy to read instead of dozens.
    for name in ("id", "kind", "deal", "bears", "about", "topic", "flag"):
        builder.add_text_field(name, tokenizer_name="whitespace" if name in ID_LISTS else "raw", index_option="basic")
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
    # Each list of ids as one text, split by tantivy at spaces.
    deal, bear, about_ids = (_id_list(ids) for ids in (deals or (NO_DEAL,), bears, about))
    # Ids, topics and flags are plain words: the document is written as
    # text, not by JSON's encoder (a call per document), checked all at once
    # as words and terms are.
    plain = "".join([doc_id, kind, deal, bear, about_ids, *topics, *flags])
    if _plain_json(indexed) and _plain_json(words) and _plain_json(plain) and plain.isprintable():
        return "".join(
            [
                f'{{"terms":"{indexed}","words":"{words}","pos":{pos},"id":"{doc_id}"',
                f',"kind":"{kind}"' if kind else "",
                f',"deal":"{deal}"',
                f',"bears":"{bear}"' if bear else "",
                f',"about":"{about_ids}"' if about_ids else "",
                f',"topic":["{_BETWEEN.join(topics)}"]' if topics else "",
                f',"flag":["{_BETWEEN.join(flags)}"]}}' if flags else "}",
            ]
        )
    if not f"{deal}{bear}{about_ids}".isprintable():
        raise ValueError(f"record {doc_id!r}: an id holding a character that is not printable")
    doc: dict[str, object] = {"terms": indexed, "words": words, "pos": pos, "id": doc_id}
    if kind:
        doc["kind"] = kind
    doc["deal"] = deal
    doc.update((name, ids) for name, ids in (("bears", bear), ("about", about_ids)) if ids)
    doc.update((name, list(values)) for name, values in (("topic", topics), ("flag", flags)) if values)
    return dumps(doc)


def _id_list(ids: Sequence[str]) -> str:
    """Ids as one text for a field of ID_LISTS. An id that is empty or holds
    a space (the loader lets none through) would make other terms: refused,
    the build fails, never indexed wrongly (other whitespace is not
    printable, which the caller checks)."""
    text = " ".join(ids)
    if ids and (text.count(" ") != len(ids) - 1 or "" in ids):
        raise ValueError(f"an id list that cannot be split at spaces: {list(ids)!r}")
    return text


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
