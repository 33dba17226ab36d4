"""Tab completion in the console: command names, then the names each
command's argument can take, offered as Discord's autocomplete offers them.

The names come from commands/choices.py, as slash autocomplete's do (the
same targets per command, the same fuzzy matching, typos forgiven); only the
reading of the line is here. Nothing here imports discord.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from commands import BY_NAME, COMMANDS
from commands.choices import command_choices, name_choices
from commands.registry import closest_command
from knowledge import FactBase

# The console's own words, beside the bot's commands.
CONSOLE_WORDS = {"reload": "Reread the fact files; a broken file keeps the old ones.", "quit": "Leave the console."}


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str  # what replaces the line from `start` to the cursor
    start: int
    shown: str  # as listed: a name with the alias that matched, "David Lloyd (Herts PCC)"
    meta: str = ""


def suggestions(fb: FactBase, line: str, prefix: str = "!") -> list[Suggestion]:
    """What Tab offers for `line`, the text before the cursor: a command
    while the first word is typed, then names for its argument."""
    start = len(line) - len(line.lstrip())
    has_prefix = bool(prefix) and line.startswith(prefix, start)
    if has_prefix:  # "! deal" works too, as on Discord
        start += len(prefix)
        start += len(line[start:]) - len(line[start:].lstrip())
    word, space, rest = line[start:].partition(" ")
    if not space:
        lead = prefix if not line.strip() else ""  # an empty line gets "!deal", teaching Discord's form
        return _commands(word, start, lead)
    name = word.lower()
    argument = rest.lstrip()
    where = len(line) - len(argument)
    if name == "help":
        return [Suggestion(c.value, where, c.name, BY_NAME[c.value].summary) for c in command_choices(argument)]
    if name not in BY_NAME:
        return []
    try:
        choices = name_choices(fb, name, argument)
    except ValueError:  # a command whose argument is no name (ask, sources)
        return []
    return [Suggestion(c.value, where, c.name) for c in choices]


def _commands(word: str, start: int, lead: str) -> list[Suggestion]:
    typed = word.lower()
    every = {c.name: (c.summary, bool(c.usage)) for c in COMMANDS}
    every |= {name: (summary, False) for name, summary in CONSOLE_WORDS.items()}
    names = [name for name in every if name.startswith(typed)]
    if not names and typed:  # a typo, as the bot reads one: "dael" is "deal"
        guess = closest_command(typed)
        names = [guess] if guess else []
    out = []
    for name in names:
        summary, takes_argument = every[name]
        # A space after a command that takes an argument, so the next Tab offers names.
        out.append(Suggestion(lead + name + (" " if takes_argument else ""), start, lead + name, summary))
    return out


class ConsoleCompleter(Completer):
    """`suggestions` for prompt_toolkit, on whichever fact base is current."""

    def __init__(self, current: Callable[[], FactBase], prefix: str) -> None:
        self.current, self.prefix = current, prefix

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        line = document.text_before_cursor
        for suggestion in suggestions(self.current(), line, self.prefix):
            yield Completion(
                suggestion.text,
                start_position=suggestion.start - len(line),
                display=suggestion.shown,
                display_meta=suggestion.meta,
            )
