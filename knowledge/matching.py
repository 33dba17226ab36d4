"""Fuzzy matching of names: the one place that decides what a query names.

One scorer (WRatio) and one normalisation (`knowledge.text.normalise`) are
used for every name lookup, autocomplete and did-you-mean, so the three can
never disagree. WRatio scores a substring highly ("lloyd" in "david lloyd"),
which is what partial names need, but it also means a lone near-hit is not
proof: a fuzzy hit is taken only when it clears ACCEPT and beats the best
*other* target by MARGIN. Exact names and aliases always win outright.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, islice

from rapidfuzz import fuzz, process

from knowledge.text import normalise

SCORER = fuzz.WRatio
PLACE_PREFIX = "place:"  # the target of a place no article covers: "place:Kent"
ACCEPT = 86.0  # below this a fuzzy hit is only offered as "did you mean"
MARGIN = 5.0  # a fuzzy hit must beat the runner-up target by this much
SUGGEST = 60.0  # the floor for did-you-mean suggestions
AUTOCOMPLETE_LIMIT = 25  # Discord's cap on autocomplete choices
# Small indexes are scanned whole. Big ones first pick candidates by their
# words: names sharing a word with the query, a word one or two edits from a
# query word, or a word it begins; only those are scored with SCORER.
_SCAN_ALL_BELOW = 1000
# A name this short matches only as a whole word of the query: WRatio would
# otherwise rate it 90 inside any longer text that happens to contain it.
_SHORT_NAME = 3
_CANDIDATES = 300
_WORD_TYPO = 65.0  # plain ratio between a query word and a name word
_WORD_TYPOS_KEPT = 12
_PREFIX_WORDS_KEPT = 64
_SIMILAR_KEPT = 8192  # query words kept with their similar index words
_CANDIDATES_KEPT = 64  # queries kept with their candidates (a command may resolve one query twice)

Allow = Callable[[str], bool]

# Words that tell one real place from another of the same name: West and
# East Midlands, North and South Wales, Greater and plain Manchester.
QUALIFIERS = frozenset(
    """
    north south east west northern southern eastern western central mid greater upper lower inner outer
    new old great little
    """.split()
)


def differs_by_qualifier(query: str, name: str) -> bool:
    """Whether two names differ only by a qualifier ("west midlands" and
    "east midlands", "north wales" and "wales"): different real places, so
    one is never a typo of the other, however close their letters."""
    return _differ_by_qualifier(normalise(query).split(), normalise(name).split())


def _differ_by_qualifier(asked: list[str], known: list[str]) -> bool:
    """differs_by_qualifier of two names already normalised and split."""
    if asked == known:
        return False
    plain_asked = [w for w in asked if w not in QUALIFIERS]
    plain_known = [w for w in known if w not in QUALIFIERS]
    return bool(plain_asked) and plain_asked == plain_known


@dataclass(frozen=True, slots=True)
class Hit:
    target: str  # the id of what matched
    name: str  # the name or alias that matched, as written in the fact base
    score: float
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a query names: one clear hit, several equal ones, or suggestions."""

    hits: tuple[Hit, ...] = ()
    suggestions: tuple[Hit, ...] = ()
    # Entries the query names exactly that the caller's filter refused: the
    # query means them, so no other entry may be offered as its answer.
    named: tuple[Hit, ...] = ()

    @property
    def found(self) -> bool:
        return len(self.hits) == 1

    @property
    def ambiguous(self) -> bool:
        return len(self.hits) > 1


def _qualified_apart(query: str, name: str) -> bool:
    """A name and a query that line up word for word but for a different
    qualifier ("north midlands" against "East Midlands 999 control room
    deal", "west midlands police" against "East Midlands")."""
    short, long = sorted((query.split(), name.split()), key=len)
    # A window differing from `short` by a qualifier alone holds every plain
    # word of `short`: without them all in `long`, no window can (the cheap
    # test that settles most names scored against a query).
    plain = [w for w in short if w not in QUALIFIERS]
    if not plain or any(w not in long for w in plain):
        return False
    size = len(short)
    return any(_differ_by_qualifier(short, long[i : i + size]) for i in range(len(long) - size + 1))


class NameIndex:
    """Names and aliases of targets, searchable exactly, fuzzily and in order."""

    def __init__(self, entries: Iterable[tuple[str, str]], accept: float = ACCEPT, margin: float = MARGIN) -> None:
        """`entries` are (name as written, target id) pairs."""
        self.accept = accept
        self.margin = margin
        self._names: list[str] = []
        self._norms: list[str] = []
        self._targets: list[str] = []
        self._exact: dict[str, list[int]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for name, target in entries:
            norm = normalise(name)
            if not norm or (norm, target) in seen:
                continue
            seen.add((norm, target))
            self._exact[norm].append(len(self._names))
            self._names.append(name)
            self._norms.append(norm)
            self._targets.append(sys.intern(target))  # one string per id, shared with the fact base's own
        # Names holding a qualifier ("East Midlands"): only these, or a query
        # holding one, can differ from a query by a qualifier alone.
        self._qualified = [not QUALIFIERS.isdisjoint(n.split()) for n in self._norms]
        self._by_target: dict[str, list[int]] = defaultdict(list)
        for pos, target in enumerate(self._targets):
            self._by_target[target].append(pos)
        self._words: dict[str, list[int]] | None = None
        if len(self._norms) >= _SCAN_ALL_BELOW:
            words: dict[str, list[int]] = defaultdict(list)
            for pos, norm in enumerate(self._norms):
                for word in dict.fromkeys(norm.split()):
                    words[word].append(pos)
            self._words = dict(words)
            self._sorted_words = sorted(words)
            self._words_by_length: dict[int, list[str]] = defaultdict(list)
            starts: dict[str, set[int]] = defaultdict(set)
            for word in self._sorted_words:
                self._words_by_length[len(word)].append(word)
                starts[word[:3]].add(len(word))
            # The lengths of the index words (of 3 letters or more) beginning with each three letters, shortest first.
            self._lengths_by_start = {start: tuple(sorted(n)) for start, n in starts.items() if len(start) == 3}
        # The index words a word of each length may be a typo of (within two
        # letters of its length, shorter first), made when first asked for.
        self._typo_pool: dict[int, list[str]] = {}
        # A query word's similar words, once found: a question's spans share
        # words (each span holding a misspelt word is tried), and the words
        # of queries repeat.
        self._similar: dict[str, tuple[str, ...]] = {}
        # A query's candidates, once picked: a command that needs "did you
        # mean" only when nothing else answers resolves the query first for a
        # hit alone, then again in full (`resolve`'s `suggest`).
        self._picked: dict[str, tuple[tuple[int, ...], list[str]]] = {}

    def __len__(self) -> int:
        return len(self._names)

    def all_names(self) -> tuple[str, ...]:
        """Every name and alias as written, in the order given."""
        return tuple(self._names)

    def names_of(self, target: str) -> list[str]:
        return [self._names[p] for p in self._by_target.get(target, ())]

    def _similar_words(self, word: str) -> tuple[str, ...]:
        """Index words equal to, a typo of, or beginning with `word`."""
        found = self._similar.get(word)
        if found is None:
            found = tuple(self._find_similar(word))
            if len(self._similar) >= _SIMILAR_KEPT:
                self._similar.clear()  # only a cache: the words are the same whoever asks
            self._similar[word] = found
        return found

    def _find_similar(self, word: str) -> list[str]:
        assert self._words is not None
        found = [word] if word in self._words else []
        if len(word) >= 4:
            # The best by score, ties by length then alphabetical order: one
            # scan of the words of the five lengths in that order (extract
            # breaks ties by position).
            found += [
                near
                for near, _, _ in process.extract(
                    word,
                    self._typo_pool_of(len(word)),
                    scorer=fuzz.ratio,
                    score_cutoff=_WORD_TYPO,
                    limit=_WORD_TYPOS_KEPT,
                )
            ]
        if len(word) >= 4:
            # Known words inside it: words run together ("victoriamason"), and
            # the short names WRatio's partial match rates highly ("ward").
            # Only the lengths some index word beginning with the same three
            # letters has are tried, in the same order (by start, then end).
            lengths = self._lengths_by_start
            found += [
                piece
                for i in range(len(word) - 2)
                for n in lengths.get(word[i : i + 3], ())
                if i + n <= min(len(word), i + 24) and (piece := word[i : i + n]) != word and piece in self._words
            ]
        if len(word) >= 2:  # a word still being typed
            start = bisect_left(self._sorted_words, word)
            for other in islice(self._sorted_words, start, start + _PREFIX_WORDS_KEPT):
                if not other.startswith(word):
                    break
                found.append(other)
        return found

    def _typo_pool_of(self, length: int) -> list[str]:
        """The index words of `length` - 2 to `length` + 2 letters, by length, then alphabetically."""
        pool = self._typo_pool.get(length)
        if pool is None:
            words = self._words_by_length
            pool = self._typo_pool[length] = [w for n in range(length - 2, length + 3) for w in words.get(n, ())]
        return pool

    def _candidates(self, norm: str) -> tuple[int, ...] | None:
        """Positions worth scoring, those sharing most query words first; None for all."""
        return self._choices(norm)[0]

    def _choices(self, norm: str) -> tuple[tuple[int, ...] | None, list[str]]:
        """`_candidates` and their normalised names, in the same order: what SCORER scans."""
        if self._words is None:
            return None, self._norms
        found = self._picked.get(norm)
        if found is None:
            positions = self._pick(norm)
            found = (positions, [self._norms[p] for p in positions])
            if len(self._picked) >= _CANDIDATES_KEPT:
                self._picked.clear()  # only a cache: a query's candidates are the same whoever asks
            self._picked[norm] = found
        return found

    def _pick(self, norm: str) -> tuple[int, ...]:
        assert self._words is not None
        # In the query's order, and positions sorted: never a set's order,
        # which changes with the hash seed and would decide ties differently
        # in every process.
        similar = dict.fromkeys(s for word in dict.fromkeys(norm.split()) for s in self._similar_words(word))
        lists = [self._words[s] for s in similar]
        # A word's list holds a name's position once, so a position's count is
        # how many lists hold it. Counts only cut many names down: a few are
        # all kept, uncounted, in the order they would be counted in; and
        # when every count is 1, that order alone ranks them.
        held = sum(map(len, lists))
        if held <= _CANDIDATES:
            return tuple(dict.fromkeys(chain.from_iterable(lists)))
        shared = Counter(chain.from_iterable(lists))
        if len(shared) <= _CANDIDATES:
            return tuple(shared)
        if len(shared) == held:
            return tuple(islice(shared, _CANDIDATES))
        # Ties keep the order counted in (a sort is stable, reversed or not:
        # most_common's order, without its heap), which the lines above fix.
        return tuple(sorted(shared, key=shared.__getitem__, reverse=True)[:_CANDIDATES])

    def search(self, query: str, allow: Allow | None = None, limit: int = 10, *, floor: float = SUGGEST) -> list[Hit]:
        """The best hit per target, best first, down to `floor` (at least SUGGEST).

        A higher floor gives exactly the hits at or above it of the search
        down to SUGGEST: scores are the same whatever the floor, the scan
        keeps its best names (as many as the limit below; by score, then position) and so,
        of those at or above the floor, the same ones, and every filter
        below looks at one name at a time. Only rapidfuzz's work shrinks:
        it gives up on a name as soon as it cannot reach the floor."""
        norm = normalise(query)
        if not norm:
            return []
        positions, choices = self._choices(norm)
        scored = process.extract(
            norm,
            choices,
            scorer=SCORER,
            processor=None,
            score_cutoff=max(floor, SUGGEST),
            limit=max(limit * 8, 50),
        )
        best: dict[str, Hit] = {}
        words = set(norm.split())
        qualified = not QUALIFIERS.isdisjoint(words)
        # Whether the caller allows a target, asked once per target (many
        # names share one, and the caller may have to read the fact base to say).
        allowed: dict[str, bool] = {}
        for _, score, index in scored:
            pos = index if positions is None else positions[index]
            target = self._targets[pos]
            if len(self._norms[pos]) <= _SHORT_NAME and self._norms[pos] not in words:
                continue  # "999" inside a long number is no evidence of 999
            if (
                (qualified or self._qualified[pos])
                and self._norms[pos] != norm
                and _qualified_apart(norm, self._norms[pos])
            ):
                continue  # "west midlands" is not a typo of "east midlands"
            if allow is not None:
                ok = allowed.get(target)
                if ok is None:
                    ok = allowed[target] = allow(target)
                if not ok:
                    continue
            exact = self._norms[pos] == norm
            points = 100.0 if exact else float(score)
            old = best.get(target)
            if old is None or (points, exact) > (old.score, old.exact):
                best[target] = Hit(target, self._names[pos], points, exact)
        hits = sorted(best.values(), key=lambda h: (-h.score, not h.exact, h.name))
        return hits[:limit]

    def spelt_like(self, query: str, floor: float) -> list[Hit]:
        """Targets whose name is spelt like the query, letter for letter (plain
        ratio, not WRatio: a name inside a longer text is not a misspelling of
        it), best per target, best first, down to `floor`. A name that differs
        only by a qualifier is another place, never a near spelling."""
        norm = normalise(query)
        if not norm:
            return []
        positions, choices = self._choices(norm)
        scored = process.extract(norm, choices, scorer=fuzz.ratio, processor=None, score_cutoff=floor, limit=None)
        qualified = not QUALIFIERS.isdisjoint(norm.split())
        best: dict[str, Hit] = {}
        for _, score, index in scored:
            pos = index if positions is None else positions[index]
            if (qualified or self._qualified[pos]) and _qualified_apart(norm, self._norms[pos]):
                continue
            target = self._targets[pos]
            if target not in best or score > best[target].score:
                best[target] = Hit(target, self._names[pos], float(score), self._norms[pos] == norm)
        return sorted(best.values(), key=lambda h: (-h.score, h.name))

    def exact(self, query: str, allow: Allow | None = None) -> list[Hit]:
        hits: dict[str, Hit] = {}
        for pos in self._exact.get(normalise(query), ()):
            target = self._targets[pos]
            if (allow is None or allow(target)) and target not in hits:
                hits[target] = Hit(target, self._names[pos], 100.0, exact=True)
        return list(hits.values())

    def resolve(self, query: str, allow: Allow | None = None, *, suggest: bool = True) -> Resolution:
        """Decide what `query` names, refusing to guess between close hits.

        With `suggest` False, a query naming nothing gets no suggestions;
        its hits, exact or named, are the same. For a caller that shows
        suggestions only when nothing else answers: the search then stops
        at ACCEPT, and rapidfuzz gives up on each lesser name early."""
        named = self.exact(query)
        exact = [h for h in named if allow is None or allow(h.target)]
        if exact:
            return Resolution(hits=tuple(exact))
        if named:
            return Resolution(named=tuple(named))
        # Down to ACCEPT, the same hits above it as a search down to SUGGEST (`search`).
        hits = self.search(query, allow) if suggest else self.search(query, allow, floor=self.accept)
        if not hits:
            return Resolution()
        top = hits[0]
        if top.score >= self.accept:
            close = tuple(h for h in hits if h.score >= self.accept and top.score - h.score < self.margin)
            return Resolution(hits=close)
        return Resolution(suggestions=tuple(hits[:3]))

    def complete(self, query: str, allow: Allow | None = None, limit: int = AUTOCOMPLETE_LIMIT) -> list[Hit]:
        """Autocomplete: names starting with, then containing, the query in
        order, then fuzzy hits; one entry per target, at most `limit`."""
        limit = min(limit, AUTOCOMPLETE_LIMIT)
        norm = normalise(query)
        out: dict[str, Hit] = {}
        if not norm:
            for name, target in zip(self._names, self._targets, strict=True):
                if (allow is None or allow(target)) and target not in out:
                    out[target] = Hit(target, name, 0.0)
                    if len(out) >= limit:
                        break
            return list(out.values())
        prefix: list[Hit] = []
        inside: list[Hit] = []
        for pos in self._exact_positions_containing(norm):
            target = self._targets[pos]
            if allow is not None and not allow(target):
                continue
            hit = Hit(target, self._names[pos], 100.0, self._norms[pos] == norm)
            (prefix if self._norms[pos].startswith(norm) else inside).append(hit)
        for hit in (*prefix, *inside, *self.search(query, allow, limit)):
            if hit.target not in out:
                out[hit.target] = hit
            if len(out) >= limit:
                break
        return list(out.values())

    def _exact_positions_containing(self, norm: str) -> list[int]:
        if self._words is None:
            return [p for p, n in enumerate(self._norms) if norm in n]
        positions = self._candidates(norm) or ()
        return [p for p in positions if norm in self._norms[p]]
