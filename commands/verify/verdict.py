"""Deciding what a claim is: which quotation it comes from, and how near.

Exact: every word the same, in order, from one quotation, all of them the
speaker's own (not the reporter's words around reported speech). Close: the
claim lines up with a quotation with few differences, or rewords it (a
paraphrase, words dropped or moved: commands/verify/rewording.py). Nothing
else is close, however many common words it shares ("G4S", "forces",
"police").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from commands.verify.align import Alignment, align
from commands.verify.quotations import Passage, Word, passages, split_words
from commands.verify.rewording import FUNCTION_WORDS, Rewording, claim_terms, reword
from knowledge import FactBase
from knowledge.analysis import STOPWORDS

CANDIDATES = 8  # quotations compared word by word, of those sharing most words
VERBATIM_POOL = 50  # ...and of this many, any that holds the claim word for word
# Close: the same words with a few differences (or a rewording, rewording.py).
CLOSE_SIMILARITY = 0.7
# "Not in the articles" shows the nearest quotation only this close.
NEAR_SIMILARITY = 0.5
NEAR_SAYS = 0.5
MIN_WORDS = 3  # fewer words are no evidence of who said them, unless a whole quotation
SPLICE_WORDS = 3  # each part of a claim spliced from two quotations is at least this long
# Between the two parts of a splice, a few small words may join them: "..., which is ...".
SPLICE_GLUE = 3


class Verdict(StrEnum):
    EXACT = "Exact quote"
    CLOSE = "Close, not exact"
    SOMEONE_ELSE = "Said by someone else"
    NOT_FOUND = "Not in the articles"


@dataclass(frozen=True, slots=True)
class Match:
    passage: Passage
    alignment: Alignment
    rewording: Rewording  # how far the claim rewords the quotation
    # How the claim's words are shown against the quotation's: the alignment,
    # or for a rewording, the claim against the whole sentences it rewords.
    shown: Alignment

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
    def says(self) -> float:
        return self.rewording.says

    @property
    def close(self) -> bool:
        return self.alignment.similarity >= CLOSE_SIMILARITY or self.rewording.close

    @property
    def fit(self) -> float:
        """How near the claim is: word for word and in what it says."""
        return self.alignment.similarity + self.says

    @property
    def near(self) -> bool:
        return self.alignment.similarity >= NEAR_SIMILARITY or self.says >= NEAR_SAYS

    @property
    def order(self) -> tuple[bool, bool, float]:
        """Sorts best first: verbatim, then close, then nearest."""
        return not self.verbatim, not self.close, -self.fit


@dataclass(frozen=True, slots=True)
class Splice:
    """A claim whose start is word for word from one quotation and whose end is from another."""

    first: Match
    second: Match


def claim_words(text: str) -> list[str]:
    return [w for _, words in split_words(text) for w in words]


def telling(words: list[str]) -> bool:
    """Whether some word is more than a function word ("it is all about" is not)."""
    return any(w not in STOPWORDS for w in words)


def _match(fb: FactBase, words: list[str], terms: tuple[list[str], bool], passage: Passage) -> Match:
    norms = [w.norm for w in passage.words]
    alignment = align(words, norms)
    rewording = reword(fb, *terms, passage)
    shown = alignment
    if rewording.close and alignment.similarity < CLOSE_SIMILARITY:
        shown = align(words, norms, within=rewording.within)
    return Match(passage, alignment, rewording, shown)


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
        # The named speakers' own first: of two matches alike, theirs is taken.
        theirs = {q for s in speakers for q in fb.quote_ids_of(s)}
        found = [f.doc for f in fb.content.search(text, limit=CANDIDATES, among=theirs)] + found
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
    terms = claim_terms(fb, text)
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


def _joined_by_glue(words: list[str], first: int, last: int) -> bool:
    """Whether a claim's first and last words cover it, but for a few small words between."""
    between = words[first : len(words) - last]
    return len(between) <= SPLICE_GLUE and all(w in STOPWORDS or w in FUNCTION_WORDS for w in between)


def splice(fb: FactBase, text: str, found: list[Match]) -> Splice | None:
    """The two quotations a claim is spliced from, when its start is word for
    word from one and its end from another, with at most a few small words
    joining them ("..., which is ...")."""
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
            if _joined_by_glue(words, first, last) and head.passage.ids != tail.passage.ids:
                # Each part's alignment is word for word, so it is shown with its words in bold.
                terms = claim_terms(fb, text)
                return Splice(
                    _match(fb, words[:first], terms, head.passage),
                    _match(fb, words[len(words) - last :], terms, tail.passage),
                )
    return None
