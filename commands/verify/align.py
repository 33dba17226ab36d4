"""Word-by-word alignment of a claim against a quotation.

The claim is aligned with the stretch of the quotation it fits best (a
fragment costs nothing for the words it leaves out on either side). Inside
that stretch each word is the same, a typo of the quotation's word, changed,
added by the claim, or missing from it. Costs: a changed, added or missing
word 1, a typo or another form of the same word (masters/master) 0.4.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from knowledge.analysis import stem

# Costs in fifths of a word, so that sums are exact: a changed, added or
# dropped word costs one word, a typo or another form of the word two fifths.
_UNIT = 5
_TYPO = 2
# Of two equally cheap alignments, the one pairing more of the same words
# wins: "we would rather be" against "we'd prefer to be" keeps "we" and "be"
# paired. Each alignment is ranked by cost * _TIE - (words the same).
_TIE = 1 << 20
_TYPO_RATIO = 75.0  # plain ratio between two words for one to be a typo of the other
_TYPO_MIN_LENGTH = 4  # shorter words differ by meaning, not by a typo: "we"/"he"


class Op(StrEnum):
    SAME = "same"
    TYPO = "typo"  # a misspelling or another form of the word
    CHANGED = "changed"
    EXTRA = "extra"  # in the claim, not in the quotation
    MISSING = "missing"  # in the quotation, not in the claim


@dataclass(frozen=True, slots=True)
class Step:
    op: Op
    claim: int | None  # index of the claim's word
    quote: int | None  # index of the quotation's word


@dataclass(frozen=True, slots=True)
class Alignment:
    cost: float  # in words: 1 per changed, added or dropped word, 0.4 per typo
    start: int  # the quotation's words [start, end) that the claim covers
    end: int
    steps: tuple[Step, ...]
    claim_length: int

    @property
    def exact(self) -> bool:
        return all(s.op is Op.SAME for s in self.steps) and self.claim_length > 0

    @property
    def similarity(self) -> float:
        """1 for the same words, falling with each difference; 0 for nothing in common."""
        span = max(self.claim_length, self.end - self.start, 1)
        return max(0.0, 1.0 - self.cost / span)

    def count(self, op: Op) -> int:
        return sum(1 for s in self.steps if s.op is op)


@lru_cache(maxsize=1 << 14)
def substitution(a: str, b: str) -> int:
    """What it costs, in fifths of a word, to read word `a` where the quotation has `b`."""
    if a == b:
        return 0
    if stem(a) == stem(b):
        return _TYPO
    long_enough = min(len(a), len(b)) >= _TYPO_MIN_LENGTH - 1 and max(len(a), len(b)) >= _TYPO_MIN_LENGTH
    if long_enough and a.isalpha() and b.isalpha() and fuzz.ratio(a, b) >= _TYPO_RATIO:
        return _TYPO
    return _UNIT


def align(claim: Sequence[str], quote: Sequence[str], within: tuple[int, int] | None = None) -> Alignment:
    """The cheapest alignment of all of `claim` with a stretch of `quote`.

    Dynamic programming over (claim words read, quotation words read); the
    quotation's words before and after the stretch are free. Ties go to more
    words the same, then to the diagonal, then to the claim's extra word, and
    to the latest end, so the result is the same on every run.

    `within` fixes the stretch instead, [start, end): every word of it is
    paired, changed or missing. A rewording's words are shown so, against
    the stretch it rewords: "negotiations for a deal with G4S have been
    discontinued" against reported speech with a clause left out.
    """
    if within is not None:
        start, end = within
        inner = _align(claim, quote[start:end], free=False)
        steps = tuple(Step(s.op, s.claim, None if s.quote is None else s.quote + start) for s in inner.steps)
        return Alignment(inner.cost, start, end, steps, inner.claim_length)
    return _align(claim, quote, free=True)


def _align(claim: Sequence[str], quote: Sequence[str], *, free: bool) -> Alignment:
    n, m = len(claim), len(quote)
    gap = _UNIT * _TIE
    # rank[i][j]: claim[:i] aligned with a stretch of quote ending at j.
    rank = [[0] * (m + 1) for _ in range(n + 1)]
    if not free:  # the stretch starts at the quotation's first word: those before it are missing
        rank[0] = [j * gap for j in range(m + 1)]
    for i in range(1, n + 1):
        rank[i][0] = i * gap
        row, above = rank[i], rank[i - 1]
        word = claim[i - 1]
        # What pairing this word with each quotation word adds to the rank.
        pairing = [substitution(word, q) * _TIE or -1 for q in quote]
        for j in range(1, m + 1):
            # The hot loop: conditional expressions, as min() costs a call per cell.
            diagonal = above[j - 1] + pairing[j - 1]
            up, left = above[j], row[j - 1]
            gapped = (up if up < left else left) + gap
            row[j] = diagonal if diagonal <= gapped else gapped
    # Of equally good ends, the latest: a last word changed ("own future" for
    # "own destiny") reads as changed, not as a word added after "own".
    end = min(range(m + 1), key=lambda j: (rank[n][j], -j)) if free else m
    steps: list[Step] = []
    i, j = n, end
    while i > 0 or (not free and j > 0):
        here = rank[i][j]
        if i > 0 and j > 0:
            sub = substitution(claim[i - 1], quote[j - 1])
            if here == rank[i - 1][j - 1] + (sub * _TIE if sub else -1):
                op = Op.SAME if sub == 0 else Op.TYPO if sub == _TYPO else Op.CHANGED
                steps.append(Step(op, i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if i > 0 and here == rank[i - 1][j] + gap:
            steps.append(Step(Op.EXTRA, i - 1, None))
            i -= 1
            continue
        steps.append(Step(Op.MISSING, None, j - 1))
        j -= 1
    steps.reverse()
    # A stretch starts at its first word the claim lines up with.
    start = next((s.quote for s in steps if s.quote is not None), end) if free else 0
    cost = sum(_cost(s, claim, quote) for s in steps) / _UNIT
    return Alignment(cost, start, end, tuple(steps), n)


def _cost(step: Step, claim: Sequence[str], quote: Sequence[str]) -> int:
    if step.claim is not None and step.quote is not None:
        return substitution(claim[step.claim], quote[step.quote])
    return _UNIT
