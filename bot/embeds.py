"""Answers as Discord embeds, or as plain text, cut to fit every Discord limit.

Nothing is dropped to fit: a long text is cut at a paragraph, line or word
boundary and continued in the next field, embed or message.
"""

from __future__ import annotations

from collections.abc import Iterable

import discord

from bot.terminal import render
from commands import Answer, Status

CONTENT = 2000  # message text
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25  # per embed
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000  # title, description, field names and values, footer: per message, all embeds together
EMBEDS = 10  # per message

BLANK = "\u200b"  # Discord refuses an empty field name or value
CONTINUED = " (continued)"

COLOURS = {
    Status.OK: discord.Colour.blurple(),
    Status.AMBIGUOUS: discord.Colour.gold(),
    Status.NOT_FOUND: discord.Colour.light_grey(),
    Status.USAGE: discord.Colour.red(),
}


def size(text: str) -> int:
    """Length as Discord may count it: UTF-16 units, never less than len()."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _fit(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` units."""
    n = min(len(text), limit)
    while (excess := size(text[:n]) - limit) > 0:
        n -= excess
    return n


def truncate(text: str, limit: int) -> str:
    if size(text) <= limit:
        return text
    return text[: _fit(text, limit - 1)].rstrip() + "…"


def _cut(head: str) -> int:
    """Where to end a piece that must fit in `head`: at a paragraph or line
    break if that leaves the piece at least half full, else at the last space,
    else mid-word."""
    for separator in ("\n\n", "\n"):
        at = head.rfind(separator)
        if at >= len(head) // 2:
            return at
    at = head.rfind(" ")
    return at if at > 0 else len(head)


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` units; nothing but whitespace at the cuts is lost."""
    pieces: list[str] = []
    rest = text.strip()
    while size(rest) > limit:
        cut = max(1, _cut(rest[: _fit(rest, limit)]))  # at least one character, so the loop ends
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def embed_size(embed: discord.Embed) -> int:
    """What counts towards the 6000 per message (discord.Embed.__len__, in UTF-16 units)."""
    total = size(embed.title or "") + size(embed.description or "") + size(embed.footer.text or "")
    total += size(embed.author.name or "")
    return total + sum(size(f.name or "") + size(f.value or "") for f in embed.fields)


def _field_pieces(name: str, value: str, inline: bool) -> Iterable[tuple[str, str, bool]]:
    name = truncate(name.strip() or BLANK, FIELD_NAME)
    values = split_text(value, FIELD_VALUE) or [BLANK]
    yield name, values[0], inline
    later = truncate(name, FIELD_NAME - len(CONTINUED)) + CONTINUED
    for piece in values[1:]:
        yield later, piece, False


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer as one embed, or as several when it is too long for one.

    The first embed has the title; the rest say "(continued)". Each embed is
    within every per-embed limit and under EMBED_TOTAL; the footer (the
    sources) goes on the last.
    """
    colour = COLOURS[answer.status]
    title = truncate(answer.title.strip() or "Factbot", TITLE)
    later_title = truncate(title, TITLE - len(CONTINUED)) + CONTINUED
    embeds: list[discord.Embed] = []

    def new_embed(description: str | None = None) -> discord.Embed:
        embed = discord.Embed(title=later_title if embeds else title, description=description, colour=colour)
        embeds.append(embed)
        return embed

    for piece in split_text(answer.body, DESCRIPTION):
        new_embed(piece)
    current = embeds[-1] if embeds else new_embed()

    fields = [piece for f in answer.fields for piece in _field_pieces(f.name, f.value, f.inline)]
    footer = answer.footer.strip()
    if size(footer) > FOOTER:  # too many sources for a footer: list them as fields instead
        fields += _field_pieces("Sources", footer, False)
        footer = "Sources: listed above."
    for name, value, inline in fields:
        if len(current.fields) >= FIELDS or embed_size(current) + size(name) + size(value) > EMBED_TOTAL:
            current = new_embed()
        current.add_field(name=name, value=value, inline=inline)
    if footer:
        if embed_size(current) + size(footer) > EMBED_TOTAL:
            current = new_embed()
        current.set_footer(text=footer)
    return embeds


def group_embeds(embeds: Iterable[discord.Embed]) -> list[list[discord.Embed]]:
    """Embeds in messages: at most EMBEDS per message, EMBED_TOTAL in all."""
    messages: list[list[discord.Embed]] = []
    total = 0
    for embed in embeds:
        length = embed_size(embed)
        if not messages or len(messages[-1]) >= EMBEDS or total + length > EMBED_TOTAL:
            messages.append([])
            total = 0
        messages[-1].append(embed)
        total += length
    return messages


def text_pages(answer: Answer) -> list[str]:
    """The answer as the terminal shows it, in messages of at most CONTENT."""
    return split_text(render(answer), CONTENT) or [BLANK]
