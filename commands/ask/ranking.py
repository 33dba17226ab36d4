"""Scoring records on a question read against the fact base.

A record's coverage is the share of the question's weight it accounts for,
by its words or by being about what a name names. Candidates are found
without a pass over the fact base, so the work follows the candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace

from commands.ask.question import Form, Question
from commands.ask.reading import Reading, Unit, is_party, term_units
from knowledge.analysis import stem, term_pairs
from knowledge.question_index import PARTY_CREDIT, Item, QuestionIndex

COMMON_SHARE = 0.005  # a word in more than this share of records gathers no candidates...
COMMON_FLOOR = 256  # ...unless there are fewer records than this: small bases are read whole
TOPIC_BONUS = 0.3  # a record of the asked topic beats a slightly better-worded one
CUE_BONUS = 0.05  # per framing word ("instead") a record shares: breaks ties only
PAIR_BONUS = 0.04  # per pair of question words a record has side by side ("other companies")
CLOSE = 0.05  # a runner-up this close is shown too
_MOST_PAIRS = 3
_PRIOR = {"fact": 0.04, "quote": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
_WHO_PRIOR = {"quote": 0.04, "fact": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
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
    total = got = 0.0
    for unit in units:
        total += unit.weight
        share = _named_share(unit, matched) if unit.parts else matched.get(unit.key, 0.0)
        if unit.mention is not None and not unit.mention.place:
            share = max(share, *(qi.credit(t, item) for t in unit.mention.targets))
        if subject:
            for deal in item.deals:
                share = max(share, PARTY_CREDIT * subject.get(deal, {}).get(unit.key, 0.0))
        got += unit.weight * share
    return got / total if total else 0.0


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


def candidates(qi: QuestionIndex, units: Iterable[Unit], anchor: frozenset[str], topic: str | None) -> set[str]:
    """The records that can cover any of `units`, found without a pass over
    the fact base: those holding a term no more common than COMMON_SHARE of
    the records, those about what a name names, the records of the deals the
    names bear on (only the named deals, when there are some: no other
    record may answer), and so every record of the asked topic on them.

    A record whose only link to the question is a word in a large share of
    all records is no candidate: such a word cannot tell records apart. On
    a fact base of fewer than COMMON_FLOOR records every word qualifies, so
    there this is exactly the records `rank` could score above zero.
    """
    units = tuple(units)
    limit = qi.content.frequency_limit(COMMON_SHARE, COMMON_FLOOR)
    found = qi.content.holding(_expanded(units), limit) or set()
    if anchor:
        found = {r for r in found if r in qi.items and _in_anchor(qi.items[r], anchor)}
    deals: set[str] = set(anchor)
    for unit in units:
        mention = unit.mention
        if mention is None or mention.place:
            continue
        for target in mention.targets:
            found.add(target)
            found.update(qi.about_of.get(target, ()))
            if not anchor:
                deals.update(qi.deals_of.get(target, ()))
    for deal in deals:
        found.update(qi.records_of.get(deal, ()))
        found.add(deal)
    if topic:
        for deal in deals:
            found.update(qi.topic_records.get((deal, topic), ()))
    return found


@dataclass(frozen=True, slots=True)
class Aim:
    """What a ranking aims at, besides the question's words."""

    topic: str | None = None  # records of this fact topic get a bonus...
    strict: bool = False  # ...or are the only ones allowed
    speaker_first: bool = False  # the record that names a speaker (a quote) wins ties
    cues: str = ""  # framing words that break ties ("instead")
    pairs: str = ""  # text whose word pairs a record earns a bonus for having side by side


def aim(question: Question) -> Aim:
    """What a question's own form and words aim a ranking at."""
    return Aim(
        topic=question.topic,
        strict=question.form in _STRICT_TOPIC,
        speaker_first=question.form in (Form.WHO, Form.WHO_SAID),
        cues=question.cues,
        pairs=question.body,
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
    pool_ids = set(among) if among is not None else candidates(qi, units, reading.anchor, topic)

    def admits(record_id: str) -> bool:
        item = qi.items.get(record_id)
        return (
            item is not None
            and allow(item)
            and _in_anchor(item, reading.anchor)
            and (not target.strict or topic in item.topics)
        )

    # Only what the form and the named deals admit is scored at all.
    pool_ids = {r for r in pool_ids if admits(r)}
    expanded = _expanded(units)
    matches = qi.content.matches(expanded, among=pool_ids)
    subject = None
    if deal_words or topic == "status":
        # The words of the candidates' deals' own descriptions, where they
        # are words of the question (a name's words vouch through the name).
        deals = {d for r in pool_ids if r in qi.items for d in qi.items[r].deals} - matches.keys()
        matches.update(qi.content.matches(expanded, among=deals))
        plain = {u.key for u in units if not u.parts}
        subject = {
            d: matches[d][1]
            for d in matches
            if d in qi.deal_ids and plain & matches[d][1].keys() and (not reading.anchor or d in reading.anchor)
        }
    if subject and among is None:
        # Every record of a deal the question describes is a candidate.
        extra = {r for d in subject for r in qi.records_of.get(d, ()) if admits(r)} - pool_ids
        if extra:
            matches.update(qi.content.matches(expanded, among=extra))
            pool_ids |= extra
    cue_units = term_units(qi, target.cues.split()) if target.cues else []
    cues = qi.content.matches(_expanded(cue_units), among=pool_ids) if cue_units else {}
    pairs = term_pairs(target.pairs)
    prior = _WHO_PRIOR if target.speaker_first else _PRIOR
    role_units = describing(qi, units)
    topic_units = [u for u in units if u.mention is None and topic_of_word(u.key)]
    out = []
    for item_id in sorted(pool_ids, key=qi.order.__getitem__):
        item = qi.items[item_id]
        bm25, matched = matches.get(item.id, (0.0, {}))
        if role_units:
            matched = with_roles(qi, role_units, item, matched)
        if topic_units and item.topics:
            matched = {**matched, **{u.key: 1.0 for u in topic_units if topic_of_word(u.key) in item.topics}}
        if not involves(qi, units, item, matched):
            continue
        covered = cover(qi, units, item, matched, subject)
        if covered <= 0:
            continue
        bonus = TOPIC_BONUS if topic and topic in item.topics else 0.0
        bonus += CUE_BONUS * sum(cues.get(item.id, (0.0, {}))[1].values())
        # Ties go to the better-worded record, then to the one listed first.
        score = covered + bonus + prior[item.kind] + bm25 / (1000 + bm25) - qi.order[item.id] * 1e-6
        out.append(Scored(item, score, covered, frozenset(matched)))
    if pairs and out:
        # Word pairs can lift a record by at most _MOST_PAIRS bonuses: only
        # records that close to the best can change places at the top, so only
        # their texts are read for pairs (reading all is the cost of a question).
        floor = max(s.score for s in out) - _MOST_PAIRS * PAIR_BONUS
        out = [
            replace(s, score=s.score + PAIR_BONUS * min(_MOST_PAIRS, len(pairs & qi.pairs_of(s.item.id))))
            if s.score >= floor
            else s
            for s in out
        ]
    return sorted(out, key=lambda s: (-s.score, qi.order[s.item.id]))


def describing(qi: QuestionIndex, units: Iterable[Unit]) -> tuple[Unit, ...]:
    """The units that may describe somebody by their role ("the commissioner")."""
    roles = frozenset().union(*qi.role_terms.values()) if qi.role_terms else frozenset()
    return tuple(u for u in units if u.mention is None and not u.parts and not roles.isdisjoint(u.widened))


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


# The kinds of record forms are answered by.
def anything(item: Item) -> bool:
    return True


def records(item: Item) -> bool:
    """Facts, quotes and events: what the articles say, not who or what they name."""
    return item.kind in ("fact", "quote", "event")


def quotes(item: Item) -> bool:
    return item.kind == "quote"


def entities(item: Item) -> bool:
    return item.kind == "entity"
