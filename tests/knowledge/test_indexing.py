"""The search index's documents (knowledge/indexing.py)."""

import json

import pytest
import tantivy

from knowledge.indexing import NO_DEAL, SearchWriter, document_json


def _doc(words: str = "the pcc signed", **lists: tuple[str, ...]) -> str:
    return document_json(
        7,
        "f-1",
        "pcc\tsign",
        words,
        "fact",
        lists.get("deals", ("deal-a",)),
        lists.get("about", ("herts-pcc", "g4s")),
        lists.get("topics", ("status",)),
        lists.get("flags", ("timed",)),
        lists.get("bears", ("deal-a", "g4s", "herts-pcc")),
    )


def test_a_plain_document_is_the_json_of_its_fields():
    assert json.loads(_doc()) == {
        "terms": "pcc sign",
        "words": "the pcc signed",
        "pos": 7,
        "id": "f-1",
        "kind": "fact",
        "deal": "deal-a",
        "bears": "deal-a g4s herts-pcc",
        "about": "herts-pcc g4s",
        "topic": ["status"],
        "flag": ["timed"],
    }


def test_text_needing_escapes_gives_the_same_document_by_the_encoder():
    # A quote in the words takes the JSON encoder's way; the fields are as on the quick way.
    quick = json.loads(_doc())
    escaped = json.loads(_doc(words='the "pcc" signed'))
    assert escaped.pop("words") == 'the "pcc" signed'
    quick.pop("words")
    assert escaped == quick


def test_empty_lists_are_left_out_and_no_deal_is_marked():
    doc = json.loads(_doc(deals=(), about=(), topics=(), flags=(), bears=()))
    assert doc["deal"] == NO_DEAL
    assert not {"about", "bears", "topic", "flag"} & doc.keys()


@pytest.mark.parametrize("bad", [("deal a",), ("deal-a", "")])
def test_an_id_that_would_split_wrongly_is_refused(bad):
    with pytest.raises(ValueError, match="cannot be split"):
        _doc(bears=bad)


def test_each_id_of_a_list_is_a_term_of_its_own():
    writer = SearchWriter(None)
    writer.add_json(_doc())
    writer.add_json(document_json(8, "q-2", "other", "other", "quote", (), (), (), (), ()))
    searcher = writer.close().searcher()
    schema = writer.index.schema

    def hits(field: str, value: str) -> int:
        query = tantivy.Query.term_query(schema, field, value, index_option="basic")
        return int(searcher.search(query, 10).count)

    assert [hits("bears", v) for v in ("deal-a", "g4s", "herts-pcc", "deal-a g4s")] == [1, 1, 1, 0]
    assert [hits("about", "herts-pcc"), hits("deal", "deal-a"), hits("deal", NO_DEAL)] == [1, 1, 1]
