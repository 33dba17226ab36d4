"""`timeline [deal]`: the events of a deal in the order the articles give."""

from __future__ import annotations

from commands.answer import Answer, Field, Status
from commands.deal import not_found
from commands.format import citations, echo
from commands.lookup import resolve_deals
from knowledge import FactBase

_NOTE = "Times are as the articles give them; neither gives its date of publication."


def run(fb: FactBase, query: str) -> Answer:
    if query:
        lookup = resolve_deals(fb, query)
        if not lookup.found:
            return not_found(fb, query, lookup)
        deal_ids = list(lookup.targets)
        title = (
            f"Timeline: {fb.deals[deal_ids[0]].name}"
            if len(deal_ids) == 1
            else f"Timelines of {len(deal_ids)} deals matching {echo(query)}"
        )
    else:
        deal_ids = list(fb.deals)
        title = "Timeline of every deal"
    fields = []
    ids: list[str] = []
    for deal_id in deal_ids:
        events = fb.events_of_deal(deal_id)
        if not events:
            continue
        lines = [f"• **{e.when}**: {e.text}" if e.when else f"• {e.text}" for e in events]
        fields.append(Field(fb.deals[deal_id].name, "\n".join(lines)))
        ids += [e.id for e in events]
    if not fields:
        return Answer(title=title, body="No events are recorded for this deal.", status=Status.OK, ids=tuple(deal_ids))
    return Answer(
        title=title,
        body=_NOTE,
        fields=tuple(fields),
        citations=citations(fb, ids),
        status=Status.AMBIGUOUS if query and len(deal_ids) > 1 else Status.OK,
        ids=tuple(ids),
    )
