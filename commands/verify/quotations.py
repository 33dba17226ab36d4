"""Quotations as `verify` compares them: words in the matching form, each
remembering where it stands in the article's text and whose words it is.

A quotation may be stored as several pieces (one quote record each) when
the article runs one speaker's words over paragraphs; `pieces_of` is the
one place that asks the fact base which pieces belong together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from knowledge import FactBase
from knowledge.model import Quote
from knowledge.text import normalise

# Words the article itself puts in quotation marks inside reported speech:
# `the decision was "good news for our members and the public"`.
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_CHUNK = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Word:
    norm: str  # one word in the matching form (knowledge.text.normalise)
    piece: int  # which piece of the quotation
    chunk: int  # which whitespace-separated word of that piece's text
    direct: bool  # the speaker's own words, not the reporter's


@dataclass(frozen=True, slots=True)
class Passage:
    """One quotation: its pieces in the article's order, and their words."""

    pieces: tuple[Quote, ...]
    words: tuple[Word, ...]
    chunks: tuple[tuple[str, ...], ...]  # each piece's text, split on whitespace

    @property
    def speaker(self) -> str:
        return self.pieces[0].speaker

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.pieces)

    @property
    def reported(self) -> bool:
        return any(q.reported for q in self.pieces)


def pieces_of(fb: FactBase, quote: Quote) -> tuple[Quote, ...]:
    """The pieces of the continuous quotation `quote` belongs to, in order
    (the fact base records them with `continues`): a claim spanning two
    pieces of one quotation is exact; one spanning two quotations is not."""
    return fb.pieces(quote) if quote.id in fb.quotes else ()


def split_words(text: str) -> list[tuple[int, list[str]]]:
    """(chunk index, its words in the matching form) for each whitespace
    chunk of `text` that has any: "We'd" is one chunk and two words."""
    out = []
    for index, match in enumerate(_CHUNK.finditer(text)):
        words = normalise(match.group()).split()
        if words:
            out.append((index, words))
    return out


def chunks_of(text: str) -> tuple[str, ...]:
    return tuple(_CHUNK.findall(text))


def _direct_chunks(quote: Quote) -> set[int]:
    """Chunks of a quote's text that are the speaker's own words: all of a
    direct quote; of reported speech, only what the article puts in quotes."""
    if not quote.reported:
        return set(range(len(chunks_of(quote.text))))
    spans = [m.span(1) for m in _QUOTED.finditer(quote.text)]
    direct = set()
    for index, match in enumerate(_CHUNK.finditer(quote.text)):
        # Where the chunk's first letter or digit stands: after any opening quote mark.
        first = match.start() + next((i for i, ch in enumerate(match.group()) if ch.isalnum()), 0)
        if any(start <= first < end for start, end in spans):
            direct.add(index)
    return direct


def passage(pieces: Iterable[Quote]) -> Passage:
    return _passage(tuple(pieces))


# Quote records are immutable and compare by value, so a passage is worked out
# once per distinct quotation (a reloaded, unchanged quote hits the same entry).
@lru_cache(maxsize=4096)
def _passage(pieces: tuple[Quote, ...]) -> Passage:
    words: list[Word] = []
    for number, quote in enumerate(pieces):
        direct = _direct_chunks(quote)
        for chunk, norms in split_words(quote.text):
            words += [Word(norm, number, chunk, chunk in direct) for norm in norms]
    return Passage(pieces, tuple(words), tuple(chunks_of(q.text) for q in pieces))


def passages(fb: FactBase, quote_ids: Iterable[str]) -> list[Passage]:
    """The quotations holding these quotes, each once, in first-seen order."""
    out: dict[str, Passage] = {}
    for quote_id in quote_ids:
        pieces = pieces_of(fb, fb.quotes[quote_id])
        if pieces and pieces[0].id not in out:
            out[pieces[0].id] = passage(pieces)
    return list(out.values())
