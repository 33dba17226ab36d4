"""Word search inside the fact base's content: quotes, facts, events, roles.

An inverted index of lightly stemmed terms, scored BM25-style so that rare,
telling words ("olympics", "destiny") outweigh common ones ("police").
Query words are widened two ways before lookup: by the fact base's synonym
groups, and by typo-correction against the index's own vocabulary.

Words become terms through knowledge/analysis.py alone (the same pipeline
for documents and queries); this module only stores and scores them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.analysis import Analyzer

_TYPO_CUTOFF = 84.0  # word-level similarity (plain ratio) for a typo
_SYNONYM_WEIGHT = 0.6  # a synonym counts for less than the word itself
_TYPO_WEIGHT = 0.8
_K1, _B = 1.2, 0.75


@dataclass(frozen=True, slots=True)
class Found:
    doc: str  # the id of the matching record
    score: float  # BM25 score over the widened query
    coverage: float  # share of the query's weight that this document matched
    matched: tuple[str, ...]  # the query terms it matched


class ContentIndex:
    def __init__(self, docs: Iterable[tuple[str, str]], synonyms: Iterable[Iterable[str]] | Analyzer = ()) -> None:
        """`docs` are (record id, searchable text) pairs; `synonyms` the
        vocabulary's groups, or an Analyzer built from them."""
        self.analyzer = synonyms if isinstance(synonyms, Analyzer) else Analyzer(synonyms)
        postings: dict[str, dict[int, int]] = defaultdict(dict)
        self._ids: list[str] = []
        lengths: list[int] = []
        for doc_id, text in docs:
            doc_terms = self.analyzer.doc_terms(text)
            pos = len(self._ids)
            self._ids.append(doc_id)
            lengths.append(len(doc_terms))
            for term, count in Counter(doc_terms).items():
                postings[term][pos] = count
        self._postings = dict(postings)
        self._lengths = lengths
        self._avg_len = (sum(lengths) / len(lengths)) if lengths else 1.0
        count = len(self._ids)
        self._idf = {t: math.log(1 + (count - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()}
        self._max_idf = max(self._idf.values(), default=1.0)
        self._pos = {doc_id: pos for pos, doc_id in enumerate(self._ids)}
        self._vocab = [t for t in self._postings if " " not in t]
        # Typo candidates by first letter and length: a word within the typo
        # cutoff of another has a length within a fixed ratio of it.
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for term in self._vocab:
            self._by_shape[term[0], len(term)].append(term)

    def query_terms(self, query: str) -> list[str]:
        """A query's terms in order: phrases as one compound term, stopwords dropped."""
        return self.analyzer.query_terms(query)

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def max_idf(self) -> float:
        """The weight of the rarest term: what an unknown word counts as."""
        return self._max_idf

    def idf(self, term: str) -> float:
        return self._idf.get(term, 0.0)

    def knows(self, term: str) -> bool:
        return term in self._postings

    def frequency(self, term: str) -> int:
        """How many documents hold a term."""
        return len(self._postings.get(term, ()))

    def _typo_fixes(self, term: str) -> list[str]:
        """Index terms one or two edits from `term`, for words it lacks."""
        if len(term) < 4 or " " in term:
            return []
        # A typo rarely hits the first letter, and this keeps the scan small;
        # ratio = 2 * matches / (a + b) >= cutoff bounds b for a given a.
        low = math.ceil(len(term) * _TYPO_CUTOFF / (200 - _TYPO_CUTOFF))
        high = math.floor(len(term) * (200 - _TYPO_CUTOFF) / _TYPO_CUTOFF)
        pool = [t for size in range(low, high + 1) for t in self._by_shape.get((term[0], size), ())]
        hits = process.extract(term, pool, scorer=fuzz.ratio, processor=None, score_cutoff=_TYPO_CUTOFF, limit=3)
        return [h[0] for h in hits]

    def widen(self, term: str) -> dict[str, float]:
        """The index terms one query term stands for, with weights."""
        widened: dict[str, float] = {}
        if term in self._postings:
            widened[term] = 1.0
        else:
            for fix in self._typo_fixes(term):
                widened.setdefault(fix, _TYPO_WEIGHT)
        for base in list(widened) or [term]:
            for syn in self.analyzer.synonyms(base):
                if syn in self._postings:
                    widened.setdefault(syn, _SYNONYM_WEIGHT)
        return widened

    def expand(self, query: str) -> list[tuple[str, dict[str, float]]]:
        """Each query term with the index terms it stands for, and weights."""
        return [(term, self.widen(term)) for term in dict.fromkeys(self.query_terms(query))]

    def weight(self, widened: Mapping[str, float]) -> float:
        """A query term's weight: its own rarity if the index has the word,
        else the best rarity among what it stands for (typo fixes, synonyms).

        A term the index cannot place weighs as the rarest, so missing it
        lowers coverage instead of being ignored.
        """
        own = [self._idf[t] for t, w in widened.items() if w >= 1.0]
        if own:
            return max(own)
        return max((self._idf[t] for t in widened), default=self._max_idf)

    def frequency_limit(self, share: float, floor: int) -> int:
        """A document frequency above which a term is too common to gather
        candidates by: `share` of the documents, and never below `floor`."""
        return max(floor, int(share * len(self._ids)))

    def holding(self, expanded: Iterable[tuple[str, Mapping[str, float]]], limit: int) -> set[str] | None:
        """The documents holding some query term (itself, a typo fix or a
        synonym) that no more than `limit` documents hold; None when every
        term is commoner than that. Costs what those terms' postings do."""
        found: set[int] = set()
        selective = False
        for _, wide in expanded:
            for index_term in wide:
                postings = self._postings[index_term]
                if len(postings) <= limit:
                    selective = True
                    found.update(postings)
        return {self._ids[pos] for pos in found} if selective else None

    def matches(
        self,
        expanded: Iterable[tuple[str, Mapping[str, float]]],
        allow: Callable[[str], bool] | None = None,
        among: Collection[str] | None = None,
    ) -> dict[str, tuple[float, dict[str, float]]]:
        """Per document: its BM25 score, and for each query term it matched the
        share of that term's weight it earned: 1.0 for the word itself, less
        for a typo fix or a synonym.

        With `among`, only those documents are scored, each looked up in a
        term's postings when that is cheaper than reading them all, so the
        cost follows the candidates, not how common a term is.
        """
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, dict[str, float]] = defaultdict(dict)
        wanted = None if among is None else {self._pos[d] for d in among if d in self._pos}
        for term, wide in expanded:
            for index_term, weight in wide.items():
                idf = self._idf[index_term]
                postings = self._postings[index_term]
                if wanted is None:
                    hits: Iterable[tuple[int, int]] = postings.items()
                elif len(wanted) < len(postings):
                    hits = ((pos, postings[pos]) for pos in wanted if pos in postings)
                else:
                    hits = ((pos, tf) for pos, tf in postings.items() if pos in wanted)
                for pos, tf in hits:
                    norm_tf = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * self._lengths[pos] / self._avg_len))
                    scores[pos] += idf * weight * norm_tf
                    if weight > covered[pos].get(term, 0.0):
                        covered[pos][term] = weight
        out: dict[str, tuple[float, dict[str, float]]] = {}
        for pos, score in scores.items():
            doc = self._ids[pos]
            if allow is None or allow(doc):
                out[doc] = (score, covered[pos])
        return out

    def _able(
        self,
        expanded: list[tuple[str, dict[str, float]]],
        weights: Mapping[str, float],
        total: float,
        min_coverage: float,
    ) -> list[str]:
        """Documents that can still reach `min_coverage`: a document lacking
        every term of a set whose weights exceed (1 - min_coverage) of the
        total cannot, so it must hold one of the rarest such terms. Words the
        index lacks are in that set for free: no document holds them."""
        slack = (1 - min_coverage) * total
        missing = sum(weights[t] for t, wide in expanded if not wide)
        if missing > slack:
            return []
        by_rarity = sorted(
            ((sum(len(self._postings[i]) for i in wide), term, wide) for term, wide in expanded if wide),
            key=lambda entry: entry[0],
        )
        chosen: set[int] = set()
        for _, term, wide in by_rarity:
            for index_term in wide:
                chosen.update(self._postings[index_term])
            missing += weights[term]
            if missing > slack:
                break
        return [self._ids[pos] for pos in chosen]

    def search(
        self,
        query: str,
        allow: Callable[[str], bool] | None = None,
        limit: int = 10,
        min_coverage: float = 0.0,
    ) -> list[Found]:
        """Documents by coverage of the query, then score. With `min_coverage`,
        only documents that can reach it are scored (and returned)."""
        expanded = self.expand(query)
        if not expanded:
            return []
        weights = {term: self.weight(wide) for term, wide in expanded}
        total = sum(weights.values()) or 1.0
        among = self._able(expanded, weights, total, min_coverage) if min_coverage > 0 else None
        if among is not None and not among:
            return []
        found: list[Found] = []
        for doc, (score, covered) in self.matches(expanded, allow, among).items():
            cover = sum(share * weights[t] for t, share in covered.items()) / total
            if cover < min_coverage:
                continue
            found.append(Found(doc, score, cover, tuple(covered)))
        found.sort(key=lambda f: (-f.coverage, -f.score, f.doc))
        return found[:limit]
