"""How many, how much, how long: only a record that puts a number, an
amount or a measure on what is asked answers; otherwise the articles don't
say (a record on the topic without the figure is no answer)."""

from __future__ import annotations

import re

from commands.answer import Answer
from commands.ask import graph, slots
from commands.ask.forms.entry import Entry
from commands.ask.forms.parties import deals_asked
from commands.ask.pipeline import Ask, Found, from_records, select, shown_text
from commands.ask.question import Form, Question, body
from commands.ask.ranking import Scored
from commands.ask.reading import Reading, read
from commands.format import citations, echo
from knowledge.analysis import stem, words
from knowledge.question_index import has_number

_STORY_WORDS = frozenset("story stories article articles piece pieces total altogether named listed".split())
_NAMING = frozenset("named name names mentioned quoted listed identified".split())
_HOW_MANY = re.compile(r"^how (?:many|much|long|big|large|old|often|far)\b(?P<rest>.*)$")


def _read(line: str, contrast: bool) -> Question | None:
    if m := _HOW_MANY.match(line):
        return Question(line, Form.HOW_MANY, body(m["rest"]))
    return None


def _gives(ask: Ask, question: Question, reading: Reading, ranked: list[Scored]) -> tuple[list[Scored], str]:
    """The ranked records that give the figure asked for, and if none does,
    what the articles lack ("how many jobs")."""
    fb, qi = ask.fb, ask.qi
    if slots.asks_amount(question.text):
        kept = [s for s in ranked if slots.gives_amount(shown_text(fb, s.item.id))]
        return kept, "They give no amount or figure for it."
    if slots.asks_measure(question.text):
        kept = [s for s in ranked if slots.gives_measure(shown_text(fb, s.item.id))]
        return kept, f"They don't say {echo(' '.join(question.text.split()[:2]))}."
    nouns, typed = slots.counted(question.body)
    if not nouns:
        return [s for s in ranked if has_number(shown_text(fb, s.item.id))], "They give no number for it."
    widened = frozenset(t for n in nouns for t in qi.content.widen(n))
    kept = [s for s in ranked if slots.gives_count(shown_text(fb, s.item.id), nouns, widened)]
    return kept, f"They give no number of {echo(typed, 30)}."


def _answer(ask: Ask, question: Question) -> Answer:
    nouns, _ = slots.counted(question.body)
    counted = next((_GRAPH_COUNTS[n] for n in sorted(nouns) if n in _GRAPH_COUNTS), "")
    if counted and not slots.asks_amount(question.text) and not slots.asks_measure(question.text):
        found = _from_graph(ask, question, counted)
        if found is not None:
            return found
    return from_records(ask, question, gives=_gives)


# What "how many" counts that the fact graph holds outright.
_GRAPH_COUNTS = {
    **dict.fromkeys((stem("force"), stem("forces")), "forces"),
    **dict.fromkeys((stem("person"), stem("people"), stem("ppl"), stem("names")), "people"),
    **dict.fromkeys((stem("service"), stem("function"), stem("department")), "services"),
}


def _from_graph(ask: Ask, question: Question, counted: str) -> Answer | None:
    """A count the fact graph holds: a deal's forces or services, or the
    people an article names. The record that states the number, if one
    does, is shown beneath."""
    fb, qi = ask.fb, ask.qi
    text = " ".join(w for w in words(question.body) if w not in _STORY_WORDS)
    reading = read(qi, text)
    if reading.places and not reading.anchor:
        return None
    deals = deals_asked(ask, reading, question.text)
    if counted == "people" and not set(words(question.text)) & _NAMING:
        return None  # "how many people work there" counts no names
    if counted == "people":
        sources = list(dict.fromkeys(fb.deals[d].source for d in deals))
        people = graph.people_named(fb, sources)
        unnamed = [e for e in graph.named_by(fb, sources) if slots.unnamed(e.kind, e.role)]
        where = "the two articles" if len(sources) > 1 else "the article"
        title = f"{len(people)} people named in {where}: {graph.and_list(e.name for e in people)}"
        lines = [f"• {graph.role_line(fb, e)}" for e in people]
        if unnamed:
            lines.append("Also quoted or named without a name: " + "; ".join(e.name for e in unnamed) + ".")
        ids = [e.id for e in people]
        return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))
    lines = []
    ids = []
    for deal_id in deals:
        deal = fb.deals[deal_id]
        items = [graph.place_of(e) for e in graph.forces(fb, deal_id)] if counted == "forces" else list(deal.services)
        if items:
            lines.append(f"**{deal.name}**: {len(items)} {counted}: {graph.and_list(items)}.")
            ids.append(deal_id)
    if not lines:
        return None
    stated = select(ask, question, gives=_gives)
    lead = stated.ranked[0].item.id if isinstance(stated, Found) else None
    if lead is None and counted == "services" and len(deals) == 1:
        lead = next((f.id for f in fb.facts_of_deal(deals[0], "services")), None)
    if lead is not None and lead not in ids and set(qi.items[lead].deals) <= set(ids):
        ids.insert(0, lead)
        lines.append(f"*In the article:* {shown_text(fb, lead)}")
    if len(deals) == 1:
        listed = lines[0].split(": ", 1)[1].rstrip(".")
        title = listed[0].upper() + listed[1:]
    else:
        title = f"The {counted} in each story"
    return Answer(title=title, body="\n".join(lines), citations=citations(fb, ids), ids=tuple(ids))


ENTRIES = (Entry(Form.HOW_MANY, _read, _answer),)
