"""Dispatch, help, and bad input: a clear answer, never an exception."""

from __future__ import annotations

import pytest

from commands import COMMANDS, Status, respond, run_command
from commands.registry import MAX_QUERY_CHARS
from knowledge import FactBase


def test_prefix_is_optional(fb: FactBase) -> None:
    assert respond(fb, "!deal herts") == respond(fb, "deal herts") == respond(fb, "  DEAL   herts ")


def test_custom_prefix(fb: FactBase) -> None:
    assert respond(fb, "?deal herts", prefix="?").ids[0] == "herts-back-office"


def test_hints_name_the_prefix_in_use(fb: FactBase) -> None:
    card = respond(fb, "?deal herts", prefix="?")
    assert "`?quote Herts deal`" in {f.name: f.value for f in card.fields}["Quotes"]
    assert "`?deal" in respond(fb, "?dael", prefix="?").body
    assert respond(fb, "?help quote", prefix="?").title.startswith("?quote")
    assert "`!" not in respond(fb, "?help", prefix="?").body
    for answer in (card, respond(fb, "?who", prefix="?"), respond(fb, "?quote", prefix="?")):
        assert "\x1a" not in answer.body + answer.title + "".join(f.value for f in answer.fields)


def test_other_bots_commands_are_not_taken_for_typos(fb: FactBase) -> None:
    for word in ("queue", "stop", "np", "pause", "stats"):
        assert respond(fb, f"!{word}").suggestions == (), word


def test_unknown_command_suggests_closest(fb: FactBase) -> None:
    answer = respond(fb, "!dael herts")
    assert answer.status is Status.USAGE
    assert answer.suggestions == ("deal",)
    assert "Did you mean `!deal`?" in answer.body


def test_unknown_command_without_suggestion(fb: FactBase) -> None:
    answer = respond(fb, "!zzzzzz")
    assert answer.status is Status.USAGE
    assert "!help" in answer.body


def test_who_without_prefix_is_the_command_only_before_a_bare_name(fb: FactBase) -> None:
    assert respond(fb, "who lloyd") == run_command(fb, "who", "lloyd")
    assert respond(fb, "who won the 2012 Olympics 100m?") == run_command(fb, "ask", "who won the 2012 Olympics 100m?")
    assert respond(fb, "!who won the 2012 Olympics 100m?") == run_command(fb, "who", "won the 2012 Olympics 100m?")


def test_plain_text_is_a_question(fb: FactBase) -> None:
    assert respond(fb, "masters of our own destiny") == run_command(fb, "ask", "masters of our own destiny")


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "\x00\x07", "!", "\u202e"])
def test_empty_input(fb: FactBase, text: str) -> None:
    answer = respond(fb, text)
    assert answer.status is Status.USAGE
    assert answer.title and answer.body


def test_huge_query(fb: FactBase) -> None:
    answer = respond(fb, "!deal " + "herts " * 2000)
    assert answer.status is Status.USAGE
    assert f"under {MAX_QUERY_CHARS:,}" in answer.body


def test_ask_needs_a_question(fb: FactBase) -> None:
    answer = respond(fb, "!ask")
    assert answer.status is Status.USAGE
    assert "!ask why did herts drop g4s?" in answer.body


def test_control_and_zero_width_characters_are_ignored(fb: FactBase) -> None:
    assert respond(fb, "!deal\u200b her\u200dts\x07").ids == respond(fb, "!deal herts").ids


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_help_for_every_command(fb: FactBase, command: str) -> None:
    answer = respond(fb, f"!help {command}")
    assert answer.status is Status.OK
    assert answer.title.startswith(f"!{command}")
    examples = {f.name: f.value for f in answer.fields}["Examples"]
    assert examples.count(f"`!{command}") >= 1


def test_help_lists_every_command(fb: FactBase) -> None:
    body = respond(fb, "!help").body
    for command in COMMANDS:
        assert f"`!{command.name}" in body


def test_help_unknown_command(fb: FactBase) -> None:
    answer = respond(fb, "!help qoute")
    assert answer.status is Status.USAGE
    assert answer.suggestions == ("quote",)


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
@pytest.mark.parametrize("query", ["", "@everyone", "<@&123456>", "x" * 300, "ünï©ødé 🎉", "`` ``` **", "\u202eevil"])
def test_every_command_answers_odd_queries(fb: FactBase, command: str, query: str) -> None:
    answer = run_command(fb, command, query)
    assert answer.title
    assert "@everyone" not in answer.title + answer.body
    assert "<@&123456>" not in answer.title + answer.body


def test_every_example_works(fb: FactBase) -> None:
    for command in COMMANDS:
        for example in command.examples:
            answer = respond(fb, "!" + example)
            assert answer.status in (Status.OK, Status.AMBIGUOUS), example


@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("!!deal herts", "`!!deal` has the prefix twice. Did you mean `!deal herts`?"),
        ("!! deal herts", "`!!deal` has the prefix twice. Did you mean `!deal herts`?"),
        ("!!!dael herts", "`!!dael` has the prefix twice. Did you mean `!deal herts`?"),
        ("!!play some music", "`!!play` has the prefix twice, and there is no command `play`. Try `!help`."),
        ("!!", "Nothing to answer. Try `!help`."),
    ],
)
def test_a_doubled_prefix_is_named(fb: FactBase, message: str, says: str) -> None:
    answer = respond(fb, message)
    assert answer.status is Status.USAGE
    assert answer.body == says
    assert respond(fb, message.replace("!", "?"), prefix="?").body == says.replace("!", "?")
