"""Tab completion in the console: commands, then the names Discord's
autocomplete offers for the same command and the same typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from bot.autocomplete import name_choices
from bot.completion import ConsoleCompleter, suggestions
from commands import COMMANDS
from knowledge import FactBase, LiveFactBase
from tests.knowledge.factfiles import VALID, write


def texts(fb: FactBase, line: str) -> list[str]:
    return [s.text for s in suggestions(fb, line)]


def test_an_empty_line_offers_every_command_in_discords_form(fb: FactBase) -> None:
    offered = texts(fb, "")
    commands = [f"!{c.name}" + ("" if c.name == "sources" else " ") for c in COMMANDS]
    assert offered[: len(commands)] == commands  # every command, in the registry's order
    assert set(offered[len(commands) :]) == {"!reload", "!quit"}
    assert all(s.start == 0 for s in suggestions(fb, ""))


@pytest.mark.parametrize(
    ("line", "offered", "start"),
    [
        ("!ti", ["timeline "], 1),
        ("ti", ["timeline "], 0),
        ("! qu", ["quote ", "quit"], 2),
        ("!dael", ["deal "], 1),  # a typo, read as the bot reads it
        ("re", ["reload"], 0),
        ("!so", ["sources"], 1),  # takes no argument: no space after it
        ("!xyzzy", [], 1),
    ],
)
def test_commands(fb: FactBase, line: str, offered: list[str], start: int) -> None:
    assert texts(fb, line) == offered
    assert all(s.start == start for s in suggestions(fb, line))


@pytest.mark.parametrize(
    ("line", "argument", "expected"),
    [
        ("!deal hertz", "hertz", "Hertfordshire police force"),
        ("!deal est midlands", "est midlands", "East Midlands 999 control room deal"),
        ("timeline nots", "nots", "Nottinghamshire police force"),
        ("!quote sir cleve", "sir cleve", "Sir Clive Loader"),
        ("!who lloid", "lloid", "David Lloyd"),
        ("!  who   G4", "G4", "G4S"),
    ],
)
def test_names_forgive_typos(fb: FactBase, line: str, argument: str, expected: str) -> None:
    found = suggestions(fb, line)
    assert expected in [s.text for s in found][:3]
    # The whole argument is replaced, however many words it has.
    assert {line[s.start :] for s in found} == {argument}


@pytest.mark.parametrize("command", ["deal", "quote", "who", "timeline"])
@pytest.mark.parametrize("typed", ["", "herts", "nots", "unisom", "lloid", "sir c", "g4"])
def test_the_same_names_as_discords_autocomplete(fb: FactBase, command: str, typed: str) -> None:
    choices = name_choices(fb, command, typed)
    found = suggestions(fb, f"!{command} {typed}")
    assert [(s.text, s.shown) for s in found] == [(c.value, c.name) for c in choices]


def test_a_name_is_shown_with_the_alias_that_matched(fb: FactBase) -> None:
    [first, *_] = suggestions(fb, "!who herts pcc")
    assert (first.text, first.shown) == ("David Lloyd", "David Lloyd (Herts PCC)")


def test_help_offers_commands(fb: FactBase) -> None:
    found = suggestions(fb, "!help q")
    assert found[0].text == "quote"
    assert found[0].meta.startswith("Who said what")


@pytest.mark.parametrize("line", ["!ask why did herts", "!sources ", "why did herts drop g4s", "!nosuch thing"])
def test_nothing_to_offer(fb: FactBase, line: str) -> None:
    assert suggestions(fb, line) == []


def test_the_completer_follows_a_reload(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    write(folder, "a.yaml", VALID)
    live = LiveFactBase(folder)
    completer = ConsoleCompleter(lambda: live.current, "!")

    def offered(line: str) -> list[str]:
        return [c.text for c in completer.get_completions(Document(line), CompleteEvent(completion_requested=True))]

    assert "Ann Smith" in offered("!who smit")
    write(folder, "a.yaml", VALID.replace("Ann Smith", "Anne Smythe"))
    live.reload()
    assert "Anne Smythe" in offered("!who smit")
    [completion] = ConsoleCompleter(lambda: live.current, "!").get_completions(
        Document("!tim"), CompleteEvent(completion_requested=True)
    )
    assert (completion.text, completion.start_position, completion.display_text) == ("timeline ", -3, "timeline")


def test_another_prefix(fb: FactBase) -> None:
    assert suggestions(fb, "", "?")[0].text == "?deal "
    assert [s.text for s in suggestions(fb, "?ti", "?")] == ["timeline "]
    assert "David Lloyd" in [s.text for s in suggestions(fb, "?who lloid", "?")]
    assert suggestions(fb, "!ti", "?") == []  # "!ti" is no command with this prefix
