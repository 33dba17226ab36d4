"""Text pieces shared by the commands: echoed queries, quotes, citations.

The markup is the small subset that Discord renders and that still reads
plainly in a terminal: **bold**, *italic*, `code`, "> " quote lines, bullets.
"""

from __future__ import annotations

from collections.abc import Iterable

from commands.answer import Citation
from knowledge import FactBase
from knowledge.model import Quote
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
    """A quote as shown: direct words in quote marks, reported speech marked."""
    who = fb.entities[quote.speaker].name
    if quote.reported:
        said = f"{who} {quote.said or 'said'}" if speaker else (quote.said or "said").capitalize()
        return f"*Reported:* {said} {quote.text}"
    line = f"> “{quote.text}”"
    if speaker:
        line += f"\n— {fb.speaker_line(quote)}"
    if quote.when:
        line += f" ({quote.when})" if speaker else f"\n({quote.when})"
    return line


def citations(fb: FactBase, record_ids: Iterable[str]) -> tuple[Citation, ...]:
    """The distinct sources behind some records, in first-seen order."""
    seen: dict[str, Citation] = {}
    for record_id in record_ids:
        source = fb.source_of(record_id)
        if source.id not in seen:
            seen[source.id] = Citation(source.id, source.display)
    return tuple(seen.values())


def all_citations(fb: FactBase) -> tuple[Citation, ...]:
    return tuple(Citation(s.id, s.display) for s in fb.sources.values())


def or_list(names: Iterable[str]) -> str:
    items = [f"**{n}**" for n in names]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
