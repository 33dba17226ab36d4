"""Word search inside the fact base's content: quotes, facts, events, roles.

An inverted index of lightly stemmed terms, scored BM25-style so that rare,
telling words ("olympics", "destiny") outweigh common ones ("police").
Query words are widened two ways before lookup: by the fact base's synonym
groups, and by typo-correction against the index's own vocabulary.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.text import normalise

# Words that say how a question is asked, not what it is about.
STOPWORDS = frozenset(
    """
    a about after all also am an and any are as at be been being but by can
    could did do does doing for from had has have having he her hers him his
    how i if in into is it its just me my no nor not of off on once only or
    our ours out over own she should so than that the their theirs them then
    there these they this those through to too under until up very was we
    were what when where which while who whom whose why will with would you
    your yours tell me know please give show
    """.split()
)
# Endings folded so "rejects", "rejected" and "rejecting" meet as "reject".
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "es", "s")
_TYPO_CUTOFF = 84.0  # word-level similarity (plain ratio) for a typo
_SYNONYM_WEIGHT = 0.6  # a synonym counts for less than the word itself
_TYPO_WEIGHT = 0.8
_K1, _B = 1.2, 0.75


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def terms(text: str) -> list[str]:
    """The searchable terms of a text, in order, stopwords dropped."""
    return [stem(w) for w in normalise(text).split() if w not in STOPWORDS]


@dataclass(frozen=True, slots=True)
class Found:
    doc: str  # the id of the matching record
    score: float  # BM25 score over the widened query
    coverage: float  # share of the query's weight that this document matched
    matched: tuple[str, ...]  # the query terms it matched


class ContentIndex:
    def __init__(self, docs: Iterable[tuple[str, str]], synonyms: Iterable[Iterable[str]] = ()) -> None:
        """`docs` are (record id, searchable text) pairs."""
        postings: dict[str, dict[int, int]] = defaultdict(dict)
        self._ids: list[str] = []
        lengths: list[int] = []
        for doc_id, text in docs:
            doc_terms = terms(text)
            pos = len(self._ids)
            self._ids.append(doc_id)
            lengths.append(len(doc_terms))
            for term in doc_terms:
                postings[term][pos] = postings[term].get(pos, 0) + 1
        self._postings = dict(postings)
        self._lengths = lengths
        self._avg_len = (sum(lengths) / len(lengths)) if lengths else 1.0
        count = len(self._ids)
        self._idf = {t: math.log(1 + (count - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()}
        self._vocab = list(self._postings)
        self._by_initial: dict[str, list[str]] = defaultdict(list)
        for term in self._vocab:
            self._by_initial[term[0]].append(term)
        self._synonyms: dict[str, set[str]] = defaultdict(set)
        for group in synonyms:
            # Only one-word members widen a query: a phrase's words alone
            # ("called" of "called off") would drag in unrelated records.
            member_terms = (terms(str(member)) for member in group)
            group_terms = {mt[0] for mt in member_terms if len(mt) == 1}
            for term in group_terms:
                self._synonyms[term] |= group_terms - {term}

    def __len__(self) -> int:
        return len(self._ids)

    def idf(self, term: str) -> float:
        return self._idf.get(term, 0.0)

    def knows(self, term: str) -> bool:
        return term in self._postings

    def _typo_fixes(self, term: str) -> list[str]:
        """Index terms one or two edits from `term`, for words it lacks."""
        if len(term) < 4:
            return []
        # A typo rarely hits the first letter, and this keeps the scan small.
        pool = self._by_initial.get(term[0], [])
        hits = process.extract(term, pool, scorer=fuzz.ratio, processor=None, score_cutoff=_TYPO_CUTOFF, limit=3)
        return [h[0] for h in hits]

    def expand(self, query: str) -> list[tuple[str, dict[str, float]]]:
        """Each query term with the index terms it stands for, and weights."""
        out: list[tuple[str, dict[str, float]]] = []
        for term in dict.fromkeys(terms(query)):
            widened: dict[str, float] = {}
            if term in self._postings:
                widened[term] = 1.0
            else:
                for fix in self._typo_fixes(term):
                    widened.setdefault(fix, _TYPO_WEIGHT)
            for base in list(widened) or [term]:
                for syn in self._synonyms.get(base, ()):
                    if syn in self._postings:
                        widened.setdefault(syn, _SYNONYM_WEIGHT)
            out.append((term, widened))
        return out

    def search(self, query: str, allow: Callable[[str], bool] | None = None, limit: int = 10) -> list[Found]:
        expanded = self.expand(query)
        if not expanded:
            return []
        # A query word's weight is its best rarity among what it stands for;
        # unknown words weigh as the rarest, so missing them lowers coverage.
        top_idf = max(self._idf.values(), default=1.0)
        weights = {term: max((self._idf[t] * w for t, w in wide.items()), default=top_idf) for term, wide in expanded}
        total = sum(weights.values()) or 1.0
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, dict[str, float]] = defaultdict(dict)
        for term, wide in expanded:
            for index_term, weight in wide.items():
                idf = self._idf[index_term]
                for pos, tf in self._postings[index_term].items():
                    norm_tf = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * self._lengths[pos] / self._avg_len))
                    gain = idf * weight * norm_tf
                    scores[pos] += gain
                    share = idf * weight
                    if share > covered[pos].get(term, 0.0):
                        covered[pos][term] = share
        found: list[Found] = []
        for pos, score in scores.items():
            doc = self._ids[pos]
            if allow is not None and not allow(doc):
                continue
            cover = sum(min(v, weights[t]) for t, v in covered[pos].items()) / total
            found.append(Found(doc, score, cover, tuple(covered[pos])))
        found.sort(key=lambda f: (-f.coverage, -f.score, f.doc))
        return found[:limit]
