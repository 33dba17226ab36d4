"""Text pieces shared by the commands: echoed queries, quotes, citations.

The markup is the small subset that Discord renders and that still reads
plainly in a terminal: **bold**, *italic*, `code`, "> " quote lines, bullets.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence

from commands.answer import Citation
from knowledge import FactBase
from knowledge.model import Quote, Source
from knowledge.store import QuoteHead, line_length, name_length
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
    have = {q.id: q for q in quotes}
    groups = quotation_ids(fb, have)
    more = [i for group in groups for i in group if i not in have]  # neighbours
    if more:
        have.update((q.id, q) for q in fb.quotes.many(more))
    return [tuple(have[i] for i in group) for group in groups]


def quotation_ids(fb: FactBase, ids: Iterable[str]) -> list[tuple[str, ...]]:
    """`quotations` by id: the same groups, in the same order, without reading a quote."""
    ids = list(dict.fromkeys(ids))
    quotation = fb.quotation
    if not any(quote_id in quotation for quote_id in ids):
        return [(quote_id,) for quote_id in ids]  # all whole (most lists): each its own group
    groups: dict[str, list[str]] = {}
    for quote_id in ids:
        pieces = fb.quotation.get(quote_id)
        group = groups.setdefault(quote_id if pieces is None else pieces[0], [])
        if quote_id not in group:
            group.append(quote_id)
    shown: list[tuple[str, ...]] = []
    for group in groups.values():
        pieces = fb.quotation.get(group[0])
        if pieces is None:
            shown.append(tuple(group))
            continue
        if len(group) == 1 and len(pieces) > 1:
            at = pieces.index(group[0])
            group.append(pieces[at - 1] if at else pieces[1])
        shown.append(tuple(sorted(group, key=pieces.index)))
    return shown


def quotation_text(fb: FactBase, pieces: tuple[Quote, ...], *, speaker: bool = True) -> str:
    """One quotation, whole or in pieces (all by one speaker, as the loader checks)."""
    first = pieces[0]
    order = fb.quotation.get(first.id, (first.id,))
    gaps = [order.index(b.id) - order.index(a.id) > 1 for a, b in itertools.pairwise(pieces)]
    texts = [pieces[0].text]
    for gap, piece in zip(gaps, pieces[1:], strict=True):
        texts += ["…", piece.text] if gap else [piece.text]
    said_when = next((p.said_when for p in pieces if p.said_when), None)
    before, between, after = _frame(fb, first, said_when, [p.note for p in pieces if p.note], speaker=speaker)
    return before + between.join(texts) + after


def shown_lengths(fb: FactBase, groups: Sequence[tuple[str, ...]], heads: Mapping[str, QuoteHead]) -> list[int]:
    """`len(quotation_text(...))` of each group of `quotation_ids`, reading
    only the quotations in pieces (few) whole: a whole quote's length is
    its text's and its frame's, and the quotes of one speaker mostly share
    one frame. A frame is measured by its speaker's lengths (`_frame_length`)."""
    pieced = dict.fromkeys(i for group in groups if len(group) > 1 or group[0] in fb.quotation for i in group)
    read = {q.id: q for q in fb.quotes.many(pieced)} if pieced else {}
    if read:
        fb.entities_of(q.speaker for q in read.values())  # their speakers in one read, not one at a time
    frames: dict[tuple[object, ...], int] = {}
    lengths: list[int] = []
    for group in groups:
        if group[0] in pieced:
            lengths.append(len(quotation_text(fb, tuple(read[i] for i in group))))
            continue
        head = heads[group[0]]
        key = head[_FRAMED:]  # all but the id and the text's length
        frame = frames.get(key)
        if frame is None:
            frame = frames[key] = _frame_length(fb, head)
        lengths.append(frame + head.length)
    return lengths


_FRAMED = 2  # QuoteHead's fields from here on decide a quote's frame
# The pieces of a frame (`_frame_of`), which `frame_size` counts.
_OPEN, _CLOSE, _LINE = "> “", "”", "\n— "
_SAID_OPEN, _SAID_CLOSE = " (said ", ")"
_REPORTED = "*Reported:* "
_NOTE = "\n*Note:* "


def _frame_length(fb: FactBase, head: QuoteHead) -> int:
    """`len(before) + len(after)` of a whole quote's `_frame` (with its
    speaker), from the lengths of its speaker's name and line alone: the
    frame is the same text around strings of those lengths. Reported speech
    with a time reads the speaker's name: whether the time is shown depends
    on the name's words, not only its length."""
    said_when = head.said_when or None
    if head.reported and said_when:
        before, _, after = _frame(fb, head, said_when, [head.note] if head.note else [], speaker=True)
        return len(before) + len(after)
    lengths = fb.entity_lengths[head.speaker]
    return frame_size(head, said_when, name_length(lengths), line_length(lengths))


def frame_size(head: QuoteHead, said_when: str | None, name: int, line: int) -> int:
    """`len(before) + len(after)` of `_frame_of(head, said_when, [head.note]
    or none, speaker=True, ...)` for a speaker's name and line of these
    lengths, counted rather than written out (a long list measures dozens),
    for all but reported speech with a time (whose frame reads the name)."""
    notes = len(_NOTE) + len(head.note) if head.note else 0
    if head.reported:
        # "*Reported:* {who} {said} " before; only the notes after.
        return len(_REPORTED) + name + 1 + len(head.said or "said") + 1 + notes
    # "> “" before; "”", "\n— {line}", " (said {said_when})" and the notes after.
    when = len(_SAID_OPEN) + len(said_when) + len(_SAID_CLOSE) if said_when else 0
    return len(_OPEN) + len(_CLOSE) + len(_LINE) + line + when + notes


def _frame(
    fb: FactBase, first: Quote | QuoteHead, said_when: str | None, notes: Sequence[str], *, speaker: bool
) -> tuple[str, str, str]:
    """What a quotation's texts are shown in: the text before them, between
    them and after them."""
    who = fb.entities[first.speaker].name if first.reported and speaker else ""
    line = fb.speaker_line(first) if speaker and not first.reported else ""
    return _frame_of(first, said_when, notes, speaker=speaker, who=who, line=line)


def _frame_of(
    first: Quote | QuoteHead, said_when: str | None, notes: Sequence[str], *, speaker: bool, who: str, line: str
) -> tuple[str, str, str]:
    """`_frame`, given the speaker's name (`who`, for reported speech) and
    line (`line`, for direct words with the speaker shown)."""
    tail = "".join(f"{_NOTE}{note}" for note in notes)
    if first.reported:
        said = f"{who} {first.said or 'said'}" if speaker else (first.said or "said").capitalize()
        when = f"{_SAID_OPEN}{said_when}{_SAID_CLOSE}" if said_when and said_when not in said else ""
        return f"{_REPORTED}{said} ", " ", when + tail
    after = _CLOSE
    if speaker:
        after += f"{_LINE}{line}"
    if said_when:
        after += f"{_SAID_OPEN}{said_when}{_SAID_CLOSE}" if speaker else f"\n(said {said_when})"
    return _OPEN, "\n> ", after + tail


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
