"""The store: records, rows and groupings read from SQLite through small caches."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from knowledge import FactBase
from knowledge.loader import default_folder, read_records
from knowledge.model import Origin
from knowledge.store import (
    CODECS,
    HEADS_OF_SPEAKER,
    ROW_ID,
    ROW_POS,
    TYPES,
    Cache,
    Store,
    StoreError,
    _Codec,
    codec_fit,
    line_length,
    name_length,
    quote_head,
    read_through,
    speaker_line,
)


def test_a_cache_forgets_its_oldest_entries_first() -> None:
    cache: Cache[str, int] = Cache(3)
    for n, key in enumerate("abcd"):
        cache.put(key, n)
    assert cache.get("a") is None
    assert [cache.get(k) for k in "bcd"] == [1, 2, 3]
    cache.put("e", 4)
    assert cache.get("b") is None and cache.get("e") == 4


def test_groups_read_in_one_go_match_those_read_one_by_one(fb: FactBase) -> None:
    store = fb.store
    speakers = list(fb.quotes_of_speaker)
    keys = [*speakers, "nobody-at-all", speakers[0]]
    together = store.groups("quotes_of_speaker", keys)
    assert list(together) == speakers  # in the order asked, each once, the missing left out
    for key in keys:
        assert store.group("quotes_of_speaker", key) == together.get(key)
    assert store.group("quotes_of_speaker", "nobody-at-all") is None  # a miss, remembered, is still a miss


def test_quote_heads_are_read_under_the_keys_that_have_them(fb: FactBase) -> None:
    speakers = list(fb.quotes_of_speaker)
    found = fb.store.quote_heads(HEADS_OF_SPEAKER, ["nobody-at-all", *speakers[:3]])
    assert sorted(found) == sorted(speakers[:3])
    for speaker, heads in found.items():
        assert heads == [quote_head(q) for q in fb.quotes.many(fb.quotes_of_speaker[speaker])]
    assert fb.store.quote_heads(HEADS_OF_SPEAKER, []) == {}
    many = speakers * (600 // len(speakers) + 1)  # more keys than one query takes: read a batch at a time
    assert fb.store.quote_heads(HEADS_OF_SPEAKER, many) == fb.store.quote_heads(HEADS_OF_SPEAKER, speakers)


def test_whole_group_is_every_key_with_its_group(fb: FactBase) -> None:
    store = fb.store
    whole = store.whole_group("quotes_of_speaker")
    assert list(whole) == store.group_keys("quotes_of_speaker")
    assert all(store.group("quotes_of_speaker", key) == ids for key, ids in whole.items())


def test_held_keys_answer_as_the_store_does(fb: FactBase) -> None:
    """The groupings and records whose keys are held in memory answer `in`,
    lookups and misses exactly as reading the store would."""
    store = fb.store
    for name, mapping in (
        ("quotes_of_speaker", fb.quotes_of_speaker),
        ("members", fb.members),
        ("deals_of_entity", fb.deals_of_entity),
        ("quotes_of_deal", fb.quote_ids_of_deal),
    ):
        for key in [*fb.entities, *fb.deals, "nobody-at-all"]:
            found = store.group(name, key)
            assert (key in mapping) == (found is not None), (name, key)
            assert mapping.get(key) == found, (name, key)
    for record_id in [*fb.entities, *fb.deals, *fb.quotes, "nobody-at-all"]:
        assert (record_id in fb.entities) == (store.type_of(record_id) == "entity"), record_id


def test_rows_by_position_and_by_id_agree(fb: FactBase) -> None:
    store = fb.store
    ids = store.searchable_ids()
    by_id = store.rows(ids)
    positions = [by_id[i][ROW_POS] for i in reversed(ids)]
    assert [row[ROW_ID] for row in store.rows_at(positions)] == list(reversed(ids))
    assert [row[ROW_ID] for row in store.rows_at(positions)] == list(reversed(ids))  # again, from the cache


def test_records_whose_rows_were_read_are_the_records_read_by_id(fb: FactBase) -> None:
    """A record whose searchable row is held is read by its position: the
    same record as by its id, whether all, some or none of those asked have
    a row held (sources have none; unknown ids are left out)."""
    assert fb.store.path is not None
    ids = [*fb.store.searchable_ids(), *fb.sources, "nobody-at-all"]
    expected = Store.open(fb.store.path).records(ids)
    assert set(expected) == set(ids) - {"nobody-at-all"}
    for held in (ids[::3], ids):
        reader = Store.open(fb.store.path)
        reader.rows(held)
        assert reader.records(ids) == expected


def test_read_through_reads_only_what_the_cache_lacks_a_batch_at_a_time() -> None:
    cache: Cache[int, str] = Cache(10)
    cache.put(2, "two")
    asked: list[list[int]] = []

    def read(keys: list[int]) -> dict[int, str]:
        asked.append(keys)
        return {k: str(k) for k in keys if k != 4}  # 4 is unknown

    assert read_through(cache, [1, 2, 3, 4, 5], read, batch=2) == {2: "two", 1: "1", 3: "3", 5: "5"}
    assert asked == [[1, 3], [4, 5]]
    assert [cache.get(k) for k in (1, 3, 4, 5)] == ["1", "3", None, "5"]
    asked.clear()
    assert read_through(cache, [1, 4, 6, 7], read, batch=None) == {1: "1", 6: "6", 7: "7"}
    assert asked == [[4, 6, 7]]  # all it lacks, in one read
    assert read_through(cache, [1, 3], read) == {1: "1", 3: "3"}
    assert asked == [[4, 6, 7]]  # nothing read: all cached


def test_a_store_is_written_in_one_transaction(tmp_path: Path) -> None:
    """Schema, rows, indexes and groups go in one transaction, committed at
    close (not one transaction per row, which made a big build crawl)."""
    from knowledge.store import StoreWriter, record_row

    writer = StoreWriter.create(tmp_path / "store.sqlite")
    assert writer.db.in_transaction
    writer.rows([record_row(0, "q1", "quote", "[]", "", ["term"], ["word"])])
    writer.finish()
    writer.groups("by_deal", {"d": ("q1",)})
    assert writer.db.in_transaction
    assert writer.db.total_changes == 2
    writer.close()
    reopened = sqlite3.connect(tmp_path / "store.sqlite")
    assert reopened.execute("SELECT count(*) FROM records").fetchone() == (1,)
    assert reopened.execute("SELECT value FROM groups").fetchone() == ('["q1"]',)


def test_records_decoded_many_at_a_time_are_those_decoded_one_by_one(fb: FactBase) -> None:
    for kind in ("quote", "entity", "fact"):
        rows = fb.store._query("SELECT data FROM records WHERE type = ? ORDER BY pos", (kind,))
        datas = [r[0] for r in rows]
        assert CODECS[kind].decode_many(datas) == [CODECS[kind].decode(d) for d in datas]
    # A row holding two values where one record should be is refused, not read as two records.
    two = fb.store._query("SELECT data FROM records WHERE type = 'quote' LIMIT 2")
    with pytest.raises(StoreError):
        CODECS["quote"].decode_many([f"{two[0][0]},{two[1][0]}"])


def test_records_of_several_types_read_together_are_each_their_own(fb: FactBase) -> None:
    ids = [*list(fb.quotes)[:3], *list(fb.entities)[:3], *list(fb.facts)[:3], "no-such-record"]
    together = fb.store.records(ids)
    assert set(together) == set(ids) - {"no-such-record"}
    for record_id, record in together.items():
        assert record.id == record_id
        assert record == fb.store.record(record_id)


def test_records_read_back_are_the_records_loaded() -> None:
    # Decoding sets each field straight: the records must be those the loader
    # made, field for field, and as frozen.
    records = read_records(default_folder())
    fb = FactBase.from_records(records)
    for loaded in (*records.quotes, *records.entities, *records.facts, *records.events):
        stored = fb.store.record(loaded.id)
        assert stored == loaded
        assert repr(stored) == repr(loaded)
        assert hash(stored) == hash(loaded)
        with pytest.raises(dataclasses.FrozenInstanceError):
            stored.id = "changed"  # type: ignore[misc]


def test_every_entity_is_held_with_the_lengths_of_its_name_and_line(fb: FactBase) -> None:
    entities = fb.entities.all()
    assert list(fb.entity_lengths) == [e.id for e in entities]  # in the fact base's order
    for entity in entities:
        lengths = fb.entity_lengths[entity.id]
        assert name_length(lengths) == len(entity.name)
        assert line_length(lengths) == len(speaker_line(entity))
    assert all(e in fb.entities for e in fb.entity_lengths)
    assert "no-such-entity" not in fb.entities


def test_every_record_type_is_one_the_codec_may_build_without_its_init() -> None:
    """The codec sets a record's slots straight and skips the dataclass's
    __init__: a model class that gains a __post_init__, a field left out of
    __init__ or a slot that is no field would be decoded wrong, silently.
    Every type the store decodes is checked here (and by the codec as it is
    made, at import)."""
    assert set(CODECS) == set(TYPES)
    for kind, cls in TYPES.items():
        assert not hasattr(cls, "__post_init__"), kind
        fields = codec_fit(cls)
        assert all(f.init for f in fields), kind
        assert CODECS[kind].names == tuple(f.name for f in fields)
        slots = [s for c in cls.__mro__ for s in c.__dict__.get("__slots__", ())]
        assert sorted(slots) == sorted(CODECS[kind].names), kind


@dataclasses.dataclass(frozen=True, slots=True)
class _Checked:
    id: str
    origin: Origin
    doubled: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "doubled", self.id * 2)


@dataclasses.dataclass(frozen=True, slots=True)
class _Derived:
    id: str
    origin: Origin
    derived: str = dataclasses.field(init=False, default="")


@dataclasses.dataclass(frozen=True)
class _Unslotted:
    id: str
    origin: Origin


@dataclasses.dataclass(frozen=True, slots=True)
class _Defaulted:
    id: str
    origin: Origin
    tags: tuple[str, ...] = ()
    note: str | None = None


@pytest.mark.parametrize(
    ("cls", "why"),
    [(_Checked, "__post_init__"), (_Derived, "left out of __init__"), (_Unslotted, "no __slots__")],
)
def test_the_codec_refuses_a_type_it_would_build_wrong(cls: type, why: str) -> None:
    with pytest.raises(TypeError, match=why):
        codec_fit(cls)
    with pytest.raises(TypeError, match=why):
        _Codec.of(cls)  # type: ignore[arg-type]


def test_defaults_are_safe_for_the_codec_every_field_is_stored() -> None:
    codec = _Codec.of(_Defaulted)  # type: ignore[arg-type]
    record = _Defaulted("r1", Origin("f.yaml", 3), ("a", "b"), "kept")
    assert codec.decode(codec.encode(record)) == record  # type: ignore[arg-type]
    with pytest.raises(StoreError):  # a row written before a field was added is refused, not half read
        codec.decode('["r1",["f.yaml",3],["a"]]')
