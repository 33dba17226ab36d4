"""`ask <question>`: a free-form question answered from the fact base.

How a question is answered:

1. Its form is read (ask_question.py): who said, why, what next, yes/no...
2. Its body is read against the fact base (ask_score.py): names become
   mentions, other words weighted terms; words the fact base never uses
   weigh as its rarest, so "the weather in Paris" cannot be covered.
3. The form picks the records that may answer: quotes for "who said",
   reason facts for "why", records with a time for "when"; named deals
   narrow the pool, and the named people must be involved.
4. The best-covering record answers only above a bar, and only if it gives
   the kind of thing asked (ask_slots.py): a number for "how many", an
   amount for "how much", a place for "where", a name for "who is", the
   asked noun for "what/which <noun>". Otherwise the answer is "the
   articles don't say", with what the bot does know. A wrong confident
   answer is worse than none.
5. A yes or no comes only from a record that speaks to what is asked: a
   deal's status settles "is the deal still going ahead?", not "is he
   still going ahead with privatisation?".
"""

from __future__ import annotations

from dataclasses import replace

from commands import ask_slots as slots
from commands.answer import Answer, Status
from commands.ask_question import Form, Question, parse, plain_yes_no
from commands.ask_render import Shown, not_found, render_answer, render_sources
from commands.ask_score import Allow, Reading, Scored, is_party, pool, rank, read, slot_matches, term_units
from commands.ask_verdict import COMMON, explains, status_verdict, verdict
from commands.format import echo
from knowledge import FactBase
from knowledge.question_index import QuestionIndex, has_number
from knowledge.text import normalise

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
    qi = fb.questions
    return answer(fb, qi, query, parse(query, qi.knows_word))


def answer(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """Answer a parsed question."""
    if question.form is Form.SOURCE:
        return _source(fb, qi, query, question)
    if question.form is Form.WHAT_SAID:
        return _what_said(fb, qi, query, question)
    reading = read(qi, question.body)
    if question.form in (Form.WHO_IS, Form.WHAT_IS):
        found = _who_is(fb, qi, query, question, reading)
        if found is not None:
            return found
        # Not a name after all ("who was disappointed?"): a question like any other.
        question = replace(question, form=Form.WHO if question.form is Form.WHO_IS else Form.WHAT)
    if not reading.units:
        return _bare_topic(fb, qi, query, question)
    if question.slot:
        unknown = [u.word for u in term_units(qi, slots.slot_words(question.slot)) if not u.known]
        if unknown:
            # "what political party ...": the articles never speak of such a thing.
            lacking = f"They don't say what {echo(question.slot, 40)}."
            return not_found(fb, query, reading.mentions, unknown=unknown, lacking=lacking)
    refusal = _refuse(fb, qi, query, reading)
    if refusal is not None:
        return refusal
    if question.form is Form.KEYWORDS and _only_parties(qi, reading):
        return _deals(fb, qi, query, question, reading)
    if _too_broad(qi, question, reading):
        return not_found(fb, query, (), broad=" ".join(u.word for u in reading.units))
    status_cues = question.cues if question.topic_hint == "status" else ""
    if question.form is Form.YES_NO and status_cues and not _asks_deal_status(qi, reading):
        # "is he still going ahead with privatisation?" asks about privatisation;
        # and no record's own words settle "going ahead", "off" or "dead".
        question = plain_yes_no(question)
        reading = read(qi, question.body)
    if question.form is Form.WHY:
        ranked = _why(qi, question, reading)
    else:
        bar = YES_NO_MIN if question.form is Form.YES_NO else COVER_MIN
        allow = _involving(qi, question) or pool(question.form)
        deal_words = question.form is Form.REACTION
        ranked = [s for s in rank(qi, question, reading, allow, deal_words=deal_words) if s.cover >= bar]
    ranked, lacking = _gives_slot(fb, qi, question, reading, ranked)
    if not ranked:
        return not_found(fb, query, reading.mentions, lacking=lacking)
    if question.form not in (Form.WHO_SAID, Form.WHO):
        ranked = _facts_first(qi, ranked)  # "who" wants the quote: it names the speaker
    shown = _shown(ranked)
    lead = ranked[0]
    if question.form is Form.WHEN:
        shown = replace(shown, when=lead.item.when)
    if question.form is Form.YES_NO and question.topic_hint == "status":
        shown = replace(shown, verdict=status_verdict(fb, lead.item, question.cues))
    elif question.form is Form.YES_NO and lead.cover >= VERDICT_MIN and not status_cues:
        shown = replace(shown, verdict=verdict(lead.item, reading.predicate))
    return render_answer(fb, qi, query, question, shown)


def _gives_slot(
    fb: FactBase, qi: QuestionIndex, question: Question, reading: Reading, ranked: list[Scored]
) -> tuple[list[Scored], str]:
    """The candidates that give the kind of thing asked, and if none does,
    what the articles lack ("how many jobs")."""
    if not ranked:
        return ranked, ""
    if question.form is Form.HOW_MANY:
        if slots.asks_amount(question.text):
            kept = [s for s in ranked if slots.gives_amount(_shown_text(fb, s.item.id))]
            return kept, "They give no amount or figure for it."
        if slots.asks_measure(question.text):
            kept = [s for s in ranked if slots.gives_measure(_shown_text(fb, s.item.id))]
            return kept, f"They don't say {echo(' '.join(question.text.split()[:2]))}."
        nouns, typed = slots.counted(question.body)
        if not nouns:
            return [s for s in ranked if has_number(_shown_text(fb, s.item.id))], "They give no number for it."
        widened = frozenset(t for n in nouns for t in qi.content.widen(n))
        kept = [s for s in ranked if slots.gives_count(_shown_text(fb, s.item.id), nouns, widened)]
        return kept, f"They give no number of {echo(typed, 30)}."
    if question.form is Form.WHERE:
        asked = {t for m in reading.mentions for t in m.targets}
        kept = [s for s in ranked if slots.located_places(qi, qi.forces, _shown_text(fb, s.item.id)) - asked]
        return kept, "They name no place for it."
    if question.slot:
        words = slots.slot_words(question.slot)
        if not words:
            return ranked, ""
        # What the question names is the context of what it asks ("which
        # company was behind the Olympics fiasco"), not the answer.
        named = {t for m in reading.mentions for t in m.targets}
        matched = slot_matches(qi, words, [s.item.id for s in ranked if s.item.id not in named])
        return [s for s in ranked if s.item.id in matched], f"They don't say what {echo(question.slot, 40)}."
    return ranked, ""


def _involving(qi: QuestionIndex, question: Question) -> Allow | None:
    """Whose part or reaction is asked: only records about them, or they
    themselves, answer. "Where does X come in?" is not answered by a record
    that merely shares X's deal, nor "how did G4S react?" by Unison's
    welcome of the same decision."""
    subject = question.role or (question.speaker if question.form is Form.REACTION else "")
    targets = frozenset(t for m in read(qi, subject).mentions for t in m.targets) if subject else frozenset()
    if not targets:
        return None
    allow = pool(question.form)
    return lambda i: allow(i) and (i.id in targets or bool(i.about & targets))


def _asks_deal_status(qi: QuestionIndex, reading: Reading) -> bool:
    """Whether "is it still going ahead / off?" is asked of a deal: the
    question names one, or says nothing but "the deal" ("contract", "plan")
    besides who is in it."""
    if any(t in qi.deal_ids for m in reading.mentions for t in m.targets):
        return True
    return all(qi.deal_nouns & u.widened.keys() for u in reading.predicate)


# --- when not to answer -------------------------------------------------------


def _refuse(fb: FactBase, qi: QuestionIndex, query: str, reading: Reading) -> Answer | None:
    """Decline a question mostly about things the articles never mention.

    A place no article covers ("did Kent drop G4S?") is the subject of the
    question unless a covered force or deal is named beside it: a company
    alone does not say where.
    """
    places = reading.places
    located = any(t in qi.deal_ids or t in qi.forces for m in reading.mentions for t in m.targets)
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
    ranked = rank(qi, who_said, subject, lambda i: True, deal_words=True, among=quotes)
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


def _who_is(fb: FactBase, qi: QuestionIndex, query: str, question: Question, reading: Reading) -> Answer | None:
    """A person, organisation or deal, when the body names or describes one.

    Asked who somebody is by a description ("the Northamptonshire PCC"), or
    asked for a name, an entity the articles leave unnamed (a group, a
    spokesman) does not answer: the answer says the name is not given.
    """
    mention = reading.units[0].mention if len(reading.units) == 1 else None
    if mention is not None and not mention.place and len(mention.targets) == 1:
        target = mention.targets[0]
        if question.asks_name and not _has_name(fb, target):
            return _no_name(fb, query, question, target)
        return render_answer(fb, qi, query, question, Shown(target))
    if not reading.units or reading.known_share < KNOWN_MIN or reading.places:
        return not_found(fb, query, reading.mentions, lacking=_NO_NAME) if question.asks_name else None
    best = _clear_best(rank(qi, question, reading, lambda i: i.kind == "entity"))
    # "Who is the Northamptonshire PCC?" fits the three forces' PCCs best:
    # a group, which does not say who one of them is.
    one_of_many = best is not None and question.form is Form.WHO_IS and _is_group(fb, best)
    if best is not None and (one_of_many or (question.asks_name and not _has_name(fb, best))):
        return _no_name(fb, query, question, best)
    if best is None and (question.asks_name or _describes_one(question)):
        # "who is the leicestershire chief constable?": an office nobody in
        # the articles is said to hold; a record that shares its words is no name.
        lacking = f"They name no one as {echo(question.body, 60)}."
        return not_found(fb, query, reading.mentions, lacking=lacking)
    return render_answer(fb, qi, query, question, Shown(best)) if best else None


def _describes_one(question: Question) -> bool:
    """ "who is the <office>": a description of one person, not "who was disappointed"."""
    return question.form is Form.WHO_IS and question.body.split(" ", 1)[0] in _DETERMINERS


_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def _has_name(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is None or not slots.unnamed(entity.kind, entity.role)


def _is_group(fb: FactBase, target: str) -> bool:
    entity = fb.entities.get(target)
    return entity is not None and slots.plural(entity.kind)


def _no_name(fb: FactBase, query: str, question: Question, entity_id: str) -> Answer:
    """The articles refer to somebody without naming them: say so."""
    lacking = f"They don't name {echo(question.body, 60)}." if question.body else _NO_NAME
    return not_found(fb, query, (), lacking=lacking, entities=(entity_id,))


_NO_NAME = "They give no name for that."


def _clear_best(ranked: list[Scored]) -> str | None:
    """The one entity a description fits, if it fits well and clearly best."""
    if not ranked or ranked[0].cover < ENTITY_MIN:
        return None
    if len(ranked) > 1 and ranked[0].cover - ranked[1].cover < ENTITY_MARGIN:
        return None
    return ranked[0].item.id


def _deals(fb: FactBase, qi: QuestionIndex, query: str, question: Question, reading: Reading) -> Answer:
    """A force or company alone ("g4s", "herts"): the deals it is party to."""
    deals = sorted(reading.anchor, key=qi.deal_order.__getitem__)
    second = deals[1] if len(deals) > 1 else None
    found = render_answer(fb, qi, query, question, Shown(deals[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


def _source(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """Which article a thing comes from, who published it, its title or date,
    as the fact base records them; "not given" where the text gives none."""
    body = " ".join(w for w in normalise(question.body).split() if w not in _ARTICLE_WORDS)
    # "the BBC article": a publisher's name says which articles, not what is in them.
    published = [s for name, ids in qi.publishers.items() if f" {name} " in f" {body} " for s in ids]
    for name in qi.publishers:
        body = f" {body} ".replace(f" {name} ", " ").strip()
    reading = read(qi, body)
    found: list[str] = list(published)
    if reading.units and reading.known_share < KNOWN_MIN:
        return not_found(fb, query, reading.mentions, unknown=reading.unknown_words)
    if reading.predicate:
        # "which article says G4S was disappointed": the article of the record that says it.
        what = Question(body, Form.WHAT, body)
        ranked = [s for s in rank(qi, what, reading, pool(Form.WHAT)) if s.cover >= COVER_MIN]
        if not ranked:
            return not_found(fb, query, reading.mentions, unknown=reading.unknown_words)
        found = [fb.source_of(ranked[0].item.id).id]  # what is said decides, whoever published it
    else:
        # "the article about the East Midlands": the articles of the deals
        # named; "the BBC article": those of that publisher.
        deals = sorted(reading.anchor, key=qi.deal_order.__getitem__)
        found += [fb.deals[d].source for d in deals]
    return render_sources(fb, query, list(dict.fromkeys(found)), question.slot or "source")


_ARTICLE_WORDS = frozenset("article articles story stories piece news item source sources this that these".split())


def _bare_topic(fb: FactBase, qi: QuestionIndex, query: str, question: Question) -> Answer:
    """A bare "why?" or "what happened?": the asked topic for every deal."""
    leads = qi.topic_leads.get(question.topic, ()) if question.topic else ()
    if not leads:
        return not_found(fb, query, ())
    second = leads[1] if len(leads) > 1 else None
    found = render_answer(fb, qi, query, question, Shown(leads[0], second))
    return replace(found, status=Status.AMBIGUOUS) if second else found


# --- choosing what to show --------------------------------------------------------


def _facts_first(qi: QuestionIndex, ranked: list[Scored]) -> list[Scored]:
    """A quote that carries a candidate fact's words gives way to that fact,
    which then leads with the quote shown beneath it."""
    candidates = {s.item.id: s for s in ranked}
    out: dict[str, Scored] = {}
    for scored in ranked:
        fact = qi.fact_of_quote.get(scored.item.id)
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
