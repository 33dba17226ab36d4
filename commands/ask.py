"""`ask <question>`: a free-form question answered from the fact base.

How a question is answered:

1. Its form is read (commands/ask_question.py): who said, why, what next...
2. Its body is read against the fact base: names (exact aliases, then clear
   typos) become mentions, the other words become weighted terms; words the
   fact base never uses weigh as its rarest word, so a question about
   something else ("the weather in Paris") cannot reach a confident answer.
3. The form picks the records that can answer: quotes for "who said", facts
   of the asked topic for "why" or "what next", records with a time for
   "when"; named deals narrow the pool.
4. Each candidate scores its coverage of the body (a mention counts as
   covered by a record about what it names) plus a small bonus for the
   asked topic. The best answers only when coverage clears a bar; otherwise
   the answer is "the articles don't say". A wrong confident answer is worse
   than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from commands.answer import Answer, Status
from commands.ask_question import FILLER, Form, Question, parse
from commands.ask_render import Shown, not_found, render_answer
from knowledge import PLACE_PREFIX, FactBase
from knowledge.question_index import (
    PARTY_CREDIT,
    Item,
    Mention,
    QuestionIndex,
    has_number,
    named_in,
    question_index,
    term_pairs,
)
from knowledge.search import stem
from knowledge.text import normalise

KNOWN_MIN = 0.6  # share of a question's weight the fact base must know
COVER_MIN = 0.55  # share of a question's weight the answer must cover
YES_NO_MIN = 0.6  # ...and for a yes/no question, which states a whole claim
CLOSE = 0.05  # a runner-up this close is shown too
TOPIC_BONUS = 0.3  # a record of the asked topic beats a slightly better-worded one
CUE_BONUS = 0.05  # per framing word ("instead") a record shares: breaks ties only
PAIR_BONUS = 0.04  # per pair of question words a record has side by side ("other companies")
VAGUE_DOCS = 6  # a lone common word ("contract") in this many records is too broad to answer
PREMISE_MIN = 0.5  # a record covering this much tells which deal a question is on
ENTITY_MIN = 0.75  # "who is" by description: an entity must fit this well...
ENTITY_MARGIN = 0.1  # ...and this much better than the next
VERDICT_MIN = 0.75  # a yes or no only from a fact that fits the question this well
# Deal statuses that mean it is off, and the words that ask whether it is.
ENDED = frozenset({"abandoned", "rejected", "cancelled", "dropped", "ended", "collapsed", "withdrawn", "scrapped"})
_ENDED_CUES = re.compile(r"\b(?:off|dead|over)\b")
VERDICT_COMMON = 1.2  # rarity below which a word does not decide a verdict
_NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "without"})
_NEGATION_REACH = 2  # words after a negator that it governs ("not to go ahead")
_PRIOR = {"fact": 0.04, "quote": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
_WHO_PRIOR = {"quote": 0.04, "fact": 0.03, "event": 0.02, "entity": 0.01, "deal": 0.0}
# Forms answered only by records of their topic; "what happened" prefers
# status facts but may be answered by any record ("what happened to the soldiers").
_STRICT_TOPIC = frozenset({Form.NEXT, Form.SERVICES, Form.REACTION})
_FILLER_STEMS = frozenset(stem(w) for w in FILLER)


@dataclass(frozen=True, slots=True)
class Unit:
    """One thing a question's body says: a term, or a name it mentions."""

    key: str
    widened: dict[str, float]  # index terms it stands for, with weights
    weight: float
    mention: Mention | None = None
    word: str = ""  # as typed, for "the articles never mention ..."
    # A name's own terms, each (key, widened, weight): a record that writes
    # the name earns the share of its rarity it matches, so "police" alone
    # is not "Lincolnshire Police".
    parts: tuple[tuple[str, dict[str, float], float], ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.widened) or (self.mention is not None and not self.mention.place)


@dataclass(frozen=True, slots=True)
class Reading:
    """A body read against the fact base."""

    units: tuple[Unit, ...]
    anchor: frozenset[str]  # deals its names point at; empty if none

    @property
    def weight(self) -> float:
        return sum(u.weight for u in self.units)

    @property
    def known_share(self) -> float:
        return sum(u.weight for u in self.units if u.known) / (self.weight or 1.0)

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u.word for u in self.units if not u.known))

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(u.mention for u in self.units if u.mention is not None)

    @property
    def places(self) -> tuple[str, ...]:
        """Places no article covers, and whose name the articles never use."""
        return tuple(u.mention.name for u in self.units if u.mention is not None and u.mention.place and not u.known)

    @property
    def predicate(self) -> tuple[Unit, ...]:
        """Known terms that are not names: what the question says happened."""
        return tuple(u for u in self.units if u.mention is None and u.widened)


@dataclass(frozen=True, slots=True)
class Scored:
    item: Item
    score: float
    cover: float


def run(fb: FactBase, query: str) -> Answer:
    qi = question_index(fb)
    question = parse(query, qi.knows_word)
    if question.form is Form.WHAT_SAID:
        return _what_said(fb, qi, query, question)
    if question.form in (Form.WHO_IS, Form.WHAT_IS):
        answer = _who_is(fb, qi, query, question)
        if answer is not None:
            return answer
        question = replace(question, form=Form.WHO if question.form is Form.WHO_IS else Form.WHAT)
    reading = read(qi, question.body)
    if not reading.units:
        return _bare_topic(fb, qi, query, question)
    refusal = _refuse(fb, query, reading)
    if refusal is not None:
        return refusal
    if question.form is Form.KEYWORDS and _only_parties(qi, reading):
        # "g4s", "herts": a party alone asks about its deals.
        deals = sorted(reading.anchor, key=list(fb.deals).index)
        second = deals[1] if len(deals) > 1 else None
        answer = render_answer(fb, qi, query, question, Shown(deals[0], second))
        return replace(answer, status=Status.AMBIGUOUS) if second else answer
    if _too_broad(qi, question, reading):
        return not_found(fb, query, (), broad=" ".join(u.word for u in reading.units))
    if question.form is Form.WHY:
        ranked = _why(qi, reading)
    else:
        # A yes/no question states a whole claim: most of it must be there.
        bar = YES_NO_MIN if question.form is Form.YES_NO else COVER_MIN
        ranked = _rank(qi, question, reading, _pool(question.form))
        ranked = [s for s in ranked if s.cover >= bar]
    if question.form is Form.HOW_MANY:
        ranked = [s for s in ranked if has_number(_shown_text(fb, s.item))]
    if question.form is Form.WHERE:
        asked = {t for m in reading.mentions for t in m.targets}
        ranked = [s for s in ranked if _places_in(fb, qi, s.item) - asked]
    if not ranked:
        return not_found(fb, query, reading.mentions)
    if question.form not in (Form.WHO_SAID, Form.WHO):
        ranked = _facts_first(qi, ranked)  # "who" wants the quote: it names the speaker
    shown = _shown(ranked)
    if question.form is Form.WHEN:
        shown = replace(shown, when=ranked[0].item.when)
    if question.form is Form.YES_NO and question.topic_hint == "status":
        shown = replace(shown, verdict=status_verdict(fb, ranked[0].item, question.cues))
    elif question.form is Form.YES_NO and ranked[0].cover >= VERDICT_MIN:
        shown = replace(shown, verdict=verdict(ranked[0].item, reading.predicate))
    return render_answer(fb, qi, query, question, shown)


# --- reading a body -------------------------------------------------------


def read(qi: QuestionIndex, text: str) -> Reading:
    """Split a body into mentions and weighted terms."""
    words = normalise(text).split()
    mentions = qi.mentions(words)
    units: list[Unit] = []
    start = 0
    for mention in [*mentions, None]:
        end = mention.start if mention is not None else len(words)
        units += _term_units(qi, words[start:end])
        if mention is not None:
            units.append(_mention_unit(qi, mention, " ".join(words[mention.start : mention.end])))
            start = mention.end
    return Reading(tuple(units), _anchor(qi, mentions))


def _term_units(qi: QuestionIndex, words: list[str]) -> list[Unit]:
    out = []
    for term in dict.fromkeys(qi.content.query_terms(" ".join(words))):
        if term in _FILLER_STEMS:
            continue
        widened = qi.content.widen(term)
        typed = next((w for w in words if stem(w) == term), term)
        out.append(Unit(term, widened, qi.content.weight(widened), word=typed))
    return out


def _mention_unit(qi: QuestionIndex, mention: Mention, typed: str) -> Unit:
    key = "@" + mention.name
    widened: dict[str, float] = {}
    parts = []
    for term in qi.content.query_terms(mention.name):
        wide = qi.content.widen(term)
        if wide:
            parts.append((f"{key}#{term}", wide, qi.content.weight(wide)))
        for index_term, weight in wide.items():
            widened[index_term] = max(weight, widened.get(index_term, 0.0))
    # A place no article covers is a word the fact base does not know.
    if mention.place:
        known = {t: w for t, w in widened.items() if w == 1.0}
        return Unit(key, known, qi.content.max_idf, mention, typed)
    weight = qi.content.weight(widened) if widened else qi.content.max_idf / 2
    return Unit(key, widened, weight, mention, typed, tuple(parts))


def _anchor(qi: QuestionIndex, mentions: Iterable[Mention]) -> frozenset[str]:
    """The deals every name points at, or (if they disagree) any of them."""
    sets = []
    for mention in mentions:
        deals = frozenset().union(*(qi.deals_of.get(t, frozenset()) for t in mention.targets))
        if deals:
            sets.append(deals)
    if not sets:
        return frozenset()
    common = frozenset.intersection(*sets)
    return common or frozenset.union(*sets)


def _refuse(fb: FactBase, query: str, reading: Reading) -> Answer | None:
    """Decline a question mostly about things the articles never mention.

    A place no article covers ("did Kent drop G4S?") is the subject of the
    question unless a covered force or deal is named beside it: a company
    alone does not say where.
    """
    places = reading.places
    if places and not any(_locates(fb, m) for m in reading.mentions if not m.place):
        return not_found(fb, query, reading.mentions, places=places, unknown=reading.unknown_words)
    if reading.known_share < KNOWN_MIN:
        return not_found(fb, query, reading.mentions, places=places, unknown=reading.unknown_words)
    return None


def _only_parties(qi: QuestionIndex, reading: Reading) -> bool:
    return bool(reading.anchor) and all(
        u.mention is not None and any(t in qi.parties or t in qi.deal_ids for t in u.mention.targets)
        for u in reading.units
    )


def _too_broad(qi: QuestionIndex, question: Question, reading: Reading) -> bool:
    """One common word and no name ("who was the contract going through?"):
    many records fit equally, and picking one would be a guess."""
    if question.topic or question.form in (Form.WHEN, Form.HOW_MANY, Form.WHERE) or reading.mentions:
        return False
    if not all(u.known for u in reading.units):
        return False
    if all(u.weight < VERDICT_COMMON for u in reading.units):
        return True  # "who are the three forces?": words every record uses
    if len(reading.units) != 1:
        return False
    return max((qi.content.frequency(t) for t in reading.units[0].widened), default=0) >= VAGUE_DOCS


def _locates(fb: FactBase, mention: Mention) -> bool:
    """A deal or a force: a name that says where a question is."""
    forces = {f for d in fb.deals.values() for f in d.forces}
    return any(t in fb.deals or t in forces for t in mention.targets)


# --- scoring --------------------------------------------------------------


def _cover(
    qi: QuestionIndex,
    units: Iterable[Unit],
    item: Item,
    matched: dict[str, float],
    subject: dict[str, dict[str, float]] | None = None,
) -> float:
    """Share of the units' weight that `item` covers, by words or by names.

    `subject` maps a deal to the question words its own description holds:
    when a question asks for a topic, those words only say which deal is
    meant, so they count for every record of that deal.
    """
    total = got = 0.0
    for unit in units:
        total += unit.weight
        share = matched.get(unit.key, 0.0)
        if unit.parts:
            share = sum(w * matched.get(k, 0.0) for k, _, w in unit.parts) / sum(w for _, _, w in unit.parts)
        if unit.mention is not None and not unit.mention.place:
            share = max(share, *(qi.credit(t, item) for t in unit.mention.targets))
        if subject:
            for deal in item.deals:
                share = max(share, PARTY_CREDIT * subject.get(deal, {}).get(unit.key, 0.0))
        got += unit.weight * share
    return got / total if total else 0.0


def _involves(qi: QuestionIndex, units: Iterable[Unit], item: Item, matched: dict[str, float]) -> bool:
    """Whether a record involves every person or body the question names.

    Sharing a deal is enough for a force or company that is party to it;
    for anyone else ("the union", "Lloyd") the record must be about them or
    name them, or it answers about somebody else.
    """
    for unit in units:
        mention = unit.mention
        if mention is None or mention.place or any(t in qi.parties or t in qi.deal_ids for t in mention.targets):
            continue
        named = unit.parts and sum(w * matched.get(k, 0.0) for k, _, w in unit.parts) >= 0.5 * sum(
            w for _, _, w in unit.parts
        )
        if not named and not any(t == item.id or t in item.about for t in mention.targets):
            return False
    return True


def _matches(qi: QuestionIndex, units: Iterable[Unit]) -> dict[str, tuple[float, dict[str, float]]]:
    expanded: list[tuple[str, dict[str, float]]] = []
    for unit in units:
        expanded += [(k, wide) for k, wide, _ in unit.parts] if unit.parts else [(unit.key, unit.widened)]
    return qi.content.matches(expanded)


def _rank(
    qi: QuestionIndex,
    question: Question,
    reading: Reading,
    allow: Callable[[Item], bool],
    units: tuple[Unit, ...] | None = None,
) -> list[Scored]:
    """Candidates allowed by the form and the named deals, best first."""
    units = reading.units if units is None else units
    matches = _matches(qi, units)
    cues = _matches(qi, _term_units(qi, question.cues.split())) if question.cues else {}
    pairs = term_pairs(question.body)
    topic = question.topic
    # Asked what became of a deal, words of its own description only say which deal.
    deals = [d for d in qi.items if qi.items[d].kind == "deal" and d in matches]
    subject = {d: matches[d][1] for d in deals} if topic == "status" else None
    prior = _WHO_PRIOR if question.form in (Form.WHO, Form.WHO_SAID) else _PRIOR
    out = []
    for order, item in enumerate(qi.items.values()):
        if not allow(item) or not _in_anchor(item, reading.anchor):
            continue
        if question.form in _STRICT_TOPIC and topic not in item.topics:
            continue
        bm25, matched = matches.get(item.id, (0.0, {}))
        if not _involves(qi, units, item, matched):
            continue
        cover = _cover(qi, units, item, matched, subject)
        if cover <= 0:
            continue
        bonus = TOPIC_BONUS if topic and topic in item.topics else 0.0
        bonus += CUE_BONUS * sum(cues.get(item.id, (0.0, {}))[1].values())
        bonus += PAIR_BONUS * min(3, len(pairs & qi.pairs.get(item.id, frozenset())))
        # Ties go to the better-worded record, then to the one listed first.
        score = cover + bonus + prior[item.kind] + bm25 / (1000 + bm25) - order * 1e-6
        out.append(Scored(item, score, cover))
    return sorted(out, key=lambda s: -s.score)


def _in_anchor(item: Item, anchor: frozenset[str]) -> bool:
    return not anchor or not item.deals or bool(item.deals & anchor)


def _pool(form: Form) -> Callable[[Item], bool]:
    if form is Form.WHO_SAID:
        return lambda i: i.kind == "quote"
    if form is Form.WHEN:
        return lambda i: bool(i.when) and i.kind in ("fact", "quote", "event")
    if form in (Form.YES_NO, Form.STATUS, Form.NEXT, Form.SERVICES, Form.REACTION):
        return lambda i: i.kind in ("fact", "quote", "event")
    return lambda i: True


def _why(qi: QuestionIndex, reading: Reading) -> list[Scored]:
    """Reasons: a deal's reason facts when the question is why it ended as it
    did; otherwise a record that states a cause of what the question names."""
    facts = lambda i: i.kind in ("fact", "quote", "event")  # noqa: E731
    why = Question("", Form.WHY, "")
    anchor = reading.anchor or _premise_deals(qi, reading)
    reading = replace(reading, anchor=anchor)
    predicate = reading.predicate
    status_premise = not predicate or any(
        s.cover >= PREMISE_MIN
        for s in _rank(qi, Question("", Form.STATUS, ""), reading, lambda i: "status" in i.topics, predicate)
    )
    out = []
    for scored in _rank(qi, why, reading, facts):
        item = scored.item
        # A reason fact answers "why did the deal end so"; any other record
        # must itself say what caused the thing asked about.
        reason = "reason" in item.topics and status_premise
        if reason or (scored.cover >= COVER_MIN and _explains(qi, item, predicate)):
            out.append(scored)
    return out


def _premise_deals(qi: QuestionIndex, reading: Reading) -> frozenset[str]:
    """The deal(s) of the records that best state what the question takes as given."""
    ranked = _rank(qi, Question("", Form.WHAT, ""), reading, lambda i: i.kind in ("fact", "quote", "event"))
    if not ranked or ranked[0].cover < PREMISE_MIN:
        return frozenset()
    top = ranked[0].cover
    return frozenset(d for s in ranked if s.cover >= top - CLOSE for d in s.item.deals)


def _explains(qi: QuestionIndex, item: Item, predicate: tuple[Unit, ...]) -> bool:
    """Whether `item`'s own text gives a cause for the predicate's words
    ("scrutiny after G4S failed": explains the scrutiny, not the failure)."""
    if not predicate or item.kind != "fact":
        return False
    flags = item.explained
    seen = False
    for unit in predicate:
        stems = {t for t in unit.widened if " " not in t}
        positions = [i for i, w in enumerate(item.words) if w in stems]
        if positions:
            seen = True
            if not all(flags[i] for i in positions if i < len(flags)):
                return False
    return seen


def verdict(item: Item, predicate: tuple[Unit, ...]) -> str:
    """Yes or no, when a fact's own words settle a yes/no question.

    Every predicate word must be in the fact (its text, else its keywords)
    and all its occurrences must agree on negation; anything less gives no
    verdict, and the fact is shown as it stands.
    """
    # Words common across the fact base ("forces", "police") name who is
    # meant rather than what happened; their negation settles nothing.
    predicate = tuple(u for u in predicate if u.weight >= VERDICT_COMMON)
    if item.kind != "fact" or not predicate:
        return ""
    negated: set[bool] = set()
    for unit in predicate:
        stems = {t for t in unit.widened if " " not in t}
        positions = [i for i, w in enumerate(item.words) if w in stems]
        if positions:
            negated |= {_negated(item.words, i) for i in positions}
            continue
        phrases = [(k, i) for k in item.keywords for i, w in enumerate(k) if w in stems]
        if not phrases:
            return ""
        negated |= {_negated(k, i) for k, i in phrases}
    if len(negated) != 1:
        return ""
    return "no" if negated.pop() else "yes"


def status_verdict(fb: FactBase, item: Item, cues: str) -> str:
    """Yes or no to "is the deal off?" / "is it still going ahead?", from the
    status of the deal a status fact belongs to; nothing from any other record."""
    if item.kind != "fact" or "status" not in item.topics or len(item.deals) != 1:
        return ""
    ended = fb.deals[next(iter(item.deals))].status.lower() in ENDED
    asks_ended = bool(_ENDED_CUES.search(cues))
    return "yes" if ended == asks_ended else "no"


def _negated(words: tuple[str, ...], at: int) -> bool:
    return any(w in _NEGATORS for w in words[max(0, at - _NEGATION_REACH) : at])


def _shown_text(fb: FactBase, item: Item) -> str:
    for table in (fb.facts, fb.quotes, fb.events):
        record = table.get(item.id)
        if record is not None:
            return record.text
    return ""


def _places_in(fb: FactBase, qi: QuestionIndex, item: Item) -> set[str]:
    """Forces and places a record's shown text names: what answers "where"."""
    forces = {f for d in fb.deals.values() for f in d.forces}
    named = named_in(fb.names, _shown_text(fb, item), places=True)
    return {t for t in named if t in forces or t.startswith(PLACE_PREFIX)}


def _facts_first(qi: QuestionIndex, ranked: list[Scored]) -> list[Scored]:
    """A quote that carries a candidate fact's words gives way to that fact,
    which then leads with the quote shown beneath it."""
    fact_of = {q: f for f, quotes in qi.support.items() for q in quotes}
    candidates = {s.item.id: s for s in ranked}
    out: dict[str, Scored] = {}
    for scored in ranked:
        fact = fact_of.get(scored.item.id)
        if fact in candidates and scored.item.kind == "quote":
            scored = replace(candidates[fact], score=max(scored.score, candidates[fact].score))  # noqa: PLW2901
        if scored.item.id not in out:
            out[scored.item.id] = scored
    return sorted(out.values(), key=lambda s: -s.score)


def _shown(ranked: list[Scored]) -> Shown:
    """The lead, and the runner-up if it is close and says something else."""
    lead = ranked[0]
    second = next((s for s in ranked[1:] if s.item.id != lead.item.id), None)
    close = second is not None and lead.score - second.score <= CLOSE
    return Shown(lead.item.id, second.item.id if close and second else None, lead.cover)


# --- forms with their own shape ---------------------------------------------


def _what_said(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    speaker_reading = read(qi, question.speaker)
    speakers = _speakers(fb, qi, speaker_reading)
    if not speakers:
        named = tuple(t for m in speaker_reading.mentions for t in m.targets if t in fb.entities)
        if named:
            # Somebody the articles name but never quote ("the chief constables").
            return not_found(fb, query, (), speakers=named)
        # No one by that name: take the words as words from a quote.
        return run_as(fb, query, replace(question, form=Form.WHO_SAID))
    quotes = [q.id for s in speakers for q in fb.quotes_of(s)]
    quotes = list(dict.fromkeys(quotes))
    if not quotes:
        return not_found(fb, query, speaker_reading.mentions, speakers=speakers)
    if not question.about:
        return render_answer(fb, qi, query, question, Shown(quotes[0], None, 1.0, more=tuple(quotes[1:])))
    about = read(qi, question.about)
    if not about.units or about.known_share < KNOWN_MIN:
        return not_found(fb, query, about.mentions, speakers=speakers, unknown=about.unknown_words)
    # Every quote of a speaker is on their deal: only the words of the
    # subject, and names the quote is itself about, decide.
    reading = Reading(about.units, frozenset())
    ranked = [
        s
        for s in _rank(qi, replace(question, form=Form.WHO_SAID), reading, lambda i: i.id in quotes)
        if s.cover >= COVER_MIN
    ]
    if not ranked:
        return not_found(fb, query, about.mentions, speakers=speakers, unknown=about.unknown_words)
    return render_answer(fb, qi, query, question, _shown(ranked))


def run_as(fb: FactBase, query: str, question: Question) -> Answer:
    qi = question_index(fb)
    reading = read(qi, question.body)
    if not reading.units:
        return not_found(fb, query, ())
    refusal = _refuse(fb, query, reading)
    if refusal is not None:
        return refusal
    ranked = [s for s in _rank(qi, question, reading, _pool(question.form)) if s.cover >= COVER_MIN]
    if not ranked:
        return not_found(fb, query, reading.mentions)
    return render_answer(fb, qi, query, question, _shown(ranked))


def _speakers(fb: FactBase, qi: QuestionIndex, reading: Reading) -> tuple[str, ...]:
    """Who a WHAT_SAID question names: people or bodies with quotes."""
    named = [t for m in reading.mentions for t in m.targets if t in fb.entities]
    quoted = tuple(dict.fromkeys(t for t in named if fb.quotes_of(t)))
    if quoted:
        return quoted
    if not reading.units:
        return ()
    # "the herts commissioner": a description of somebody, not a name.
    ranked = _rank(
        qi,
        Question("", Form.WHO_IS, ""),
        reading,
        lambda i: i.kind == "entity" and bool(fb.quotes_of(i.id)),
    )
    clear = len(ranked) == 1 or (len(ranked) > 1 and ranked[0].cover - ranked[1].cover >= ENTITY_MARGIN)
    if ranked and ranked[0].cover >= ENTITY_MIN and clear:
        return (ranked[0].item.id,)
    return ()


def _who_is(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer | None:
    """A person, organisation or deal, when the body names or describes one."""
    reading = read(qi, question.body)
    names = [u for u in reading.units if u.mention is not None and not u.mention.place]
    if len(reading.units) == 1 and len(names) == 1 and len(names[0].mention.targets) == 1:  # type: ignore[union-attr]
        target = names[0].mention.targets[0]  # type: ignore[union-attr]
        return render_answer(fb, qi, query, question, Shown(target, None, 1.0))
    if not reading.units or reading.known_share < KNOWN_MIN or reading.places:
        return None
    ranked = _rank(qi, question, reading, lambda i: i.kind == "entity")
    if not ranked or ranked[0].cover < ENTITY_MIN:
        return None
    if len(ranked) > 1 and ranked[0].cover - ranked[1].cover < ENTITY_MARGIN:
        return None
    return render_answer(fb, qi, query, question, Shown(ranked[0].item.id, None, ranked[0].cover))


def _bare_topic(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """A bare "why?" or "what happened?": the asked topic for every deal."""
    topic = question.topic
    if topic is None:
        return not_found(fb, query, ())
    leads = []
    for deal in fb.deals:
        facts = fb.facts_of_deal(deal, topic)
        if facts:
            leads.append(facts[0].id)
    if not leads:
        return not_found(fb, query, ())
    answer = render_answer(fb, qi, query, question, Shown(leads[0], leads[1] if len(leads) > 1 else None, 1.0))
    return replace(answer, status=Status.AMBIGUOUS) if len(leads) > 1 else answer
