"""How an `ask` answer reads: the one best record first, then a close second.

A quote is shown verbatim with its speaker; a fact in our words with the
speaker's own words (or the article's) beneath it; every answer names its
deal and cites its article. "The articles don't say" says what was missing
and what the bot does know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from commands.answer import Answer, Status
from commands.ask_question import Form, Question
from commands.format import citations, cmd, echo, or_list, quote_text, shorten
from knowledge import FactBase
from knowledge.question_index import Mention, QuestionIndex

_BRIEF = 220  # characters of a runner-up shown
_MORE_SHOWN = 1  # further quotes shown in full when a speaker is asked about


@dataclass(frozen=True, slots=True)
class Shown:
    """What an answer shows: its lead record, maybe a close second."""

    lead: str
    second: str | None = None
    cover: float = 1.0
    more: tuple[str, ...] = ()  # further records of the same kind (a speaker's quotes)
    verdict: str = ""  # "yes" or "no" for a yes/no question, when a fact settles it
    when: str = ""  # the lead's time, for a "when" question


def render_answer(fb: FactBase, qi: QuestionIndex, query: str, question: Question, shown: Shown) -> Answer:
    parts = [_lead(fb, qi, shown.lead)]
    ids = [shown.lead]
    if shown.lead in fb.facts:
        support = [q for q in qi.support.get(shown.lead, ()) if q != shown.second]
        if support:
            parts.append("*In their words:*\n" + quote_text(fb, fb.quotes[support[0]]))
            ids.append(support[0])
    extra = list(shown.more[:_MORE_SHOWN])
    for record in extra:
        parts.append(_lead(fb, qi, record, deal_line=False))
        ids.append(record)
    hidden = len(shown.more) - len(extra)
    if hidden > 0:
        name = fb.entities[fb.quotes[shown.lead].speaker].name if shown.lead in fb.quotes else ""
        parts.append(f"…and {hidden} more: {cmd('quote ' + name)}." if name else f"…and {hidden} more.")
    if shown.second:
        parts.append("**Also:** " + _brief(fb, shown.second))
        ids.insert(1, shown.second)
    ids = list(dict.fromkeys(ids))
    return Answer(
        title=_title(fb, question, shown),
        body="\n\n".join(parts),
        citations=citations(fb, ids),
        ids=tuple(ids),
    )


def _when(question: Question, shown: Shown) -> str:
    return shown.when if question.form is Form.WHEN else ""


def _title(fb: FactBase, question: Question, shown: Shown) -> str:
    lead = shown.lead
    deal = _deal_name(fb, lead)
    if question.form is Form.YES_NO:
        verdict = {"yes": "Yes", "no": "No"}.get(shown.verdict, "What the articles say")
        return f"{verdict}: {deal}" if deal else verdict
    if lead in fb.entities:
        return fb.entities[lead].name
    if lead in fb.deals:
        return fb.deals[lead].name
    if question.form in (Form.WHO_SAID, Form.WHAT_SAID) and lead in fb.quotes:
        speaker = fb.entities[fb.quotes[lead].speaker].name
        return f"{speaker} said it" if question.form is Form.WHO_SAID else f"What {speaker} said"
    when = _when(question, shown)
    if when:
        return f"When: {when}"
    label = {
        Form.WHY: "Why",
        Form.NEXT: "What next",
        Form.STATUS: "What happened",
        Form.SERVICES: "Services",
        Form.REACTION: "Reactions",
        Form.WHEN: "When",
    }.get(question.form)
    if label and deal:
        return f"{label}: {deal}"
    return deal or "From the articles"


def _deal_name(fb: FactBase, record_id: str) -> str:
    for table in (fb.facts, fb.events):
        record = table.get(record_id)
        if record is not None:
            return fb.deals[record.deal].name
    quote = fb.quotes.get(record_id)
    if quote is not None and quote.deal:
        return fb.deals[quote.deal].name
    return ""


def _lead(fb: FactBase, qi: QuestionIndex, record_id: str, *, deal_line: bool = True) -> str:
    deal = _deal_name(fb, record_id)
    on_deal = f"\n*On the {deal}.*" if deal and deal_line else ""
    if record_id in fb.quotes:
        return quote_text(fb, fb.quotes[record_id]) + on_deal
    if record_id in fb.facts:
        fact = fb.facts[record_id]
        article = ""
        if fact.basis and not qi.support.get(record_id):
            article = f"\n*The article:* “{fact.basis}”"
        return f"{fact.text}{on_deal}{article}"
    if record_id in fb.events:
        event = fb.events[record_id]
        when = f"**{event.when}**: " if event.when else ""
        return f"{when}{event.text}{on_deal}"
    if record_id in fb.entities:
        return _entity(fb, record_id)
    deal_record = fb.deals[record_id]
    return f"**{deal_record.name}**: {deal_record.status}. {deal_record.summary}"


def _entity(fb: FactBase, entity_id: str) -> str:
    entity = fb.entities[entity_id]
    lines = [f"**{entity.name}**: {entity.role}."]
    if entity.organisation:
        lines.append(f"Part of {fb.entities[entity.organisation].name}.")
    deals = fb.deals_of_entity.get(entity_id, ())
    if deals:
        lines.append("In the articles on: " + "; ".join(fb.deals[d].name for d in deals) + ".")
    quotes = fb.quotes_of(entity_id)
    if quotes:
        first = quotes[0]
        said = f"“{shorten(first.text, _BRIEF)}”" if not first.reported else shorten(first.text, _BRIEF)
        count = f" ({len(quotes)} quotes: {cmd('quote ' + entity.name)})" if len(quotes) > 1 else ""
        lines.append(f"Said: {said}{count}")
    return "\n".join(lines)


def _brief(fb: FactBase, record_id: str) -> str:
    if record_id in fb.quotes:
        quote = fb.quotes[record_id]
        words = shorten(quote.text, _BRIEF)
        shown = words if quote.reported else f"“{words}”"
        return f"{shown} — {fb.entities[quote.speaker].name}"
    if record_id in fb.facts:
        return shorten(fb.facts[record_id].text, _BRIEF) + f" *({_deal_name(fb, record_id)})*"
    if record_id in fb.events:
        event = fb.events[record_id]
        return (f"{event.when}: " if event.when else "") + shorten(event.text, _BRIEF)
    if record_id in fb.entities:
        entity = fb.entities[record_id]
        return f"**{entity.name}**: {entity.role}"
    return f"**{fb.deals[record_id].name}**"


def not_found(
    fb: FactBase,
    query: str,
    mentions: Iterable[Mention],
    *,
    places: Iterable[str] = (),
    unknown: Iterable[str] = (),
    speakers: Iterable[str] = (),
    broad: str = "",
) -> Answer:
    """The honest answer: nothing fits, what was missing, and what is known."""
    lines = [f"Nothing in the articles answers {echo(query)}."]
    if broad:
        lines = [f"Too many things in the articles mention {echo(broad, 30)} to pick one."]
        lines.append(f"Name a person, place or deal, e.g. {cmd('ask why did herts drop g4s?')}.")
    places = tuple(places)
    if places:
        lines.append(f"They say nothing about {or_list(places)}.")
    missing = [w for w in unknown if w not in {p.lower() for p in places}][:3]
    if missing:
        lines.append("They never mention " + ", ".join(echo(w, 30) for w in missing) + ".")
    hints: list[str] = []
    names: list[str] = []
    for speaker in speakers:
        entity = fb.entities[speaker]
        count = len(fb.quotes_of(speaker))
        if count:
            times = f"{count} time{'s' if count != 1 else ''}"
            hints.append(f"**{entity.name}** is quoted {times}: {cmd('quote ' + entity.name)}.")
        else:
            hints.append(f"The articles quote nothing from **{entity.name}**.")
        names.append(entity.name)
    for mention in mentions:
        for target in mention.targets:
            if target in fb.entities and target not in speakers:
                entity = fb.entities[target]
                hints.append(f"They do cover **{entity.name}** ({entity.role}): {cmd('who ' + entity.name)}.")
                names.append(entity.name)
            elif target in fb.deals:
                deal = fb.deals[target]
                hints.append(
                    f"They do cover the **{deal.name}**: {cmd('deal ' + (deal.aliases[0] if deal.aliases else ''))}."
                )
                names.append(deal.name)
    if hints:
        lines += list(dict.fromkeys(hints))[:3]
    else:
        known = "; ".join(f"**{d.name}** ({d.status})" for d in fb.deals.values())
        lines.append(f"They cover: {known}.")
        examples = ", ".join(cmd("ask " + q) for q in ("why did herts drop g4s?", "who said it was good news?"))
        lines.append(f"Try {examples} or {cmd('help')}.")
    return Answer(
        title="The articles don't say",
        body="\n".join(lines),
        status=Status.NOT_FOUND,
        suggestions=tuple(dict.fromkeys(names)),
    )
