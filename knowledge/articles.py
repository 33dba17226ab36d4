"""The article texts a fact base is distilled from, read for checking.

An article is split into paragraphs (blank-line separated, or one per line
when it has no blank lines), then into sentences, and each character is
known to be inside or outside a quotation. A quotation that runs over
several paragraphs opens each of them with a quotation mark and closes only
at its end, as newspapers write it; one left open at a paragraph's end
closes there unless the next paragraph reopens it.

Only double quotation marks delimit speech ('...' is too often an
apostrophe); curly marks count as straight ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from knowledge.analysis import terms
from knowledge.text import fold_quotes, normalise

_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! or ? (and any closing marks) before a space and a
# capital, a digit or an opening mark: "options... we" runs on.
_SENTENCE_END = re.compile(r"""[.!?]+["')\]]*(?= +["'(\[]?[A-Z0-9])""")
OUTSIDE = -1  # quotation number of a character outside every quotation


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int  # exclusive


class Article:
    """One article's text, folded (straight quotes, single spaces, paragraphs
    joined by newlines), with its quotations and sentences."""

    def __init__(self, name: str, raw: str) -> None:
        self.name = name
        blocks = _PARAGRAPHS.split(raw.strip()) if _PARAGRAPHS.search(raw) else raw.strip().splitlines()
        paragraphs = [p for p in (fold_quotes(b) for b in blocks) if p]
        self.text = "\n".join(paragraphs)
        self.quotation = [OUTSIDE] * len(self.text)  # per character: which quotation holds it
        self.quotations: list[Span] = []  # each quotation's words, first to last character
        self.sentences: list[Span] = []
        self._mark_quotations(paragraphs)
        self._split_sentences(paragraphs)
        self._sentence_starts = [s.start for s in self.sentences]

    def _mark_quotations(self, paragraphs: list[str]) -> None:
        at = 0
        carried: int | None = None  # a quotation left open at the end of the last paragraph
        for paragraph in paragraphs:
            current: int | None = None
            if carried is not None and paragraph.startswith('"'):
                current = carried  # reopened: the same quotation runs on
            for offset, ch in enumerate(paragraph):
                if ch == '"':
                    if current is None:
                        current = len(self.quotations)
                        self.quotations.append(Span(at + offset + 1, at + offset + 1))
                    elif offset == 0 and current == carried:
                        continue  # the reopening mark
                    else:
                        current = None
                    continue
                if current is not None:
                    self.quotation[at + offset] = current
                    self.quotations[current] = Span(self.quotations[current].start, at + offset + 1)
            carried = current
            at += len(paragraph) + 1

    def _split_sentences(self, paragraphs: list[str]) -> None:
        at = 0
        for paragraph in paragraphs:
            start = 0
            for match in _SENTENCE_END.finditer(paragraph):
                self.sentences.append(Span(at + start, at + match.end()))
                start = match.end() + 1
            self.sentences.append(Span(at + start, at + len(paragraph)))
            at += len(paragraph) + 1

    # --- finding words -------------------------------------------------------

    def find(self, words: str) -> list[int]:
        """Every place the words stand, as folded text."""
        words = fold_quotes(words)
        if not words:
            return []
        found, at = [], self.text.find(words)
        while at >= 0:
            found.append(at)
            at = self.text.find(words, at + 1)
        return found

    def has(self, words: str) -> bool:
        return bool(self.find(words))

    def nearest(self, words: str) -> str:
        """The article's passage most like `words`, for a message."""
        words = fold_quotes(words)
        hit = fuzz.partial_ratio_alignment(words, self.text)
        if hit is None or hit.score < 50:
            return ""
        start, end = hit.dest_start, hit.dest_end
        while start > 0 and not self.text[start - 1].isspace():  # whole words
            start -= 1
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        return self.text[start:end].replace("\n", " ")

    @cached_property
    def _normalised_sentences(self) -> list[str]:
        return [f" {normalise(self.text[s.start : s.end])} " for s in self.sentences]

    def sentences_naming(self, name: str) -> list[int]:
        """Indexes of the sentences where a name stands as whole words."""
        key = f" {normalise(name)} "
        if key.isspace():
            return []
        return [i for i, sentence in enumerate(self._normalised_sentences) if key in sentence]

    def names(self, name: str) -> bool:
        return bool(self.sentences_naming(name))

    @cached_property
    def terms(self) -> frozenset[str]:
        return frozenset(terms(self.text))

    @cached_property
    def _sentence_terms(self) -> list[frozenset[str]]:
        return [frozenset(terms(self.text[s.start : s.end])) for s in self.sentences]

    def sentence_terms(self, index: int) -> frozenset[str]:
        return self._sentence_terms[index] if 0 <= index < len(self.sentences) else frozenset()

    # --- positions -----------------------------------------------------------

    def sentence_at(self, position: int) -> int:
        return bisect_right(self._sentence_starts, position) - 1

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]

    def starts_unit(self, position: int) -> bool:
        """Whether words starting here start a quotation or a sentence."""
        if any(q.start == position for q in self.quotations):
            return True
        sentence = self.sentences[self.sentence_at(position)]
        return position == sentence.start or (position == sentence.start + 1 and self.text[sentence.start] == '"')

    def ends_unit(self, end: int) -> bool:
        """Whether words ending here (exclusive) end a quotation or a sentence,
        but for its closing punctuation ("in this area" of "in this area.")."""
        sentence = self.sentences[self.sentence_at(end - 1)]
        ends = [q.end for q in self.quotations if q.start < end <= q.end] + [sentence.end]
        return any(not any(ch.isalnum() for ch in self.text[end:stop]) for stop in ends if stop >= end)
