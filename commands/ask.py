"""`ask <question>`: a free-form question answered from the fact base."""

from __future__ import annotations

from commands.answer import Answer, Status
from commands.format import citations, echo, quote_text
from knowledge import FactBase

_ACCEPT = 0.6  # share of the question's weight an answer must cover
_CLOSE = 0.05  # a second answer this close is shown too


def run(fb: FactBase, query: str) -> Answer:
    found = fb.content.search(query, lambda d: d in fb.facts or d in fb.quotes, limit=5)
    if not found or found[0].coverage < _ACCEPT:
        return dont_know(fb, query)
    best = [found[0], *(f for f in found[1:2] if found[0].coverage - f.coverage <= _CLOSE)]
    parts = [_render(fb, f.doc) for f in best]
    return Answer(
        title=f"Answer to {echo(query)}",
        body="\n\n".join(parts),
        citations=citations(fb, [f.doc for f in best]),
        ids=tuple(f.doc for f in best),
    )


def _render(fb: FactBase, record_id: str) -> str:
    quote = fb.quotes.get(record_id)
    if quote is not None:
        deal = f"\n*On the {fb.deals[quote.deal].name}.*" if quote.deal else ""
        return quote_text(fb, quote) + deal
    fact = fb.facts[record_id]
    return f"{fact.text}\n*On the {fb.deals[fact.deal].name}.*"


def dont_know(fb: FactBase, query: str) -> Answer:
    known = ", ".join(f"**{d.name}**" for d in fb.deals.values())
    return Answer(
        title="The articles don't say",
        body=(
            f"Nothing in the fact base answers {echo(query)}.\n\nIt covers: {known}. Try `!deal`, `!who` or `!quote`."
        ),
        status=Status.NOT_FOUND,
    )
