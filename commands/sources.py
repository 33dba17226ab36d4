"""`sources`: the articles the fact base was distilled from."""

from __future__ import annotations

from commands.answer import Answer, Field
from commands.format import all_citations
from knowledge import FactBase


def run(fb: FactBase, query: str = "") -> Answer:
    counts: dict[str, list[int]] = {s: [0, 0] for s in fb.sources}
    for quote in fb.quotes.values():
        counts[quote.source][0] += 1
    for fact in fb.facts.values():
        counts[fact.source][1] += 1
    fields = []
    for source in fb.sources.values():
        lines = [
            f"Title: {source.title}" if source.title else "Title: not given in the text",
            f"Publisher: {source.publisher}" if source.publisher else "Publisher: not given in the text",
        ]
        if source.date:
            lines.append(f"Published: {source.date}")
        if source.url:
            lines.append(f"Link: <{source.url}>")
        quotes, facts = counts[source.id]
        lines.append(f"Holds {quotes} quotes and {facts} facts.")
        if source.note:
            lines.append(source.note)
        fields.append(Field(source.label, "\n".join(lines)))
    return Answer(
        title=f"Sources ({len(fields)} articles)",
        body="Every answer cites one of these. Quotes are checked word for word against them.",
        fields=tuple(fields),
        citations=all_citations(fb),
        ids=tuple(fb.sources),
    )
