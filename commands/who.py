"""`who <person or organisation>`: who they are and what they said."""

from __future__ import annotations

from commands import quote
from commands.answer import Answer, Field, Status
from commands.deal import not_found
from commands.format import citations, cmd, echo, quotations, shorten
from commands.lookup import Lookup, resolve_content, resolve_names
from knowledge import FactBase
from knowledge.model import Entity, ItemKind

_SAID_SHOWN = 3
_SAID_CHARS = 220

_ENTITIES: tuple[ItemKind, ...] = ("entity",)


def run(fb: FactBase, query: str) -> Answer:
    if not query:
        return list_entities(fb)
    words = query.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in ("said", "says"):
        # "!who said good news" is a search for a quote's speaker.
        return quote.run(fb, words[1])

    def allow(target: str) -> bool:
        return target in fb.entities

    # Suggestions are looked for only when neither names nor words answer.
    lookup = resolve_names(fb, query, allow, suggest=False)
    if not lookup.found and not lookup.place:
        docs = resolve_content(fb, query, _ENTITIES, limit=5)
        if docs:
            lookup = Lookup(targets=docs)
    if not lookup.found:
        lookup = resolve_names(fb, query, allow)
    if len(lookup.targets) == 1:
        return card(fb, fb.entities[lookup.targets[0]])
    if lookup.targets:
        names = [fb.entities[t] for t in lookup.targets]
        return Answer(
            title=f"{len(names)} match {echo(query)}",
            body="\n".join(f"• **{e.name}**: {e.role}" for e in names),
            citations=citations(fb, lookup.targets),
            status=Status.AMBIGUOUS,
            suggestions=tuple(e.name for e in names),
            ids=lookup.targets,
        )
    return not_found(fb, query, lookup, what="person or organisation")


def card(fb: FactBase, entity: Entity) -> Answer:
    fields: list[Field] = [Field("Kind", entity.kind.capitalize(), inline=True)]
    if entity.organisation:
        fields.append(Field("Part of", fb.entities[entity.organisation].name, inline=True))
    if entity.aliases:
        fields.append(Field("Also known as", ", ".join(entity.aliases)))
    members = fb.entities.many(fb.members.get(entity.id, ()))  # read in one go
    if members:
        fields.append(Field("People", "\n".join(f"• {m.name}: {m.role}" for m in members)))
    deals = fb.deals_of_entity.get(entity.id, ())
    if deals:
        fields.append(Field("Involved in", "\n".join(f"• {fb.deals[d].name}" for d in deals)))
    # A quotation in pieces is one bullet. Only the quotes of the bullets
    # shown are read: an organisation may have hundreds, counted by id.
    quoted = fb.quote_ids_of(entity.id)
    firsts = [_first_piece(fb, q) for q in quoted]
    heads = list(dict.fromkeys(firsts))
    shown = set(heads[:_SAID_SHOWN])
    said = quotations(fb, fb.quotes.many(q for q, head in zip(quoted, firsts, strict=True) if head in shown))
    if said:
        lines = []
        for pieces in said[:_SAID_SHOWN]:
            first = pieces[0]
            text = shorten(" ".join(q.text for q in pieces), _SAID_CHARS)
            words = f"(reported) {text}" if first.reported else f"“{text}”"
            speaker = "" if first.speaker == entity.id else f"{fb.entities[first.speaker].name}: "
            lines.append(f"• {speaker}{words}")
        more = len(heads) - _SAID_SHOWN
        tail = f"\n…{more} more: {cmd('quote ' + entity.name)}" if more > 0 else ""
        fields.append(Field("Said", "\n".join(lines) + tail))
    ids = [entity.id, *(q.id for pieces in said[:_SAID_SHOWN] for q in pieces)]
    return Answer(
        title=entity.name,
        body=entity.role,
        fields=tuple(fields),
        citations=citations(fb, ids),
        ids=tuple(ids),
    )


def _first_piece(fb: FactBase, quote_id: str) -> str:
    """The quotation a quote is a piece of, by its first piece (itself if whole)."""
    pieces = fb.quotation.get(quote_id)
    return pieces[0] if pieces else quote_id


def list_entities(fb: FactBase) -> Answer:
    by_kind: dict[str, list[str]] = {}
    for entity in fb.entities.values():
        by_kind.setdefault(entity.kind, []).append(entity.name)
    fields = tuple(Field(kind.capitalize(), ", ".join(names)) for kind, names in by_kind.items())
    return Answer(
        title=f"People and organisations ({len(fb.entities)})",
        body=f"Ask about one with {cmd('who <name>')}.",
        fields=fields,
        citations=citations(fb, list(fb.entities)),
        ids=tuple(fb.entities),
    )
