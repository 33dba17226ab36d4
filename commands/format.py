"""Text pieces shared by the commands: echoed queries, quotes, citations.

The markup is the small subset that Discord renders and that still reads
plainly in a terminal: **bold**, *italic*, `code`, "> " quote lines, bullets.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from commands.answer import Citation
from knowledge import FactBase
from knowledge.model import Quote, Source
from knowledge.text import clean

ECHO_LIMIT = 80
# Stands for the command prefix in answer text until run_command knows it;
# a control character, so no echoed user text (cleaned of those) holds it.
PREFIX = "\x1a"


def cmd(text: str) -> str:
    """A command hint: cmd("deal herts") is shown as `!deal herts`."""
    return f"`{PREFIX}{text}`"


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """User text shown back to them, inert.

    A code span keeps Discord from reading markdown or links in it; a
    zero-width space after "@" breaks mentions even if a renderer forgot to
    disable pings; backticks are swapped so the span cannot be closed early.
    """
    text = clean(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = inert(text)
    return f"`{text}`" if text else "(nothing)"


def inert(text: str) -> str:
    """User text made safe to put inside a code span: it cannot close the span or mention anyone."""
    return text.replace("`", "ˋ").replace("@", "@\u200b")


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def quote_text(fb: FactBase, quote: Quote, *, speaker: bool = True) -> str:
    """A quote as shown: direct words in quote marks, reported speech marked.

    A piece of a longer quotation is shown with its neighbour, so that it
    keeps what it refers to ("It is all about ..." is about the alliance).
    """
    (pieces,) = quotations(fb, [quote])
    return quotation_text(fb, pieces, speaker=speaker)


def quotations(fb: FactBase, quotes: Iterable[Quote]) -> list[tuple[Quote, ...]]:
    """Quotes grouped as they are shown: the pieces of one quotation together,
    in article order, at the place of the first; a piece with no other piece
    of its quotation beside it gets its neighbour (the piece before, or for
    the first piece the one after)."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        group = groups.setdefault(fb.pieces(quote)[0].id, [])
        if quote not in group:
            group.append(quote)
    shown: list[tuple[Quote, ...]] = []
    for group in groups.values():
        pieces = fb.pieces(group[0])
        if len(group) == 1 and len(pieces) > 1:
            at = pieces.index(group[0])
            group.append(pieces[at - 1] if at else pieces[1])
        shown.append(tuple(sorted(group, key=pieces.index)))
    return shown


def quotation_text(fb: FactBase, pieces: tuple[Quote, ...], *, speaker: bool = True) -> str:
    """One quotation, whole or in pieces (all by one speaker, as the loader checks)."""
    first = pieces[0]
    order = fb.pieces(first)
    gaps = [order.index(b) - order.index(a) > 1 for a, b in itertools.pairwise(pieces)]
    texts = [pieces[0].text]
    for gap, piece in zip(gaps, pieces[1:], strict=True):
        texts += ["…", piece.text] if gap else [piece.text]
    said_when = next((p.said_when for p in pieces if p.said_when), None)
    if first.reported:
        who = fb.entities[first.speaker].name
        said = f"{who} {first.said or 'said'}" if speaker else (first.said or "said").capitalize()
        line = f"*Reported:* {said} {' '.join(texts)}"
        if said_when and said_when not in said:
            line += f" (said {said_when})"
    else:
        line = "> “" + "\n> ".join(texts) + "”"
        if speaker:
            line += f"\n— {fb.speaker_line(first)}"
        if said_when:
            line += f" (said {said_when})" if speaker else f"\n(said {said_when})"
    notes = [p.note for p in pieces if p.note]
    return "\n".join([line, *(f"*Note:* {note}" for note in notes)])


def citations(fb: FactBase, record_ids: Iterable[str]) -> tuple[Citation, ...]:
    """The distinct sources behind some records, in first-seen order. An
    article's own id stands for itself: an answer about an article ("which
    paper ran it?") shows its record ids too, and may be one part of an
    answer to a two-part question."""
    ids = list(record_ids)
    records = fb.store.records([i for i in ids if i not in fb.sources])  # one read, not one per record
    seen: dict[str, Citation] = {}
    for record_id in ids:
        source = fb.sources.get(record_id)
        if source is None:
            record = records.get(record_id)
            if record is None or isinstance(record, Source):
                raise KeyError(record_id)
            source = fb.sources[record.source]
        if source.id not in seen:
            seen[source.id] = Citation(source.id, source.display)
    return tuple(seen.values())


def all_citations(fb: FactBase) -> tuple[Citation, ...]:
    return tuple(Citation(s.id, s.display) for s in fb.sources.values())


def and_list(names: Iterable[str]) -> str:
    """ "A, B and C"."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def or_list(names: Iterable[str]) -> str:
    items = [f"**{n}**" for n in names]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
