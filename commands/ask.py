"""`ask <question>`: a free-form question answered from the fact base.

How a question is answered:

1. Its form is read (ask_question.py): who said, why, what next, yes/no...
2. Its body is read against the fact base (ask_score.py): names become
   mentions, other words weighted terms; words the fact base never uses
   weigh as its rarest, so "the weather in Paris" cannot be covered.
3. The form picks the records that may answer: quotes for "who said",
   reason facts for "why", records with a time for "when"; named deals
   narrow the pool, and the named people must be involved.
4. The best-covering record answers only above a bar; otherwise the answer
   is "the articles don't say", with what the bot does know. A wrong
   confident answer is worse than none.
"""

from __future__ import annotations

from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask_question import Form, Question, parse
from commands.ask_render import Shown, not_found, render_answer
from commands.ask_score import Reading, Scored, is_party, pool, rank, read
from commands.ask_verdict import COMMON, explains, status_verdict, verdict
from knowledge import PLACE_PREFIX, FactBase
from knowledge.question_index import QuestionIndex, has_number, named_in, question_index

KNOWN_MIN = 0.6  # share of a question's weight the fact base must know
COVER_MIN = 0.55  # share of a question's weight the answer must cover
YES_NO_MIN = 0.6  # ...a little more for a yes/no question, which states a whole claim
VERDICT_MIN = 0.75  # a yes or no only from a fact that fits the question this well
CLOSE = 0.05  # a runner-up this close is shown too
PREMISE_MIN = 0.5  # a record covering this much tells which deal a question is on
ENTITY_MIN = 0.75  # "who is" by description: an entity must fit this well...
ENTITY_MARGIN = 0.1  # ...and this much better than the next
VAGUE_DOCS = 6  # a lone common word ("contract") in this many records is too broad to answer


def run(fb: FactBase, query: str) -> Answer:
    qi = question_index(fb)
    return answer(fb, qi, query, parse(query, qi.knows_word))


def answer(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """Answer a parsed question."""
    if question.form is Form.WHAT_SAID:
        return _what_said(fb, qi, query, question)
    if question.form in (Form.WHO_IS, Form.WHAT_IS):
        found = _who_is(fb, qi, query, question)
        if found is not None:
            return found
        # Not a name after all ("who was disappointed?"): a question like any other.
        question = replace(question, form=Form.WHO if question.form is Form.WHO_IS else Form.WHAT)
    reading = read(qi, question.body)
    if not reading.units:
        return _bare_topic(fb, qi, query, question)
    refusal = _refuse(fb, query, reading)
    if refusal is not None:
        return refusal
    if question.form is Form.KEYWORDS and _only_parties(qi, reading):
        return _deals(fb, qi, query, question, reading)
    if _too_broad(qi, question, reading):
        return not_found(fb, query, (), broad=" ".join(u.word for u in reading.units))
    if question.form is Form.WHY:
        ranked = _why(qi, question, reading)
    else:
        bar = YES_NO_MIN if question.form is Form.YES_NO else COVER_MIN
        ranked = [s for s in rank(qi, question, reading, pool(question.form)) if s.cover >= bar]
    if question.form is Form.HOW_MANY:
        ranked = [s for s in ranked if has_number(_shown_text(fb, s.item.id))]
    if question.form is Form.WHERE:
        asked = {t for m in reading.mentions for t in m.targets}
        ranked = [s for s in ranked if _places_in(fb, s.item.id) - asked]
    if not ranked:
        return not_found(fb, query, reading.mentions)
    if question.form not in (Form.WHO_SAID, Form.WHO):
        ranked = _facts_first(qi, ranked)  # "who" wants the quote: it names the speaker
    shown = _shown(ranked)
    lead = ranked[0]
    if question.form is Form.WHEN:
        shown = replace(shown, when=lead.item.when)
    if question.form is Form.YES_NO and question.topic_hint == "status":
        shown = replace(shown, verdict=status_verdict(fb, lead.item, question.cues))
    elif question.form is Form.YES_NO and lead.cover >= VERDICT_MIN:
        shown = replace(shown, verdict=verdict(lead.item, reading.predicate))
    return render_answer(fb, qi, query, question, shown)


# --- when not to answer -------------------------------------------------------


def _refuse(fb: FactBase, query: str, reading: Reading) -> Answer | None:
    """Decline a question mostly about things the articles never mention.

    A place no article covers ("did Kent drop G4S?") is the subject of the
    question unless a covered force or deal is named beside it: a company
    alone does not say where.
    """
    places = reading.places
    forces = {f for d in fb.deals.values() for f in d.forces}
    located = any(t in fb.deals or t in forces for m in reading.mentions for t in m.targets)
    if (places and not located) or reading.known_share < KNOWN_MIN:
        return not_found(fb, query, reading.mentions, places=places, unknown=reading.unknown_words)
    return None


def _too_broad(qi: QuestionIndex, question: Question, reading: Reading) -> bool:
    """Only common words and no name ("who are the three forces?", "contract?"):
    many records fit equally, and picking one would be a guess."""
    if question.topic or question.form in (Form.WHEN, Form.HOW_MANY, Form.WHERE) or reading.mentions:
        return False
    if not all(u.known for u in reading.units):
        return False
    if all(u.weight < COMMON for u in reading.units):
        return True
    if len(reading.units) != 1:
        return False
    return max((qi.content.frequency(t) for t in reading.units[0].widened), default=0) >= VAGUE_DOCS


def _only_parties(qi: QuestionIndex, reading: Reading) -> bool:
    return bool(reading.anchor) and all(u.mention is not None and is_party(qi, u.mention) for u in reading.units)


# --- forms with their own shape -------------------------------------------------


def _why(qi: QuestionIndex, question: Question, reading: Reading) -> list[Scored]:
    """Reasons: a deal's reason facts when the question is why it ended as it
    did; otherwise a record that states a cause of what the question names."""
    reading = replace(reading, anchor=reading.anchor or _premise_deals(qi, reading))
    predicate = reading.predicate
    # "why did herts drop g4s": what is taken as given is the deal's status.
    status = Question("", Form.STATUS, "")
    status_premise = not predicate or any(
        s.cover >= PREMISE_MIN for s in rank(qi, status, reading, lambda i: "status" in i.topics, predicate)
    )
    out = []
    for scored in rank(qi, question, reading, pool(Form.WHY)):
        reason = "reason" in scored.item.topics and status_premise
        if reason or (scored.cover >= COVER_MIN and explains(scored.item, predicate)):
            out.append(scored)
    return out


def _premise_deals(qi: QuestionIndex, reading: Reading) -> frozenset[str]:
    """The deal(s) of the records that best state what the question takes as given."""
    ranked = rank(qi, Question("", Form.WHAT, ""), reading, pool(Form.WHY))
    if not ranked or ranked[0].cover < PREMISE_MIN:
        return frozenset()
    top = ranked[0].cover
    return frozenset(d for s in ranked if s.cover >= top - CLOSE for d in s.item.deals)


def _what_said(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    speaker_reading = read(qi, question.speaker)
    speakers = _speakers(fb, qi, speaker_reading)
    if not speakers:
        named = tuple(t for m in speaker_reading.mentions for t in m.targets if t in fb.entities)
        if named:
            # Somebody the articles name but never quote ("the chief constables").
            return not_found(fb, query, (), speakers=named)
        # No one by that name: the words are words from a quote.
        return answer(fb, qi, query, replace(question, form=Form.WHO_SAID))
    quotes = list(dict.fromkeys(q.id for s in speakers for q in fb.quotes_of(s)))
    if not question.about:
        return render_answer(fb, qi, query, question, Shown(quotes[0], more=tuple(quotes[1:])))
    about = read(qi, question.about)
    if not about.units or about.known_share < KNOWN_MIN:
        return not_found(fb, query, about.mentions, speakers=speakers, unknown=about.unknown_words)
    # Every quote of a speaker is on their deal: the subject's words decide,
    # and a subject that is what their deal is about ("outsourcing") counts
    # for all of their quotes on it, a little less than their own words.
    subject = Reading(about.units, frozenset())
    who_said = replace(question, form=Form.WHO_SAID)
    ranked = rank(qi, who_said, subject, lambda i: i.id in quotes, deal_words=True)
    ranked = [s for s in ranked if s.cover >= COVER_MIN]
    if not ranked:
        return not_found(fb, query, about.mentions, speakers=speakers, unknown=about.unknown_words)
    return render_answer(fb, qi, query, question, _shown(ranked))


def _speakers(fb: FactBase, qi: QuestionIndex, reading: Reading) -> tuple[str, ...]:
    """Who a "what did X say" question means: people or bodies with quotes."""
    named = [t for m in reading.mentions for t in m.targets if t in fb.entities]
    quoted = tuple(dict.fromkeys(t for t in named if fb.quotes_of(t)))
    if quoted or not reading.units:
        return quoted
    # "the herts commissioner": a description of somebody, not a name.
    best = _clear_best(rank(qi, Question("", Form.WHO_IS, ""), reading, lambda i: i.kind == "entity"))
    return (best,) if best and fb.quotes_of(best) else ()


def _who_is(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer | None:
    """A person, organisation or deal, when the body names or describes one."""
    reading = read(qi, question.body)
    mention = reading.units[0].mention if len(reading.units) == 1 else None
    if mention is not None and not mention.place and len(mention.targets) == 1:
        return render_answer(fb, qi, query, question, Shown(mention.targets[0]))
    if not reading.units or reading.known_share < KNOWN_MIN or reading.places:
        return None
    best = _clear_best(rank(qi, question, reading, lambda i: i.kind == "entity"))
    return render_answer(fb, qi, query, question, Shown(best)) if best else None


def _clear_best(ranked: list[Scored]) -> str | None:
    """The one entity a description fits, if it fits well and clearly best."""
    if not ranked or ranked[0].cover < ENTITY_MIN:
        return None
    if len(ranked) > 1 and ranked[0].cover - ranked[1].cover < ENTITY_MARGIN:
        return None
    return ranked[0].item.id


def _deals(fb: FactBase, qi: QuestionIndex, query: str, question: Question, reading: Reading) -> Answer:
    """A force or company alone ("g4s", "herts"): the deals it is party to."""
    deals = sorted(reading.anchor, key=list(fb.deals).index)
    second = deals[1] if len(deals) > 1 else None
    found = render_answer(fb, qi, query, question, Shown(deals[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


def _bare_topic(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """A bare "why?" or "what happened?": the asked topic for every deal."""
    topic = question.topic
    leads = [facts[0].id for d in fb.deals if topic and (facts := fb.facts_of_deal(d, topic))]
    if not leads:
        return not_found(fb, query, ())
    second = leads[1] if len(leads) > 1 else None
    found = render_answer(fb, qi, query, question, Shown(leads[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


# --- choosing what to show --------------------------------------------------------


def _facts_first(qi: QuestionIndex, ranked: list[Scored]) -> list[Scored]:
    """A quote that carries a candidate fact's words gives way to that fact,
    which then leads with the quote shown beneath it."""
    fact_of = {q: f for f, quotes in qi.support.items() for q in quotes}
    candidates = {s.item.id: s for s in ranked}
    out: dict[str, Scored] = {}
    for scored in ranked:
        fact = fact_of.get(scored.item.id)
        best = candidates[fact] if fact in candidates and scored.item.kind == "quote" else scored
        if best.item.id not in out:
            out[best.item.id] = replace(best, score=max(scored.score, best.score))
    return sorted(out.values(), key=lambda s: -s.score)


def _shown(ranked: list[Scored]) -> Shown:
    """The lead, and the runner-up if it is close and says something else."""
    lead = ranked[0]
    second = next((s for s in ranked[1:] if s.item.id != lead.item.id), None)
    close = second is not None and lead.score - second.score <= CLOSE
    return Shown(lead.item.id, second.item.id if close and second else None, lead.cover)


def _shown_text(fb: FactBase, record_id: str) -> str:
    for table in (fb.facts, fb.quotes, fb.events):
        record = table.get(record_id)
        if record is not None:
            return record.text
    return ""


def _places_in(fb: FactBase, record_id: str) -> set[str]:
    """Forces and places a record's text names: what answers "where"."""
    forces = {f for d in fb.deals.values() for f in d.forces}
    named = named_in(fb.names, _shown_text(fb, record_id), places=True)
    return {t for t in named if t in forces or t.startswith(PLACE_PREFIX)}
