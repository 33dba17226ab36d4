"""Word search inside the fact base's content: quotes, facts, events, roles.

The terms of every searchable record are indexed by tantivy (a Rust search
library: an inverted index in memory-mapped files, which several processes
serving the same fact base share through the page cache). Terms come from
knowledge/analysis.py alone: the index stores exactly what
`Analyzer.doc_terms` gives (tantivy only splits them at whitespace) and is
queried with what `Analyzer.query_terms` gives, so the two sides can never
disagree.

What a plain search library does not do is kept here:
- query words are widened by the fact base's synonym groups (phrases
  included) and by typo-correction against the index's own vocabulary, each
  at a lower weight than the word itself;
- a record's *coverage*, the share of the query's weight (its words' rarity)
  it matches, decides first, BM25 second; too little coverage is no match.

Tantivy picks the few records that can rank first, scoring coverage itself
(each query word's best match, at its weight); those are then scored
exactly, here, from their stored terms. So a search costs what its best
records do, not what its commonest word does.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import tantivy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.analysis import Analyzer, words
from knowledge.indexing import NO_DEAL, build_in_memory, doc_frequencies, index_token
from knowledge.store import (
    ROW_ID,
    ROW_LENGTH,
    ROW_POS,
    ROW_TERMS,
    ROW_WORDS,
    Row,
    Store,
    record_kinds,
    term_needle,
)

_TYPO_CUTOFF = 84.0  # word-level similarity (plain ratio) for a typo
# A stem this long one edit from an index term is a typo of it, whatever the
# ratio says: one wrong letter of six ("unisom") is under the cutoff.
_ONE_EDIT_LEN = 5
_SYNONYM_WEIGHT = 0.6  # a synonym counts for less than the word itself
_TYPO_WEIGHT = 0.8
_K1, _B = 1.2, 0.75
# BM25 breaks ties of coverage inside tantivy: scaled so far down that it
# never outweighs a real difference in coverage.
_TIE = 1e-4
# A gather bound under this many times the records asked for is first tried unscored (`best`).
_FEW = 4
_SEARCH_POOL = 100  # records tantivy hands over for exact scoring, at the least
_LONGEST_PHRASE = 12  # words of a query matched in order (a longer one is cut: its start is matched)
# A phrase whose every word is in more than this share of documents is not looked for.
_PHRASE_SHARE = 0.25
_TERM_SET_IDS = 200  # more ids than this are filtered by a term set...
_TERM_SET = 2048  # ...and more values of another field
# A term in more than this share of the records gathers no candidates...
_GATHER_SHARE = 0.005
_GATHER_FLOOR = 256  # ...unless there are fewer records than this: small bases are read whole
_QUERIES_KEPT = 8192  # term queries kept for reuse
_WIDENED_KEPT = 8192  # query terms kept widened
# A scoring clause this many times commoner than a query's candidates is
# looked up at theirs only (`ContentIndex._within`)...
_COMMONER = 8
# ...or this many times, when a name's `bears` term gathers them (`best`):
# thousands of records of one term, each cheap to step through, where a
# word's clause would be read through for tens of thousands (at 100,000
# quotes, about a quarter fewer instructions for a named force's questions).
_COMMONER_BEARS = 4
_SPREAD_NAMES = 2  # an anchor of this many names' deals or fewer is applied to the gather (`best`)
# Coverage as tantivy sums it (single precision) and as Python does differ by
# far less than this.
_ROUNDING = 0.01

Expanded = Sequence[tuple[str, Mapping[str, float]]]


@dataclass(frozen=True, slots=True)
class Found:
    doc: str  # the id of the matching record
    score: float  # BM25 score over the widened query
    coverage: float  # share of the query's weight that this document matched
    matched: tuple[str, ...]  # the query terms it matched
    run: int = 0  # the most of the query's words it holds in a row, as typed (2 or more)
    # It holds a long run of the query's words in a row (the whole of a short
    # query; of a longer one, half and three words): they were taken from it.
    phrased: bool = False
    exact: bool = False  # it holds every word of the query, in a row


@dataclass(frozen=True, slots=True)
class Want:
    """One thing a question asks for, as the index looks for it: a record
    earns `weight` times the best share it matches of any of these."""

    weight: float
    terms: Mapping[str, float] = field(default_factory=dict)  # index term -> share it earns
    # A name's own terms: (its part of the name, index term -> share); a
    # record earns the part of the name it writes out.
    parts: tuple[tuple[float, Mapping[str, float]], ...] = ()
    named: tuple[str, ...] = ()  # records named: one that is, or is about, one of them earns it whole
    # (deal, share, whether an entity earns it too): a record of the deal earns the share.
    deals: tuple[tuple[str, float, bool], ...] = ()
    # (name, share): a record, not an entity, of any deal the name bears on
    # (its `bears` field) earns the share: what listing those deals in
    # `deals` earns, looked up as one term.
    bears: tuple[tuple[str, float], ...] = ()


# -- the index ----------------------------------------------------------------------------


class Within(NamedTuple):
    """A query's candidates (what `ContentIndex._gather` gathers) and how many they are."""

    gather: tantivy.Query
    size: int
    # How many times commoner than the candidates a clause is looked up at
    # theirs only (`_within`); None: _COMMONER.
    commoner: int | None = None


class ContentIndex:
    """BM25 word search with coverage, synonym groups and typo widening."""

    def __init__(self, docs: Iterable[tuple[str, str]] = (), synonyms: Iterable[Iterable[str]] | Analyzer = ()) -> None:
        """An index held in memory, of (record id, searchable text) pairs;
        `synonyms` are the vocabulary's groups, or an Analyzer built from
        them. (A served fact base opens its index from disk: `opened`.)"""
        analyzer = synonyms if isinstance(synonyms, Analyzer) else Analyzer(synonyms)
        analysed = [(doc_id, analyzer.doc_terms(text), text) for doc_id, text in docs]
        store, index = build_in_memory(analysed)
        frequencies, count, total = doc_frequencies(terms for _, terms, _ in analysed)
        self._setup(analyzer, index, store, frequencies=frequencies, count=count, total=total)

    @classmethod
    def opened(
        cls,
        analyzer: Analyzer,
        index: tantivy.Index,
        store: Store,
        *,
        frequencies: dict[str, int],
        count: int,
        total: int,
    ) -> ContentIndex:
        """The index of a built fact base: tantivy's files and the store's terms
        (`frequencies` is kept as given, not copied)."""
        self = cls.__new__(cls)
        self._setup(analyzer, index, store, frequencies=frequencies, count=count, total=total)
        return self

    def _setup(
        self,
        analyzer: Analyzer,
        index: tantivy.Index,
        store: Store,
        *,
        frequencies: dict[str, int],
        count: int,
        total: int,
    ) -> None:
        self.analyzer = analyzer
        self._index = index
        self._schema = index.schema
        self._searcher = index.searcher()
        self._store = store
        self._queries: dict[tuple[str, str], tantivy.Query] = {}
        # A term widened once is not looked for again among the typos: a
        # question widens its words several times over (each form reads it),
        # and the words of questions repeat.
        self._widened: dict[str, dict[str, float]] = {}
        self._df = frequencies
        self._count = count
        self._avg_len = total / count if count else 1.0
        self._idf = {t: _idf(count, df) for t, df in self._df.items()}
        # Every record of a served fact base has one kind: then "of these
        # kinds" is "of none of the others", a filter tantivy applies by
        # skipping through a few short lists, where "any of these" makes it
        # read every record of the commonest kind (quotes) it passes.
        kinds = {k: self._searcher.doc_freq("kind", k) for k in record_kinds()}
        one_kind = sum(kinds.values()) == self._searcher.num_docs
        self._kinds: tuple[str, ...] | None = tuple(k for k, n in kinds.items() if n) if one_kind else None
        self._max_idf = max(self._idf.values(), default=1.0)
        self._vocab = [t for t in self._df if " " not in t]
        # Typo candidates by first letter and length: a word within the typo
        # cutoff of another has a length within a fixed ratio of it.
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for term in sorted(self._vocab):
            self._by_shape[term[0], len(term)].append(term)

    # -- the vocabulary

    def query_terms(self, query: str) -> list[str]:
        """A query's terms in order: phrases as one compound term, stopwords dropped."""
        return self.analyzer.query_terms(query)

    def __len__(self) -> int:
        return self._count

    @property
    def max_idf(self) -> float:
        """The weight of the rarest term: what an unknown word counts as."""
        return self._max_idf

    def idf(self, term: str) -> float:
        return self._idf.get(term, 0.0)

    def knows(self, term: str) -> bool:
        return term in self._df

    def frequency(self, term: str) -> int:
        """How many documents hold a term."""
        return self._df.get(term, 0)

    def typo_fixes(self, term: str) -> list[str]:
        """Index terms one or two edits from `term`, for words it lacks."""
        if len(term) < 4 or " " in term:
            return []
        # A typo rarely hits the first letter, and this keeps the scan small;
        # ratio = 2 * matches / (a + b) >= cutoff bounds b for a given a.
        low = math.ceil(len(term) * _TYPO_CUTOFF / (200 - _TYPO_CUTOFF))
        high = math.floor(len(term) * (200 - _TYPO_CUTOFF) / _TYPO_CUTOFF)
        pool = [t for size in range(low, high + 1) for t in self._by_shape.get((term[0], size), ())]
        hits = [
            h[0]
            for h in process.extract(term, pool, scorer=fuzz.ratio, processor=None, score_cutoff=_TYPO_CUTOFF, limit=3)
        ]
        # A word of the vocabulary's synonym groups is a word, not a typo ("intend" is no "intense").
        if not hits and len(term) >= _ONE_EDIT_LEN and not self.analyzer.synonyms(term):
            hits = [
                h[0] for h in process.extract(term, pool, scorer=OSA.distance, processor=None, score_cutoff=1, limit=3)
            ]
        return hits

    def widen(self, term: str) -> dict[str, float]:
        """The index terms one query term stands for, with weights (a dict of the caller's own)."""
        found = self._widened.get(term)
        if found is None:
            found = self._widen(term)
            if len(self._widened) >= _WIDENED_KEPT:
                self._widened.clear()  # only a cache: a term widens the same whoever asks
            self._widened[term] = found
        return dict(found)

    def _widen(self, term: str) -> dict[str, float]:
        widened: dict[str, float] = {}
        if term in self._df:
            widened[term] = 1.0
        else:
            for fix in self.typo_fixes(term):
                widened.setdefault(fix, _TYPO_WEIGHT)
        for base in list(widened) or [term]:
            for syn in self.analyzer.synonyms(base):
                if syn in self._df:
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

    def most_covered(self, query: str) -> float:
        """The most of `query` any document can cover in `search` (its
        `coverage`): each query term's weight times the best share any index
        term it stands for earns (1 for the word itself, less for a typo fix
        or a synonym; 0 for a word the index cannot place), over the total
        weight. A document's coverage sums these shares for the terms it
        holds, at most the best each, so none can cover more. A query of no
        terms at all is covered whole by any run of its words."""
        expanded = self.expand(query)
        if not expanded:
            return 1.0
        weights = [(self.weight(wide), max(wide.values(), default=0.0)) for _, wide in expanded]
        total = sum(weight for weight, _ in weights) or 1.0
        # A hair over the sum: the search adds the same shares in another order.
        return sum(weight * share for weight, share in weights) / total + 1e-9

    def frequency_limit(self, share: float, floor: int) -> int:
        """A document frequency above which a term is too common to gather
        candidates by: `share` of the documents, and never below `floor`."""
        return max(floor, int(share * self._count))

    # -- tantivy queries

    def _term(self, field_name: str, value: str) -> tantivy.Query:
        key = (field_name, value)
        found = self._queries.get(key)
        if found is None:
            found = self._keep(key, tantivy.Query.term_query(self._schema, field_name, value, index_option="basic"))
        return found

    def _word(self, term: str) -> tantivy.Query:
        key = ("terms", term)
        found = self._queries.get(key)
        if found is None:
            found = tantivy.Query.term_query(self._schema, "terms", index_token(term), index_option="freq")
            self._keep(key, found)
        return found

    def _keep(self, key: tuple[str, str], query: tantivy.Query) -> tantivy.Query:
        """Term queries are made once and shared: a question builds dozens,
        mostly of the same few fields, kinds and words as the last."""
        if len(self._queries) >= _QUERIES_KEPT:
            self._queries.clear()  # only a cache: a query is the same whoever makes it
        self._queries[key] = query
        return query

    def _one_of(self, field_name: str, values: Collection[str]) -> tantivy.Query:
        if len(values) == 1:
            return self._term(field_name, next(iter(values)))
        ordered = sorted(values)
        # A term set costs a few hundred microseconds to set up, whatever its
        # size, and then reads its terms' postings as one: quicker for many
        # ids (one record each), slower than a disjunction for deals (a
        # hundred records each).
        if len(values) > (_TERM_SET_IDS if field_name == "id" else _TERM_SET):
            return tantivy.Query.term_set_query(self._schema, field_name, ordered)
        if field_name == "id":
            # Ids are a question's own candidates, seldom asked twice: kept,
            # they would only push the reused queries out of the cache.
            return tantivy.Query.boolean_query([(tantivy.Occur.Should, self._term(field_name, v)) for v in ordered])
        # A question asks for the same few deals or kinds several times over.
        key = (field_name, "\t".join(ordered))
        found = self._queries.get(key)
        if found is None:
            terms = [(tantivy.Occur.Should, self._term(field_name, v)) for v in ordered]
            found = self._keep(key, tantivy.Query.boolean_query(terms))
        return found

    def gathers(self, term: str) -> bool:
        """Whether a term is rare enough to tell records apart (see `_gather`)."""
        return self._df.get(term, 0) <= self.frequency_limit(_GATHER_SHARE, _GATHER_FLOOR)

    def _best_of(self, terms: Mapping[str, float], weight: float, within: Within | None = None) -> list[tantivy.Query]:
        return [
            tantivy.Query.const_score_query(self._within(self._word(t), within, self._df.get(t, 0)), weight * share)
            for t, share in terms.items()
        ]

    def _candidates(self, gather: tantivy.Query, least: int = 0) -> Within:
        """The candidates a query gathers, and how many they are (see
        `_within`): at least `least`. So many that no record is _COMMONER
        times commoner are not counted."""
        if least * _COMMONER >= self._count:
            return Within(gather, least)
        found: Any = self._searcher.search(gather, 1, count=True)  # tantivy's stubs leave `count` out
        return Within(gather, int(found.count))

    @staticmethod
    def _within(query: tantivy.Query, within: Within | None, frequency: int) -> tantivy.Query:
        """A query that only scores (of `frequency` records), matching only
        the candidates among its records: the same score for each of them.

        Tantivy reads the scoring clauses of a query as one union, and a
        union skipped to each candidate in turn reads every record of its
        clauses near it: the clause of a word many times commoner than the
        candidates would be read through for most of its records. Put with
        the candidates, it is looked up at theirs only (which costs more
        than reading a clause little commoner than they are)."""
        if within is None or frequency <= (_COMMONER if within.commoner is None else within.commoner) * within.size:
            return query
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, within.gather), (tantivy.Occur.Must, query)])

    def _want(self, want: Want, total: float, within: Within | None = None) -> tantivy.Query | None:
        """A record's best share of one want, times its weight (a disjunction of constant scores)."""
        weight = want.weight / total
        options = self._best_of(want.terms, weight, within)
        parts = [
            (tantivy.Occur.Should, tantivy.Query.disjunction_max_query(self._best_of(terms, weight * part, within)))
            for part, terms in want.parts
            if terms
        ]
        if parts:
            options.append(tantivy.Query.boolean_query(parts))
        if want.named:
            named = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Should, self._one_of("id", want.named)),
                    (tantivy.Occur.Should, self._one_of("about", want.named)),
                ]
            )
            options.append(tantivy.Query.const_score_query(named, weight))
        by_share: dict[tuple[float, bool], list[tuple[str, str]]] = {}
        for deal, share, entities_too in want.deals:
            by_share.setdefault((share, entities_too), []).append(("deal", deal))
        for name, share in want.bears:
            by_share.setdefault((share, False), []).append(("bears", name))
        for (share, entities_too), deals in by_share.items():
            of_deal = self._of_deals(deals)
            if not entities_too:
                of_deal = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Must, of_deal), (tantivy.Occur.MustNot, self._term("kind", "entity"))]
                )
            options.append(tantivy.Query.const_score_query(of_deal, weight * share))
        if not options:
            return None
        return options[0] if len(options) == 1 else tantivy.Query.disjunction_max_query(options)

    def _of_deals(self, values: Collection[tuple[str, str]]) -> tantivy.Query:
        """Records of some deals, each given as ("deal", its id) or as
        ("bears", a name bearing on it and others): a union of the two fields' terms."""
        by_field: dict[str, list[str]] = {}
        for field_name, value in values:
            by_field.setdefault(field_name, []).append(value)
        if len(by_field) == 1:
            ((field_name, found),) = by_field.items()
            return self._one_of(field_name, dict.fromkeys(found))
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, self._one_of(f, dict.fromkeys(found))) for f, found in sorted(by_field.items())]
        )

    def _gather(self, wants: Sequence[Want], terms: Iterable[str] | None = None) -> tantivy.Query | None:
        """What a record must hold to be a candidate at all: a rare enough
        term of the wants, or a name they name; or, when `terms` are given,
        one of those.

        A word in a large share of the records cannot tell them apart, so it
        gathers none: it only adds to the score of records gathered
        otherwise (tantivy then reads its postings only for those). On a
        small fact base every word is rare enough. If every word is common
        and nothing is named, the candidates are the records holding both of
        the two rarest wants (either alone would gather a large share)."""
        if terms is not None:
            every = list(dict.fromkeys(terms))
            return self._any(self._word(t) for t in every) if every else None
        limit = self.frequency_limit(_GATHER_SHARE, _GATHER_FLOOR)
        options = [
            self._word(t)
            for t in dict.fromkeys(t for w in wants for wide in (w.terms, *(p for _, p in w.parts)) for t in wide)
            if self._df.get(t, 0) <= limit
        ]
        for want in wants:
            if want.named:
                options += [self._one_of("id", want.named), self._one_of("about", want.named)]
            if want.deals or want.bears:
                of_deals = {("deal", deal) for deal, _, _ in want.deals} | {("bears", n) for n, _ in want.bears}
                options.append(self._of_deals(of_deals))
        if options:
            return self._any(options)
        worded = [
            terms
            for terms in ({t for wide in (w.terms, *(p for _, p in w.parts)) for t in wide} for w in wants)
            if terms
        ]
        rarest = sorted(worded, key=lambda terms: (sum(self._df.get(t, 0) for t in terms), sorted(terms)))[:2]
        if not rarest:
            return None
        both = [(tantivy.Occur.Must, self._any(self._word(t) for t in sorted(terms))) for terms in rarest]
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query(both), 0.0)

    def _gathered_at_most(self, wants: Sequence[Want]) -> int | None:
        """At most how many records `_gather` gathers, when only rare words
        gather (their document frequencies summed); None when a name or a
        deal gathers, or only common words do (no cheap bound)."""
        if any(want.named or want.deals or want.bears for want in wants):
            return None
        limit = self.frequency_limit(_GATHER_SHARE, _GATHER_FLOOR)
        rare = {
            t
            for w in wants
            for wide in (w.terms, *(p for _, p in w.parts))
            for t in wide
            if self._df.get(t, 0) <= limit
        }
        return sum(self._df.get(t, 0) for t in rare) if rare else None

    def _any(self, queries: Iterable[tantivy.Query]) -> tantivy.Query:
        """Records matching any of some queries, scoring nothing."""
        return tantivy.Query.const_score_query(
            tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries]), 0.0
        )

    def _tie_break(self, terms: Iterable[Mapping[str, float]], within: Within | None = None) -> tantivy.Query | None:
        """BM25 of every index term at its weight, scaled down to break ties
        only (of the records `within`, when given: see `_within`)."""
        widened: dict[str, float] = {}
        for wide in terms:
            for term, share in wide.items():
                widened[term] = max(share, widened.get(term, 0.0))
        if not widened:
            return None
        words = [
            (
                tantivy.Occur.Should,
                self._within(tantivy.Query.boost_query(self._word(t), w), within, self._df.get(t, 0)),
            )
            for t, w in widened.items()
        ]
        return tantivy.Query.boost_query(tantivy.Query.boolean_query(words), _TIE)

    def _filters(
        self,
        kinds: Collection[str] | None,
        among: Collection[str] | None,
        *,
        anchor: Collection[str] | None = None,
        anchored_by: Collection[str] = (),
        deals: Collection[str] | None = None,
        topic: str = "",
        flags: Collection[str] = (),
    ) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """Clauses that only filter: each scores nothing, so that a record's
        score is what it earns, whatever the filters. `anchored_by`: names
        whose deals, together, are `anchor` (the same filter, as their
        `bears` terms: a big union's hundreds of deals are one term)."""
        out = []
        excluded: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if kinds and len(kinds) > 1 and self._kinds is not None:
            # Records of none of the other kinds (see `_setup`).
            excluded = [(tantivy.Occur.MustNot, self._term("kind", k)) for k in self._kinds if k not in kinds]
        elif kinds is not None:
            out.append((tantivy.Occur.Must, self._one_of("kind", kinds) if kinds else tantivy.Query.empty_query()))
        if among is not None:
            out.append((tantivy.Occur.Must, self._one_of("id", among) if among else tantivy.Query.empty_query()))
        if anchor and anchored_by:
            named = {("bears", n) for n in anchored_by}
            out.append((tantivy.Occur.Must, self._of_deals({*named, ("deal", NO_DEAL)})))
        elif anchor:
            out.append((tantivy.Occur.Must, self._one_of("deal", {*anchor, NO_DEAL})))
        if deals is not None:
            out.append((tantivy.Occur.Must, self._one_of("deal", deals) if deals else tantivy.Query.empty_query()))
        if topic:
            out.append((tantivy.Occur.Must, self._term("topic", topic)))
        out += [(tantivy.Occur.Must, self._term("flag", flag)) for flag in flags]
        return [(occur, tantivy.Query.const_score_query(query, 0.0)) for occur, query in out] + excluded

    def _top(self, query: tantivy.Query, limit: int) -> list[tuple[float, int]]:
        """(tantivy score, position) of the best `limit` documents."""
        hits = self._searcher.search(query, limit, count=False).hits
        if not hits:
            return []
        positions = self._searcher.fast_field_values("pos", [address for _, address in hits])
        return [(float(score), int(pos)) for (score, _), pos in zip(hits, positions, strict=True) if pos is not None]

    def _rows(self, positions: Sequence[int]) -> list[Row]:
        return self._store.rows_at(positions)

    # -- exact scoring of chosen documents

    def _score(self, expanded: Expanded, rows: Iterable[Row]) -> dict[str, tuple[float, dict[str, float]]]:
        """BM25 and per-term shares of some documents, from their stored terms."""
        weigh = self._weigher(expanded)
        return {row[ROW_ID]: weighed for row in rows if (weighed := weigh(row))}

    def _weigher(self, expanded: Expanded) -> Callable[[Row], tuple[float, dict[str, float]] | None]:
        """The scoring `_score` and `_found` share: one document's BM25 and
        per-term shares from its stored terms, None when it holds none."""
        needles = [(t, term_needle(t)) for t in {t for _, wide in expanded for t in wide}]
        # The (term, index term, weight) triples in the order they are summed,
        # flattened once rather than walked per document.
        flat = [(term, index_term, weight) for term, wide in expanded for index_term, weight in wide.items()]
        idf = self._idf
        k1_plus_1 = _K1 + 1
        avg_len = self._avg_len

        def weigh(row: Row) -> tuple[float, dict[str, float]] | None:
            packed = row[ROW_TERMS]
            if not packed:
                return None
            counts = {t: n for t, needle in needles if (n := packed.count(needle))}
            if not counts:
                return None
            score = 0.0
            covered: dict[str, float] = {}
            norm = _K1 * (1 - _B + _B * (row[ROW_LENGTH] or 0) / avg_len)
            for term, index_term, weight in flat:
                tf = counts.get(index_term)
                if not tf:
                    continue
                score += idf[index_term] * weight * tf * k1_plus_1 / (tf + norm)
                if weight > covered.get(term, 0.0):
                    covered[term] = weight
            return score, covered

        return weigh

    def pairs_held(self, pairs: Collection[tuple[str, str]], docs: Iterable[str]) -> dict[str, int]:
        """How many of some term pairs (analysis.term_pairs) each document
        holds side by side, for those holding any.

        Counted in its stored terms, which start with its words' stems in
        order (stopwords out), each between tabs of its own: a pair held is
        one substring, the two terms' needles put together, where making the
        document's own pairs means stemming every word of it. The phrases
        after those stems hold a space, which no term of a pair does, so no
        pair is found across them."""
        needles = [term_needle(a) + term_needle(b) for a, b in pairs]
        if not needles:
            return {}
        out: dict[str, int] = {}
        for doc, row in self._store.rows(docs).items():
            packed = row[ROW_TERMS]
            if packed:
                held = sum(needle in packed for needle in needles)
                if held:
                    out[doc] = held
        return out

    def positions(self, docs: Iterable[str]) -> dict[str, int]:
        """Some documents' places in the fact base (the order ties go by),
        read in one go: a ranking orders a hundred candidates."""
        return {doc: row[ROW_POS] for doc, row in self._store.rows(docs).items()}

    def words_of(self, doc: str) -> str | None:
        """A document's words in order (analysis.words, joined by spaces), as indexed."""
        row = self._store.row(doc)
        return None if row is None else row[ROW_WORDS]

    def holding(self, expanded: Iterable[tuple[str, Mapping[str, float]]], limit: int) -> set[str] | None:
        """The documents holding some query term (itself, a typo fix or a
        synonym) that no more than `limit` documents hold; None when every
        term is commoner than that."""
        terms = [t for _, wide in expanded for t in wide if self._df.get(t, 0) <= limit]
        if not terms:
            return None
        query = tantivy.Query.boolean_query([(tantivy.Occur.Should, self._word(t)) for t in terms])
        size = sum(self._df[t] for t in terms)
        return {row[ROW_ID] for row in self._rows([pos for _, pos in self._top(query, size)])}

    def matches(
        self,
        expanded: Iterable[tuple[str, Mapping[str, float]]],
        allow: Callable[[str], bool] | None = None,
        among: Collection[str] | None = None,
    ) -> dict[str, tuple[float, dict[str, float]]]:
        """Per document: its BM25 score, and for each query term it matched the
        share of that term's weight it earned: 1.0 for the word itself, less
        for a typo fix or a synonym.

        With `among`, only those documents are scored, from their stored
        terms: the cost follows the candidates, not how common a term is.
        """
        expanded = list(expanded)
        if among is None:
            terms = {t for _, wide in expanded for t in wide}
            if not terms:
                return {}
            query = tantivy.Query.boolean_query([(tantivy.Occur.Should, self._word(t)) for t in sorted(terms)])
            rows = self._rows([pos for _, pos in self._top(query, max(1, self._count))])
        else:
            rows = list(self._store.rows(among).values())
        found = self._score(expanded, rows)
        if allow is None:
            return found
        return {doc: value for doc, value in found.items() if allow(doc)}

    def best(
        self,
        wants: Sequence[Want],
        *,
        limit: int,
        kinds: Collection[str] | None = None,
        among: Collection[str] | None = None,
        anchor: Collection[str] | None = None,
        anchored_by: Collection[str] = (),
        deals: Collection[str] | None = None,
        topic: str = "",
        flags: Collection[str] = (),
        bonuses: Mapping[tuple[str, str], float] | None = None,
    ) -> list[str]:
        """The records that best meet some wants, best first, at most `limit`:
        by the weighted share of the wants each meets, plus `bonuses`
        ({(field, value): bonus}, e.g. ("kind", "fact") or ("topic", "next")),
        then BM25. Only records gathered by some want (`_gather`) and, when
        given, of `kinds`, of `among`, in a deal of `anchor` (or in none), in
        a deal of `deals`, of `topic` and with every one of `flags`;
        `anchored_by` names whose deals, together, are `anchor` (`_filters`).

        When no more than `limit` records are gathered at all, they are all
        returned, in the fact base's order, unscored: ranking them would
        change nothing of which are returned, and costs most when it is least
        needed (a rare word gathers a few records; a common word of the
        question, scored, would be read through for each of them)."""
        total = sum(w.weight for w in wants) or 1.0
        gather = self._gather(wants)
        if gather is None:
            return []
        within = self._candidates(gather)
        if any(w.bears for w in wants):
            within = within._replace(commoner=_COMMONER_BEARS)
        clauses = [q for q in (self._want(w, total, within) for w in wants) if q is not None]
        if not clauses:
            return []
        bonuses = dict(bonuses or {})
        by_kind: dict[str, float] = {}
        if kinds and self._kinds is None:
            # Only these kinds, each scoring its bonus: one clause that filters and scores.
            by_kind = {k: bonuses.pop(("kind", k), 0.0) for k in sorted(kinds)}
        elif kinds is not None:
            # Of the other kinds, nothing passes the filter to earn a bonus.
            bonuses = {key: b for key, b in bonuses.items() if key[0] != "kind" or key[1] in kinds}
        # The records of a name's deals or of none (`_filters`), a union of
        # dense terms (a big union's deals hold a third of the records), are
        # gathered as the gather's records of each: a union filtering the
        # candidates is read through near each of them, where each of these
        # is led by the gather and skips through the term.
        spread = bool(anchor) and 0 < len(anchored_by) <= _SPREAD_NAMES
        filters = self._filters(
            kinds if not by_kind else None,
            among,
            anchor=None if spread else anchor,
            anchored_by=() if spread else anchored_by,
            deals=deals,
            topic=topic,
            flags=flags,
        )
        if spread:
            sides = [*(self._term("bears", n) for n in sorted(anchored_by)), self._term("deal", NO_DEAL)]
            gather = self._any(
                tantivy.Query.boolean_query([(tantivy.Occur.Must, gather), (tantivy.Occur.Must, side)])
                for side in sides
            )
        if by_kind:
            of_kind = [
                (tantivy.Occur.Should, tantivy.Query.const_score_query(self._term("kind", k), b))
                for k, b in by_kind.items()
            ]
            filters.append((tantivy.Occur.Must, tantivy.Query.boolean_query(of_kind)))
        gathered = self._gathered_at_most(wants)
        if gathered is not None and gathered <= _FEW * limit:
            every = self._top(tantivy.Query.boolean_query([(tantivy.Occur.Must, gather), *filters]), limit + 1)
            if len(every) <= limit:
                return [row[ROW_ID] for row in self._rows(sorted(pos for _, pos in every))]
        scored: list[tuple[tantivy.Occur, tantivy.Query]] = [
            (tantivy.Occur.Must, gather),
            *((tantivy.Occur.Should, q) for q in clauses),
            *filters,
        ]
        for (field_name, value), bonus in bonuses.items():
            of_value = self._within(self._term(field_name, value), within, self._searcher.doc_freq(field_name, value))
            scored.append((tantivy.Occur.Should, tantivy.Query.const_score_query(of_value, bonus)))
        tie = self._tie_break([w.terms for w in wants] + [terms for w in wants for _, terms in w.parts], within)
        if tie is not None:
            scored.append((tantivy.Occur.Should, tie))
        hits = self._top(tantivy.Query.boolean_query(scored), limit)
        return [row[ROW_ID] for row in self._rows([pos for _, pos in hits])]

    def search(
        self,
        query: str,
        allow: Callable[[str], bool] | None = None,
        limit: int = 10,
        min_coverage: float = 0.0,
        *,
        kinds: Collection[str] | None = None,
        among: Collection[str] | None = None,
    ) -> list[Found]:
        """Documents by coverage of the query, then score; only those
        covering at least `min_coverage`, of `kinds` and of `among` (when
        given) and allowed by `allow`.

        Words are also matched in order, as typed: a document holding the
        query word for word (stopwords and all) comes first, whatever its
        coverage; one holding a long run of its words in a row (`phrased`)
        is found whatever its coverage, and ranked by it; among documents of
        equal coverage, the one holding more of the query's words in a row
        goes first."""
        expanded = self.expand(query)
        said = words(query)[:_LONGEST_PHRASE]
        weights = {term: self.weight(wide) for term, wide in expanded}
        total = sum(weights.values()) or 1.0
        pool = max(_SEARCH_POOL, 2 * limit)
        phrased = self._phrased(said, kinds, among, pool)
        hits: dict[str, _Hit] = {}
        if expanded and sum(weights[t] for t, wide in expanded if not wide) <= (1 - min_coverage) * total:
            hits = self._by_coverage(
                expanded, weights, pool, kinds=kinds, among=among, allow=allow, min_coverage=min_coverage, limit=limit
            )
        # A document holding a long run of the query's words passes whatever
        # its coverage: the words were taken from it, give or take a typo.
        runs: dict[str, int] = {}
        for hit in self._found(expanded, weights, list(phrased), allow=allow, min_coverage=-1.0):
            runs[hit.doc] = phrased[hit.row[ROW_POS]]
            if hit.doc not in hits:
                hits[hit.doc] = hit._replace(cover=hit.cover if expanded else 1.0)  # it holds every word
        least = _least_run(len(said))
        run_of = RunFinder(said)
        ranked = []
        for hit in hits.values():
            run = runs.get(hit.doc)
            if run is None:
                run = run_of(hit.row[ROW_WORDS] or "")
            ranked.append((run != len(said), -hit.cover, -run, -hit.score, hit.doc, run, hit))
        # Ranked as plain tuples, compared no further than the doc (unique):
        # only those returned are made into Founds, often half of those ranked.
        ranked.sort()
        return [
            Found(hit.doc, hit.score, hit.cover, tuple(hit.covered), run, run >= least, run == len(said))
            for *_, run, hit in ranked[:limit]
        ]

    def _by_coverage(
        self,
        expanded: Expanded,
        weights: Mapping[str, float],
        pool: int,
        *,
        kinds: Collection[str] | None,
        among: Collection[str] | None,
        allow: Callable[[str], bool] | None,
        min_coverage: float,
        limit: int,
    ) -> dict[str, _Hit]:
        """The documents that cover the query best, scored exactly."""
        total = sum(weights.values()) or 1.0
        wants = [Want(weights[term], wide) for term, wide in expanded if wide]
        if len(wants) == 1:
            alone = self._by_one_want(
                expanded, weights, pool, kinds=kinds, among=among, allow=allow, min_coverage=min_coverage, limit=limit
            )
            if alone is not None:
                return alone
        able = self._able(expanded, weights, min_coverage)
        gather = self._gather(wants, able)
        if gather is None:
            return {}
        within = self._candidates(gather, max((self._df.get(t, 0) for t in able), default=0))
        clauses = [q for q in (self._want(w, total, within) for w in wants) if q is not None]
        if not clauses:
            return {}
        scored: list[tuple[tantivy.Occur, tantivy.Query]] = [
            (tantivy.Occur.Must, gather),
            *((tantivy.Occur.Should, q) for q in clauses),
            *self._filters(kinds, among),
        ]
        tie = self._tie_break([wide for _, wide in expanded], within)
        if tie is not None:
            scored.append((tantivy.Occur.Should, tie))
        tantivy_query = tantivy.Query.boolean_query(scored)
        floor = min_coverage - _ROUNDING
        while True:
            top = self._top(tantivy_query, pool)
            # Tantivy's score is a record's coverage (its wants' constant
            # scores, summed in single precision) plus a tie-break that only
            # adds: one under the floor by more than rounding cannot cover
            # enough here either, and its row is not read. This holds
            # because every term `_found` counts in coverage has a clause:
            # the wants are the query terms the index can place (`wide` not
            # empty), each of its terms only (no names, deals or parts), so
            # `_want` makes a clause of each, scoring the best share of
            # `wide` the record holds, times the term's weight over the
            # total, as `_score` credits it; a term it cannot place is in no
            # want and covers nothing in `_found` either. (Tested: search
            # with and without this cut answers the same.)
            passing = [pos for score, pos in top if score >= floor]
            found = self._found(expanded, weights, passing, allow=allow, min_coverage=min_coverage)
            # Enough, or all there is: once the last hit is below the floor no later one can reach it.
            exhausted = len(top) < pool or (top[-1][0] < floor)
            if len(found) >= limit or exhausted or pool >= self._count:
                return {hit.doc: hit for hit in found}
            pool *= 4

    def _by_one_want(
        self,
        expanded: Expanded,
        weights: Mapping[str, float],
        pool: int,
        *,
        kinds: Collection[str] | None,
        among: Collection[str] | None,
        allow: Callable[[str], bool] | None,
        min_coverage: float,
        limit: int,
    ) -> dict[str, _Hit] | None:
        """`_by_coverage` of a query with one word the index knows
        ("commissioner is that and"), when the records holding it as typed
        (or its best stand-in) fill the pool: they all cover the same share,
        the most any record can, so the BM25 tie-break alone ranks them, and
        tantivy ranks by it without weighing every record of a common word
        (tens of thousands) for coverage. None when they do not fill it: the
        records covering less then count too (`_by_coverage`)."""
        word, wide = next((word, wide) for word, wide in expanded if wide)
        best = max(wide.values())
        if best * weights[word] / (sum(weights.values()) or 1.0) < min_coverage:
            return {}  # none covers enough
        top_terms = sorted(t for t, share in wide.items() if share == best)
        scored = [tantivy.Query.boost_query(self._word(t), share) for t, share in sorted(wide.items())]
        holding = self._any(self._word(t) for t in top_terms)
        query = tantivy.Query.boolean_query(
            [
                (tantivy.Occur.Must, holding),
                *((tantivy.Occur.Should, q) for q in scored),
                *self._filters(kinds, among),
            ]
        )
        while True:
            top = self._top(query, pool)
            if len(top) < pool and len(top_terms) < len(wide):
                return None
            found = self._found(expanded, weights, [pos for _, pos in top], allow=allow, min_coverage=min_coverage)
            if len(found) >= limit or len(top) < pool or pool >= self._count:
                return {hit.doc: hit for hit in found}
            pool *= 4

    def _able(self, expanded: Expanded, weights: Mapping[str, float], min_coverage: float) -> list[str]:
        """The index terms a document must hold one of to reach `min_coverage`:
        one lacking every term of a set whose weights exceed (1 - min_coverage)
        of the total cannot, so it must hold one of the rarest such terms.
        Words the index lacks are in that set for free: no document holds them."""
        total = sum(weights.values())
        slack = (1 - min_coverage) * total
        missing = sum(weights[t] for t, wide in expanded if not wide)
        by_rarity = sorted(
            ((sum(self._df.get(i, 0) for i in wide), term, wide) for term, wide in expanded if wide),
            key=lambda entry: entry[0],
        )
        chosen: list[str] = []
        for _, term, wide in by_rarity:
            chosen += wide
            missing += weights[term]
            if missing > slack:
                break
        return chosen

    def _phrase(self, said: Sequence[str]) -> tantivy.Query:
        return tantivy.Query.phrase_query(self._schema, "words", list(said))

    def _phrased(
        self, said: Sequence[str], kinds: Collection[str] | None, among: Collection[str] | None, limit: int
    ) -> dict[int, int]:
        """Documents (by position) holding a long run of the query's words in
        a row, with its length: all of them, or at least half and three.

        As with terms, words too common to tell documents apart find none
        alone: the whole query is looked for if it has a word outside the
        commonest, a part of it if that part has a rare word."""
        least = _least_run(len(said))
        if len(said) < 2:
            return {}
        frequency = {w: self._searcher.doc_freq("words", w) for w in said}
        rare = self.frequency_limit(_GATHER_SHARE, _GATHER_FLOOR)
        spans = [
            tantivy.Query.const_score_query(self._phrase(said[start : start + size]), float(size))
            for size in range(len(said), least - 1, -1)
            for start in range(len(said) - size + 1)
            for rarest in (min(frequency[w] for w in said[start : start + size]),)
            # (A span holding a word no document holds cannot match: a typo, most often.)
            if rarest and (rarest <= rare or (size == len(said) and rarest <= _PHRASE_SHARE * self._count))
        ]
        if not spans:
            return {}
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, tantivy.Query.disjunction_max_query(spans)), *self._filters(kinds, among)]
        )
        return {pos: round(score) for score, pos in self._top(query, limit)}

    def _found(
        self,
        expanded: Expanded,
        weights: Mapping[str, float],
        positions: Sequence[int],
        *,
        allow: Callable[[str], bool] | None,
        min_coverage: float,
    ) -> list[_Hit]:
        """Documents at some positions, scored exactly: those allowed that cover enough.

        Scored by `_score`'s own `_weigher` (so the same floats), in the one
        pass that also weighs their coverage: a
        search scores a hundred rows, and the second pass, with its table of
        scores by id, cost a third as much again."""
        total = sum(weights.values()) or 1.0
        weigh = self._weigher(expanded)
        found = []
        for row in self._rows(positions):
            doc = row[ROW_ID]
            if allow is not None and not allow(doc):
                continue
            score, covered = weigh(row) or (0.0, {})
            cover = sum(share * weights[t] for t, share in covered.items()) / total
            if cover >= min_coverage:
                found.append(_Hit(doc, score, cover, covered, row))
        return found


class _Hit(NamedTuple):
    """A document scored for a search, before its run of words is known."""

    doc: str
    score: float
    cover: float
    covered: dict[str, float]
    row: Row


def longest_run(said: Sequence[str], doc_words: Sequence[str] | str) -> int:
    """The most words of `said` that `doc_words` holds in a row, in its order
    (0 if under 2). `doc_words` may be given as its words joined by spaces.

    Looked for as text (words hold no spaces): first each pair of
    neighbouring words, so a document sharing no pair, most of them, costs
    a few substring searches; then only runs made of pairs it holds."""
    return RunFinder(said)(doc_words if isinstance(doc_words, str) else " ".join(doc_words))


class RunFinder:
    """`longest_run` of one query's words in document after document: the
    pairs to look for are made once, not once per document (a search
    measures a hundred)."""

    __slots__ = ("_pairs", "_said")

    def __init__(self, said: Sequence[str]) -> None:
        self._said = tuple(said)
        self._pairs = tuple(f" {a} {b} " for a, b in itertools.pairwise(said))

    def __call__(self, joined: str) -> int:
        """The run in a document's words joined by spaces."""
        if not self._pairs:
            return 0
        doc = f" {joined} "
        held = [pair in doc for pair in self._pairs]
        if True not in held:
            return 0
        said = self._said
        # A run of n words starting at i needs the n - 1 pairs from i held.
        for size in range(_longest_stretch(held) + 1, 1, -1):
            for start in range(len(said) - size + 1):
                if all(held[start : start + size - 1]) and f" {' '.join(said[start : start + size])} " in doc:
                    return size
        return 0


def _longest_stretch(flags: Sequence[bool]) -> int:
    """The most True flags in a row."""
    best = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        best = max(best, current)
    return best


def _least_run(words: int) -> int:
    """The run of a query's words in a row that shows it was taken from a
    document: the whole of a short query; of a longer one, half and three."""
    return words if words <= 3 else max(3, (words + 1) // 2)


def _idf(count: int, df: int) -> float:
    return math.log(1 + (count - df + 0.5) / (df + 0.5))
