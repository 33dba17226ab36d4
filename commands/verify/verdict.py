"""Deciding what a claim is: which quotation it comes from, and how near.

Exact: every word the same, in order, from one quotation, all of them the
speaker's own (not the reporter's words around reported speech). Close: the
claim lines up with a quotation with few differences, or keeps most of its
telling words (a paraphrase). Nothing else is close, however many common
words it shares ("G4S", "forces", "police").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from commands.verify.align import Alignment, align
from commands.verify.quotations import Passage, Word, passages, split_words
from knowledge import FactBase
from knowledge.analysis import STOPWORDS

CANDIDATES = 8  # quotations compared word by word, of those sharing most words
VERBATIM_POOL = 50  # ...and of this many, any that holds the claim word for word
# Close: the same words with a few differences...
CLOSE_SIMILARITY = 0.7
# ...or a paraphrase: most of what the claim says is in the quotation, and
# much of the quotation's stretch is in the claim. Invented sentences on the
# same stories share common words ("G4S", "forces") but bring their own.
PARAPHRASE_SAYS = 0.75
PARAPHRASE_KEEPS = 0.5
# "Not in the articles" shows the nearest quotation only this close.
NEAR_SIMILARITY = 0.5
NEAR_SAYS = 0.5
MIN_WORDS = 3  # fewer words are no evidence of who said them, unless a whole quotation
SPLICE_WORDS = 3  # each part of a claim spliced from two quotations is at least this long
# Contractions read as their words, for comparing what is said (not for exactness).
_CONTRACTIONS = [
    (re.compile(r"\b(can)['’]t\b", re.IGNORECASE), r"\1 not"),
    (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"),
    (re.compile(r"n['’]t\b", re.IGNORECASE), " not"),
]


class Verdict(StrEnum):
    EXACT = "Exact quote"
    CLOSE = "Close, not exact"
    SOMEONE_ELSE = "Said by someone else"
    NOT_FOUND = "Not in the articles"


@dataclass(frozen=True, slots=True)
class Match:
    passage: Passage
    alignment: Alignment
    says: float  # share of the claim's telling words found in the quotation (0..1)
    keeps: float  # share of the matched stretch's telling words found in the claim (0..1)

    @property
    def words(self) -> tuple[Word, ...]:
        return self.passage.words[self.alignment.start : self.alignment.end]

    @property
    def verbatim(self) -> bool:
        """The same words in the same order (the speaker's or the reporter's)."""
        return self.alignment.exact

    @property
    def exact(self) -> bool:
        return self.verbatim and all(w.direct for w in self.words)

    @property
    def reported(self) -> bool:
        """The matched words include the reporter's, not the speaker's."""
        return any(not w.direct for w in self.words)

    @property
    def whole(self) -> bool:
        """The claim is a whole quotation, or all the words the article quotes
        inside reported speech ("disappointed")."""
        words = self.passage.words
        start, end = self.alignment.start, self.alignment.end
        before = start == 0 or words[start - 1].direct != words[start].direct
        after = end == len(words) or words[end].direct != words[end - 1].direct
        return before and after

    @property
    def close(self) -> bool:
        return self.alignment.similarity >= CLOSE_SIMILARITY or (
            self.says >= PARAPHRASE_SAYS and self.keeps >= PARAPHRASE_KEEPS
        )

    @property
    def near(self) -> bool:
        return self.alignment.similarity >= NEAR_SIMILARITY or self.says >= NEAR_SAYS

    @property
    def order(self) -> tuple[bool, bool, float]:
        """Sorts best first: verbatim, then close, then nearest."""
        return not self.verbatim, not self.close, -(self.alignment.similarity + self.says)


@dataclass(frozen=True, slots=True)
class Splice:
    """A claim whose start is word for word from one quotation and whose end is from another."""

    first: Match
    second: Match


def _weight(fb: FactBase, term: str) -> float:
    return fb.content.idf(term) if fb.content.knows(term) else fb.content.max_idf


def _covered(fb: FactBase, terms: list[str], other: set[str]) -> float:
    """The share of `terms` (by rarity) found in `other`: a synonym or a typo counts in part."""
    total = got = 0.0
    for term in dict.fromkeys(terms):
        weight = _weight(fb, term)
        total += weight
        if term in other:
            got += weight
        else:
            got += weight * max((w for t, w in fb.content.widen(term).items() if t in other), default=0.0)
    return got / total if total else 0.0


def _terms(fb: FactBase, text: str) -> list[str]:
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return fb.content.query_terms(text)


def claim_words(text: str) -> list[str]:
    return [w for _, words in split_words(text) for w in words]


def telling(words: list[str]) -> bool:
    """Whether some word is more than a function word ("it is all about" is not)."""
    return any(w not in STOPWORDS for w in words)


def _stretch(passage: Passage, alignment: Alignment) -> str:
    """The quotation's own text over the aligned words."""
    words = passage.words[alignment.start : alignment.end]
    chunks = dict.fromkeys((w.piece, w.chunk) for w in words)
    return " ".join(passage.chunks[piece][chunk] for piece, chunk in chunks)


def _match(fb: FactBase, words: list[str], terms: list[str], passage: Passage) -> Match:
    alignment = align(words, [w.norm for w in passage.words])
    whole = " ".join(" ".join(chunks) for chunks in passage.chunks)
    says = _covered(fb, terms, set(_terms(fb, whole))) if terms else 0.0
    stretch = _terms(fb, _stretch(passage, alignment))
    keeps = _covered(fb, stretch, set(terms)) if stretch else 0.0
    return Match(passage, alignment, says, keeps)


def _joined(passage: Passage) -> str:
    return f" {' '.join(w.norm for w in passage.words)} "


def _candidates(fb: FactBase, text: str, speakers: Collection[str] = ()) -> list[Passage]:
    """The quotations to compare word by word: those sharing most words with
    the claim; any of a wider pool holding it verbatim (a short fragment of
    common words may rank low, but must not be missed); and, when the
    message names speakers, theirs, so that in a large fact base the named
    speaker's own words are never crowded out by others'."""
    pool = [f.doc for f in fb.content.search(text, limit=VERBATIM_POOL, kinds=("quote",))]
    needle = f" {' '.join(claim_words(text))} "
    holding = [p.pieces[0].id for p in passages(fb, pool[CANDIDATES:]) if needle in _joined(p)]
    found = pool[:CANDIDATES] + holding
    if speakers:
        theirs = {q for s in speakers for q in fb.quote_ids_of(s)}
        found += [f.doc for f in fb.content.search(text, limit=CANDIDATES, among=theirs)]
    return passages(fb, found)


def verbatim_in(fb: FactBase, text: str) -> bool:
    """Whether the words stand, in order, in some quotation: cheaper than `matches`."""
    words = claim_words(text)
    if not words:
        return False
    needle = f" {' '.join(words)} "
    return any(needle in _joined(p) for p in _candidates(fb, text))


def matches(fb: FactBase, text: str, speakers: Collection[str] = ()) -> list[Match]:
    """The quotations nearest the claim, best first (verbatim ones first)."""
    words = claim_words(text)
    if not words:
        return []
    terms = _terms(fb, text)
    found = [(order, _match(fb, words, terms, p)) for order, p in enumerate(_candidates(fb, text, speakers))]
    found.sort(key=lambda pair: (pair[1].order, pair[0]))
    return [m for _, m in found]


def _longest(words: list[str], haystack: list[str], *, from_start: bool) -> int:
    """How many of the claim's first (or last) words stand word for word in `haystack`."""
    joined = f" {' '.join(haystack)} "
    best = 0
    for size in range(1, len(words) + 1):
        part = words[:size] if from_start else words[-size:]
        if f" {' '.join(part)} " not in joined:
            break
        best = size
    return best


def splice(fb: FactBase, text: str, found: list[Match]) -> Splice | None:
    """The two quotations a claim is spliced from, when its start is word for
    word from one and the rest from another."""
    words = claim_words(text)
    if len(words) < 2 * SPLICE_WORDS:
        return None
    heads = [(m, _longest(words, [w.norm for w in m.passage.words], from_start=True)) for m in found]
    tails = [(m, _longest(words, [w.norm for w in m.passage.words], from_start=False)) for m in found]
    # Each part must be long enough and say something: "it is all about" is evidence of no one.
    heads = [(m, n) for m, n in heads if n >= SPLICE_WORDS and telling(words[:n])]
    tails = [(m, n) for m, n in tails if n >= SPLICE_WORDS and telling(words[len(words) - n :])]
    for head, first in heads:
        for tail, last in tails:
            if first + last >= len(words) and head.passage.ids != tail.passage.ids:
                # Each part's alignment is word for word, so it is shown with its words in bold.
                terms = _terms(fb, text)
                return Splice(
                    _match(fb, words[:first], terms, head.passage),
                    _match(fb, words[len(words) - last :], terms, tail.passage),
                )
    return None
