"""Any other question ("what went wrong at the olympics?"), and bare words
with no question form at all ("olympics?"): the best-covering record.

A question with topic words but no form ("G4S response", "herts reasons")
is read as the form its topic word names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commands.answer import Answer, Status
from commands.ask import graph, slots
from commands.ask.forms.entry import Entry
from commands.ask.pipeline import Ask, Gives, deals_of_parties, from_records, only_parties, shown_text
from commands.ask.question import INTENT, QUESTION_WORDS, Form, Question, body
from commands.ask.ranking import Scored, anything, quoted_as_written, rank
from commands.ask.reading import Reading, term_units
from commands.ask.render import Shown, not_found, render_answer
from commands.format import citations, echo
from knowledge.analysis import stem
from knowledge.analysis import words as analysed_words

# Topic words in a question of no particular form ("G4S response", "herts
# reasons"), as stems: any form of the word names the topic ("reasoning",
# "responding", "explanations").
_TOPIC_CUES: tuple[tuple[Form, frozenset[str]], ...] = tuple(
    (form, frozenset(stem(w) for w in cues.split()))
    for form, cues in (
        (Form.REACTION, "react reaction response respond"),
        (Form.WHY, "reason because cause excuse justification grounds rationale motive explanation"),
        (Form.SERVICES, "service function department"),
        (Form.STATUS, "status outcome latest update"),
        (Form.WHEN, "when date"),
    )
)
# "what/which <slot> <verb> ...": the kind of thing the answer must be.
_SLOT = re.compile(
    r"^(?:what|which) (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|could|can|should|s)\b)"
    r"(?P<slot>(?:\w+ ){0,2}?\w+) (?:is|was|are|were|did|does|do|has|have|had|will|would|could|can|should|might|"
    r"may)\b"
)


def read_any(line: str) -> Question:
    """Any question, read by the topic its words name, else as "what"."""
    return _read(line, False)


def _read(line: str, contrast: bool) -> Question:
    first = line.split(" ", 1)[0] if line else ""
    rest = line[len(first) :] if first in QUESTION_WORDS else line
    said = rest.split()
    for form, cue in _TOPIC_CUES:
        if any(stem(w) in cue for w in said):
            return Question(line, form, body(" ".join(w for w in said if stem(w) not in cue)))
    question = Question(line, Form.WHAT if first in QUESTION_WORDS else Form.KEYWORDS, body(rest))
    if question.form is Form.WHAT and (m := _SLOT.match(line)):
        # "which company will herts use instead of G4S": another than the one set aside.
        question = replace(question, slot=f"other {m['slot']}" if contrast else m["slot"])
    if contrast and not question.slot:
        # "em instead of g4s what", "what will they set up instead of the
        # deal": what is done in the place of what was set aside.
        question = replace(question, form=Form.NEXT, cues="instead")
    return question


# "what did the report recommend": the last word is what was done, and the
# answer must say it was done, not merely name the report.
_NOT_VERBS = r"(?!(?:with|at|to|in|on|about|for|from|of|by|over)\b)"
_DID = re.compile(
    r"^what (?:did|does|do|will|would|has|have|had) "
    r"(?P<subject>(?:" + _NOT_VERBS + r"\w+ ){1,7})(?P<verb>" + _NOT_VERBS + r"[a-z]+)"
    # "... recommend to the forces": what it was done to or about is no part of the deed.
    r"(?: (?:to|for|about|on|with|in|at|from|of|over|regarding) .+)?$"
)


def _answer(ask: Ask, question: Question) -> Answer | Question:
    if question.form is Form.KEYWORDS:
        reading = ask.read(question.body)
        if only_parties(ask.qi, reading):
            return deals_of_parties(ask, question, reading)
        one = reading.units[0].mention if len(reading.units) == 1 else None
        person = one is not None and len(one.targets) == 1 and one.targets[0] in ask.fb.entities
        if one is not None and person and ask.fb.entities[one.targets[0]].kind in _SOMEBODY:
            # "tell me about Chris Hanrahan": who he is.
            return render_answer(ask.fb, ask.qi, ask.query, question, Shown(one.targets[0]))
    kind = slots.entity_kind(slots.slot_words(question.slot)) if question.slot else ""
    if kind:
        reading = ask.read(question.body)
        measured = slots.unknown_measures(question.text, reading.unknown_words)
        if measured:
            # "which force is the biggest of the three?": a measure never given.
            return not_found(ask.fb, ask.echoed, reading.mentions, unknown=measured)
        related = _related(ask, reading, kind)
        if related is None and kind == "police force" and _several(question.slot):
            # "which three counties did the deal cover": the forces of the
            # deal, which the fact graph lists (a county is named for its force).
            return replace(question, form=Form.PARTIES, slot="forces")
        if related is None and not slots.asks_other(question.slot):
            party = _party_of(ask, reading, kind)
            if party is not None:
                return _party_answer(ask, question, reading, party)
        if related is not None:
            return render_answer(ask.fb, ask.qi, ask.query, question, Shown(related))
    if slots.asks_outcome(question.text) or _HOW_WENT.match(question.text):
        return from_records(ask, question, gives=came_of)
    owned = _OWNED.match(question.text)
    if owned and not _known(ask, owned["noun"]):
        # "What was G4S's profit last year?": a thing of theirs the articles never mention.
        lacking = f"They don't give {echo(owned['owner'], 40)}'s {echo(owned['noun'], 30)}."
        return not_found(ask.fb, ask.echoed, ask.read(owned["owner"]).mentions, lacking=lacking)
    m = _DID.match(question.text)
    verb = _deed(question.text, m) if m else ""
    if question.form is Form.WHAT and verb and verb not in _LIGHT_VERBS:
        return from_records(ask, question, gives=_does(verb, m["subject"] if m else ""))
    found = from_records(ask, question)
    if found.status is Status.NOT_FOUND:
        # "tell me about but the decision rested on": words too common to
        # pick a record by, but the words of one, as written.
        written = quoted_as_written(ask.fb, ask.qi, question.body, kinds=("fact", "quote", "event"))
        if written is not None:
            return render_answer(ask.fb, ask.qi, ask.query, question, Shown(written))
    return found


_COUNT_WORDS = frozenset("two three four five six both all 2 3 4 5 6".split())


def _several(slot: str) -> bool:
    """ "which three counties", "what forces": a slot asking for more than one."""
    said = analysed_words(slot)
    return bool(said) and (said[-1].endswith("s") or not _COUNT_WORDS.isdisjoint(said))


def _related(ask: Ask, reading: Reading, kind: str) -> str | None:
    """ "Which police force was the framework contract through?", "which
    union is Hanrahan in?": the one entity of the kind asked that the fact
    graph ties to what the question names (its organisation), if one."""
    fb = ask.fb
    named = {t for m in reading.mentions for t in m.targets}
    found = {
        e.organisation
        for t in sorted(named)
        if (e := fb.entities.get(t)) is not None and e.organisation and e.organisation not in named
    }
    found = {t for t in found if fb.entities[t].kind == kind}
    return found.pop() if len(found) == 1 else None


def _party_of(ask: Ask, reading: Reading, kind: str) -> str | None:
    """ "Which company did the East Mids forces reject?": the one party of
    the kind asked in the deal the question names, if it does not name it."""
    fb = ask.fb
    named = {t for m in reading.mentions for t in m.targets}
    found = {
        p
        for d in sorted(reading.anchor)
        for p in (*fb.deals[d].companies, *fb.deals[d].forces)
        if p in fb.entities and fb.entities[p].kind == kind and p not in named
    }
    return found.pop() if len(found) == 1 else None


def _party_answer(ask: Ask, question: Question, reading: Reading, party: str) -> Answer:
    """The party, shown by the record of the deal asked about that names it
    and best fits the question: from that story alone, though the party is in both."""
    fb = ask.fb
    entity = fb.entities[party]
    deal = fb.deals[min(reading.anchor, key=ask.qi.deal_order.__getitem__)]
    names = [n.lower() for n in (entity.name, *entity.aliases)]
    naming = [r for r in ask.qi.records_of.get(deal.id, ()) if any(n in shown_text(fb, r).lower() for n in names)]
    ranked = rank(ask.qi, question, reading, anything, among=naming) if naming else []
    lead = ranked[0].item.id if ranked else naming[0] if naming else deal.id
    lines = [graph.role_line(fb, entity) + ".", f"*In the {deal.name} story:* {shown_text(fb, lead) or deal.summary}"]
    return Answer(title=entity.name, body="\n".join(lines), citations=citations(fb, [lead]), ids=(lead, party))


# "How did the meeting go?": what came of it, asked another way.
_HOW_WENT = re.compile(
    r"^how (?:did|has|have|had|does|do) .+ (?:go|gone|went|turn out|turned out|pan out|panned out)(?: down)?$"
)
_LIGHT_VERBS = frozenset("do does did say said mean means want think happen happened".split())


_SOMEBODY = frozenset({"person", "spokesperson", "union", "group"})
# "what is/was X's <noun> ...": the noun is what is asked.
_OWNED = re.compile(r"^what (?:is|was|are|were|s) (?:the )?(?P<owner>(?:\w+ ){1,4}?)s (?P<noun>\w+)\b")


def _known(ask: Ask, word: str) -> bool:
    """Whether the articles use a word or one of its synonyms (filler words count as used)."""
    return all(u.known for u in term_units(ask.qi, [word]))


def came_of(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """ "What came out of the meeting?": only a record of something that has
    happened tells what came of it, not one saying it is yet to come."""
    kept = [s for s in ranked if not slots.to_come(s.item.when)]
    return kept, f"They only say it is to come (“{ranked[0].item.when}”), not what came of it."


_NOMINAL = re.compile(r"(?:ation|ations|ment|ments|al|als)$")


def _named_only(text: str, deed: set[str]) -> bool:
    """Whether a text has a deed only as a noun made of its verb ("recommendations")."""
    forms = [w for w in analysed_words(text) if stem(w) in deed]
    return bool(forms) and all(_NOMINAL.search(w) for w in forms)


def _deed_text(ask: Ask, record_id: str) -> str:
    """What a record says: its text, or for somebody, their role."""
    entity = ask.fb.entities.get(record_id)
    return shown_text(ask.fb, record_id) or (entity.role if entity is not None else "")


def _deed(text: str, m: re.Match[str]) -> str:
    """The verb a "what did X <verb> ..." question asks the deed of: after a
    verb of intent ("promised to pursue"), the verb it governs, which the
    records say as the deed itself."""
    verb = m["verb"]
    after = text[m.end("verb") :].split()
    if len(after) > 1 and after[0] == "to" and INTENT.match(f"{verb} to {after[1]}"):
        return after[1]
    return verb


def _does(verb: str, subject: str) -> Gives:
    def gives(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
        units = term_units(ask.qi, [verb])
        if not units:
            return ranked, ""
        wanted = {t for u in units for t in (u.key, *u.widened)}
        kept = [s for s in ranked if s.matched & wanted or any(u.key in s.matched for u in units)]
        # "What did the report recommend?": the record must be about the report,
        # not merely recommend something.
        doer = [u for u in ask.read(subject).units if u.mention is None and u.widened]
        kept = [s for s in kept if all(u.key in s.matched for u in doer)]
        # "What did the chief constables recommend?": a record that only names
        # the deed ("the chief constables' recommendations") does not say what it was.
        deed = {u.key for u in units}
        kept = [s for s in kept if not _named_only(_deed_text(ask, s.item.id), deed)]
        return kept, f"They don't say what {echo(question.body, 60)}."

    return gives


ENTRIES = (Entry(Form.WHAT, _read, _answer), Entry(Form.KEYWORDS, _read, _answer))
