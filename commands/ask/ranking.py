"""Scoring records on a question read against the fact base.

A record's coverage is the share of the question's weight it accounts for,
by its words or by being about what a name names. The search index picks the
few records that can cover a question best (it scores the same coverage, a
want at a time: knowledge.search.ContentIndex.best); those alone are scored
here in full. So the work follows the candidates, never the fact base.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from commands.ask.question import Form, Question
from commands.ask.reading import Reading, Unit, is_party, term_units
from knowledge import FactBase
from knowledge.analysis import STOPWORDS, stem, term_pairs
from knowledge.analysis import words as analysed_words
from knowledge.question_index import LINKED_CREDIT, PARTY_CREDIT, Item, Mention, QuestionIndex
from knowledge.search import Want

TOPIC_BONUS = 0.3  # a record of the asked topic beats a slightly better-worded one
CUE_BONUS = 0.05  # per framing word ("instead") a record shares: breaks ties only
PAIR_BONUS = 0.04  # per pair of question words a record has side by side ("other companies")
CLOSE = 0.05  # a runner-up this close is shown too
# Candidates scored in full: the search index's best by the same coverage. On
# a fact base with fewer searchable records than this, every record that could
# score is a candidate, so nothing is lost to the cut.
POOL = 64
_WIDEST_POOL = 1024  # a filter the index cannot apply may widen the pool up to this
_MOST_PAIRS = 3
# The last tie-break, the record listed first: a millionth of a score per place,
# and never more than _ORDER_SPAN in all. (A millionth per place alone would
# outweigh the better wording, even better coverage, on a base of 100,000 records.)
_ORDER_STEP = 1e-6
_ORDER_SPAN = 1e-4
_MOST_SUBJECTS = 8  # deals a question can be taken to describe at once
_PRIOR = {"fact": 0.04, "quote": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
_WHO_PRIOR = {"quote": 0.04, "fact": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
_RECORDS = ("fact", "quote", "event")
# Forms answered only by records of their topic; "what happened" prefers
# status facts but may be answered by any record ("what happened to the soldiers").
_STRICT_TOPIC = frozenset({Form.NEXT, Form.SERVICES, Form.REACTION})

Allow = Callable[[Item], bool]

# Words that name a kind of record rather than a thing in it: "did G4S
# respond?" is answered by G4S's reaction, whatever its words.
TOPIC_WORDS: dict[str, frozenset[str]] = {
    "reaction": frozenset(
        stem(w) for w in "react reacted reacts reaction reactions respond responded responds response responses".split()
    ),
    "reason": frozenset(stem(w) for w in "reason reasons excuse excuses justification rationale motive".split()),
}
_TOPIC_OF_WORD = {w: topic for topic, found in TOPIC_WORDS.items() for w in found}


def topic_of_word(term: str) -> str | None:
    """The kind of record a word names ("respond": a reaction), if any."""
    return _TOPIC_OF_WORD.get(term)


@dataclass(frozen=True, slots=True)
class Scored:
    item: Item
    score: float
    cover: float
    matched: frozenset[str] = frozenset()  # the question terms the record has, itself or by a synonym


def _named_share(unit: Unit, matched: dict[str, float]) -> float:
    """How much of a name a record writes out, weighted by rarity."""
    total = sum(w for _, _, w in unit.parts)
    return sum(w * matched.get(k, 0.0) for k, _, w in unit.parts) / total if total else 0.0


def cover(
    qi: QuestionIndex,
    units: Iterable[Unit],
    item: Item,
    matched: dict[str, float],
    subject: dict[str, dict[str, float]] | None = None,
) -> float:
    """Share of the units' weight that `item` covers, by words or by names.

    `subject` maps a deal to the question words its own description holds:
    asked what became of a deal, those words only say which deal is meant,
    so they count for every record of that deal.
    """
    return Cover(qi, tuple(units), subject)(item, matched)


class Cover:
    """`cover` of many records on the same units: what depends on the units
    alone (their total weight, each name's parts, which names count) worked
    out once, not once per record; the same sums in the same order."""

    __slots__ = ("_qi", "_subject", "_total", "_units")

    def __init__(
        self, qi: QuestionIndex, units: tuple[Unit, ...], subject: dict[str, dict[str, float]] | None = None
    ) -> None:
        self._qi = qi
        self._subject = subject
        total = 0.0
        # Per unit: (key, weight, name parts with their total or None, the targets it credits).
        self._units: list[tuple[str, float, tuple[tuple[tuple[str, float], ...], float] | None, tuple[str, ...]]] = []
        for unit in units:
            total += unit.weight
            parts = None
            if unit.parts:
                parts = (tuple((k, w) for k, _, w in unit.parts), sum(w for _, _, w in unit.parts))
            mention = unit.mention
            targets = mention.targets if mention is not None and not mention.place else ()
            self._units.append((unit.key, unit.weight, parts, targets))
        self._total = total

    def __call__(self, item: Item, matched: dict[str, float]) -> float:
        total = self._total
        if not total:
            return 0.0
        credit = self._qi.credit
        subject = self._subject
        got = 0.0
        for key, weight, parts, targets in self._units:
            if parts is None:
                share = matched.get(key, 0.0)
            else:
                # _named_share, its total worked out once.
                named, whole = parts
                share = sum(w * matched.get(k, 0.0) for k, w in named) / whole if whole else 0.0
            if targets:
                share = max(share, *(credit(t, item) for t in targets))
            if subject:
                for deal in item.deals:
                    share = max(share, PARTY_CREDIT * subject.get(deal, {}).get(key, 0.0))
            got += weight * share
        return got / total


def involves(qi: QuestionIndex, units: Iterable[Unit], item: Item, matched: dict[str, float]) -> bool:
    """Whether a record involves every person or body the question names.

    Sharing a deal is enough for a force or company that is party to it;
    for anyone else ("the union", "Lloyd") the record must be about them or
    name them, or it answers about somebody else.
    """
    for unit in units:
        mention = unit.mention
        if mention is None or mention.place or is_party(qi, mention):
            continue
        named = bool(unit.parts) and _named_share(unit, matched) >= 0.5
        if not named and not any(t == item.id or t in item.about for t in mention.targets):
            return False
    return True


def _expanded(units: Iterable[Unit]) -> list[tuple[str, dict[str, float]]]:
    expanded: list[tuple[str, dict[str, float]]] = []
    for unit in units:
        expanded += [(k, wide) for k, wide, _ in unit.parts] if unit.parts else [(unit.key, unit.widened)]
    return expanded


def want(qi: QuestionIndex, unit: Unit, subject: Mapping[str, Mapping[str, float]] | None = None) -> Want:
    """A unit as the search index looks for it: what `cover` credits it for."""
    parts: tuple[tuple[float, Mapping[str, float]], ...] = ()
    if unit.parts:
        total = sum(w for _, _, w in unit.parts)
        parts = tuple((w / total, wide) for _, wide, w in unit.parts if total)
    named: tuple[str, ...] = ()
    deals: list[tuple[str, float, bool]] = []
    bears: list[tuple[str, float]] = []
    mention = unit.mention
    if mention is not None and not mention.place:
        named = mention.targets
        if is_party(qi, mention):
            # A record of a deal the name bears on earns a share of it; of
            # anyone else, only a record about them may answer (`involves`).
            for target in mention.targets:
                credit = PARTY_CREDIT if target in qi.parties or target in qi.deal_ids else LINKED_CREDIT
                deals.append((target, credit, True))  # a record of the deal it names, whatever its kind
                linked = qi.deals_of.get(target, frozenset())
                if len(linked) > 1:
                    bears.append((target, credit))  # its deals, as one term of the index
                else:
                    deals += [(d, credit, False) for d in linked]
    for deal, words in (subject or {}).items():
        if words.get(unit.key):
            deals.append((deal, PARTY_CREDIT * words[unit.key], True))
    return Want(unit.weight, {} if unit.parts else unit.widened, parts, named, tuple(deals), tuple(bears))


def anchored_by(qi: QuestionIndex, mentions: Iterable[Mention], anchor: frozenset[str]) -> tuple[str, ...]:
    """The names of one mention whose deals, together, are `anchor` (most
    often what made it), for the search index to filter by as a few terms;
    () when no mention's are, or when the anchor is a deal or none."""
    if len(anchor) < 2:
        return ()
    for mention in mentions:
        if mention.place:
            continue
        linked = {t: qi.deals_of.get(t, frozenset()) for t in mention.targets}
        if frozenset().union(*linked.values()) == anchor:
            return tuple(t for t, deals in linked.items() if deals)
    return ()


def candidates(
    qi: QuestionIndex,
    units: Iterable[Unit],
    anchor: frozenset[str],
    topic: str | None,
    *,
    only: Only | None = None,
    strict: bool = False,
    speaker_first: bool = False,
    among: Collection[str] | None = None,
    deals: Collection[str] | None = None,
    subject: Mapping[str, Mapping[str, float]] | None = None,
    limit: int = POOL,
    anchor_names: Collection[str] = (),
) -> list[str]:
    """The records that can cover `units` best, best first, at most `limit`:
    chosen by the search index, which scores the same coverage `cover` does
    (words, the names a record is about, the deals a name bears on), the
    topic bonus and the priors by kind. Only records of the named deals (or
    of none: `anchor`), of `among` and `deals` when given, of the topic when
    it is `strict`, and those `only` lets through. `anchor_names`: names
    whose deals, together, are `anchor` (`anchored_by`)."""
    units = tuple(units)
    only = only or Only()
    bonuses = {("kind", kind): bonus for kind, bonus in (_WHO_PRIOR if speaker_first else _PRIOR).items() if bonus}
    if topic and not strict:
        bonuses["topic", topic] = TOPIC_BONUS
    return qi.content.best(
        [want(qi, u, subject) for u in units],
        limit=limit,
        kinds=only.kinds,
        among=among,
        anchor=anchor,
        anchored_by=anchor_names,
        deals=deals,
        topic=((topic or "") if strict else "") or only.topic,
        flags=only.flags,
        bonuses=bonuses,
    )


@dataclass(frozen=True, slots=True)
class Aim:
    """What a ranking aims at, besides the question's words."""

    topic: str | None = None  # records of this fact topic get a bonus...
    strict: bool = False  # ...or are the only ones allowed
    speaker_first: bool = False  # the record that names a speaker (a quote) wins ties
    cues: str = ""  # framing words that break ties ("instead")
    pairs: str = ""  # text whose word pairs a record earns a bonus for having side by side
    framed: bool = False  # a quote answers for what the fact reporting it says (asked who said what)


def aim(question: Question) -> Aim:
    """What a question's own form and words aim a ranking at."""
    who = question.form in (Form.WHO, Form.WHO_SAID)  # asked who (said what)
    return Aim(
        topic=question.topic,
        strict=question.form in _STRICT_TOPIC,
        speaker_first=who,
        cues=question.cues,
        pairs=question.body,
        framed=who,
    )


def rank(
    qi: QuestionIndex,
    aimed: Aim | Question,
    reading: Reading,
    allow: Allow,
    units: tuple[Unit, ...] | None = None,
    *,
    deal_words: bool = False,
    among: Collection[str] | None = None,
) -> list[Scored]:
    """Candidates allowed by the form and the named deals, best first.

    `units` scores on part of the reading (its predicate, say) instead of all.
    With `deal_words` (always for "what happened"), words of a deal's own
    description count for every record of that deal. `among` gives the
    candidates outright (a speaker's quotes); otherwise `candidates` finds
    them. The work is in proportion to the candidates, never the fact base.
    """
    target = aimed if isinstance(aimed, Aim) else aim(aimed)
    units = reading.units if units is None else units
    topic = target.topic
    only = allow if isinstance(allow, Only) else Only()

    def admits(item: Item) -> bool:
        return allow(item) and _in_anchor(item, reading.anchor) and (not target.strict or topic in item.topics)

    anchor_names = anchored_by(qi, reading.mentions, reading.anchor)

    def pick(limit: int, **narrower: object) -> list[str]:
        return candidates(
            qi,
            units,
            reading.anchor,
            topic,
            only=only,
            strict=target.strict,
            speaker_first=target.speaker_first,
            limit=limit,
            anchor_names=anchor_names,
            **narrower,  # type: ignore[arg-type]
        )

    if among is not None and len(among) <= POOL:
        pool = _admitted(qi, among, admits)
    else:
        # Only what the form and the named deals admit is scored at all; a
        # filter the index cannot apply itself may leave few, so then more
        # are asked for.
        limit = POOL
        while True:
            found = pick(limit) if among is None else pick(limit, among=among)
            pool = _admitted(qi, found, admits)
            if len(found) < limit or len(pool) * 4 >= len(found) or limit >= _WIDEST_POOL:
                break
            limit *= 4
    expanded = _expanded(units)
    matches = qi.content.matches(expanded, among=pool)
    subject = None
    if deal_words or topic == "status":
        # The words of the candidates' deals' own descriptions, where they
        # are words of the question (a name's words vouch through the name).
        deals = {d for item in pool.values() for d in item.deals} - matches.keys()
        matches.update(qi.content.matches(expanded, among=deals))
        # Words too common to tell records apart say no more which deal is meant.
        plain = {u.key for u in units if not u.parts and any(map(qi.content.gathers, u.widened))}
        described = {
            d: matches[d][1]
            for d in sorted((d for d in matches if d in qi.deal_ids), key=qi.deal_order.__getitem__)
            if plain & matches[d][1].keys() and (not reading.anchor or d in reading.anchor)
        }
        subject = _best_described(units, described)
    if subject and among is None:
        # Every record of a deal the question describes is a candidate: the
        # best of them by that credit too.
        kept = Only(tuple(k for k in (only.kinds or _RECORDS) if k in _RECORDS), only.topic, only.timed, only.said)
        found = candidates(
            qi,
            units,
            reading.anchor,
            topic,
            only=kept,
            strict=target.strict,
            deals=subject,
            subject=subject,
            anchor_names=anchor_names,
        )
        extra = _admitted(qi, [r for r in found if r not in pool], admits)
        if extra:
            matches.update(qi.content.matches(expanded, among=extra))
            pool.update(extra)
    cue_units = term_units(qi, target.cues.split()) if target.cues else []
    cues = qi.content.matches(_expanded(cue_units), among=pool) if cue_units else {}
    pairs = term_pairs(target.pairs)
    prior = _WHO_PRIOR if target.speaker_first else _PRIOR
    role_units = describing(qi, units)
    topic_units = [u for u in units if u.mention is None and topic_of_word(u.key)]
    out = []
    order = qi.content.positions(pool)  # qi.order of each, read in one go
    framing = _framing(qi, pool, expanded) if target.framed else {}
    step = order_step(len(qi.order))
    covering = Cover(qi, units, subject)
    # The units `involves` looks at: names that are no place and no party (the same for every record).
    involving = [u for u in units if u.mention is not None and not u.mention.place and not is_party(qi, u.mention)]
    for item_id in sorted(pool, key=order.__getitem__):
        item = pool[item_id]
        bm25, matched = matches.get(item.id, (0.0, {}))
        fact = framing.get(item.id)
        if fact is not None:
            # The quote has what its reporting fact has, besides its own words.
            matched = {**fact[1], **{k: max(w, fact[1].get(k, 0.0)) for k, w in matched.items()}}
        if role_units:
            matched = with_roles(qi, role_units, item, matched)
        if topic_units and item.topics:
            matched = {**matched, **{u.key: 1.0 for u in topic_units if topic_of_word(u.key) in item.topics}}
        if (
            involving
            and not involves(qi, involving, item, matched)
            and not (fact is not None and involves(qi, involving, fact[0], matched))
        ):
            continue
        covered = covering(item, matched)
        if fact is not None:
            covered = max(covered, covering(fact[0], matched))
        if covered <= 0:
            continue
        bonus = TOPIC_BONUS if topic and topic in item.topics else 0.0
        bonus += CUE_BONUS * sum(cues.get(item.id, (0.0, {}))[1].values())
        # Ties go to the better-worded record, then to the one listed first.
        score = covered + bonus + prior[item.kind] + bm25 / (1000 + bm25) - order[item.id] * step
        out.append(Scored(item, score, covered, frozenset(matched)))
    if pairs and out:
        # Word pairs can lift a record by at most _MOST_PAIRS bonuses: only
        # records that close to the best can change places at the top, so only
        # theirs are looked for, in the stored terms the scoring read already
        # (stemming each record's words into pairs was a tenth of a question).
        floor = max(s.score for s in out) - _MOST_PAIRS * PAIR_BONUS
        held = qi.content.pairs_held(pairs, [s.item.id for s in out if s.score >= floor])
        out = [
            Scored(s.item, s.score + PAIR_BONUS * min(_MOST_PAIRS, held[s.item.id]), s.cover, s.matched)
            if s.item.id in held
            else s
            for s in out
        ]
    return sorted(out, key=lambda s: (-s.score, order[s.item.id]))


def _framing(
    qi: QuestionIndex, pool: Mapping[str, Item], expanded: list[tuple[str, dict[str, float]]]
) -> dict[str, tuple[Item, dict[str, float]]]:
    """quote -> the fact that reports it, with the question words that fact
    has: a quote's own words often leave its subject to the sentence that
    introduces it ("It is all about ... each force will retain its own
    identity" is the commissioners' on the alliance), so a quote answers for
    what its reporting fact says it is about."""
    spoken = qi.facts_of(i for i, item in pool.items() if item.kind == "quote")
    if not spoken:
        return {}
    facts = qi.items_of(spoken.values())
    found = qi.content.matches(expanded, among=set(facts))
    return {q: (facts[f], found.get(f, (0.0, {}))[1]) for q, f in spoken.items() if f in facts}


def order_step(records: int) -> float:
    """What a place further down the fact base's order takes off a record's
    score, on a base of so many `records` (see _ORDER_SPAN)."""
    return min(_ORDER_STEP, _ORDER_SPAN / max(1, records))


def _best_described(units: Iterable[Unit], described: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The deals whose own descriptions hold the question's words best: those
    within CLOSE of the best, at most _MOST_SUBJECTS. A question describes a
    deal or two; on a big fact base many more share a word or two with it."""
    weights = {u.key: u.weight for u in units}
    total = sum(weights.values()) or 1.0
    fit = {d: sum(weights.get(k, 0.0) * share for k, share in words.items()) / total for d, words in described.items()}
    best = max(fit.values(), default=0.0)
    close = [d for d in described if fit[d] >= best - CLOSE]  # in deal order
    return {d: described[d] for d in close[:_MOST_SUBJECTS]}


def _admitted(qi: QuestionIndex, ids: Iterable[str], admits: Callable[[Item], bool]) -> dict[str, Item]:
    return {i: item for i, item in qi.items_of(ids).items() if admits(item)}


def describing(qi: QuestionIndex, units: Iterable[Unit]) -> tuple[Unit, ...]:
    """The units that may describe somebody by their role ("the commissioner")."""
    return tuple(u for u in units if u.mention is None and not u.parts and not qi.role_words.isdisjoint(u.widened))


def with_roles(qi: QuestionIndex, units: Iterable[Unit], item: Item, matched: dict[str, float]) -> dict[str, float]:
    """What a record matches, with the roles of the people it is about: a
    record about Lloyd answers to "the Police and Crime Commissioner", his
    role, though its own words only say "Lloyd". `units` are those that may
    describe somebody (`describing`)."""
    if item.kind == "entity":
        return matched
    people = [qi.role_terms[t] for t in item.about if t in qi.role_terms]
    if not people:
        return matched
    roles = frozenset().union(*people)
    out = matched
    for unit in units:
        weight = max((w for t, w in unit.widened.items() if t in roles), default=0.0)
        if weight > out.get(unit.key, 0.0):
            out = {**out, unit.key: weight}
    return out


def coverage(qi: QuestionIndex, units: tuple[Unit, ...], item: Item, also: Collection[str] = ()) -> float:
    """How much of some units one record covers, as `rank` would score it;
    with `also`, the words of those records count as its own (the other
    pieces of one quotation)."""
    if not units:
        return 0.0
    found = qi.content.matches(_expanded(units), among={item.id, *also})
    matched: dict[str, float] = {}
    for _, terms in found.values():
        matched |= {k: max(w, matched.get(k, 0.0)) for k, w in terms.items()}
    matched = with_roles(qi, describing(qi, units), item, matched)
    matched = {**matched, **{u.key: 1.0 for u in units if u.mention is None and topic_of_word(u.key) in item.topics}}
    return cover(qi, units, item, matched)


def coverages(
    qi: QuestionIndex,
    units: tuple[Unit, ...],
    items: Mapping[str, Item],
    also: Mapping[str, Collection[str]] | None = None,
) -> dict[str, float]:
    """`coverage` of each of some records (id -> item), with `also[id]` as
    its `also`: the same figures, from one scoring of every record's terms
    rather than one per record (a check of a speaker's words covers dozens)."""
    if not units:
        return dict.fromkeys(items, 0.0)
    also = also or {}
    among = {d for i, item in items.items() for d in (item.id, *also.get(i, ()))}
    found = qi.content.matches(_expanded(units), among=among)
    roles = describing(qi, units)
    covering = Cover(qi, units)
    out: dict[str, float] = {}
    for item_id, item in items.items():
        # A record's terms and its pieces', each share at its best (as `coverage` merges them).
        matched: dict[str, float] = {}
        # In a fixed order: the merged shares' order is what later sums follow.
        for doc in dict.fromkeys((item.id, *also.get(item_id, ()))):
            if doc in found:
                terms = found[doc][1]
                matched |= {k: max(w, matched.get(k, 0.0)) for k, w in terms.items()}
        matched = with_roles(qi, roles, item, matched)
        matched = {
            **matched,
            **{u.key: 1.0 for u in units if u.mention is None and topic_of_word(u.key) in item.topics},
        }
        out[item_id] = covering(item, matched)
    return out


def slot_matches(qi: QuestionIndex, words: list[str], ids: Iterable[str]) -> set[str]:
    """Those of `ids` whose words give a slot's words, or their synonyms
    ("which company": a record that names G4S, a firm)."""
    wanted = set(ids)
    units = term_units(qi, words)
    if not units:
        return wanted
    return set(qi.content.matches([(u.key, u.widened) for u in units], among=wanted))


def _in_anchor(item: Item, anchor: frozenset[str]) -> bool:
    return not anchor or not item.deals or bool(item.deals & anchor)


@dataclass(frozen=True, slots=True)
class Only:
    """A filter on the records a form may answer with, that the search index
    applies itself (any other `Allow` is applied to what the index hands over)."""

    kinds: tuple[str, ...] | None = None  # of these kinds only
    topic: str = ""  # only records of this fact topic
    timed: bool = False  # only records that give a time (Item.when)
    said: bool = False  # only records that say when their words were said (Item.said_when)

    def __call__(self, item: Item) -> bool:
        return (
            (self.kinds is None or item.kind in self.kinds)
            and (not self.topic or self.topic in item.topics)
            and (not self.timed or bool(item.when))
            and (not self.said or bool(item.said_when))
        )

    @property
    def flags(self) -> tuple[str, ...]:
        return (*(("timed",) if self.timed else ()), *(("said",) if self.said else ()))


# The records forms are answered by.
anything = Only()
records = Only(kinds=_RECORDS)  # facts, quotes and events: what the articles say, not who or what they name
quotes = Only(kinds=("quote",))
entities = Only(kinds=("entity",))


QUOTED_WORDS_MIN = 4  # words in a row, as typed, that are somebody's words and not a turn of phrase


def quoted_as_written(fb: FactBase, qi: QuestionIndex, text: str, kinds: tuple[str, ...]) -> str | None:
    """The one record of `kinds`, among the best the search finds for a text,
    holding the text's words in a row, as typed ("who said but the decision
    rested with"): words too common to pick a record by are still the words
    of one, quoted as written. A word the articles never use stands for its
    likely spellings (the index's typo fixes, or a word of the record a
    typo or two from it), never for any word: "cost" is no "collapse", nor
    "bad" "good". None when no record or several do, when the run is short,
    or when it is made of stopwords alone; with a misspelt word, also when
    fewer than two of its words say something."""
    said = analysed_words(text)
    content = [w for w in said if w not in STOPWORDS]
    if len(said) < QUOTED_WORDS_MIN or not content:
        return None
    spellings: list[frozenset[str] | None] = [
        None if w in STOPWORDS or qi.knows_word(w) else frozenset(fb.content.typo_fixes(stem(w))) for w in said
    ]
    if any(s is not None for s in spellings) and len(content) < 2:
        return None
    found = fb.content.search(text, limit=_QUOTED_POOL, kinds=kinds)
    holding = [f.doc for f in found if f.run >= 2 and _holds(fb.content.words_of(f.doc) or "", said, spellings)]
    return holding[0] if len(holding) == 1 else None


def _holds(record: str, said: list[str], spellings: list[frozenset[str] | None]) -> bool:
    """Whether a record's words hold `said` in a row, a misspelt word as one of its spellings."""
    words = record.split()
    for start in range(len(words) - len(said) + 1):
        if all(
            words[start + i] == w if fixes is None else _spelt(w, words[start + i], fixes)
            for i, (w, fixes) in enumerate(zip(said, spellings, strict=True))
        ):
            return True
    return False


def _spelt(typed: str, word: str, fixes: frozenset[str]) -> bool:
    """Whether a word the articles never use is a likely spelling of a record's
    word: one of the index's typo fixes, or an edit or two from it (one for a
    short word), which also covers a misspelt stopword ("whlie")."""
    return stem(word) in fixes or OSA.distance(typed, word) <= (1 if len(typed) <= _SHORT_WORD else 2)


_SHORT_WORD = 4  # a word this short is one edit from its spelling, or another word's
_QUOTED_POOL = 8  # records looked at for the words as written: more than one holding them is too many
