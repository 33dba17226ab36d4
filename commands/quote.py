"""`quote <speaker, organisation, or words>`: who said what, verbatim."""

from __future__ import annotations

from commands.answer import Answer, Status
from commands.deal import not_found
from commands.format import citations, cmd, echo, quotation_text, quotations
from commands.lookup import CONTENT_ACCEPT, Lookup, accepted, resolve_names
from knowledge import FactBase
from knowledge.model import Quote

_MAX_QUOTES = 12  # more than this is a list, not an answer
# A query of this many words that all appear in a quote is read as words
# from it, even if a name scores well too ("the alliance is not a merger").
_PHRASE_WORDS = 3
_ALL_WORDS = 0.95  # coverage that counts as "every word is in the quote"


def run(fb: FactBase, query: str) -> Answer:
    if not query:
        return list_speakers(fb)
    names = resolve_names(fb, query, lambda t: _has_quotes(fb, t))
    if names.found and (names.exact or len(query.split()) < _PHRASE_WORDS):
        return _of_targets(fb, query, names)
    found = fb.content.search(query, lambda d: d in fb.quotes, limit=_MAX_QUOTES * 4, min_coverage=CONTENT_ACCEPT)
    words = accepted(found, _MAX_QUOTES)
    if names.found and not (words and found[0].coverage >= _ALL_WORDS):
        return _of_targets(fb, query, names)
    if words:
        return _quotes_answer(fb, f"Quotes containing {echo(query)}", [fb.quotes[q] for q in words])
    return not_found(fb, query, names, what="speaker or quote")


def _has_quotes(fb: FactBase, target: str) -> bool:
    if target in fb.deals:
        return bool(fb.quotes_of_deal(target))
    return bool(fb.quotes_of(target)) or bool(fb.deals_of_entity.get(target))


def _quotes_for(fb: FactBase, target: str) -> tuple[str, list[Quote]]:
    """The quotes a target stands for, and a title saying which they are."""
    if target in fb.deals:
        deal = fb.deals[target]
        return f"Quotes on the {deal.name}", fb.quotes_of_deal(target)
    entity = fb.entities[target]
    own = fb.quotes_of(target)
    if own:
        return f"Quotes from {entity.name}", own
    # A force or company nobody speaks for: the quotes on its deals.
    deals = fb.deals_of_entity.get(target, ())
    quotes = [q for d in deals for q in fb.quotes_of_deal(d)]
    names = " and ".join(fb.deals[d].name for d in deals)
    return f"Quotes on the {names}", quotes


def _of_targets(fb: FactBase, query: str, names: Lookup) -> Answer:
    if len(names.targets) > 1:
        options = [fb.deals[t].name if t in fb.deals else fb.entities[t].name for t in names.targets]
        return Answer(
            title=f"{len(options)} speakers match {echo(query)}",
            body="Which one?\n" + "\n".join(f"• **{o}**" for o in options),
            status=Status.AMBIGUOUS,
            suggestions=tuple(options),
            ids=names.targets,
        )
    title, quotes = _quotes_for(fb, names.targets[0])
    return _quotes_answer(fb, title, quotes)


def _quotes_answer(fb: FactBase, title: str, quotes: list[Quote]) -> Answer:
    shown = quotations(fb, quotes[:_MAX_QUOTES])
    parts = [quotation_text(fb, pieces) for pieces in shown]
    if len(quotes) > _MAX_QUOTES:
        parts.append(f"…and {len(quotes) - _MAX_QUOTES} more. Narrow it with words from the quote.")
    ids = [q.id for pieces in shown for q in pieces]
    return Answer(
        title=title,
        body="\n\n".join(parts),
        citations=citations(fb, ids),
        ids=tuple(ids),
    )


def list_speakers(fb: FactBase) -> Answer:
    lines = []
    for speaker, quote_ids in fb.quotes_of_speaker.items():
        entity = fb.entities[speaker]
        count = len(quote_ids)
        lines.append(f"• **{entity.name}** ({entity.role}): {count} quote{'s' if count != 1 else ''}")
    return Answer(
        title=f"Who is quoted ({len(lines)} speakers)",
        body="\n".join(lines) + f"\n\nSee one with {cmd('quote <name>')}, or search with {cmd('quote <words>')}.",
        citations=citations(fb, list(fb.quotes)),
        ids=tuple(fb.quotes_of_speaker),
    )
