"""Writing YAML with comments: every value reads back exactly as it was found."""

from __future__ import annotations

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from knowledge.draft._yaml import Document, Field, Item, Section, render, uncommented

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@given(st.lists(_TEXT, min_size=1, max_size=4), st.lists(_TEXT, max_size=3))
@example(values=["0"], aliases=["A?"])  # a '?' in a flow list
def test_any_text_reads_back_exactly(values: list[str], aliases: list[str]) -> None:
    items = tuple(
        Item((Field("id", f"x{n}"), Field("text", v), Field("aliases", aliases))) for n, v in enumerate(values)
    )
    text = render(Document(("a header",), (Section("quotes", items),)))
    assert yaml.safe_load(text)["quotes"] == [
        {"id": f"x{n}", "text": v, "aliases": aliases} for n, v in enumerate(values)
    ]


def test_comments_and_stubs() -> None:
    stub = Section(
        "facts", (Item((Field("id", "f1"), Field("text", None, ("review: write it",)))),), commented_out=True
    )
    live = Section("quotes", (Item((Field("id", "q1"), Field("text", ("Yes. " * 30).strip())), ("review: a guess",)),))
    text = render(Document(("Drafted.",), (live, stub)))
    assert "  # review: a guess\n  - id: q1\n    text: >-\n" in text
    assert "# facts:\n#   - id: f1\n#     # review: write it\n#     text:\n" in text
    assert "facts" not in yaml.safe_load(text)
    assert yaml.safe_load(uncommented(stub)) == {"facts": [{"id": "f1", "text": None}]}
