"""Shared text pieces: echoed user text stays inert; quotes show their speaker, when
they were said, and a piece of a longer quotation beside its neighbour."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.format import (
    _frame_of,
    and_list,
    citations,
    echo,
    frame_size,
    or_list,
    quotation_ids,
    quotation_text,
    quotations,
    quote_text,
    shorten,
    shown_lengths,
)
from knowledge import FactBase
from knowledge.store import QuoteHead, quote_head
from tests.knowledge.factfiles import write


def test_echo_is_a_code_span_that_cannot_be_closed() -> None:
    assert echo("herts") == "`herts`"
    shown = echo("a`b``c")
    assert shown.startswith("`") and shown.endswith("`") and shown.count("`") == 2


def test_echo_breaks_mentions() -> None:
    assert "@everyone" not in echo("@everyone")
    assert "@here" not in echo("hi @here")


def test_echo_trims_and_cleans() -> None:
    assert echo("x" * 500).endswith("…`")
    assert len(echo("x" * 500)) <= 82
    assert echo("\u200b\n") == "(nothing)"


def test_small_helpers() -> None:
    assert shorten("abcdef", 4) == "abc…"
    assert or_list(["A", "B", "C"]) == "**A**, **B** or **C**"
    assert or_list(["A"]) == "**A**"


# --- quotes: times and pieces -------------------------------------------------

PIECES = """\
source: {id: src, title: T}
entities:
  - {id: ann, name: Ann Smith, kind: person, role: Chief of tests}
quotes:
  - {id: one, speaker: ann, kind: direct, said_when: last night, text: First.}
  - {id: two, speaker: ann, kind: direct, continues: one, text: Second., about_times: [2020]}
  - {id: three, speaker: ann, kind: direct, continues: two, text: Third., note: Said at the door.}
  - {id: told, speaker: ann, kind: reported, said: told reporters, said_when: on Monday, text: it was over}
"""


@pytest.fixture
def pieces(tmp_path: Path) -> FactBase:
    write(tmp_path, "a.yaml", PIECES)
    return FactBase.load(tmp_path)


def test_a_quote_shows_when_it_was_said_not_what_it_speaks_of(pieces: FactBase) -> None:
    text = quote_text(pieces, pieces.quotes["one"])
    assert "— Ann Smith, Chief of tests (said last night)" in text
    assert "(2020)" not in quote_text(pieces, pieces.quotes["two"])  # what the words speak of is no date line
    told = quote_text(pieces, pieces.quotes["told"])
    assert told == "*Reported:* Ann Smith told reporters it was over (said on Monday)"


def test_a_piece_shown_alone_comes_with_its_neighbour(pieces: FactBase) -> None:
    # The first piece with the one after it; a later piece with the one before it.
    assert quote_text(pieces, pieces.quotes["one"]).startswith("> “First.\n> Second.”\n— Ann Smith")
    assert quote_text(pieces, pieces.quotes["three"]).startswith("> “Second.\n> Third.”\n— Ann Smith")
    assert quote_text(pieces, pieces.quotes["three"]).endswith("\n*Note:* Said at the door.")


def test_pieces_shown_together_are_one_quotation_in_order(pieces: FactBase) -> None:
    q = pieces.quotes
    groups = quotations(pieces, [q["told"], q["three"], q["one"], q["two"]])
    assert [[p.id for p in group] for group in groups] == [["told"], ["one", "two", "three"]]
    # Two pieces with one left out between them: the gap is marked.
    (group,) = quotations(pieces, [q["three"], q["one"]])
    assert quotation_text(pieces, group).startswith("> “First.\n> …\n> Third.”")


def same_layout(fb: FactBase, heads: Sequence[QuoteHead]) -> None:
    """Quotes grouped by id and measured by their heads, as if each quotation were written out."""
    written = quotations(fb, fb.quotes.many(h.id for h in heads))
    groups = quotation_ids(fb, [h.id for h in heads])
    assert groups == [tuple(q.id for q in pieces) for pieces in written]
    lengths = shown_lengths(fb, groups, {h.id: h for h in heads})
    assert lengths == [len(quotation_text(fb, pieces)) for pieces in written]


def test_a_quotations_length_is_known_without_writing_it(pieces: FactBase) -> None:
    # Every order of every choice of quotes: pieces alone, together, with a gap; reported speech; notes.
    heads = [quote_head(q) for q in pieces.quotes.values()]
    for size in range(1, len(heads) + 1):
        for chosen in itertools.permutations(heads, size):
            same_layout(pieces, chosen)


def test_every_speakers_and_deals_quotes_measure_as_written(fb: FactBase) -> None:
    for entity in fb.entities:
        same_layout(fb, fb.quote_heads_of(entity))
    for deal in fb.deals:
        same_layout(fb, fb.quote_heads_of_deals((deal,)))


SPEAKERS = """\
source: {id: src, title: T}
entities:
  - {id: ann, name: Ann Smith, kind: person, role: Chief of tests}
  - {id: bob, name: Bob Jones, kind: person, role: Jones the reporter}
  - {id: firm, name: Acme Ltd, kind: company, role: Maker of things}
quotes:
  - {id: d1, speaker: ann, kind: direct, text: We are ready.}
  - {id: d2, speaker: bob, kind: direct, said_when: last night, text: It is late., note: At the door.}
  - {id: d3, speaker: firm, kind: direct, text: No comment.}
  - {id: r1, speaker: ann, kind: reported, said: warned, text: it was over}
  - {id: r2, speaker: firm, kind: reported, text: it would go on, note: Asked twice.}
  - {id: r3, speaker: bob, kind: reported, said: told Jones, said_when: Jones, text: it was done}
"""


def test_quotes_of_many_speakers_are_measured_without_reading_them(tmp_path: Path) -> None:
    # A search by words lays out quotes of as many speakers as quotes: their
    # frames are measured from each speaker's lengths, and only reported
    # speech with a time reads its speaker (whether the time shows depends
    # on the words of the name: "Bob Jones told Jones" already says "Jones").
    write(tmp_path, "a.yaml", SPEAKERS)
    fb = FactBase.load(tmp_path)
    assert fb.entity_lengths.keys() == {"ann", "bob", "firm"}
    heads = [quote_head(q) for q in fb.quotes.values()]
    fb.store._records._data.clear()
    groups = quotation_ids(fb, [h.id for h in heads])
    lengths = shown_lengths(fb, groups, {h.id: h for h in heads})
    assert [k for k in fb.store._records._data if k in fb.entity_lengths] == ["bob"]
    assert lengths == [len(quotation_text(fb, (q,))) for q in fb.quotes.many(h.id for h in heads)]
    assert "(said Jones)" not in quotation_text(fb, (fb.quotes["r3"],))


def test_lists_read_as_english() -> None:
    assert and_list([]) == "" and and_list(["A"]) == "A"
    assert and_list(["A", "B", "C"]) == "A, B and C"


def test_an_article_cites_itself_beside_the_records_it_holds(fb: FactBase) -> None:
    quote = next(iter(fb.quotes.values()))
    source = fb.sources[quote.source]
    cited = citations(fb, [source.id, quote.id])
    assert [c.source_id for c in cited] == [source.id]


def test_an_unknown_id_is_a_bug_not_a_citation(fb: FactBase) -> None:
    with pytest.raises(KeyError):
        citations(fb, ["no-such-record"])


_maybe_text = st.one_of(st.none(), st.just(""), st.text(max_size=30))


@settings(max_examples=300, deadline=None)
@given(
    reported=st.booleans(),
    said=_maybe_text,
    said_when=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    note=_maybe_text,
    name=st.integers(1, 60),
    line=st.integers(1, 120),
)
def test_a_frame_counted_is_as_long_as_the_frame_written(  # noqa: PLR0917 - hypothesis gives each by name
    reported: bool, said: str | None, said_when: str | None, note: str | None, name: int, line: int
) -> None:
    """Measuring a long list counts each frame's length; the same frame written
    out, around a name and line of those lengths, is exactly as long."""
    if reported and said_when:
        return  # that frame reads the name's words: it is written out to be measured
    head = QuoteHead("q", 10, "someone", "reported" if reported else "direct", said, said_when, note)
    before, _, after = _frame_of(head, said_when, [note] if note else [], speaker=True, who="w" * name, line="l" * line)
    assert frame_size(head, said_when, name, line) == len(before) + len(after)
