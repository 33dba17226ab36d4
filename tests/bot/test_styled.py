"""Styled terminal answers: the plain text's parts in the same order, wrapped
at word boundaries, Discord's markdown shown as styles, answer text inert."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from rich.text import Span

from bot.styled import inline, styled
from bot.terminal import render
from commands import Answer, Citation, Field, respond
from knowledge import FactBase

# Marks that only structure the plain text or stand for a style in it.
_MARKUP = re.compile(r"[*`\[\]]")
_DECORATION = {"", ">", "▌", "•"}


def words(text: str) -> list[str]:
    """The words a reader sees, in order, with markup and decoration aside:
    equal for two texts when they hold the same parts in the same order and
    neither breaks a word across lines."""
    found = [_MARKUP.sub("", token) for token in text.split()]
    return [w for w in found if w not in _DECORATION and set(w) != {"="}]


def shown(answer: Answer, width: int, *, color: bool = False) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
    )
    console.print(styled(answer))
    return out.getvalue()


QUERIES = [
    "!deal herts",
    "!deal g4s",
    "!quote sir clive",
    "!quote unison",
    "!who lloyd",
    "!timeline notts",
    "!sources",
    "!help",
    "!help quote",
    "!deal atlantis",
    "!dael herts",
    "why did herts drop g4s?",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("width", [40, 72])
def test_the_plain_parts_in_order_wrapped_at_word_boundaries(fb: FactBase, query: str, width: int) -> None:
    answer = respond(fb, query)
    text = shown(answer, width)
    assert words(text) == words(render(answer))
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    assert all(line == line.rstrip() for line in lines), "no trailing spaces to copy"


def test_a_long_answer_at_a_narrow_width(fb: FactBase) -> None:
    """The words the issue saw broken ("Hertfordsh / ire", "th / e") stay whole."""
    text = shown(respond(fb, "!deal herts"), 30)
    for line in text.splitlines():
        assert not line.endswith(("Hertfordsh", " th")), line
    assert "Hertfordshire" in text.split()


def test_discord_line_breaks_not_commonmark_paragraphs() -> None:
    """Every newline is a break, a "> " line is one quoted line, and the
    attribution below a quote stays outside it, as Discord shows them."""
    answer = Answer(
        title="Quotes",
        body="> “We'd prefer to be the masters of our own destiny.”\n— Sir Clive Loader\nline one\nline two",
        fields=(Field("Why", "• first reason, long enough to wrap onto a second line\n• second"),),
        citations=(Citation("s", "An article (BBC)"),),
    )
    assert shown(answer, 40).splitlines() == [
        "Quotes",
        "▌ “We'd prefer to be the masters of our",
        "▌ own destiny.”",
        "— Sir Clive Loader",
        "line one",
        "line two",
        "",
        "Why",
        "• first reason, long enough to wrap onto",
        "  a second line",
        "• second",
        "",
        "Source: An article (BBC)",
    ]


def test_inline_markup_becomes_styles() -> None:
    text = inline("*Reported:* **G4S** said `!deal x*y*` ~~no~~ __yes__ \\*kept\\*")
    assert text.plain == "Reported: G4S said !deal x*y* no yes *kept*"
    assert text.spans == [
        Span(0, 9, "markdown.em"),
        Span(10, 13, "markdown.strong"),
        Span(19, 29, "markdown.code"),
        Span(30, 32, "markdown.s"),
        Span(33, 36, "underline"),
    ]


def test_styles_reach_the_terminal() -> None:
    answer = Answer(
        title="Title",
        body="**bold** *italic* `code`\n> quoted",
        fields=(Field("Name", "value"),),
        citations=(Citation("s", "An article"),),
    )
    text = shown(answer, 60, color=True)
    assert "\x1b[1;4mTitle" in text  # bold, underlined
    assert "\x1b[1mbold" in text and "\x1b[3mitalic" in text
    assert "\x1b[1;36;40mcode" in text
    assert "\x1b[35mquoted" in text
    assert "\x1b[1mName" in text
    assert "\x1b[2mSource: An article" in text  # a dim source line


def test_answer_text_cannot_style_or_control_the_terminal() -> None:
    """Text from the fact base or echoed from a user is shown as it is: rich
    markup, emoji codes and escape sequences in it do nothing."""
    hostile = "[bold red]loud[/] :warning: \x1b[31mred\x1b]0;pwned\x07 \x9b2J"
    answer = Answer(
        title=hostile,
        body=f"{hostile}\n> {hostile}",
        fields=(Field(hostile, f"• {hostile}"),),
        citations=(Citation("s", hostile),),
    )
    text = shown(answer, 200, color=True)
    assert text.count("[bold red]loud[/] :warning:") == 6  # title, body, quote, field name and value, source
    assert "\x1b[31m" not in text and "\x1b]" not in text and "\x07" not in text and "\x9b" not in text
    # rich's own styling codes are all there is: every escape starts a plain SGR sequence
    assert re.findall(r"\x1b(?!\[[0-9;]*m)", text) == []
