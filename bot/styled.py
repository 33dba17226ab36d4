"""Answers styled for an interactive terminal, with rich.

The same parts in the same order as the plain text (bot/terminal.py) and
the embed, with Discord's markdown shown as styles and every line wrapped at
word boundaries to the terminal's width.

The markdown is read the way Discord reads it, not as CommonMark (so not
with rich's Markdown class, which would join lines and pull a quote's
attribution into the quote): every newline is a line break, a "> " line is
one quoted line, and only inline markup is interpreted (**bold**, *italic*,
`code`, ~~strike~~, __underline__, backslash escapes) by markdown-it, the
parser rich itself uses. Answer text only ever becomes the plain content of
rich Text objects, never rich markup, so nothing in it can style the
terminal or send it escape sequences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from markdown_it import MarkdownIt
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from commands import Answer

# Control characters (tab and newline aside) that survived cleaning would
# reach the terminal as they are; answers should hold none, so drop any.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
QUOTE = "> "
BULLET = "• "
QUOTE_BAR = "▌ "  # as rich draws a block quote
_STYLES = {
    "strong_open": "markdown.strong",
    "em_open": "markdown.em",
    "s_open": "markdown.s",
}


def styled(answer: Answer) -> Group:
    """The answer for an interactive terminal: the parts `render` shows, in
    the same order, with the markdown shown as styles. The plain text's
    marks of structure become styles too: the title is underlined rather
    than ruled with "=", and field names are bold rather than bracketed."""
    parts: list[RenderableType] = [Wrapped(inline(answer.title, "markdown.h1"))]
    if answer.body:
        parts += _blocks(answer.body)
    for field in answer.fields:
        parts += [Text(), Wrapped(inline(field.name, "markdown.strong")), *_blocks(field.value)]
    if answer.footer:  # Discord shows a footer as plain text, so no markup is read in it
        parts += [Text(), Wrapped(Text(_visible(answer.footer), style="dim"))]
    return Group(*parts)


def _visible(text: str) -> str:
    return _CONTROL.sub("", text)


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("zero").enable(["emphasis", "backticks", "escape", "strikethrough"])


def inline(line: str, style: str = "") -> Text:
    """One line of Discord markdown as styled text (inline markup only)."""
    text = Text(style=style)
    opened: list[tuple[str, int]] = []  # (style, where it starts), innermost last
    [block] = _parser().parseInline(_visible(line))
    for token in block.children or ():
        if token.type in _STYLES:
            opened.append(("underline" if token.markup == "__" else _STYLES[token.type], len(text)))
        elif token.type.endswith("_close") and opened:
            span_style, start = opened.pop()
            text.stylize(span_style, start, len(text))
        elif token.type == "code_inline":
            text.append(token.content, "markdown.code")
        else:  # text, and whatever the parser leaves as text
            text.append(token.content)
    return text


def _blocks(value: str) -> Iterator[Wrapped]:
    """Line by line, as Discord breaks them: quoted lines under a bar,
    bullets with a hanging indent, everything else as it is."""
    for line in value.split("\n"):
        if line.startswith(QUOTE) or line == QUOTE.strip():
            yield Wrapped(inline(line[len(QUOTE) :], "markdown.block_quote"), QUOTE_BAR, "markdown.block_quote")
        elif line.startswith(BULLET):
            yield Wrapped(inline(line[len(BULLET) :]), BULLET, "markdown.item.bullet", hang=True)
        else:
            yield Wrapped(inline(line))


class Wrapped:
    """Text wrapped at word boundaries to the width, after a marker: on every
    line (a quote's bar), or on the first with the rest indented under the
    text (a bullet). Lines carry no trailing spaces, so copied text is clean."""

    def __init__(self, text: Text, marker: str = "", style: str = "", *, hang: bool = False) -> None:
        self.text, self.marker, self.style, self.hang = text, marker, style, hang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width - len(self.marker), 1)
        lines = console.render_lines(self.text, options.update(width=width), pad=False)
        style = console.get_style(self.style, default=Style())
        for number, line in enumerate(lines):
            if self.marker:
                yield Segment(" " * len(self.marker)) if number and self.hang else Segment(self.marker, style)
            yield from _rstrip(line)
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    while line and not line[-1].control and not line[-1].text.rstrip():
        line = line[:-1]
    if line and not line[-1].control:
        last = line[-1]
        line = [*line[:-1], Segment(last.text.rstrip(), last.style)]
    return line
