"""What a free-form question needs from the fact base, computed once per fact base.

- For every answerable record: its deal(s), topics, the entities it is about,
  and its time (its own `when`, or a time phrase in its text).
- Links from each fact to the quotes that carry the same article words, so an
  answer can show the speaker's own words beside the fact.
- Names in a question (`mentions`), found with FactBase.names: exact names and
  aliases first, longest first, then clear typos of names.

`question_data` works these out when a fact base is built; the store keeps
them, and `open_question_index` reads them back as mappings that fetch what a
question asks for. The content index is FactBase.content: a fact is found by
its words, its keywords and the article sentence it rests on (`basis`).

Nothing here decides what a question asks; the commands/ask package does that.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Protocol, TypeVar, cast

from knowledge.analysis import STOPWORDS, Analyzer, searchable_text, stem, stems, terms, time_phrase
from knowledge.analysis import words as analysed_words
from knowledge.matching import PLACE_PREFIX, NameIndex
from knowledge.model import Deal, Entity, Event, Fact, ItemKind, Quote, Records, Source
from knowledge.store import (
    ROW_ID,
    ROW_ITEM,
    ROW_POS,
    Cache,
    Row,
    Store,
    StoredGroups,
    as_frozenset,
    as_tuple,
    read_through,
)
from knowledge.text import normal_words, normalise, printable_ascii

if TYPE_CHECKING:  # the content index is read only: building needs none of it
    from knowledge.search import ContentIndex

# A mention of a person or spokesperson vouches less for a whole deal than a
# mention of the deal or one of its parties does.
# Either counts for less than a record that names it itself.
PARTY_CREDIT = 0.85
LINKED_CREDIT = 0.5
_FUZZY_NAME = 85.0  # plain ratio for a misspelt one-word name...
_FUZZY_WORD_LENGTH = 7  # ...of at least this many letters
_FUZZY_SPAN = 3  # a misspelt name of several words: up to this many...
_FUZZY_SPAN_SCORE = 88.0  # ...scoring this against the name as written
_FUZZY_MARGIN = 5.0  # a fuzzy hit must beat every other target by this much
_LONGEST_NAME = 7  # words
_EXACT_KEPT = 1 << 16  # names kept by Groundwork.exact
_CODE = re.compile(r"(?=.*[a-z])(?=.*\d)[a-z\d]{2,}")  # letters and digits: "g4", "a14"
_PEOPLE_KINDS = frozenset({"person", "spokesperson", "group"})
_K = TypeVar("_K")
V = TypeVar("V")

_NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundreds?|thousands?|millions?|billions?|dozens?|half|both|single)\b"
)
# Markers that join an outcome to its cause. "X because Y": X is explained.
# "Y, so X": X is explained.
_EXPLAINED_BEFORE = (
    "because",
    "after",
    "since",
    "as a result of",
    "due to",
    "following",
    "owing to",
    "aims to",
    "in order to",
    "so as to",
    "all about",
)
_EXPLAINED_AFTER = ("so", "meaning", "therefore", "hence", "thus", "which meant", "as a result")
_EXPLAINED_BEFORE_WORDS = [marker.split() for marker in _EXPLAINED_BEFORE]
_EXPLAINED_AFTER_WORDS = [marker.split() for marker in _EXPLAINED_AFTER]


class Item:
    """One record as a question sees it (read-only).

    Questions read hundreds of these a time on a large fact base, most only
    to be filtered by kind, deal or topic, so an item is a plain slotted
    object (a frozen dataclass costs several times as much to make), and
    its word sequences, which only a few forms read, stay as stored until
    first asked for. Equal, hashed and shown as a dataclass of its fields."""

    __slots__ = ("_basis", "_explained", "_words", "about", "deals", "id", "kind", "said_when", "topics", "when")

    def __init__(  # noqa: PLR0917 - an item's fields, in the order stored
        self,
        id: str,
        kind: ItemKind,
        deals: frozenset[str],
        topics: frozenset[str],  # a fact's topic; for a quote, those of its facts
        about: frozenset[str],  # entities it is about: speaker, organisation, `about`
        when: str,  # its own time or a time phrase in its text ("" if none)
        # The next three as tuples, or as stored (words between spaces, flags as "0"/"1").
        words: tuple[str, ...] | str,  # its shown text as stems, in order (for position tests)
        explained: tuple[bool, ...] | str = (),  # per word: presented as the outcome of a cause
        basis: tuple[str, ...] | str = (),  # a fact's article sentence (`basis`) as stems, in order
        said_when: str = "",  # when its words were said or announced, where the article says ("" if not)
    ) -> None:
        self.id: Final = id
        self.kind: Final = kind
        self.deals: Final = deals
        self.topics: Final = topics
        self.about: Final = about
        self.when: Final = when
        self.said_when: Final = said_when
        # Split when first read, if given as stored.
        self._words: tuple[str, ...] | str = words
        self._explained: tuple[bool, ...] | str = explained
        self._basis: tuple[str, ...] | str = basis

    @property
    def words(self) -> tuple[str, ...]:
        words = self._words
        if isinstance(words, str):
            words = self._words = tuple(words.split())
        return words

    @property
    def explained(self) -> tuple[bool, ...]:
        flags = self._explained
        if isinstance(flags, str):
            flags = self._explained = tuple(map("1".__eq__, flags))
        return flags

    @property
    def basis(self) -> tuple[str, ...]:
        basis = self._basis
        if isinstance(basis, str):
            basis = self._basis = tuple(basis.split())
        return basis

    def _fields(self) -> tuple[object, ...]:
        return (
            self.id,
            self.kind,
            self.deals,
            self.topics,
            self.about,
            self.when,
            self.words,
            self.explained,
            self.basis,
            self.said_when,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Item:
            return NotImplemented
        assert isinstance(other, Item)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        names = ("id", "kind", "deals", "topics", "about", "when", "words", "explained", "basis", "said_when")
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, self._fields(), strict=True))
        return f"Item({shown})"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a question: the words it spans and what it names."""

    targets: tuple[str, ...]  # entity, deal or place ids ("place:Paris")
    name: str  # the name or alias as the fact base writes it
    start: int
    end: int  # word positions in the normalised question, end exclusive
    exact: bool
    place: bool = field(init=False)  # a place no article covers, not an entity or deal

    def __post_init__(self) -> None:
        object.__setattr__(self, "place", all(t.startswith(PLACE_PREFIX) for t in self.targets))


@dataclass(frozen=True, slots=True)
class QuestionIndex:
    content: ContentIndex
    items: StoredItems
    support: Mapping[str, tuple[str, ...]]  # fact -> quotes with the same article words
    deals_of: Mapping[str, frozenset[str]]  # entity or deal -> the deals it bears on
    parties: frozenset[str]  # forces and companies of every deal
    deal_ids: frozenset[str]
    deal_order: Mapping[str, int]  # deal -> its place in the fact base, for a stable order
    texts: _Texts  # record -> its searchable text
    forces: frozenset[str]  # police forces party to some deal
    # Terms most deal names share ("deal"): a question whose only words are
    # these ("is the contract still on?") asks about a deal as such.
    deal_nouns: frozenset[str]
    # Lookups that keep a question's work to its candidates:
    order: Mapping[str, int]  # record -> its place in the fact base (ties go to the first)
    about_of: Mapping[str, tuple[str, ...]]  # entity -> records about it (Item.about)
    records_of: Mapping[str, tuple[str, ...]]  # deal -> its facts, quotes and events
    topic_records: Mapping[tuple[str, str], tuple[str, ...]]  # (deal, topic) -> its records of that topic
    topic_leads: Mapping[str, tuple[str, ...]]  # topic -> each deal's first fact on it, in deal order
    fact_of_quote: _FactOfQuote  # quote -> the fact it speaks for (inverse of `support`)
    name_starts: Mapping[str, int]  # first word of a name -> the most words a name starting so has
    name_variants: Mapping[str, tuple[str, ...]]  # a word -> its synonyms that names use ("mids" -> "midlands")
    publishers: Mapping[str, tuple[str, ...]]  # a publisher's name, normalised -> its sources
    # A person's (or a spokesperson's, or a group of people's) role, as index
    # terms: "the Hertfordshire commissioner" describes whom a record is about.
    role_terms: Mapping[str, tuple[str, ...]]
    role_words: frozenset[str]  # every term of any role_terms: which question words may describe somebody
    # deal -> the terms of each of its services, in order: a claim's words are
    # checked against every deal's services (worked out once, not per question).
    service_terms: Mapping[str, tuple[frozenset[str], ...]]
    # The same turned round, so a claim costs what its own words do, not a
    # look at every deal's services: each term -> (deal, service) pairs of
    # the services using it, in deal order, and every term any service uses.
    service_users: Mapping[str, tuple[tuple[str, int], ...]]
    service_words: frozenset[str]
    # The name index, not the fact base: the cache below is keyed weakly on
    # the fact base, so nothing it holds may point back at it.
    names: NameIndex = field(repr=False)

    def items_of(self, ids: Iterable[str]) -> dict[str, Item]:
        """The items of some records (unknown ids left out), read in one go."""
        return self.items.many(ids)

    def facts_of(self, quote_ids: Iterable[str]) -> dict[str, str]:
        """quote -> the fact it speaks for (`fact_of_quote`), for some quotes, read in one go."""
        return self.fact_of_quote.many(quote_ids)

    def texts_of(self, ids: Iterable[str]) -> dict[str, str]:
        """The searchable texts of some records (`texts`), read in one go (unknown ids left out)."""
        return self.texts.many(ids)

    def services_within(self, claimed: AbstractSet[str]) -> dict[str, list[int]]:
        """deal -> the positions of its services every term of which is
        among `claimed` (`service_terms`), for the deals with any, in deal order."""
        found: dict[str, list[int]] = {}
        for term in (*claimed, ""):  # "": services with no terms, which any claim covers
            for deal, at in self.service_users.get(term, ()):
                if self.service_terms[deal][at] <= claimed:
                    found.setdefault(deal, []).append(at)
        deals = sorted(found, key=self.deal_order.__getitem__)
        return {d: sorted(set(found[d])) for d in deals}

    def knows_word(self, word: str) -> bool:
        """Whether the fact base uses a word (in any record's searchable text)."""
        return self.content.knows(stem(word))

    def credit(self, target: str, item: Item) -> float:
        """How much a mention of `target` vouches that `item` is about it."""
        if target == item.id or target in item.about:
            return 1.0
        deals = self.deals_of.get(target, frozenset())
        if target in item.deals or (deals and deals & item.deals and item.kind != "entity"):
            party = target in self.parties or target in self.deal_ids
            return PARTY_CREDIT if party else LINKED_CREDIT
        return 0.0

    def mentions(self, words: list[str]) -> list[Mention]:
        """Names in a normalised question's words, not overlapping.

        A misspelt name is only looked for in a span holding a word the fact
        base never uses, so ordinary words are never read as a name. Spans
        of several words go first ("sir clive lodaer" is one name); a single
        word must be long, since a short name is one letter from an ordinary
        word ("leader" and "Loader", "hurts" and "Herts").
        """
        taken = [False] * len(words)
        # Words that may be typos of a name: unknown to the fact base and no
        # name themselves ("Herefordshire", a place, is no typo). Worked out
        # once for both fuzzy passes.
        unknown = [self._unknown(w, 3) and not self.names.exact(w) for w in words]
        found = self._variant_pass(words, taken)
        found += self._fuzzy_pass(words, taken, unknown, sizes=(2, _FUZZY_SPAN), cutoff=_FUZZY_SPAN_SCORE)
        found += exact_mentions(self.names, words, taken, self.name_starts)
        found += self._code_pass(words, taken)
        found += self._fuzzy_pass(
            words, taken, unknown, sizes=(1, 1), cutoff=_FUZZY_NAME, min_length=_FUZZY_WORD_LENGTH
        )
        return sorted(found, key=lambda m: m.start)

    def _variant_pass(self, words: list[str], taken: list[bool]) -> list[Mention]:
        """Names of several words written with another form of one of them
        that the fact base never uses: "east mids" for "East Midlands", by
        the vocabulary's synonym groups ([midlands, mids])."""
        found: list[Mention] = []
        if not any(w in self.name_variants and self._unknown(w) for w in words):
            return found
        for start, end in _spans(words, taken, _LONGEST_NAME):
            if end - start < 2 or any(taken[start:end]):
                continue
            mention = self._variant(words, start, end)
            if mention is not None:
                found.append(mention)
                taken[start:end] = [True] * (end - start)
        return found

    def _variant(self, words: list[str], start: int, end: int) -> Mention | None:
        for i in range(start, end):
            if words[i] not in self.name_variants or not self._unknown(words[i]):
                continue
            for alt in self.name_variants[words[i]]:
                hits = self.names.exact(" ".join([*words[start:i], alt, *words[i + 1 : end]]))
                if hits:
                    return Mention(tuple(h.target for h in hits), hits[0].name, start, end, exact=False)
        return None

    def _fuzzy_pass(
        self,
        words: list[str],
        taken: list[bool],
        unknown: list[bool],
        *,
        sizes: tuple[int, int],
        cutoff: float,
        min_length: int = 0,
    ) -> list[Mention]:
        """Misspelt names in spans of sizes[0] to sizes[1] words, longest
        first, where some word may be a typo of a name (`unknown`, at least
        `min_length` letters)."""
        shortest, longest = sizes
        found: list[Mention] = []
        # In a span of several words a short one may be a typo ("jon shaw"):
        # the whole span must still be close to one name.
        typos = [len(w) >= min_length and maybe for w, maybe in zip(words, unknown, strict=True)]
        if not any(typos):
            return found
        for start, end in _spans(words, taken, longest):
            if end - start < shortest or any(taken[start:end]):
                continue
            typo_length = 3 if end - start > 1 else 4
            if not any(typos[i] and len(words[i]) >= typo_length for i in range(start, end)):
                continue
            mention = self._fuzzy(words, start, end, cutoff)
            if mention is not None:
                found.append(mention)
                taken[start:end] = [True] * (end - start)
        return found

    def _code_pass(self, words: list[str], taken: list[bool]) -> list[Mention]:
        """A code of letters and digits one letter short of a name's ("g4"
        for "G4S"): such a code is no ordinary word, so it is no other one."""
        found = []
        for at, word in enumerate(words):
            if taken[at] or not _CODE.fullmatch(word) or not self._unknown(word, 2):
                continue
            hits = {
                h.target: h
                for h in self.names.spelt_like(word, 50.0)
                if normalise(h.name).startswith(word) and len(normalise(h.name)) == len(word) + 1
            }
            if len(hits) == 1:
                hit = next(iter(hits.values()))
                found.append(Mention((hit.target,), hit.name, at, at + 1, exact=False))
                taken[at] = True
        return found

    def _unknown(self, word: str, shortest: int = 4) -> bool:
        return len(word) >= shortest and not word.isdigit() and word not in STOPWORDS and not self.knows_word(word)

    def _fuzzy(self, words: list[str], start: int, end: int, cutoff: float) -> Mention | None:
        ranked = self.names.spelt_like(" ".join(words[start:end]), cutoff - _FUZZY_MARGIN)
        if not ranked or ranked[0].score < cutoff:
            return None
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < _FUZZY_MARGIN:
            return None
        return Mention((ranked[0].target,), ranked[0].name, start, end, exact=False)


def _spans(
    words: list[str], taken: list[bool], longest: int, starts: Mapping[str, int] | None = None
) -> Iterable[tuple[int, int]]:
    """Word spans to try as names: longest first, and of equal length those
    with fewer stopwords ("framework contract" before "the framework").
    With `starts`, only spans a name could fill: those beginning with a word
    some name begins with, and no longer than such names."""
    count = len(words)
    if starts is None:
        firsts = [(start, longest) for start in range(count)]
    else:
        firsts = [(start, starts[w]) for start, w in enumerate(words) if w in starts]
    top = min(longest, count, max((most for _, most in firsts), default=0))
    stops_before = [0]  # stopwords before each position: a span's count is one subtraction
    for word in words:
        stops_before.append(stops_before[-1] + (word in STOPWORDS))
    for size in range(top, 0, -1):
        spans = []
        for start, most in firsts:
            if most < size or start + size > count:
                continue
            stops = stops_before[start + size] - stops_before[start]
            if stops < size:
                spans.append((stops, start))
        for _, start in sorted(spans):
            if not any(taken[start : start + size]):
                yield start, start + size


def exact_mentions(
    names: NameIndex, words: list[str], taken: list[bool], starts: Mapping[str, int] | None = None
) -> list[Mention]:
    """Exact names and aliases in `words`, longest first; marks them taken.

    `starts` (QuestionIndex.name_starts) skips spans no name can begin with,
    so a long text costs a lookup per word that starts some name, not one
    per span.
    """
    found = []
    for start, end in _spans(words, taken, _LONGEST_NAME, starts):
        if any(taken[start:end]):
            continue
        hits = names.exact(" ".join(words[start:end]))
        if hits:
            found.append(Mention(tuple(h.target for h in hits), hits[0].name, start, end, exact=True))
            taken[start:end] = [True] * (end - start)
    return found


def named_in(
    names: NameIndex, *texts: str | None, places: bool = False, starts: Mapping[str, int] | None = None
) -> set[str]:
    """Entities and deals (and, if asked, places) a text names."""
    out: set[str] = set()
    for text in texts:
        words = _normalised(text or "").split()
        for mention in exact_mentions(names, words, [False] * len(words), starts):
            out |= {t for t in mention.targets if places or not t.startswith(PLACE_PREFIX)}
    return out


def explained_positions(text: str) -> tuple[bool, ...]:
    """For each word of a text (as `item_words` splits it), whether a causal
    marker presents it as the thing explained ("X because Y", "Y, so X")."""
    words = analysed_words(text)
    count = len(words)
    # Every word before the last "X because"-marker, and every word after
    # the first "so Y"-marker, is explained: the flags are two runs.
    before = 0  # words [0, before) are explained
    after = count  # and words [after, count)
    present = set(words)
    for marker in _EXPLAINED_BEFORE_WORDS:
        if marker[0] in present:
            found = _find(words, marker)
            if found:
                before = max(before, found[-1])
    for marker in _EXPLAINED_AFTER_WORDS:
        if marker[0] in present:
            found = _find(words, marker)
            if found:
                after = min(after, found[0] + len(marker))
    if after <= before:
        return (True,) * count
    return (True,) * before + (False,) * (after - before) + (True,) * (count - after)


def _find(words: list[str], needle: list[str]) -> list[int]:
    """Where `needle` stands in `words`, in order."""
    first, size = needle[0], len(needle)
    return [i for i, word in enumerate(words) if word == first and (size == 1 or words[i : i + size] == needle)]


def record_time(record: Fact | Quote | Event) -> str:
    """The time a record is about, for "when" questions: its own time field,
    else the first time phrase in its text. The one place that reads a
    record's time, so a change in how the model records times is made here."""
    if isinstance(record, Event):
        return record.when or time_phrase(record.text)
    return next(iter(record.about_times), "") or time_phrase(record.text)


# Verbs of saying: a record whose time sits beside one ("confirmed last
# night", "On 3 November, we announced") tells when something was said.
_SAYING = re.compile(
    r"\b(?:said|says|say|confirmed|confirms|announced|announces|told|stated|declared|revealed)\b", re.IGNORECASE
)
_SAYING_REACH = 4  # words between the verb and its time


def said_time(record: Fact | Quote | Event) -> str:
    """When a record's words were said or announced, where the article says:
    a quote's own `said_when`, or a fact's or event's time standing within a
    few words of a verb of saying in its text or basis ("confirmed last
    night"). Not the times the words speak of ("to meet ... early next year")."""
    if isinstance(record, Quote):
        return record.said_when or ""
    time = record_time(record)
    if not time:
        return ""
    spot = normal_words(time)
    size = len(spot)
    for text in (record.text, record.basis or ""):
        words = normal_words(text)
        # Only where the time's first word stands (most words are not it).
        for i in [i for i, word in enumerate(words) if word == spot[0]] if spot else range(len(words) + 1):
            if words[i : i + size] != spot:
                continue
            near = " ".join(words[max(0, i - _SAYING_REACH) : i + len(spot) + _SAYING_REACH])
            if _SAYING.search(near):
                return time
    return ""


def has_number(text: str) -> bool:
    return bool(_NUMBER.search(text.lower()))


# A record's text is read by several of the functions above in turn while
# the index is built: normalised once.
_normalised = functools.lru_cache(maxsize=64)(normalise)


class Graph(Protocol):
    """What building the question data reads: the records and the fact graph around them."""

    @property
    def records(self) -> Records: ...
    @property
    def entities(self) -> Mapping[str, Entity]: ...
    @property
    def deals(self) -> Mapping[str, Deal]: ...
    @property
    def sources(self) -> Mapping[str, Source]: ...
    @property
    def names(self) -> NameIndex: ...
    @property
    def deals_of_entity(self) -> Mapping[str, tuple[str, ...]]: ...


@dataclass(frozen=True, slots=True)
class QuestionData:
    """What `question_data` works out once per fact base, for the store to keep."""

    support: dict[str, tuple[str, ...]]
    deals_of: dict[str, frozenset[str]]
    about_of: dict[str, tuple[str, ...]]
    records_of: dict[str, tuple[str, ...]]
    topic_records: dict[tuple[str, str], tuple[str, ...]]
    topic_leads: dict[str, tuple[str, ...]]
    fact_of_quote: dict[str, str]
    publishers: dict[str, tuple[str, ...]]
    name_starts: dict[str, int]
    name_variants: dict[str, tuple[str, ...]]
    role_terms: dict[str, tuple[str, ...]]  # person, spokesperson or group -> their role's index terms


@dataclass(frozen=True, slots=True)
class Groundwork:
    """What working out one record's Item needs from the whole fact base."""

    names: list[str]  # every name, alias and place
    starts: dict[str, int]  # name_starts of them
    known: frozenset[str]  # every name, alias and place, normalised
    lengths: dict[str, tuple[int, ...]]  # first word of a name -> how many words such names have
    # deal -> (fact, topic, its article sentence normalised) for each of its
    # facts that has one, in order: what `supported` weighs a quote against.
    bases: dict[str, list[tuple[str, str, str]]]
    deals_of: dict[str, frozenset[str]]  # entity or deal -> the deals it bears on
    # The same turned round: deal -> every entity or deal bearing on it,
    # sorted. A record's document lists those of its deals (`bearers_of`),
    # so that "in a deal X bears on" is one term for the search index, not
    # a union of X's deals (hundreds for a big union).
    bearers: dict[str, tuple[str, ...]]
    # A name as the words of a text give it -> the targets NameIndex.exact
    # finds for it, filled as texts are read: the same few names recur in
    # record after record (a quote's speaker, their organisation).
    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)


Searchable = Fact | Quote | Event | Entity | Deal


def searchable(records: Records) -> list[Searchable]:
    """The records a question can find, in the order ties go by: facts,
    quotes, events, entities, deals, each in the fact base's order."""
    return [*records.facts, *records.quotes, *records.events, *records.entities, *records.deals]


def groundwork(fb: Graph) -> Groundwork:
    """One pass over the records."""
    records = fb.records
    names = [
        *(n for e in records.entities for n in (e.name, *e.aliases)),
        *(n for d in records.deals for n in (d.name, *d.aliases)),
        *records.vocabulary.places,
    ]
    normalised = [normalise(name) for name in names]
    bases: dict[str, list[tuple[str, str, str]]] = {}
    for fact in records.facts:
        basis = normalise(fact.basis or "")
        if basis:
            bases.setdefault(fact.deal, []).append((fact.id, fact.topic, basis))
    deals_of: dict[str, frozenset[str]] = {d: frozenset({d}) for d in fb.deals}
    deals_by_source: dict[str, set[str]] = {}
    for deal in fb.deals.values():
        deals_by_source.setdefault(deal.source, set()).add(deal.id)
    for entity in fb.entities.values():
        linked = set(fb.deals_of_entity.get(entity.id, ()))
        # An entity its article names beside one deal only bears on that deal.
        if not linked and len(deals_by_source.get(entity.source, ())) == 1:
            linked = set(deals_by_source[entity.source])
        deals_of[entity.id] = frozenset(linked)
    lengths: dict[str, set[int]] = {}
    for name in normalised:
        words = name.split()
        if words:
            lengths.setdefault(words[0], set()).add(len(words))
    bearers: dict[str, list[str]] = {}
    for bearer, deals in deals_of.items():
        for linked_deal in deals:
            bearers.setdefault(linked_deal, []).append(bearer)
    # First word -> the most words of a name beginning with it: the longest of its lengths.
    return Groundwork(
        names,
        {first: max(sizes) for first, sizes in lengths.items()},
        frozenset(normalised),
        {first: tuple(sorted(sizes)) for first, sizes in lengths.items()},
        bases,
        deals_of,
        {deal: tuple(sorted(found)) for deal, found in bearers.items()},
    )


def bearers_of(ground: Groundwork, deals: Iterable[str]) -> tuple[str, ...]:
    """Every entity or deal bearing on some of `deals` (Groundwork.deals_of), sorted."""
    found = [ground.bearers.get(deal, ()) for deal in deals]
    if len(found) == 1:
        return found[0]
    return tuple(sorted({b for some in found for b in some}))


def supported(ground: Groundwork, quote: Quote) -> list[tuple[str, str]]:
    """(fact, its topic) for each fact the quote speaks for, in fact order: a
    fact of its own deal whose article sentence its words carry (or which
    carries them). Only a quote's own deal is searched: facts x quotes per
    deal, not overall."""
    bases = ground.bases.get(quote.deal) if quote.deal else None
    if not bases:
        return []
    text = " ".join(normal_words(quote.text))  # normalise(quote.text)
    # Normalising drops the space before a plain text: with nothing said before it, it is the text.
    plain = not quote.said and printable_ascii(quote.text)
    said = text if plain else normalise(f"{quote.said or ''} {quote.text}")
    return [(fact, topic) for fact, topic, basis in bases if basis in said or text in basis]


def in_fact_order(fb: Graph, support: dict[str, list[str]]) -> dict[str, list[str]]:
    """Support gathered quote by quote, keyed in fact order (as a pass over facts keys it)."""
    return {fact.id: support[fact.id] for fact in fb.records.facts if fact.id in support}


def names_in(names: NameIndex, ground: Groundwork, *texts: str | None) -> set[str]:
    """`named_in(names, *texts, starts=ground.starts)`, worked out with less
    work per text, for building: a text with no word some name begins with
    names nothing; else only the spans that are a name are weighed, in the
    order exact_mentions tries spans (longer first, then fewer stopwords,
    then earlier), each taken unless it overlaps one taken before. (The
    spans that are no name never take words, so leaving them out changes
    nothing.)"""
    starts, exact = ground.starts, ground.exact
    out: set[str] = set()
    for text in texts:
        words = normal_words(text or "")
        if starts.keys().isdisjoint(words):
            continue
        count = len(words)
        found: list[tuple[int, int, int, tuple[str, ...]]] = []
        # Plain ASCII words are their own normal form: a span is a name only
        # if it is one of the normalised names, of a length names beginning
        # with its first word have. Other text tries every span up to the longest.
        plain = (text or "").isascii()
        for start in itertools.compress(range(count), map(starts.__contains__, words)):
            first = words[start]
            most = min(starts[first], _LONGEST_NAME, count - start)
            for size in ground.lengths[first] if plain else range(1, most + 1):
                if size > most:
                    break
                name = " ".join(words[start : start + size])
                if plain and name not in ground.known:
                    continue
                stops = sum(word in STOPWORDS for word in words[start : start + size])
                if stops == size:
                    continue  # all stopwords: never tried
                targets = exact.get(name)
                if targets is None:
                    if len(exact) >= _EXACT_KEPT:
                        exact.clear()  # only a cache (text outside ASCII tries every span)
                    targets = exact[name] = tuple(h.target for h in names.exact(name))
                if targets:
                    found.append((-size, stops, start, targets))
        found.sort(key=lambda f: f[:3])
        taken = [False] * count
        for minus_size, _, start, targets in found:
            end = start - minus_size
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                out |= {t for t in targets if not t.startswith(PLACE_PREFIX)}
    return out


def item_of(fb: Graph, ground: Groundwork, record: Searchable, support: list[tuple[str, str]] | None = None) -> Item:
    """How a question sees one record (a pure function of it and the
    groundwork). `support`: a quote's `supported`, if worked out already."""
    if isinstance(record, Fact):
        return Item(
            record.id,
            "fact",
            frozenset({record.deal}),
            frozenset({record.topic}),
            _with_owners(fb, {*record.about, *names_in(fb.names, ground, record.text, record.basis)}),
            record_time(record),
            stems(record.text),
            explained_positions(record.text),
            stems(record.basis or ""),
            said_time(record),
        )
    if isinstance(record, Quote):
        about = _with_owners(fb, {record.speaker, *names_in(fb.names, ground, record.text)})
        return Item(
            record.id,
            "quote",
            frozenset({record.deal} if record.deal else ()),
            frozenset(topic for _, topic in (supported(ground, record) if support is None else support)),
            frozenset(about),
            record_time(record),
            stems(record.text),
            said_when=said_time(record),
        )
    if isinstance(record, Event):
        return Item(
            record.id,
            "event",
            frozenset({record.deal}),
            frozenset(),
            _with_owners(fb, {*record.about, *names_in(fb.names, ground, record.text, record.basis)}),
            record_time(record),
            stems(record.text),
            said_when=said_time(record),
        )
    if isinstance(record, Entity):
        linked = ground.deals_of[record.id]
        return Item(record.id, "entity", linked, frozenset(), frozenset({record.id}), "", stems(record.role))
    return Item(
        record.id,
        "deal",
        frozenset({record.id}),
        frozenset({"status"}),
        frozenset({*record.forces, *record.companies, *((record.via,) if record.via else ())}),
        "",
        stems(record.summary),
    )


# What the lookups over every record need of one record's Item: (id, kind,
# deals, topics, about), the sets sorted. Plain strings: a worker process
# that works out items sends these.
Link = tuple[str, ItemKind, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def link_of(item: Item) -> Link:
    return (item.id, item.kind, tuple(sorted(item.deals)), tuple(sorted(item.topics)), tuple(sorted(item.about)))


class RecordLookups:
    """The lookups over every record's Item, gathered from their links as
    they come (a build feeds them span by span, while later records are
    still being worked out)."""

    def __init__(self) -> None:
        self.about_of: dict[str, list[str]] = {}
        self.records_of: dict[str, list[str]] = {}
        self.topic_records: dict[tuple[str, str], list[str]] = {}
        self.facts: dict[str, Link] = {}
        self.count = 0  # links fed

    def add(self, links: Iterable[Link]) -> None:
        """More links, in `searchable` order after those fed before."""
        about_of, records_of, topic_records, facts = self.about_of, self.records_of, self.topic_records, self.facts
        for link in links:
            self.count += 1
            record_id, kind, deals, topics, about = link
            for target in about:
                about_of.setdefault(target, []).append(record_id)
            if kind in ("fact", "quote", "event"):
                if kind == "fact":
                    facts[record_id] = link
                for deal_id in deals:
                    records_of.setdefault(deal_id, []).append(record_id)
                    for topic in topics:
                        topic_records.setdefault((deal_id, topic), []).append(record_id)


def role_terms_of(fb: Graph) -> dict[str, tuple[str, ...]]:
    """Each person's, spokesperson's or group's role as index terms (with their aliases)."""
    analyzer = Analyzer(fb.records.vocabulary.synonyms)
    return {
        e.id: tuple(sorted(set(analyzer.doc_terms(f"{e.role} {' '.join(e.aliases)}"))))
        for e in fb.records.entities
        if e.kind in _PEOPLE_KINDS
    }


def question_data(
    fb: Graph,
    ground: Groundwork,
    links: RecordLookups | list[Link],
    support: dict[str, list[str]],
    role_terms: dict[str, tuple[str, ...]] | None = None,
) -> QuestionData:
    """Everything a question needs beyond one record: the groundwork, and
    the lookups over every record's Item, given as `links` (link_of each, in
    `searchable` order, or gathered from them already), and `support` (fact
    -> the quotes that speak for it, `supported`, in fact order: `in_fact_order`);
    `role_terms`: role_terms_of(fb), if worked out already."""
    if isinstance(links, list):
        lookups = RecordLookups()
        lookups.add(links)
    else:
        lookups = links
    about_of, records_of, topic_records, facts = (
        lookups.about_of,
        lookups.records_of,
        lookups.topic_records,
        lookups.facts,
    )
    topic_leads: dict[str, list[str]] = {}
    for deal_id in fb.deals:
        for fact_id in records_of.get(deal_id, ()):
            fact = facts.get(fact_id)
            if fact is None:
                continue
            for topic in fact[3]:
                leads = topic_leads.setdefault(topic, [])
                if not leads or facts[leads[-1]][2] != fact[2]:
                    leads.append(fact_id)
    return QuestionData(
        support={k: tuple(v) for k, v in support.items()},
        deals_of=ground.deals_of,
        about_of=_tuples(about_of),
        records_of=_tuples(records_of),
        topic_records=_tuples(topic_records),
        topic_leads=_tuples(topic_leads),
        fact_of_quote={q: f for f, quotes in support.items() for q in quotes},
        publishers=_tuples(_publishers(fb.sources)),
        name_starts=ground.starts,
        name_variants=_name_variants(fb.records.vocabulary.synonyms, ground.names),
        role_terms=role_terms_of(fb) if role_terms is None else role_terms,
    )


def _with_owners(fb: Graph, about: set[str]) -> frozenset[str]:
    """What a record is about, with the organisation of each: a quote of
    John Shaw is G4S's, a fact on "the G4S framework contract through
    Lincolnshire Police" bears on Lincolnshire Police."""
    owners = {e.organisation for t in about if (e := fb.entities.get(t)) is not None and e.organisation}
    return frozenset(about | owners)


def _name_variants(groups: Iterable[Iterable[str]], names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each one-word member of a synonym group, the other one-word
    members that names are written with."""
    name_words = {w for name in names for w in normalise(name).split()}
    out: dict[str, tuple[str, ...]] = {}
    for group in groups:
        split = [normalise(str(member)).split() for member in group]
        singles = [words[0] for words in split if len(words) == 1]
        used = [w for w in singles if w in name_words]
        for word in singles:
            alts = tuple(a for a in used if a != word and a not in out.get(word, ()))
            if alts:
                out[word] = (*out.get(word, ()), *alts)
    return out


def _publishers(sources: Mapping[str, Source]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for source in sources.values():
        if source.publisher and (name := normalise(source.publisher)):
            out.setdefault(name, []).append(source.id)
    return out


def _tuples(groups: Mapping[_K, list[str]]) -> dict[_K, tuple[str, ...]]:
    return {k: tuple(v) for k, v in groups.items()}


def deal_nouns(names: list[str]) -> frozenset[str]:
    """Terms at least half the deal names use: what a deal is called as such."""
    counts: dict[str, int] = {}
    for name in names:
        for term in dict.fromkeys(terms(name)):
            counts[term] = counts.get(term, 0) + 1
    return frozenset(t for t, n in counts.items() if 2 * n >= len(names))


# -- items in the store -------------------------------------------------------------


# An item is stored as one line of text, its fields between record
# separators and the members of a set between unit separators: split in a
# few hundred nanoseconds, where JSON took microseconds, a cost paid for
# every record a question scores. No id or text holds either character
# (the build stops if one does).
_FIELDS = "\x1e"
_MEMBERS = "\x1f"
_NO_IDS: frozenset[str] = frozenset()


def encode_item(item: Item, link: Link | None = None) -> str:
    """An item as the store keeps it (its id is the row's). `link`: its
    link_of, if made already (its sets sorted)."""
    _, _, deals, topics, about = link_of(item) if link is None else link
    fields = [
        item.kind,
        _MEMBERS.join(deals),
        _MEMBERS.join(topics),
        _MEMBERS.join(about),
        item.when,
        " ".join(item.words),
        "".join("1" if flag else "0" for flag in item.explained),
        " ".join(item.basis),
        item.said_when,
    ]
    line = _FIELDS.join(fields)
    # A separator in a value would split it wrongly when read: then the line
    # holds more of them than its fields and sets put there (counted in C,
    # not looked for value by value).
    members = sum(len(ids) - 1 for ids in (deals, topics, about) if ids)
    if line.count(_FIELDS) != len(fields) - 1 or line.count(_MEMBERS) != members:
        for value in (item.kind, *deals, *topics, *about, item.when, *item.words, *item.basis, item.said_when):
            if _FIELDS in value or _MEMBERS in value:
                raise ValueError(f"record {item.id!r}: a separator character in {value!r}")
    return line


def decode_item(record_id: str, data: str, sets: dict[str, frozenset[str]] | None = None) -> Item:
    """An item from its stored line. `sets` keeps the id sets already made,
    by their stored text: many records share a deal, a topic or a speaker's
    circle, and one set object then serves them all."""
    kind, deals, topics, about, when, words, explained, basis, said_when = data.split(_FIELDS)
    known = {} if sets is None else sets
    made = []
    for members in (deals, topics, about):
        found = known.get(members)
        if found is None:
            found = frozenset(members.split(_MEMBERS)) if members else _NO_IDS
            if sets is not None:
                if len(sets) >= _SETS_KEPT:
                    sets.clear()  # only a cache: the sets are equal whoever makes them
                sets[members] = found
        made.append(found)
    # Words, flags and basis are passed as stored: Item splits them when first read.
    return Item(record_id, cast(ItemKind, kind), made[0], made[1], made[2], when, words, explained, basis, said_when)


class StoredItems(Mapping[str, Item]):
    """Every searchable record as a question sees it, read from the store when asked for."""

    def __init__(self, store: Store, count: int) -> None:
        self._store = store
        self._count = count
        self._cache: Cache[str, Item] = Cache(_ITEMS_KEPT)
        self._sets: dict[str, frozenset[str]] = {}

    def many(self, ids: Iterable[str]) -> dict[str, Item]:
        """The items of some records (unknown ids left out), read in one go."""
        return read_through(self._cache, ids, self._read, batch=None)

    def _read(self, ids: list[str]) -> dict[str, Item]:
        sets = self._sets
        return {
            row[ROW_ID]: decode_item(row[ROW_ID], row[ROW_ITEM], sets)
            for row in self._store.rows(ids).values()
            if row[ROW_ITEM] is not None
        }

    def __getitem__(self, record_id: str) -> Item:
        item = self._cache.get(record_id) if isinstance(record_id, str) else None
        if item is None:
            item = self.many((record_id,)).get(record_id)
        if item is None:
            raise KeyError(record_id)
        return item

    def __contains__(self, record_id: object) -> bool:
        return isinstance(record_id, str) and (self._cache.get(record_id) is not None or bool(self.many((record_id,))))

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.searchable_ids())

    def __len__(self) -> int:
        return self._count


class _RowField(Mapping[str, V]):
    """One field of the searchable rows (a record's position), by id."""

    def __init__(self, store: Store, count: int, read: Callable[[Row], V]) -> None:
        self._store = store
        self._count = count
        self._read = read

    def __getitem__(self, record_id: str) -> V:
        row = self._store.row(record_id) if isinstance(record_id, str) else None
        if row is None or row[ROW_ITEM] is None:
            raise KeyError(record_id)
        return self._read(row)

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.searchable_ids())

    def __len__(self) -> int:
        return self._count


class _Texts(Mapping[str, str]):
    """A searchable record's searchable text, by id: worked out again when
    asked for (it is cheap, and keeping it would double the store)."""

    def __init__(self, store: Store, entities: Mapping[str, Entity], count: int) -> None:
        self._store = store
        self._entities = entities
        self._count = count

    def __getitem__(self, record_id: str) -> str:
        record = self._store.record(record_id) if isinstance(record_id, str) else None
        if record is None or isinstance(record, Source):
            raise KeyError(record_id)
        return searchable_text(record, self._entities)

    def many(self, ids: Iterable[str]) -> dict[str, str]:
        """The texts of some records, in the order asked, read in one go (unknown ids left out)."""
        ids = list(ids)
        records = self._store.records(ids)
        # A quote's text names its speaker: read every speaker in one go too.
        self._store.records(dict.fromkeys(r.speaker for r in records.values() if isinstance(r, Quote)))
        return {
            i: searchable_text(r, self._entities)
            for i in ids
            if (r := records.get(i)) is not None and not isinstance(r, Source)
        }

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.searchable_ids())

    def __len__(self) -> int:
        return self._count


def _pos(row: Row) -> int:
    return row[ROW_POS]


def open_question_index(
    store: Store,
    content: ContentIndex,
    names: NameIndex,
    entities: Mapping[str, Entity],
    deals: Mapping[str, Deal],
) -> QuestionIndex:
    """The question index of a built fact base: what is small in memory, the rest read when asked for."""
    meta = store.meta
    count = int(meta["searchable"])
    services = {d.id: tuple(frozenset(terms(s)) for s in d.services) for d in deals.values()}
    return QuestionIndex(
        content=content,
        items=StoredItems(store, count),
        support=StoredGroups(store, "support", as_tuple),
        deals_of=StoredGroups(store, "deals_of", as_frozenset),
        parties=frozenset(p for d in deals.values() for p in (*d.forces, *d.companies)),
        deal_ids=frozenset(deals),
        deal_order={d: i for i, d in enumerate(deals)},
        texts=_Texts(store, entities, count),
        forces=frozenset(f for d in deals.values() for f in d.forces),
        deal_nouns=deal_nouns([d.name for d in deals.values()]),
        order=_RowField(store, count, _pos),
        about_of=StoredGroups(store, "about_of", as_tuple),
        records_of=StoredGroups(store, "records_of", as_tuple),
        topic_records=_TopicRecords(StoredGroups(store, "topic_records", as_tuple)),
        topic_leads=StoredGroups(store, "topic_leads", as_tuple),
        fact_of_quote=_FactOfQuote(StoredGroups(store, "fact_of_quote", as_tuple)),
        name_starts=dict(meta["name_starts"]),
        name_variants={k: tuple(v) for k, v in meta["name_variants"].items()},
        publishers={k: tuple(v) for k, v in meta["publishers"].items()},
        # Asked of every candidate a question with a role word scores: in memory (a few terms a
        # person, as tuples of interned strings: thousands of people share a few role words).
        role_terms=MappingProxyType(
            {sys.intern(k): tuple(map(sys.intern, v)) for k, v in store.whole_group("role_terms").items()}
        ),
        role_words=frozenset(meta["role_words"]),
        service_terms=MappingProxyType(services),
        service_users=MappingProxyType(_service_users(services)),
        service_words=frozenset(t for found in services.values() for service in found for t in service),
        names=names,
    )


def _service_users(services: Mapping[str, tuple[frozenset[str], ...]]) -> dict[str, tuple[tuple[str, int], ...]]:
    users: dict[str, list[tuple[str, int]]] = {}
    for deal, found in services.items():
        for at, service in enumerate(found):
            for term in sorted(service) or [""]:
                users.setdefault(term, []).append((deal, at))
    return {term: tuple(pairs) for term, pairs in users.items()}


class _TopicRecords(Mapping[tuple[str, str], tuple[str, ...]]):
    """(deal, topic) -> its records, kept under "deal<TAB>topic"."""

    def __init__(self, groups: StoredGroups[tuple[str, ...]]) -> None:
        self._groups = groups

    def __getitem__(self, key: tuple[str, str]) -> tuple[str, ...]:
        return self._groups[topic_key(*key)]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for key in self._groups:
            deal, topic = key.split("\t")
            yield deal, topic

    def __len__(self) -> int:
        return len(self._groups)


def topic_key(deal: str, topic: str) -> str:
    return f"{deal}\t{topic}"


class _FactOfQuote(Mapping[str, str]):
    """quote -> the fact it speaks for, kept as a one-id group."""

    def __init__(self, groups: StoredGroups[tuple[str, ...]]) -> None:
        self._groups = groups

    def __getitem__(self, key: str) -> str:
        return self._groups[key][0]

    def many(self, keys: Iterable[str]) -> dict[str, str]:
        return {k: v[0] for k, v in self._groups.many(keys).items()}

    def __iter__(self) -> Iterator[str]:
        return iter(self._groups)

    def __len__(self) -> int:
        return len(self._groups)


_ITEMS_KEPT = 8192  # items kept decoded: the records recent questions scored
_SETS_KEPT = 4096  # id sets kept for items to share
