"""The fact base's records on disk: one SQLite file, read a row at a time.

A served fact base keeps in memory only what every question needs (names,
entities, deals, sources, the search vocabulary). Quotes, facts and events,
how a question sees each record (its `Item`), its analysed terms and the
groupings (a speaker's quotes, a deal's records...) stay in this file and are
read when asked for, through small caches. Several processes serving the
same fact base share the file's pages through the operating system's page
cache (it is memory-mapped, and opened immutable: no locks, no journal).

Everything is stored as plain text (JSON, and for items, which questions
read by the hundred, separated fields: knowledge/question_index.py): a file
someone else could write is read as data, never as code (no pickle).

    records(pos, id, type, item, terms, ..., data)   one row per record
    groups(name, key, seq, value)                    id lists under a key (and quote heads)
    terms(term, df)                                  the search vocabulary
    names(pos, name, target)                         the name index's entries
    meta(key, value)                                 counts and settings
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import sys
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, ValuesView
from itertools import repeat
from operator import attrgetter, call
from pathlib import Path
from typing import Any, Final, Generic, NamedTuple, TypeVar, cast, get_args, get_origin, get_type_hints

from knowledge.model import Deal, Entity, Event, Fact, ItemKind, Origin, Quote, QuoteKind, Source

Record = Source | Entity | Deal | Fact | Quote | Event
R = TypeVar("R", Source, Entity, Deal, Fact, Quote, Event)
K = TypeVar("K")
V = TypeVar("V")

TYPES: Mapping[str, type[Record]] = {
    "source": Source,
    "entity": Entity,
    "deal": Deal,
    "fact": Fact,
    "quote": Quote,
    "event": Event,
}
TYPE_OF: Mapping[type, str] = {cls: name for name, cls in TYPES.items()}
SEPARATOR = "\t"  # no term holds a tab (a phrase's term holds a space)
_BATCH = 500  # ids per `IN (...)` query: well under SQLite's limit on parameters
_CACHE_KB = 1024  # SQLite's own page cache, per process
_DECODED_AT_ONCE = 256  # JSON values decoded in one call (well under a millisecond)

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE records(
    pos INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    item TEXT,
    terms TEXT,
    length INTEGER,
    words TEXT,
    -- Last: what a search reads of a row (above) then lies in the row's own
    -- page, and the record itself, read only for what is shown, is what
    -- spills into overflow pages.
    data TEXT NOT NULL
);
CREATE TABLE groups(
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY(name, key)
) WITHOUT ROWID;
CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE names(pos INTEGER PRIMARY KEY, name TEXT NOT NULL, target TEXT NOT NULL);
"""
# Made once the rows are in: quicker than keeping them up to date row by row.
INDEXES = """
CREATE UNIQUE INDEX records_by_id ON records(id);
CREATE INDEX records_by_type ON records(type, pos);
"""


# A row as written: (pos, id, type, data, item, analysed terms, words); the
# last three only for searchable records.
StoredRow = tuple[int, str, str, str, str | None, Sequence[str] | None, Sequence[str] | None]


class StoreError(Exception):
    """The store cannot be read as a fact base: missing, damaged or of another version."""


# -- records as JSON arrays ---------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class _Codec:
    """One record type's fields, in order, and how each is written as JSON."""

    cls: type[Record]
    names: tuple[str, ...]
    tuple_at: tuple[int, ...]  # the positions of tuple fields: JSON lists, read back as tuples
    origin: int  # the position of `origin` ([file, line] in JSON)
    setters: tuple[Callable[[Record, object], None], ...]  # each field's slot setter, in order
    getter: Callable[[Record], tuple[Any, ...]]  # every field's value, in order (made once: a build encodes 100,000s)

    @classmethod
    def of(cls, record_type: type[Record]) -> _Codec:
        fields = codec_fit(record_type)
        hints = get_type_hints(record_type)
        names = tuple(f.name for f in fields)
        tuple_at = tuple(i for i, f in enumerate(fields) if get_origin(hints[f.name]) is tuple)
        setters = tuple(getattr(record_type, name).__set__ for name in names)
        return cls(record_type, names, tuple_at, names.index("origin"), setters, attrgetter(*names))

    def encode(self, record: Record) -> str:
        values: list[Any] = list(self.getter(record))
        origin = values[self.origin]
        values[self.origin] = [origin.file, origin.line]
        return dumps(values)

    def decode(self, data: str) -> Record:
        return self._make(json.loads(data))

    def decode_many(self, datas: Sequence[str]) -> list[Record]:
        """Several records, their JSON read a few hundred at a time as one
        array: a call each costs more than reading one."""
        out: list[Record] = []
        for start in range(0, len(datas), _DECODED_AT_ONCE):
            chunk = datas[start : start + _DECODED_AT_ONCE]
            values = json.loads(f"[{','.join(chunk)}]")
            if len(values) != len(chunk):  # a row holding more than one value
                raise StoreError(f"a stored {self.cls.__name__} has the wrong shape")
            out += [self._make(v) for v in values]
        return out

    def _make(self, values: object) -> Record:
        if not isinstance(values, list) or len(values) != len(self.names):
            raise StoreError(f"a stored {self.cls.__name__} has the wrong shape")
        for i in self.tuple_at:
            values[i] = tuple(values[i])
        file, line = values[self.origin]
        values[self.origin] = Origin(file, line)
        # The fields are set straight, as the dataclass's own __init__ sets
        # them (`codec_fit` checked it does nothing else), without its Python-level call: a
        # question reads records by the hundred, and the frozen __init__ was
        # most of what decoding one cost.
        record = _new(self.cls)
        deque(map(call, self.setters, repeat(record), values), 0)
        return record


def codec_fit(record_type: type) -> tuple[dataclasses.Field[Any], ...]:
    """A record type's fields, checked fit for `_Codec._make`, which sets
    them slot by slot and skips `__init__`: a frozen, slotted dataclass
    whose generated `__init__` only stores its arguments (no
    `__post_init__`, no field left out of `__init__`) and whose slots are
    its fields, each written and read back. (Defaults are safe: every field
    is stored, and a row of another length is refused.) Raises TypeError
    naming what does not fit."""
    if not dataclasses.is_dataclass(record_type):
        raise TypeError(f"{record_type.__name__} is not a dataclass: the store cannot decode it")
    params = getattr(record_type, "__dataclass_params__", None)
    fields = dataclasses.fields(record_type)
    names = [f.name for f in fields]
    slots = [s for c in record_type.__mro__ for s in c.__dict__.get("__slots__", ())]
    wrong = [
        why
        for why, bad in (
            ("it has a __post_init__, which decoding would skip", hasattr(record_type, "__post_init__")),
            ("its __init__ is its own, which decoding would skip", params is None or not params.init),
            ("it is not frozen", params is None or not params.frozen),
            ("it has no __slots__", "__slots__" not in record_type.__dict__),
            (
                f"fields {[f.name for f in fields if not f.init]} are left out of __init__",
                not all(f.init for f in fields),
            ),
            (f"its slots {sorted(slots)} are not its fields {sorted(names)}", sorted(slots) != sorted(names)),
        )
        if bad
    ]
    if wrong:
        raise TypeError(f"the store cannot decode {record_type.__name__}: {'; '.join(wrong)}")
    return fields


_new = object.__new__
CODECS: Mapping[str, _Codec] = {name: _Codec.of(cls) for name, cls in TYPES.items()}


def encode_record(record: Record) -> tuple[str, str]:
    """(type, data) for a record row."""
    kind = TYPE_OF[type(record)]
    return kind, CODECS[kind].encode(record)


def pack_terms(terms: Sequence[str]) -> str:
    """A record's terms as stored: each between tabs of its own ("\tcall\t\tcall off\t"),
    so that counting a term is one substring count of its `term_needle`, each occurrence counted once."""
    return f"{SEPARATOR}{(SEPARATOR * 2).join(terms)}{SEPARATOR}" if terms else ""


def term_needle(term: str) -> str:
    """What a term is in packed terms, to count with `str.count` (made once to count in many)."""
    return f"{SEPARATOR}{term}{SEPARATOR}"


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _unencodable(value: object) -> object:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# _ENCODER's own C encoder, made once: `encode` makes one per call, which
# costs more than encoding a record (a build encodes hundreds of thousands).
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODE: Callable[[object, int], list[str]] | None = (
    None
    if _MAKE_ENCODER is None
    else _MAKE_ENCODER(None, _unencodable, json.encoder.encode_basestring, None, ":", ",", False, False, True)
)


def dumps(value: object) -> str:
    """`value` as compact JSON, as written in the store (non-ASCII kept)."""
    if _C_ENCODE is None or isinstance(value, str):
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


# -- quote heads ----------------------------------------------------------------------


class QuoteHead(NamedTuple):
    """A quote without its words: what laying out a long list of quotes (a
    speaker's, a deal's) needs of each, kept per speaker and per deal so that
    one read gives a whole list, and only the quotes shown are read whole."""

    id: str
    length: int  # of its text, in characters
    speaker: str
    kind: QuoteKind
    said: str | None
    said_when: str | None
    note: str | None

    @property
    def reported(self) -> bool:
        return self.kind == "reported"


def quote_head(quote: Quote) -> QuoteHead:
    return QuoteHead(quote.id, len(quote.text), quote.speaker, quote.kind, quote.said, quote.said_when, quote.note)


# Groups of quote heads (JSON arrays of QuoteHead's fields), beside the groups of quote ids.
HEADS_OF_SPEAKER = "quote_heads_of_speaker"
HEADS_OF_DEAL = "quote_heads_of_deal"


def speaker_line(entity: Entity) -> str:
    """'Name, role' for a person, the name alone for an organisation: how a quote names its speaker."""
    return f"{entity.name}, {entity.role}" if entity.kind == "person" else entity.name


# Meta's [[id, length of its name, length of its speaker_line], ...] of every
# entity, in the fact base's order: how long a quote's frame is without
# reading its speaker (a search by words lays out 50 quotes of 50 speakers,
# and shows 10). Read once at open, not with the rest of meta.
ENTITY_LENGTHS = "entity_lengths"
_LINE_SHIFT = 32  # lengths held as one int: line << _LINE_SHIFT | name


def entity_lengths(entities: Iterable[Entity]) -> list[tuple[str, int, int]]:
    """What `ENTITY_LENGTHS` holds."""
    return [(e.id, len(e.name), len(speaker_line(e))) for e in entities]


def name_length(lengths: int) -> int:
    """The length of an entity's name, of its `Store.entity_lengths` value."""
    return lengths & ((1 << _LINE_SHIFT) - 1)


def line_length(lengths: int) -> int:
    """The length of an entity's `speaker_line`, of its `Store.entity_lengths` value."""
    return lengths >> _LINE_SHIFT


# -- writing --------------------------------------------------------------------------


class StoreWriter:
    """Fills a new store, in one transaction: rows go in as given; `close` commits.

    (Each statement is run on its own, never through `executescript`, which
    would commit the transaction first and leave every later row to be a
    transaction of its own.)"""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        for statement in _statements(SCHEMA):
            self.db.execute(statement)
        if not self.db.in_transaction:
            self.db.execute("BEGIN")

    @classmethod
    def create(cls, path: Path) -> StoreWriter:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # Written once, then read only: no journal needed (a failed build is thrown away whole).
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        # 32 MB while writing: room for the indexes' pages as they are made,
        # while the records' pages go to the file as rows come (a build's
        # busiest part) rather than all at once when it commits.
        db.execute("PRAGMA cache_size=-32768")
        return cls(db)

    def records(self, rows: Iterable[StoredRow]) -> None:
        """(pos, id, type, data, item, analysed terms, words) rows."""
        self.rows(record_row(*row) for row in rows)

    def rows(self, rows: Iterable[Sequence[object]]) -> None:
        """Rows of the records table as `record_row` makes them (made elsewhere, say by a worker process)."""
        self.db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def groups(self, name: str, groups: Mapping[str, Sequence[str]]) -> None:
        self.db.executemany(
            "INSERT INTO groups VALUES (?, ?, ?, ?)",
            ((name, key, seq, dumps(list(value))) for seq, (key, value) in enumerate(groups.items())),
        )

    def quote_heads(self, quotes: Iterable[Quote]) -> None:
        """The heads of some quotes, grouped by speaker and by deal, each in the quotes' order."""
        of_speaker: dict[str, list[QuoteHead]] = {}
        of_deal: dict[str, list[QuoteHead]] = {}
        for quote in quotes:
            head = quote_head(quote)
            of_speaker.setdefault(quote.speaker, []).append(head)
            if quote.deal:
                of_deal.setdefault(quote.deal, []).append(head)
        for name, groups in ((HEADS_OF_SPEAKER, of_speaker), (HEADS_OF_DEAL, of_deal)):
            self.db.executemany(
                "INSERT INTO groups VALUES (?, ?, ?, ?)",
                ((name, key, seq, dumps(heads)) for seq, (key, heads) in enumerate(groups.items())),
            )

    def terms(self, frequencies: Iterable[tuple[str, int]]) -> None:
        self.db.executemany("INSERT INTO terms VALUES (?, ?)", frequencies)

    def names(self, entries: Iterable[tuple[str, str]]) -> None:
        self.db.executemany(
            "INSERT INTO names VALUES (?, ?, ?)", ((pos, name, target) for pos, (name, target) in enumerate(entries))
        )

    def meta(self, values: Mapping[str, object]) -> None:
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, dumps(v)) for k, v in values.items()))

    def finish(self) -> None:
        """Index what was written (call once, after the last row)."""
        for statement in _statements(INDEXES):
            self.db.execute(statement)

    def commit(self) -> None:
        """Commit what was written, leaving the connection open (a store in memory, read next)."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.commit()
        self.db.close()


# A row of the records table: (pos, id, type, item, packed terms, how many terms, words, data).
RecordRow = tuple[int, str, str, str | None, str | None, int | None, str | None, str]


def record_row(  # noqa: PLR0917 - a row's columns, in order
    pos: int,
    record_id: str,
    kind: str,
    data: str,
    item: str | None,
    terms: Sequence[str] | None,
    said: Sequence[str] | None,
) -> RecordRow:
    """A row of the records table, in its columns' order; the last three
    arguments only for a searchable record."""
    return (
        pos,
        record_id,
        kind,
        item,
        None if terms is None else pack_terms(terms),
        None if terms is None else len(terms),
        None if said is None else " ".join(said),
        data,
    )


def _statements(script: str) -> list[str]:
    return [statement.strip() for statement in script.split(";") if statement.strip()]


# -- reading ----------------------------------------------------------------------------


class Cache(Generic[K, V]):
    """A small thread-safe cache that forgets its oldest entries first.

    Reads take no lock (a dict read is atomic in CPython) and do no
    bookkeeping: a question reads hundreds of rows, and an LRU's lock and
    reordering on every read cost more than what it would keep. Entries are
    dropped one at a time: emptying it whole would free thousands of objects
    in one go, a pause in some unlucky question."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        # The dict's own lookup, called straight: a question makes thousands.
        self.get: Callable[[K], V | None] = self._data.get

    def put(self, key: K, value: V) -> V:
        with self._lock:
            self._data[key] = value
            self._forget()
        return value

    def put_many(self, entries: Mapping[K, V]) -> None:
        """Several entries at once (what one read brought in)."""
        with self._lock:
            self._data.update(entries)
            self._forget()

    def _forget(self) -> None:
        """Drop the oldest entries over the size (the lock held)."""
        data = self._data
        for _ in range(len(data) - self._size):
            data.popitem(last=False)


def read_through(
    cache: Cache[K, V], keys: Iterable[K], read: Callable[[list[K]], Mapping[K, V]], batch: int | None = _BATCH
) -> dict[K, V]:
    """The values of some keys: those the cache holds, then the rest, read
    `batch` keys at a time (all at once if None) and kept. Keys `read`
    leaves out are left out."""
    out: dict[K, V] = {}
    missing: list[K] = []
    for key in keys:
        found = cache.get(key)
        if found is None:
            missing.append(key)
        else:
            out[key] = found
    step = batch or len(missing)
    for start in range(0, len(missing), step or 1):
        fresh = read(missing[start : start + step])
        cache.put_many(fresh)
        out.update(fresh)
    return out


# A searchable record's row, as a search or a question reads it: a plain
# tuple, its fields at the positions below, as SQLite hands it over. Hundreds
# are read per question and thousands kept in the caches; the cyclic garbage
# collector stops tracking a plain tuple of strings and numbers the first time
# it sees one, but never a named tuple (a subclass), and every tracked object
# kept makes the collections that land on questions longer.
Row = tuple[int, str, str, str | None, str | None, int | None, str | None]
ROW_POS: Final = 0
ROW_ID: Final = 1
ROW_TYPE: Final = 2
ROW_ITEM: Final = 3
ROW_TERMS: Final = 4  # packed (pack_terms)
ROW_LENGTH: Final = 5  # how many terms
ROW_WORDS: Final = 6  # its words in order (analysis.words), between spaces


class Store:
    """Reads a store. One connection, shared by every thread under a lock:
    each read takes microseconds, and SQLite works without the GIL meanwhile."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self.path = path
        self._records: Cache[str, Record] = Cache(4096)
        self._rows: Cache[str, Row] = Cache(4096)
        self._rows_at: Cache[int, Row] = Cache(4096)  # the same rows, by position (as the search index gives them)
        # A key with no group is remembered too (as None): most quotes speak for no fact.
        self._groups: Cache[tuple[str, str], tuple[tuple[str, ...] | None]] = Cache(8192)
        try:
            self.meta: dict[str, Any] = {
                k: json.loads(v)
                for k, v in self._query("SELECT key, value FROM meta WHERE key != ?", (ENTITY_LENGTHS,))
            }
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise StoreError(f"not a readable store: {exc}") from None

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open a store file read-only. Raises StoreError if it is not one."""
        if not path.is_file():
            raise StoreError(f"{path} is missing")
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            # Pages are read into a small cache of this process's own; the
            # operating system's page cache, which every process shares,
            # holds the file. (Mapping the file instead would count every page
            # ever read in each process's resident memory.)
            db.execute(f"PRAGMA cache_size=-{_CACHE_KB}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None
        return cls(db, path)

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- records

    def record(self, record_id: str) -> Record | None:
        found = self._records.get(record_id)
        if found is not None:
            return found
        rows = self._query("SELECT type, data FROM records WHERE id = ?", (record_id,))
        if not rows:
            return None
        kind, data = rows[0]
        return self._records.put(record_id, CODECS[kind].decode(data))

    def records(self, ids: Iterable[str]) -> dict[str, Record]:
        """Some records by id, read in one go (unknown ids are left out)."""
        return read_through(self._records, ids, self._read_records)

    def _read_records(self, ids: list[str]) -> dict[str, Record]:
        # A record whose searchable row was read (a search's hit, most often)
        # is read by its position: one lookup in the table, not one in the id
        # index and then one in the table.
        at: list[int] = []
        by_id: list[str] = []
        for record_id in ids:
            row = self._rows.get(record_id)
            if row is None:
                by_id.append(record_id)
            else:
                at.append(row[ROW_POS])
        rows = []
        for column, keys in (("pos", at), ("id", by_id)):
            if keys:
                marks = ",".join("?" * len(keys))
                rows += self._query(f"SELECT id, type, data FROM records WHERE {column} IN ({marks})", keys)  # noqa: S608
        # Decoded type by type, each type's rows in one go (CODECS[...].decode_many).
        of_type: dict[str, tuple[list[str], list[str]]] = {}
        for record_id, kind, data in rows:
            ids_of, datas = of_type.setdefault(kind, ([], []))
            ids_of.append(record_id)
            datas.append(data)
        found: dict[str, Record] = {}
        for kind, (ids_of, datas) in of_type.items():
            found.update(zip(ids_of, CODECS[kind].decode_many(datas), strict=True))
        return found

    def type_of(self, record_id: str) -> str | None:
        found = self._records.get(record_id) or self._rows.get(record_id)
        if found is not None:
            return found[ROW_TYPE] if isinstance(found, tuple) else TYPE_OF[type(found)]
        rows = self._query("SELECT type FROM records WHERE id = ?", (record_id,))
        return str(rows[0][0]) if rows else None

    def entity_lengths(self) -> dict[str, int]:
        """Every entity's id (interned: ids held elsewhere too are held once),
        in the fact base's order, with the lengths of its name and speaker line
        (`name_length`, `line_length`): one int each, where a pair would cost
        a tuple per entity."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", (ENTITY_LENGTHS,))
        if not rows:
            raise StoreError(f"not a readable store: no {ENTITY_LENGTHS}")
        return {sys.intern(i): line << _LINE_SHIFT | name for i, name, line in json.loads(rows[0][0])}

    def ids_of_type(self, kind: str) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM records WHERE type = ? ORDER BY pos", (kind,))]

    def searchable_ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM records WHERE item IS NOT NULL ORDER BY pos")]

    def all_of_type(self, kind: str) -> list[Record]:
        """Every record of a type, in the fact base's order (decoded here, not cached)."""
        rows = self._query("SELECT data FROM records WHERE type = ? ORDER BY pos", (kind,))
        return CODECS[kind].decode_many([r[0] for r in rows])

    # -- searchable rows

    def rows(self, ids: Iterable[str]) -> dict[str, Row]:
        """The rows of some records (unknown ids are left out)."""
        return read_through(self._rows, ids, lambda chunk: {row[ROW_ID]: row for row in self._read_rows("id", chunk)})

    def rows_at(self, positions: Sequence[int]) -> list[Row]:
        """The rows at some positions, in the order given."""
        found = read_through(self._rows_at, positions, self._read_rows_at)
        return [found[p] for p in positions if p in found]

    def _read_rows_at(self, positions: list[int]) -> dict[int, Row]:
        read = self._read_rows("pos", positions)
        self._rows.put_many({row[ROW_ID]: row for row in read})
        return {row[ROW_POS]: row for row in read}

    def _read_rows(self, column: str, keys: Sequence[object]) -> list[Row]:
        """The rows whose `column` (id or pos) is one of some keys."""
        marks = ",".join("?" * len(keys))
        rows: list[Row] = self._query(
            f"SELECT pos, id, type, item, terms, length, words FROM records WHERE {column} IN ({marks})",  # noqa: S608 - only ?s
            keys,
        )
        return rows

    def row(self, record_id: str) -> Row | None:
        found = self._rows.get(record_id)
        return found if found is not None else self.rows((record_id,)).get(record_id)

    # -- groups

    def group(self, name: str, key: str) -> tuple[str, ...] | None:
        found = self._groups.get((name, key))
        if found is not None:
            return found[0]
        rows = self._query("SELECT value FROM groups WHERE name = ? AND key = ?", (name, key))
        return self._groups.put((name, key), (tuple(json.loads(rows[0][0])) if rows else None,))[0]

    def groups(self, name: str, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The groups under some keys, in the order asked, read in one go (keys with none are left out)."""
        wanted = list(dict.fromkeys(keys))

        def read(chunk: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[tuple[str, ...] | None]]:
            values = self._group_values(name, [key for _, key in chunk])
            # A key with no group is kept as such too: it is not asked of SQLite again.
            return {(name, key): (tuple(json.loads(values[key])) if key in values else None,) for _, key in chunk}

        found = read_through(self._groups, [(name, key) for key in wanted], read)
        return {key: value for key in wanted if (value := found[(name, key)][0]) is not None}

    def quote_heads(self, name: str, keys: Sequence[str]) -> dict[str, list[QuoteHead]]:
        """The quote heads under some keys (HEADS_OF_SPEAKER or HEADS_OF_DEAL), read in one go, not kept
        (keys with none are left out)."""
        return {
            key: [QuoteHead._make(head) for head in json.loads(value)]
            for key, value in self._group_values(name, keys).items()
        }

    def _group_values(self, name: str, keys: Sequence[str]) -> dict[str, str]:
        """The JSON values of a group under some keys, `_BATCH` keys a query (keys with none are left out)."""
        found: dict[str, str] = {}
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT key, value FROM groups WHERE name = ? AND key IN ({marks})",  # noqa: S608 - only ?s
                (name, *chunk),
            )
            found.update(rows)
        return found

    def whole_group(self, name: str) -> dict[str, tuple[str, ...]]:
        """Every key of a group with its ids, in order (for the small groups kept in memory)."""
        rows = self._query("SELECT key, value FROM groups WHERE name = ? ORDER BY seq", (name,))
        # Each value is a JSON array: decoded a few hundred at a time as one
        # array of them (not one call each, nor all in one call: a reload
        # opens a fact base in a thread, and one long call would hold the
        # interpreter lock, and the event loop, for tens of milliseconds).
        values: list[list[str]] = []
        for start in range(0, len(rows), _DECODED_AT_ONCE):
            chunk = rows[start : start + _DECODED_AT_ONCE]
            values += json.loads(f"[{','.join(value for _, value in chunk)}]")
        return {key: tuple(value) for (key, _), value in zip(rows, values, strict=True)}

    def group_key_set(self, name: str) -> frozenset[str]:
        """Every key of a group, interned: ids held elsewhere too are held once."""
        return frozenset(sys.intern(key) for key in self.group_keys(name))

    def group_keys(self, name: str) -> list[str]:
        return [r[0] for r in self._query("SELECT key FROM groups WHERE name = ? ORDER BY seq", (name,))]

    def group_size(self, name: str) -> int:
        return int(self._query("SELECT count(*) FROM groups WHERE name = ?", (name,))[0][0])

    # -- whole tables, read once at open

    def term_frequencies(self) -> list[tuple[str, int]]:
        return self._query("SELECT term, df FROM terms")

    def name_entries(self) -> list[tuple[str, str]]:
        return self._query("SELECT name, target FROM names ORDER BY pos")


# -- mappings over the store, so a FactBase keeps its shape -------------------------------


class StoredRecords(Mapping[str, R]):
    """The records of one type, by id, in the fact base's order, read when asked for."""

    def __init__(self, store: Store, kind: str, count: int, ids: Collection[str] | None = None) -> None:
        """`ids`: every id of the type, held to answer `in` without a read
        (for a type asked of every name a lookup weighs: entities)."""
        self._store = store
        self._kind = kind
        self._count = count
        self._ids = ids

    def __getitem__(self, record_id: str) -> R:
        record = self._store.record(record_id)
        if record is None or TYPE_OF[type(record)] != self._kind:
            raise KeyError(record_id)
        return cast(R, record)

    def __contains__(self, record_id: object) -> bool:
        if self._ids is not None:
            return record_id in self._ids
        return isinstance(record_id, str) and self._store.type_of(record_id) == self._kind

    def many(self, ids: Iterable[str]) -> list[R]:
        """The records of some ids, in their order, read in one go (others left out)."""
        ids = list(ids)
        found = self._store.records(ids)
        return [cast(R, r) for i in ids if (r := found.get(i)) is not None and TYPE_OF[type(r)] == self._kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.ids_of_type(self._kind))

    def __len__(self) -> int:
        return self._count

    def values(self) -> ValuesView[R]:
        return _Values(self)

    def all(self) -> list[R]:
        """Every record of the type, read in one go (not one query per record)."""
        return cast(list[R], self._store.all_of_type(self._kind))


class _Values(ValuesView[R]):
    """A whole table's records, read in one query when iterated."""

    _mapping: StoredRecords[R]

    def __iter__(self) -> Iterator[R]:
        return iter(self._mapping.all())


class StoredGroups(Mapping[str, V]):
    """Id lists under a key (a speaker's quotes, a deal's records), read when asked for."""

    def __init__(
        self, store: Store, name: str, convert: Callable[[tuple[str, ...]], V], keys: frozenset[str] | None = None
    ) -> None:
        """`keys`: every key, held to answer `in` (and a miss) without a read,
        for a grouping asked of every name a lookup weighs."""
        self._store = store
        self._name = name
        self._convert = convert
        self._keys = keys
        self._size: int | None = None if keys is None else len(keys)

    def __getitem__(self, key: str) -> V:
        held = self._keys is None or key in self._keys
        found = self._store.group(self._name, key) if held and isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return self._convert(found)

    def __contains__(self, key: object) -> bool:
        if self._keys is not None:
            return key in self._keys
        return isinstance(key, str) and self._store.group(self._name, key) is not None

    def many(self, keys: Iterable[str]) -> dict[str, V]:
        """The values under some keys, read in one go (keys with none are left out)."""
        return {k: self._convert(v) for k, v in self._store.groups(self._name, keys).items()}

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.group_keys(self._name))

    def __len__(self) -> int:
        if self._size is None:
            self._size = self._store.group_size(self._name)
        return self._size


def as_tuple(ids: tuple[str, ...]) -> tuple[str, ...]:
    return ids


def as_frozenset(ids: tuple[str, ...]) -> frozenset[str]:
    return frozenset(ids)


def record_kinds() -> tuple[ItemKind, ...]:
    return cast(tuple[ItemKind, ...], get_args(ItemKind))
