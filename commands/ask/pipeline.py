"""The steps every form that answers from records shares.

A form entry (commands/ask/forms/) says which records may answer (its
pool), how they are ranked and what is shown; `from_records` runs the
steps around that, in one order for every form:

1. the body is read against the fact base (reading.py);
2. a question mostly about what the articles never mention is declined;
   so is one whose only words many records share ("contract?");
3. the pool's records are ranked, and only those covering enough of the
   question stay;
4. only records that give the kind of thing asked stay (slots.py);
5. a quote that carries a fact's words gives way to that fact, which is
   shown with the quote beneath it; a close runner-up is shown too.

A wrong confident answer is worse than none: when nothing stays, the
answer says what the articles lack and what they do cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from commands.answer import Answer, Status
from commands.ask import slots
from commands.ask.question import Form, Question
from commands.ask.ranking import CLOSE, Aim, Allow, Scored, anything, entities, rank, slot_matches
from commands.ask.reading import Reading, Unit, is_party, read, term_units
from commands.ask.render import Shown, not_found, render_answer
from commands.ask.verdict import COMMON, settles
from commands.format import echo
from knowledge import FactBase
from knowledge.analysis import stems, words
from knowledge.model import Event, Fact, Quote
from knowledge.question_index import Mention, QuestionIndex

KNOWN_MIN = 0.6  # share of a question's weight the fact base must know
COVER_MIN = 0.55  # share of a question's weight the answer must cover
VAGUE_DOCS = 6  # a lone common word ("contract") in this many records is too broad to answer


@dataclass(frozen=True, slots=True)
class Ask:
    """One question being answered: the fact base, its question index, and
    the question as read (a dictated message rewritten, spoken.py) and as
    typed (for echoing back)."""

    fb: FactBase
    qi: QuestionIndex
    query: str
    typed: str = ""  # the user's own words, where `query` is a rewrite of them
    # Texts already read for this message: forms read the same body more
    # than once, and a reading depends only on the text and the index.
    readings: dict[str, Reading] = field(default_factory=dict, compare=False, repr=False)
    # Subjects of different stories a text lists side by side, by text and its
    # names: several forms ask it of the same claim (forms/confirm.coordinated_stories).
    coordinated: dict[tuple[str, tuple[Mention, ...]], tuple[Mention, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The record a message quotes and the words quoted, by message
    # (forms/quoted.quoted_in): the run and the quoted form both ask it.
    quoting: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False, repr=False)

    @property
    def echoed(self) -> str:
        """The message as the user wrote it: what is echoed or quoted back."""
        return self.typed or self.query

    def read(self, text: str) -> Reading:
        """A text read against the fact base, once per message."""
        found = self.readings.get(text)
        if found is None:
            found = read(self.qi, text)
            if not found.anchor:
                # "the BBC article": the publisher's name, which reading drops,
                # still says which article, so which story, is meant.
                found = replace(found, anchor=self._published(text))
            self.readings[text] = found
        return found

    def _published(self, text: str) -> frozenset[str]:
        """The deals of the articles a text names by their publisher, when
        that is not every deal; else none."""
        sources = {s for w in words(text) for s in self.qi.publishers.get(w, ())}
        if not sources:  # most texts name no publisher: the deals are not walked for none
            return frozenset()
        deals = frozenset(d.id for d in self.fb.deals.values() if d.source in sources)
        return deals if deals and len(deals) < len(self.fb.deals) else frozenset()


# A form's own ranking, given the question and its reading.
Ranker = Callable[[Ask, Question, Reading], list[Scored]]
# What a form keeps of the ranked records, and what is lacking if none.
Gives = Callable[[Ask, Question, Reading, list[Scored]], tuple[list[Scored], str]]
# How a form decorates what is shown (a verdict, a time).
Decorate = Callable[[Ask, Question, Reading, Scored, Shown], Shown]


@dataclass(frozen=True, slots=True)
class Found:
    """The records a form's ranking kept for a question, best first."""

    ranked: list[Scored]
    reading: Reading


def select(
    ask: Ask,
    question: Question,
    *,
    allow: Allow = anything,
    bar: float = COVER_MIN,
    ranker: Ranker | None = None,
    gives: Gives | None = None,
    reading: Reading | None = None,
) -> Found | Answer:
    """The records that answer a question, best first; or, if none can, the
    honest answer saying why not."""
    fb, qi = ask.fb, ask.qi
    reading = reading or ask.read(question.body)
    if not reading.units:
        return bare_topic(ask, question, reading.anchor)
    refusal = refuse(ask, question, reading)
    if refusal is not None:
        return refusal
    if ranker is not None:
        ranked = ranker(ask, question, reading)
    else:
        allowed = involving(ask, question, allow) or allow
        deal_words = question.form is Form.REACTION
        ranked = rank(qi, question, reading, allowed, deal_words=deal_words)
        # Words the message quotes, found as written in a record, say which
        # record is asked about: the rest of the question frames them.
        quoted = slots.quoted_words(slots.quoted_spans(ask.echoed)) if ranked else []
        ranked = [
            s for s in ranked if s.cover >= bar or (quoted and slots.holds_quoted(shown_text(fb, s.item.id), quoted))
        ]
    lacking = ""
    if ranked and gives is not None:
        ranked, lacking = gives(ask, question, reading, ranked)
    if ranked and question.slot:
        ranked, lacking = gives_slot(ask, question, reading, ranked)
    if ranked and question.form is not Form.WHO_SAID and slots.asks_amount_words(question.text):
        # "what % of the force", "what was it worth": only a figure answers.
        # ("Who said it would cost jobs" asks who: the amount word is theirs.)
        ranked = [s for s in ranked if slots.gives_amount(shown_text(fb, s.item.id))]
        lacking = "They give no amount or figure for it."
    if not ranked:
        return not_found(fb, ask.echoed, reading.mentions, lacking=lacking)
    if question.form not in (Form.WHO_SAID, Form.WHO):
        ranked = facts_first(qi, ranked)  # "who" wants the quote: it names the speaker
    return Found(ranked, reading)


def from_records(
    ask: Ask,
    question: Question,
    *,
    allow: Allow = anything,
    bar: float = COVER_MIN,
    ranker: Ranker | None = None,
    gives: Gives | None = None,
    decorate: Decorate | None = None,
    reading: Reading | None = None,
) -> Answer:
    """Answer with the best record of a form's pool, or decline honestly."""
    found = select(ask, question, allow=allow, bar=bar, ranker=ranker, gives=gives, reading=reading)
    if isinstance(found, Answer):
        return found
    shown = shown_of(found.ranked)
    if decorate is not None:
        shown = decorate(ask, question, found.reading, found.ranked[0], shown)
    return render_answer(ask.fb, ask.qi, ask.query, question, shown)


def refuse(ask: Ask, question: Question, reading: Reading) -> Answer | None:
    """Decline a question mostly about things the articles never mention,
    one asking for a kind of thing they never speak of, or one whose only
    words many records share.

    A place no article covers ("did Kent drop G4S?") is the subject of the
    question unless a covered force or deal is named beside it: a company
    alone does not say where.
    """
    fb, qi = ask.fb, ask.qi
    if question.slot:
        # A slot word must be one the articles use (or a synonym of one): a
        # typo fix of it ("party" for "part") is no such word.
        unknown = [u.word for u in term_units(qi, slots.slot_words(question.slot)) if not _used(qi, u.key)]
        if unknown:
            # "what political party ...": the articles never speak of such a thing.
            lacking = f"They don't say what {echo(question.slot, 40)}."
            return not_found(fb, ask.echoed, reading.mentions, unknown=unknown, lacking=lacking)
    office = slots.undescribed(qi, fb.entities, question.text)
    if office:
        # "Did Cambridgeshire's PCC agree?": nobody the articles name holds that office.
        lacking = f"They name no one as {echo(office, 40)}."
        return not_found(fb, ask.echoed, reading.mentions, lacking=lacking)
    crossed = crossed_stories(ask, question, reading)
    if crossed:
        # "When will the Herts alliance be in place?": the alliance is the
        # other story's; no record of either story is about both.
        return not_found(fb, ask.echoed, reading.mentions, lacking=crossed)
    places = reading.places
    located = any(says_where(ask, u) for u in reading.units)
    if (places and not located) or reading.known_share < KNOWN_MIN:
        return not_found(fb, ask.echoed, reading.mentions, places=places, unknown=reading.unknown_words)
    if too_broad(qi, question, reading) and not _one_of_kind(fb, question.slot):
        # "which union was it" is not too broad when the articles name one
        # body of that kind: every record mentioning it points at the answer.
        return not_found(fb, ask.echoed, (), broad=" ".join(u.word for u in reading.units))
    return None


def says_where(ask: Ask, unit: Unit) -> bool:
    """Whether a name places a question in a covered force or deal: a force,
    or a deal named by a proper name of its own ("the Herts deal", "East
    Midlands"). A deal named by what it does ("a control room deal", "999")
    says no more where than a company does: "Kent's 999 control room" is
    Kent's, which no article covers."""
    mention = unit.mention
    if mention is None or mention.place:
        return False
    typed = set(words(unit.word))
    for target in mention.targets:
        if target in ask.qi.forces:
            return True
        deal = ask.fb.deals.get(target)
        if deal is not None and typed & _proper_words(deal.name, *deal.aliases):
            return True
    return False


def _proper_words(*names: str) -> frozenset[str]:
    """The proper names' words among some names, as read: capitalised, not acronyms ("HR")."""
    return frozenset(
        w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper() and not w.isupper()
    )


# "Herts vs the East Midlands": two set against each other.
VERSUS = frozenset({"vs", "versus"})
# Words that join two names into a pair or a choice ("Lloyd or Loader").
PAIRING = VERSUS | {"and", "or", "n"}
# Words that join the names of a question into a choice or a pair ("Lloyd or
# Loader", "Herts and the East Midlands"): asked of each, not of one mixed.
JOINING = PAIRING | {"both", "each", "either"}


# Kinds of entity one story has as its own: a named person, the alliance, a
# contract, an event; so are a deal named by its own words ("the back-office
# functions") and a force no deal is with (Lincolnshire, the framework's).
# A description ("the chief constables", "a spokesman") may be used of
# either story's people.
_OWN_KINDS = frozenset({"person", "alliance", "contract", "event"})


def crossed_stories(ask: Ask, question: Question, reading: Reading) -> str:
    """A name of one story put with a person or thing only the other story
    has ("the Herts alliance", "Lloyd's feasibility study"), not offered as
    a choice or a pair: what each is, else ""."""
    fb, qi = ask.fb, ask.qi
    said = set(words(question.text))
    if said & JOINING or len(reading.mentions) < 2:
        return ""
    home: dict[str, frozenset[str]] = {}
    for mention in reading.mentions:
        deals = frozenset().union(*(qi.deals_of.get(t, frozenset()) for t in mention.targets))
        if len(deals) == 1:
            home[mention.name] = deals
    if len(set(home.values())) < 2:
        return ""
    things = [
        m
        for m in reading.mentions
        if m.name in home
        and any(
            t in fb.deals
            or (t in fb.entities and t not in qi.parties and fb.entities[t].kind in (*_OWN_KINDS, "police force"))
            for t in m.targets
        )
    ]
    for thing in things:
        other = next((n for n, d in home.items() if d != home[thing.name]), None)
        if other is not None:
            deal = fb.deals[next(iter(home[thing.name]))]
            return f"{echo(thing.name, 40)} is only in the story on the {deal.name}, not with {echo(other, 40)}."
    return ""


def _used(qi: QuestionIndex, term: str) -> bool:
    content = qi.content
    return content.knows(term) or any(content.knows(s) for s in content.analyzer.synonyms(term))


def too_broad(qi: QuestionIndex, question: Question, reading: Reading) -> bool:
    """Only common words and no name ("contract?"): many records fit
    equally, and picking one would be a guess."""
    if question.topic or question.form in (Form.WHEN, Form.HOW_MANY, Form.WHERE) or reading.mentions:
        return False
    if not all(u.known for u in reading.units):
        return False
    if all(u.weight < COMMON for u in reading.units):
        return True
    if len(reading.units) != 1:
        return False
    return max((qi.content.frequency(t) for t in reading.units[0].widened), default=0) >= VAGUE_DOCS


def _one_of_kind(fb: FactBase, slot: str) -> bool:
    """Whether a slot asks for a kind of entity the fact base has just one of."""
    kind = slots.entity_kind(slots.slot_words(slot)) if slot else ""
    return bool(kind) and sum(e.kind == kind for e in fb.entities.values()) == 1


def involving(ask: Ask, question: Question, allow: Allow) -> Allow | None:
    """Whose part or reaction is asked: only records about them, or they
    themselves, answer. "Where does X come in?" is not answered by a record
    that merely shares X's deal, nor "how did G4S react?" by Unison's
    welcome of the same decision."""
    subject = question.role or (question.speaker if question.form is Form.REACTION else "")
    said = ask.read(subject) if subject else None
    targets = frozenset(t for m in said.mentions for t in m.targets) if said else frozenset()
    if said is not None and not targets:
        # "How did the company react?": whom a description fits, if one.
        targets = described(ask, subject, said)
    if not targets:
        return None
    return lambda i: allow(i) and (i.id in targets or bool(i.about & targets))


DESCRIBED_MIN = 0.75  # an entity a description fits this well, and clearly best, is whom it means


def described(ask: Ask, text: str, reading: Reading) -> frozenset[str]:
    """The one person or body a description fits ("the company", "the union"), if one."""
    qi = ask.qi
    if not reading.units:
        return frozenset()
    kind = slots.entity_kind(slots.slot_words(text))
    if kind:
        # A kind of body the articles name one of: that one.
        of_kind = [e.id for e in ask.fb.entities.values() if e.kind == kind]
        return frozenset(of_kind) if len(of_kind) == 1 else frozenset()
    ranked = [s for s in rank(qi, Aim(), reading, entities) if s.cover >= DESCRIBED_MIN]
    if len(ranked) != 1 and not (len(ranked) > 1 and ranked[0].cover - ranked[1].cover >= CLOSE):
        return frozenset()
    return frozenset({ranked[0].item.id})


def gives_slot(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """Those of the ranked records that give the kind of thing a "what/which
    <noun>" question asks for. What the question names is the context of
    what it asks ("which company was behind the Olympics fiasco"), not the
    answer."""
    found = slots.slot_words(question.slot)
    if not found:
        return ranked, ""
    named = {t for m in reading.mentions for t in m.targets}
    if slots.asks_other(question.slot):
        # "which other providers": not the deal's own parties, already known.
        deals = reading.anchor or frozenset(ask.fb.deals)
        named |= {p for d in deals for p in (*ask.fb.deals[d].companies, *ask.fb.deals[d].forces)}
    kind = slots.entity_kind(found)
    if kind:
        # "which company will replace G4S": a record naming a company, and
        # not one the question names already.
        fb = ask.fb
        kept = [
            s
            for s in ranked
            if any(fb.entities[t].kind == kind for t in s.item.about - named if t in fb.entities)
            or (s.item.id in fb.entities and fb.entities[s.item.id].kind == kind and s.item.id not in named)
        ]
        other = "" if slots.asks_other(question.slot) else "other "
        return kept, f"They name no {other}{echo(question.slot, 40)}."
    matched = slot_matches(ask.qi, found, [s.item.id for s in ranked if s.item.id not in named])
    return [s for s in ranked if s.item.id in matched], f"They don't say what {echo(question.slot, 40)}."


def only_parties(qi: QuestionIndex, reading: Reading) -> bool:
    """Whether a body is nothing but forces, companies or deals ("g4s", "herts")."""
    return bool(reading.anchor) and all(u.mention is not None and is_party(qi, u.mention) for u in reading.units)


def deals_of_parties(ask: Ask, question: Question, reading: Reading) -> Answer:
    """A force or company alone ("g4s", "herts"): the deals it is party to."""
    deals = sorted(reading.anchor, key=ask.qi.deal_order.__getitem__)
    second = deals[1] if len(deals) > 1 else None
    found = render_answer(ask.fb, ask.qi, ask.query, question, Shown(deals[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


def bare_topic(ask: Ask, question: Question, anchor: frozenset[str] = frozenset()) -> Answer:
    """A bare "why?" or "what happened?": the asked topic for every deal, or
    for the deal the question's premise names."""
    leads = ask.qi.topic_leads.get(question.topic, ()) if question.topic else ()
    if anchor:
        leads = tuple(r for r in leads if ask.qi.items[r].deals & anchor) or leads
    if question.cues and len(leads) > 1:
        # A framing word the question keeps ("what are they doing instead?")
        # picks the leads that say it, if only some do.
        cues = set(stems(question.cues))
        leads = tuple(r for r in leads if cues & set(stems(shown_text(ask.fb, r)))) or leads
    if not leads:
        return not_found(ask.fb, ask.echoed, ())
    second = leads[1] if len(leads) > 1 else None
    found = render_answer(ask.fb, ask.qi, ask.query, question, Shown(leads[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


def facts_first(qi: QuestionIndex, ranked: list[Scored]) -> list[Scored]:
    """A quote that carries a candidate fact's words gives way to that fact,
    which then leads with the quote shown beneath it."""
    by_id = {s.item.id: s for s in ranked}
    facts = qi.facts_of(s.item.id for s in ranked if s.item.kind == "quote")  # read in one go
    out: dict[str, Scored] = {}
    for scored in ranked:
        fact = facts.get(scored.item.id)
        best = by_id[fact] if fact in by_id and scored.item.kind == "quote" else scored
        if best.item.id not in out:
            # Made anew only when the quote's score lifts the fact's (most keep their own).
            out[best.item.id] = (
                best if best.score >= scored.score else Scored(best.item, scored.score, best.cover, best.matched)
            )
    order = qi.content.positions(out)  # qi.order of each, read in one go
    return sorted(out.values(), key=lambda s: (-s.score, order[s.item.id]))


def shown_of(ranked: list[Scored]) -> Shown:
    """The lead, and the runner-up if it is close, says something else and
    is from the same story: an answer never mixes the two stories."""
    lead = ranked[0]
    second = next((s for s in ranked[1:] if s.item.id != lead.item.id and _same_story(lead, s)), None)
    close = second is not None and lead.score - second.score <= CLOSE
    return Shown(lead.item.id, second.item.id if close and second else None, lead.cover)


def _same_story(lead: Scored, other: Scored) -> bool:
    return not lead.item.deals or not other.item.deals or bool(lead.item.deals & other.item.deals)


def shown_text(fb: FactBase, record_id: str) -> str:
    """The words a record shows a reader (a fact's, a quote's or an event's text)."""
    # One look in the store, not one per table (a miss in each raising KeyError).
    record = fb.store.record(record_id)
    return record.text if isinstance(record, (Fact, Quote, Event)) else ""


def unknown_predicate(question: Question, reading: Reading) -> list[str]:
    """Words of what a question says happened ("did G4S get fined", "when
    did the talks start") that the articles never use: no record can be on it.

    Connectives ("because") and a purpose the claim gives after what it
    says happened ("were officers pulled in to cover the Olympics") are
    not the claim; "did Lloyd want to sue G4S" has nothing before "to sue"."""
    found = words(question.body)
    out = []
    seen_predicate = False
    for unit in reading.units:
        if unit.known:
            seen_predicate = seen_predicate or (unit.mention is None and unit.weight >= COMMON)
            continue
        if unit.mention is not None or not settles(unit):
            continue
        at = found.index(unit.word) if unit.word in found else -1
        if seen_predicate and at > 0 and found[at - 1] == "to":
            continue
        out.append(unit.word)
    return out
