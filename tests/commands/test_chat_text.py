"""Reading a chat message: Discord's markup is not words, wherever the text is read."""

from __future__ import annotations

import pytest

from commands import Status, respond, run_command
from commands.chat_text import lstrip_markup, only_markup, read_chat
from commands.registry import NOT_WORDS
from knowledge import FactBase

MARKUP = [
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<#123456789012345678>",
    "<:pog:123456789012345678>",
    "<a:party_blob:123456789012345678>",
    "<t:1700000000>",
    "<t:1700000000:R>",
    "</deal:123456789012345678>",
    "<id:guide>",
    "@everyone",
    "@here",
]


@pytest.mark.parametrize("markup", MARKUP)
def test_markup_is_read_out(markup: str) -> None:
    assert read_chat(f"{markup} who is john shaw? {markup}") == "who is john shaw?"
    assert only_markup(f" {markup} {markup} ")
    assert lstrip_markup(f"{markup} {markup} deal herts {markup}") == f"deal herts {markup}"


def test_what_only_looks_like_markup_stays() -> None:
    for text in ("a < b > c", "<3 herts", "email me@example.com", "<@notanid>", "<#general>", "@everyones"):
        assert read_chat(text) == text
        assert not only_markup(text)
    assert not only_markup("   ")


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        ("<@123456789012345678> who is john shaw?", "who is john shaw?"),
        ("<#123456789012345678> what did sir clive say?", "what did sir clive say?"),
        ("<:pog:1> <t:1700000000:R> why did herts drop g4s?", "why did herts drop g4s?"),
        ("!quote <@&123> lloyd", "!quote lloyd"),
        ("deal <a:x:1> herts", "deal herts"),
    ],
)
def test_a_message_is_answered_as_its_words(fb: FactBase, message: str, plain: str) -> None:
    assert respond(fb, message) == respond(fb, plain)


def test_a_query_that_is_only_markup_is_refused_not_searched(fb: FactBase) -> None:
    # The id holds "999", an alias of the East Midlands deal.
    for command in ("deal", "quote", "who", "timeline", "ask"):
        answer = run_command(fb, command, "<@1137999487832532767>")
        assert answer.status is Status.USAGE
        assert answer.body.startswith(NOT_WORDS), command
    assert respond(fb, "<@123> <#456>").body.startswith(NOT_WORDS)
