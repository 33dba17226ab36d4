"""How far a claim rewords a quotation: what it says, in other words.

A paraphrase keeps a quotation's content words, or words standing for them,
and brings few of its own; the order may change and the small words do.
The claim and each stretch of the quotation (a sentence, or a run of two or
three, across its pieces) are read as content terms through the fact base's
one text-analysis pipeline (stems, contractions spelt out, the vocabulary's
phrases), and each of the claim's terms is paired with at most one of the
stretch's, as the same term, another name of the same party or place
("Herts" for "Hertfordshire"), a synonym (the vocabulary's groups), or the
same word misspelt (for a word the articles never use, as the content
index's widening reads it: its typo fixes and their synonyms). Terms weigh by
their rarity, so "G4S" and "police" count for little, "destiny" for much,
and hedges ("just", "basically") for almost nothing.

    says:  the share of the claim's weight the stretch holds
    keeps: the share of the stretch's weight, from its first paired word to
           its last, the claim holds

A negation one side has and the other lacks, or a word paired with its
opposite ("lose" for "retain"), says something else: the caller takes that
as no rewording at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz

from commands.verify.quotations import Passage
from knowledge import FactBase
from knowledge.analysis import GLUE, OPPOSITES, STOPWORDS, is_filler, stem, words
from knowledge.analysis import terms as terms_of

# A hedge or filler word ("rather", "just", "said") weighs this share of its rarity.
_FILLER_WEIGHT = 0.25
# Closed-class words the pipeline's stopwords leave in: they carry no content
# however rare the fact base finds them ("let us", "via", "whilst").
FUNCTION_WORDS = frozenset(
    """us let lets shall may might must across via among amongst within upon onto toward towards along around
    between beyond during above below behind near although though whilst since unless whether however yet
    both either such another myself ourselves yourself himself herself itself themselves here thus hence
    per ago also anyway""".split()
)
# A word misspelt (plain ratio, as the content index's own typo cutoff) counts this much.
_TYPO_RATIO = 84.0
_TYPO_LENGTH = 4
# How far one term stands for another: the same word misspelt, another
# name of the same party ("Herts" for "Hertfordshire"), a synonym, a synonym
# of the word misspelt.
_TYPO = 0.9
_SAME_NAME = 1.0
_SYNONYM = 0.85
_SYNONYM_OF_TYPO = 0.75
_LONGEST_PHRASE = 4  # words in the vocabulary's longest phrases that matter here
_MOST_SENTENCES = 3  # a stretch is a run of at most this many sentences
# Words that say no: spelt out by the pipeline ("isn't" -> "is not").
NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "nobody", "cannot", "nor", "neither", "without"})
# The decision rule, calibrated on hand-written paraphrases and on invented
# sentences that borrow the quotations' words (benchmarks/verify_variants.yaml,
# verify_messages.yaml): none of the invented is a rewording.
PARAPHRASE_SAYS = 0.72
PARAPHRASE_KEEPS = 0.5
PARAPHRASE_PAIRED = 2
# Words dropped from a quotation (a clause left out of reported speech).
CONDENSED_SAYS = 0.95
CONDENSED_KEEPS = 0.3
CONDENSED_PAIRED = 3
_SENTENCE_END = (".", "!", "?", "...", "…", ";")
# A clause left out: a paraphrase may drop one whole clause of what it
# rewords ("We are grateful for their report but although we have identified
# an urgent need ..., we can confirm ..." told as "thanks for the report, but
# ... won't be part of it"). Clauses end at a comma, colon, dash or sentence
# end, and begin at a conjunction that opens one. Then the claim must say more.
_CLAUSE_END = (*_SENTENCE_END, ",", ":", "-", "–", "—")
_CLAUSE_OPENERS = frozenset("but although though while whilst which whereas because unless".split())
CLAUSE_SAYS = 0.8
CLAUSE_PAIRED = 4
# A negation may stand a word or two before the first word paired: "not to progress".
_NEGATION_REACH = 2


@dataclass(frozen=True, slots=True)
class _Unit:
    """One content term of a quotation and the words it stands on."""

    term: str
    start: int  # the passage's words [start, end)
    end: int


@dataclass(frozen=True, slots=True)
class _Reading:
    """A quotation read for rewording: its terms, each word's weight and sentences."""

    units: tuple[_Unit, ...]
    weights: tuple[float, ...]  # per word of the passage: 0 for small words
    negations: tuple[bool, ...]  # per word: whether it says no
    sentences: tuple[tuple[int, int], ...]  # [start, end) of each sentence
    clauses: tuple[int, ...]  # the words a clause starts at, and the passage's end


@dataclass(frozen=True, slots=True)
class Rewording:
    """How far a claim rewords one quotation, at the stretch it rewords best."""

    says: float = 0.0
    keeps: float = 0.0
    keeps_but_clause: float = 0.0  # keeps, one clause the claim leaves out aside
    start: int = 0  # the stretch of the quotation the claim rewords, [start, end)
    end: int = 0
    within: tuple[int, int] = (0, 0)  # the sentences that stretch is in, [start, end)
    paired: int = 0  # the claim's terms paired
    contrary: bool = False  # a negation or an opposite on one side only
    in_order: bool = False  # the paired terms stand in the quotation's order

    @property
    def close(self) -> bool:
        """A rewording of the quotation: most of what the claim says is in the
        stretch and much of the stretch is in the claim; or, words dropped
        from it, all the claim says is there word for word, in order."""
        if self.contrary or self.paired < PARAPHRASE_PAIRED:
            return False
        if self.says >= PARAPHRASE_SAYS and self.keeps >= PARAPHRASE_KEEPS:
            return True
        if self.says >= CLAUSE_SAYS and self.paired >= CLAUSE_PAIRED and self.keeps_but_clause >= PARAPHRASE_KEEPS:
            return True
        return (
            self.in_order
            and self.paired >= CONDENSED_PAIRED
            and self.says >= CONDENSED_SAYS
            and self.keeps >= CONDENSED_KEEPS
        )

    @property
    def rank(self) -> tuple[bool, float, float]:
        return self.close, self.says * self.keeps, self.says


NONE = Rewording()

_READINGS: WeakKeyDictionary[FactBase, dict[tuple[str, ...], _Reading]] = WeakKeyDictionary()


def _weight(fb: FactBase, term: str) -> float:
    rarity = fb.content.idf(term) if fb.content.knows(term) else fb.content.max_idf
    return rarity * (_FILLER_WEIGHT if is_filler(term) else 1.0)


def _reading(fb: FactBase, passage: Passage) -> _Reading:
    """A passage's terms and sentences, worked out once per fact base."""
    known = _READINGS.setdefault(fb, {})
    found = known.get(passage.ids)
    if found is not None:
        return found
    norms = [w.norm for w in passage.words]
    analyzer = fb.content.analyzer
    units: list[_Unit] = []
    weights: list[float] = []
    negations: list[bool] = []
    for i, norm in enumerate(norms):
        # "isn t", "won t": the "t" says no, as the pipeline spells a claim's out.
        negations.append(norm in NEGATIONS or (norm == "t" and i > 0 and norms[i - 1].endswith("n")))
        content = norm not in STOPWORDS and norm not in GLUE and norm not in FUNCTION_WORDS
        weights.append(_weight(fb, stem(norm)) if content else 0.0)
        if content:
            units.append(_Unit(stem(norm), i, i + 1))
        # The vocabulary's phrases ("on the beat", "free up"), as one term beside their words.
        for size in range(min(_LONGEST_PHRASE, len(norms) - i), 1, -1):
            window = norms[i : i + size]
            if window[0] in GLUE or window[-1] in GLUE:
                continue
            terms = analyzer.query_terms(" ".join(window))
            if len(terms) == 1 and " " in terms[0]:
                units.append(_Unit(terms[0], i, i + size))
                break
    reading = _Reading(tuple(units), tuple(weights), tuple(negations), _sentences(passage), _clauses(passage))
    known[passage.ids] = reading
    return reading


def _sentences(passage: Passage) -> tuple[tuple[int, int], ...]:
    """Where the passage's sentences start and end, a piece's end ending one."""
    out = []
    start = 0
    for i, word in enumerate(passage.words):
        chunk = passage.chunks[word.piece][word.chunk].rstrip("\"'”’)")
        last_of_chunk = i + 1 == len(passage.words) or passage.words[i + 1].chunk != word.chunk
        piece_ends = i + 1 == len(passage.words) or passage.words[i + 1].piece != word.piece
        if last_of_chunk and (chunk.endswith(_SENTENCE_END) or piece_ends):
            out.append((start, i + 1))
            start = i + 1
    if start < len(passage.words):
        out.append((start, len(passage.words)))
    return tuple(out)


def _clauses(passage: Passage) -> tuple[int, ...]:
    """Where the passage's clauses start: after a clause's last word, at a
    conjunction that opens one; and the passage's end."""
    words = passage.words
    out = {0, len(words)}
    for i, word in enumerate(words):
        if word.norm in _CLAUSE_OPENERS:
            out.add(i)
        if i + 1 < len(words) and words[i + 1].chunk == word.chunk and words[i + 1].piece == word.piece:
            continue  # not the chunk's last word ("we'd" is two)
        chunk = passage.chunks[word.piece][word.chunk].rstrip("\"'”’)")
        if chunk.endswith(_CLAUSE_END) or i + 1 == len(words) or words[i + 1].piece != word.piece:
            out.add(i + 1)
    return tuple(sorted(out))


@lru_cache(maxsize=1 << 12)
def _misspelt(a: str, b: str) -> bool:
    return " " not in a and " " not in b and min(len(a), len(b)) >= _TYPO_LENGTH and fuzz.ratio(a, b) >= _TYPO_RATIO


def _speaker_terms(fb: FactBase, speaker: str) -> frozenset[str]:
    """The terms of a speaker's names and aliases, and their organisation's."""
    known = _SPEAKERS.setdefault(fb, {})
    if speaker not in known:
        known[speaker] = _terms_of_names(fb, speaker)
    return known[speaker]


_SPEAKERS: WeakKeyDictionary[FactBase, dict[str, frozenset[str]]] = WeakKeyDictionary()


def _terms_of_names(fb: FactBase, speaker: str) -> frozenset[str]:
    entity = fb.entities[speaker]
    bodies = [entity] + ([fb.entities[entity.organisation]] if entity.organisation else [])
    names = " ".join(n for body in bodies for n in (body.name, *body.aliases))
    return frozenset(fb.content.query_terms(names)) | frozenset(terms_of(names))


def _names(fb: FactBase) -> dict[str, frozenset[str]]:
    """One-word names and aliases of parties and places, by stem: what "Herts" and "Hertfordshire" both name."""
    found = _NAMES.get(fb)
    if found is None:
        found = _NAMES[fb] = _one_word_names(fb)
    return found


_NAMES: WeakKeyDictionary[FactBase, dict[str, frozenset[str]]] = WeakKeyDictionary()


def _one_word_names(fb: FactBase) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entity in fb.entities.values():
        for name in (entity.name, *entity.aliases):
            parts = words(name)
            if len(parts) == 1:
                out.setdefault(stem(parts[0]), set()).add(entity.id)
    return {term: frozenset(ids) for term, ids in out.items()}


# A preposition before a word leaves it the same word: "in future" is
# "future", "on the beat" is "beat". (A particle after a verb does not:
# "rule out" is no "rule".)
_PREPOSITIONS = frozenset({"in", "on", "at", "into", "for", "by"})


def _bare(term: str) -> str:
    first, _, rest = term.partition(" ")
    return rest if first in _PREPOSITIONS and rest else term


def _related(fb: FactBase, claim_term: str, quote_term: str) -> float:
    if claim_term == quote_term or _bare(claim_term) == _bare(quote_term):
        return 1.0
    names = _names(fb)
    if names.get(claim_term, frozenset()) & names.get(quote_term, frozenset()):
        return _SAME_NAME
    synonyms = fb.content.analyzer.synonyms
    if quote_term in synonyms(claim_term):
        return _SYNONYM
    if _misspelt(claim_term, quote_term):
        return _TYPO
    # The content index's widening of a word it does not know: its own terms
    # the word misspells, and their synonyms.
    widened = fb.content.widen(claim_term)
    if claim_term in widened or quote_term not in widened:
        return 0.0
    return _SYNONYM_OF_TYPO if any(quote_term in synonyms(t) for t in widened) else _TYPO


def similarity(fb: FactBase, claim_term: str, quote_term: str) -> float:
    """How far a claim's term stands for a quotation's (0..1): the same term;
    another name of the same party or place; a synonym; the same word
    misspelt; a synonym of the word misspelt."""
    # Cached per fact base, which a reload replaces whole: a cache keyed by
    # the fact base itself would keep the old one alive.
    known = _RELATED.setdefault(fb, {})
    if len(known) > _MOST_CACHED:
        known.clear()
    key = (claim_term, quote_term)
    found = known.get(key)
    if found is None:
        found = known[key] = _related(fb, claim_term, quote_term)
    return found


_RELATED: WeakKeyDictionary[FactBase, dict[tuple[str, str], float]] = WeakKeyDictionary()
_MOST_CACHED = 1 << 16


def claim_terms(fb: FactBase, text: str) -> tuple[list[str], bool]:
    """A claim's content terms in order, and whether it says no."""
    spelt = words(text)
    return fb.content.query_terms(" ".join(w for w in spelt if w not in FUNCTION_WORDS)), any(
        w in NEGATIONS for w in spelt
    )


@dataclass(frozen=True, slots=True)
class _Pairing:
    """A claim's terms against one passage: their weights, and every pair
    of a claim term with a passage term that stands for it, best first."""

    reading: _Reading
    terms: Sequence[str]
    weights: Sequence[float]
    negated: bool
    pairs: Sequence[tuple[int, int, float]]  # (claim term, passage unit, how well)

    @property
    def total(self) -> float:
        return sum(self.weights)


def reword(fb: FactBase, terms: Sequence[str], negated: bool, passage: Passage) -> Rewording:
    """How far a claim's terms reword the passage: its best stretch."""
    if not terms:
        return NONE
    reading = _reading(fb, passage)
    # The speaker's own names in a claim are who is speaking, not what is
    # said: "the union said it was great news" rewords Unison's spokesman.
    speaker = _speaker_terms(fb, passage.speaker)
    weights = [0.0 if t in speaker else _weight(fb, t) for t in terms]
    scored = (
        (score * (weights[c] + max(reading.weights[unit.start : unit.end])), c, u, score)
        for c, term in enumerate(terms)
        for u, unit in enumerate(reading.units)
        if (score := similarity(fb, term, unit.term)) > 0
    )
    pairs = [(c, u, score) for _, c, u, score in sorted(scored, key=lambda pair: (-pair[0], pair[1], pair[2]))]
    pairing = _Pairing(reading, terms, weights, negated, pairs)
    best = NONE
    sentences = reading.sentences
    for first in range(len(sentences)):
        for last in range(first, min(first + _MOST_SENTENCES, len(sentences))):
            found = _pair(pairing, (sentences[first][0], sentences[last][1]))
            if found.rank > best.rank:
                best = found
    return best


def _pair(pairing: _Pairing, window: tuple[int, int]) -> Rewording:
    """The claim's terms paired, best first, with the terms of one stretch."""
    reading = pairing.reading
    used_terms: set[int] = set()
    covered: dict[int, float] = {}  # passage word -> how well the claim stands for it
    paired: list[tuple[int, float, int]] = []  # (claim term, how well, where in the passage)
    for c, u, score in pairing.pairs:
        unit = reading.units[u]
        if c in used_terms or unit.start < window[0] or unit.end > window[1]:
            continue
        if any(i in covered for i in range(unit.start, unit.end)):
            continue
        used_terms.add(c)
        for i in range(unit.start, unit.end):
            covered[i] = score
        paired.append((c, score, unit.start))
    if not paired or not pairing.total:
        return NONE
    says = sum(pairing.weights[c] * score for c, score, _ in paired) / pairing.total
    places = [where for _, _, where in sorted(paired)]
    in_order = all(a < b for a, b in pairwise(places))
    start, end = min(covered), max(covered) + 1
    weight = sum(reading.weights[start:end])
    kept = sum(reading.weights[i] * covered.get(i, 0.0) for i in range(start, end))
    keeps = kept / weight if weight else 0.0
    left_out = _clause_left_out(reading, covered, start, end)
    keeps_but_clause = kept / (weight - left_out) if weight > left_out else 0.0
    reach = (max(window[0], start - _NEGATION_REACH), min(window[1], end + _NEGATION_REACH))
    quoted_negation = any(reading.negations[reach[0] : reach[1]])
    stretch = {unit.term for unit in reading.units if start <= unit.start and unit.end <= end}
    opposed = any(OPPOSITES.get(term, frozenset()) & stretch for term in pairing.terms)
    contrary = pairing.negated != quoted_negation or opposed
    return Rewording(
        min(says, 1.0), min(keeps, 1.0), min(keeps_but_clause, 1.0), start, end, window, len(paired), contrary, in_order
    )


def _clause_left_out(reading: _Reading, covered: dict[int, float], start: int, end: int) -> float:
    """The weight of the heaviest whole clause inside [start, end) that the claim has nothing of."""
    bounds = [b for b in reading.clauses if start <= b <= end]
    best = 0.0
    for a, b in pairwise(bounds):
        if not any(i in covered for i in range(a, b)):
            best = max(best, sum(reading.weights[a:b]))
    return best
