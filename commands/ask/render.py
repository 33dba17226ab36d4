"""How an `ask` answer reads: the one best record first, then a close second.

A quote is shown verbatim with its speaker; a fact in our words with the
speaker's own words (or the article's) beneath it; every answer names its
deal and cites its article. "The articles don't say" says what was missing
and what the bot does know.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from commands.answer import Answer, Citation, Status
from commands.ask.question import Form, Question
from commands.ask.slots import unnamed
from commands.format import citations, cmd, echo, or_list, quote_text, shorten
from knowledge import FactBase
from knowledge.model import Deal
from knowledge.question_index import Mention, QuestionIndex

_BRIEF = 220  # characters of a runner-up shown
_MORE_SHOWN = 1  # further quotes shown in full when a speaker is asked about
_DEALS_LISTED = 3  # deals named in "they cover ..." when nothing else is known
_SOURCES_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Shown:
    """What an answer shows: its lead record, maybe a close second."""

    lead: str
    second: str | None = None
    cover: float = 1.0
    more: tuple[str, ...] = ()  # further records of the same kind (a speaker's quotes)
    verdict: str = ""  # "yes", "no" or "not quite" for a yes/no question or a claim, when the facts settle it
    when: str = ""  # the lead's time, for a "when" question
    deal_said: str = ""  # the deal asked of as a speaker ("what did the EM side say"), whose quotes these are


# What opens a close runner-up shown after the lead ("**Also:** ..."): where the answer proper ends.
RUNNER_UP = "**Also:**"


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
        on = _quotes_deal(fb, shown)
        if on is not None:
            # Several speakers' words on a deal: `!quote` of the deal lists them all.
            name = on.aliases[0] if on.aliases else on.name
        parts.append(f"…and {hidden} more: {cmd('quote ' + name)}." if name else f"…and {hidden} more.")
    if shown.second:
        parts.append(f"{RUNNER_UP} " + _brief(fb, shown.second))
        ids.insert(1, shown.second)
    ids = list(dict.fromkeys(ids))
    return Answer(
        title=_title(fb, qi, question, shown),
        body="\n\n".join(parts),
        citations=citations(fb, ids),
        ids=tuple(ids),
    )


def _when(question: Question, shown: Shown) -> str:
    return shown.when if question.form is Form.WHEN else ""


def _title(fb: FactBase, qi: QuestionIndex, question: Question, shown: Shown) -> str:
    lead = shown.lead
    deal = _deal_name(fb, lead)
    if question.form in (Form.YES_NO, Form.CONFIRM):
        verdict = {"yes": "Yes", "no": "No", "not quite": "Not quite"}.get(shown.verdict, "What the articles say")
        return f"{verdict}: {deal}" if deal else verdict
    if lead in fb.entities:
        return fb.entities[lead].name
    if lead in fb.deals:
        return fb.deals[lead].name
    if question.form is Form.WHO and (lead in fb.facts or lead in fb.events):
        # "Who made the call to drop G4S?": the one person the record is about.
        people = [e for e in qi.items[lead].about if e in fb.entities and fb.entities[e].kind == "person"]
        asked = set(qi.content.query_terms(question.body))
        # Not somebody the question itself names ("who will Lloyd keep talking to?").
        people = [e for e in people if not asked & set(qi.content.query_terms(fb.entities[e].name))]
        if len(people) == 1:
            return fb.entities[people[0]].name
    if question.form in (Form.WHO_SAID, Form.WHAT_SAID, Form.WHO) and lead in fb.quotes:
        speaker = fb.entities[fb.quotes[lead].speaker].name
        if question.form is Form.WHO:
            return speaker  # "who didn't rule out ...": the speaker of the words that say so
        if question.form is Form.WHO_SAID:
            return f"{speaker} said it"
        on = _quotes_deal(fb, shown)
        # "what did the east midlands side say": several speakers' words, the deal's.
        return f"What was said on the {on.name}" if on is not None else f"What {speaker} said"
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


def _quotes_deal(fb: FactBase, shown: Shown) -> Deal | None:
    """The deal asked of as a speaker, when the quotes shown are its, of
    more than one speaker; else None (one speaker's, or a party's, words)."""
    if not shown.deal_said or shown.lead not in fb.quotes:
        return None
    quotes = [fb.quotes[q] for q in (shown.lead, *shown.more) if q in fb.quotes]
    if len({q.speaker for q in quotes}) < 2:
        return None
    return fb.deals.get(shown.deal_said)


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
    if unnamed(entity.kind, entity.role):
        lines.append("The articles give no name.")
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
    lacking: str = "",
    entities: Iterable[str] = (),
) -> Answer:
    """The honest answer: nothing fits, what was missing, and what is known.

    `lacking` is a sentence on the thing asked that no record gives ("They
    give no number of `jobs`."), user text in it already made inert with
    `echo`; `entities` are who or what the articles do say something of instead.
    """
    lines = [f"Nothing in the articles answers {echo(query)}."]
    if lacking:
        lines.append(lacking)
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
    for entity_id in entities:
        entity = fb.entities[entity_id]
        hints.append(f"They only mention **{entity.name}** ({entity.role}): {cmd('who ' + entity.name)}.")
        names.append(entity.name)
    for speaker in speakers:
        entity = fb.entities[speaker]
        count = len(fb.quote_ids_of(speaker))
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
        deals = list(itertools.islice(fb.deals.values(), _DEALS_LISTED + 1))
        known = "; ".join(f"**{d.name}** ({d.status})" for d in deals[:_DEALS_LISTED])
        more = f" and {len(fb.deals) - _DEALS_LISTED} more deals" if len(deals) > _DEALS_LISTED else ""
        lines.append(f"They cover: {known}{more}.")
        examples = ", ".join(cmd("ask " + q) for q in ("why did herts drop g4s?", "who said it was good news?"))
        lines.append(f"Try {examples} or {cmd('help')}.")
    return Answer(
        title="The articles don't say",
        body="\n".join(lines),
        status=Status.NOT_FOUND,
        suggestions=tuple(dict.fromkeys(names)),
    )


def render_sources(fb: FactBase, query: str, source_ids: list[str], asked: str) -> Answer:
    """What the fact base records of some articles: the `asked` part
    ("publisher", "title", "date", "author" or "source") first, and plainly
    "not given" where the text gives none. Not found when no article shown
    gives what was asked."""
    ids = source_ids or list(fb.sources)
    shown = [fb.sources[s] for s in ids[:_SOURCES_SHOWN]]
    parts = []
    given = False
    for source in shown:
        lines = [f"**{source.title or source.label}**"]
        if source.publisher:
            basis = f" (the page says: “{source.publisher_basis}”)" if source.publisher_basis else ""
            lines.append(f"Publisher: {source.publisher}{basis}")
        else:
            lines.append("Publisher: not given in the text")
        if not source.title:
            lines.append("Title: not given in the text")
        lines.append(f"Published: {source.date}" if source.date else "Date: not given in the text")
        if source.url:
            lines.append(f"Link: <{source.url}>")
        if source.note:
            lines.append(source.note)
        parts.append("\n".join(lines))
        given |= {
            "publisher": bool(source.publisher),
            "title": bool(source.title),
            "date": bool(source.date),
            "author": False,  # the fact base records no authors
        }.get(asked, True)
    if len(ids) > len(shown):
        parts.append(f"…and {len(ids) - len(shown)} more: {cmd('sources')}.")
    if not given:
        what = {"publisher": "who published it", "title": "its title", "date": "when it was published"}
        lead = f"The articles don't say {what.get(asked, 'who wrote it')}; this is all they give:"
        body = lead + "\n\n" + "\n\n".join(parts)
        return Answer(title="The articles don't say", body=body, status=Status.NOT_FOUND, suggestions=())
    title = {
        "publisher": "Published by",
        "title": "The article",
        "date": "Published",
    }.get(asked, "Source" if len(shown) == 1 else "Sources")
    if asked == "publisher" and len(shown) == 1 and shown[0].publisher:
        title = f"Published by {shown[0].publisher}"
    return Answer(
        title=title,
        body="\n\n".join(parts),
        citations=tuple(Citation(s.id, s.display) for s in shown),
        ids=tuple(s.id for s in shown),
    )
