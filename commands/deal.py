"""`deal <place, force, company or deal>`: what happened with a deal."""

from __future__ import annotations

from commands.answer import Answer, Field, Status
from commands.format import all_citations, bullets, citations, cmd, echo, or_list, shorten
from commands.lookup import Lookup, resolve_deals
from knowledge import FactBase
from knowledge.model import Deal, Fact

_TOPIC_FIELDS = (
    ("reason", "Why"),
    ("background", "Background"),
    ("next", "What next"),
    ("reaction", "Reactions"),
)


def run(fb: FactBase, query: str) -> Answer:
    if not query:
        return list_deals(fb)
    lookup = resolve_deals(fb, query)
    if len(lookup.targets) == 1:
        return deal_card(fb, fb.deals[lookup.targets[0]])
    if lookup.targets:
        return several(fb, query, lookup)
    return not_found(fb, query, lookup)


def _status_line(deal: Deal) -> str:
    return deal.status[:1].upper() + deal.status[1:]


def list_deals(fb: FactBase) -> Answer:
    lines = [f"**{d.name}**: {_status_line(d).lower()}. {d.summary}" for d in fb.deals.values()]
    return Answer(
        title=f"Deals in the fact base ({len(lines)})",
        body=bullets(lines) + f"\n\nAsk about one with {cmd('deal <place, force or company>')}.",
        citations=all_citations(fb),
        ids=tuple(fb.deals),
    )


def _party_names(fb: FactBase, ids: tuple[str, ...]) -> str:
    return ", ".join(fb.entities[i].name for i in ids)


def deal_card(fb: FactBase, deal: Deal) -> Answer:
    fields: list[Field] = []
    facts = fb.facts_of_deal(deal.id)  # read once, shown by topic
    quotes = fb.quote_ids_of_deal.get(deal.id, ())
    speakers = fb.speakers_of_deal.get(deal.id, ()) if quotes else ()
    # Every party and speaker in one read, not one query each below.
    fb.entities_of([*deal.forces, *deal.companies, *((deal.via,) if deal.via else ()), *speakers])

    def facts_on(topic: str) -> list[Fact]:
        return [f for f in facts if f.topic == topic]

    status_facts = facts_on("status")
    fields.append(Field("Status", " ".join([_status_line(deal) + ".", *(f.text for f in status_facts)])))
    parties = []
    if deal.forces:
        parties.append(f"Forces: {_party_names(fb, deal.forces)}")
    if deal.companies:
        parties.append(f"Company: {_party_names(fb, deal.companies)}")
    if deal.via:
        parties.append(f"Through: {fb.entities[deal.via].name}")
    if parties:
        fields.append(Field("Who", "\n".join(parties)))
    service_facts = facts_on("services")
    if deal.services or service_facts:
        lines = [", ".join(deal.services)] if deal.services else []
        fields.append(Field("Services", "\n".join(lines + [f.text for f in service_facts])))
    ids = [deal.id, *(f.id for f in status_facts), *(f.id for f in service_facts)]
    for topic, label in _TOPIC_FIELDS:
        on_topic = facts_on(topic)
        if on_topic:
            fields.append(Field(label, bullets(f.text for f in on_topic)))
            ids += [f.id for f in on_topic]
    if quotes:
        names = list(dict.fromkeys(e.name for e in fb.entities_of(speakers)))
        fields.append(
            Field(
                "Quotes",
                f"{len(quotes)} from {', '.join(names)}. "
                f"See them with {cmd('quote ' + (deal.aliases[0] if deal.aliases else deal.name))}.",
            )
        )
    return Answer(
        title=deal.name,
        body=deal.summary,
        fields=tuple(fields),
        citations=citations(fb, ids),
        ids=tuple(ids),
    )


def several(fb: FactBase, query: str, lookup: Lookup) -> Answer:
    deals = [fb.deals[d] for d in lookup.targets]
    lines = [f"**{d.name}**: {_status_line(d).lower()}. {shorten(d.summary, 160)}" for d in deals]
    hint = "Name a place or force to see one, e.g. " + ", ".join(
        cmd("deal " + (d.aliases[0] if d.aliases else d.name)) for d in deals[:2]
    )
    return Answer(
        title=f"{len(deals)} deals match {echo(query)}",
        body=bullets(lines) + "\n\n" + hint,
        citations=citations(fb, [d.id for d in deals]),
        status=Status.AMBIGUOUS,
        ids=tuple(d.id for d in deals),
    )


def _named_elsewhere(fb: FactBase, target: str, what: str) -> str:
    """Point to the command that does answer for an exactly named entry."""
    deal = fb.deals.get(target)
    if deal is not None:
        return f"**{deal.name}** is a deal: see {cmd('deal ' + deal.name)}."
    entity = fb.entities[target]
    return f"**{entity.name}** ({entity.role}) has no {what} here: see {cmd('who ' + entity.name)}."


# Beyond this many deals a list of them all is a wall of text, not a hint.
LIST_ALL_UP_TO = 10


def _covered(fb: FactBase) -> str:
    """What a reader can ask about instead: every deal when few, else how to find one."""
    if len(fb.deals) <= LIST_ALL_UP_TO:
        return "The fact base covers: " + ", ".join(f"**{d.name}**" for d in fb.deals.values()) + "."
    return (
        f"The fact base covers {len(fb.deals):,} deals: {cmd('sources')} lists the articles, "
        "and `/deal` suggests names as you type."
    )


def not_found(fb: FactBase, query: str, lookup: Lookup, what: str = "deal") -> Answer:
    """The shared "nothing here" answer: what was missed, and what exists."""
    if lookup.place:
        head = f"The articles say nothing about **{lookup.place}**."
    elif lookup.elsewhere:
        head = "\n".join(_named_elsewhere(fb, target, what) for target in lookup.elsewhere)
    else:
        head = f"No {what} matches {echo(query)}."
    if lookup.suggestions:
        head += f"\nDid you mean {or_list(lookup.suggestions)}?"
    return Answer(
        title=f"Nothing found for {echo(query)}",
        body=f"{head}\n\n{_covered(fb)}",
        status=Status.NOT_FOUND,
        suggestions=lookup.suggestions,
    )
