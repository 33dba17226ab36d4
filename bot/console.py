"""The terminal console: the bot's commands at an interactive prompt.

At a terminal it completes commands and fact-base names with Tab, keeps its
history between sessions and shows answers styled and wrapped to the
window. Piped, it reads plain lines and writes the plain text Discord shows.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import TextIO

from bot.terminal import render
from commands import Answer, respond
from knowledge import FactBaseError, LiveFactBase

_QUIT = {"quit", "exit", ":q", "!quit", "!exit"}
_RELOAD = {"reload", "!reload"}
BANNER = (
    "Factbot console: type a command ({prefix}help lists them) or a question.\n"
    "Tab completes, Up recalls earlier lines, Ctrl-D or 'quit' leaves."
)

Read = Callable[[str], str]
Show = Callable[[Answer | str], None]  # an answer, or a line of the console's own


def _prompt(live: LiveFactBase, prefix: str) -> Read:
    """A line editor with completion and a history file (prompt_toolkit)."""
    # Imported here: `factbot ask` and the Discord bot have no use for them.
    from prompt_toolkit import PromptSession  # noqa: PLC0415

    from bot.completion import ConsoleCompleter  # noqa: PLC0415
    from bot.history import CappedHistory, history_path  # noqa: PLC0415

    session: PromptSession[str] = PromptSession(
        history=CappedHistory(history_path()),
        completer=ConsoleCompleter(lambda: live.current, prefix),
        complete_while_typing=False,  # Tab asks, as in a shell
    )
    return session.prompt


def _plain(out: TextIO) -> Show:
    def show(item: Answer | str) -> None:
        print(render(item) if isinstance(item, Answer) else item, file=out)

    return show


def _styled(out: TextIO) -> Show:
    """Answers styled, and everything wrapped at word boundaries to the
    terminal's width as it is at each print."""
    from rich.console import Console  # noqa: PLC0415 - as above
    from rich.text import Text  # noqa: PLC0415

    from bot.styled import styled  # noqa: PLC0415

    # Text objects only, and no markup, emoji codes or highlighting read in them.
    console = Console(file=out, markup=False, emoji=False, highlight=False)

    def show(item: Answer | str) -> None:
        console.print(styled(item) if isinstance(item, Answer) else Text(item))

    return show


def run_console(
    live: LiveFactBase,
    prefix: str = "!",
    *,
    read: Read | None = None,
    out: TextIO | None = None,
) -> int:
    """Answer lines until end of input or 'quit'. Returns an exit status."""
    out = out or sys.stdout
    editing = read is None and sys.stdin.isatty() and out.isatty()
    if read is None:
        read = _prompt(live, prefix) if editing else input
    show = _styled(out) if out.isatty() else _plain(out)
    show(BANNER.format(prefix=prefix))
    show(f"Loaded {live.current.summary()}.")
    while True:
        try:
            line = read("factbot> ")
        except EOFError:
            show("")
            return 0
        except KeyboardInterrupt:  # input() leaves the cursor after "^C"; the line editor does not
            show(("" if editing else "\n") + "(Ctrl-D or 'quit' to leave)")
            continue
        text = line.strip()
        if not text:
            continue
        if text.lower() in _QUIT:
            return 0
        if text.lower() in _RELOAD:
            show(reload_message(live))
            continue
        try:
            answer = respond(live.current, text, prefix)
        except Exception as exc:  # a bug of ours: say so in one line and keep the console
            show(f"Sorry, that failed inside Factbot ({type(exc).__name__}). {DEBUG_HINT}")
            if debugging():
                traceback.print_exc()
            continue
        show(answer)
        show("")


DEBUG_ENV = "FACTBOT_DEBUG"
DEBUG_HINT = f"Please report it; {DEBUG_ENV}=1 shows the details."


def debugging() -> bool:
    return bool(os.environ.get(DEBUG_ENV))


def reload_message(live: LiveFactBase) -> str:
    try:
        fresh = live.reload()
    except FactBaseError as exc:
        return f"Reload failed; still serving the previous fact base.\n{exc.report()}"
    return f"Reloaded: {fresh.summary()}."
