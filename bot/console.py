"""The terminal console: the bot's commands at an interactive prompt."""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.terminal import render
from commands import respond
from knowledge import FactBaseError, LiveFactBase

HISTORY_FILE = Path.home() / ".factbot_history"
_QUIT = {"quit", "exit", ":q", "!quit", "!exit"}
_RELOAD = {"reload", "!reload"}
BANNER = "Factbot console. Type !help for commands, a question to ask one, Ctrl-D or 'quit' to leave."


def _enable_line_editing() -> Callable[[], None]:
    """Arrow keys and history through readline, where the platform has it."""
    try:
        import readline  # noqa: PLC0415 - optional, and only for interactive use
    except ImportError:  # Windows without pyreadline: plain input() still works
        return lambda: None
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY_FILE)

    return save


def run_console(
    live: LiveFactBase,
    prefix: str = "!",
    *,
    read: Callable[[str], str] = input,
    out: TextIO | None = None,
) -> int:
    """Answer lines until end of input or 'quit'. Returns an exit status."""
    out = out or sys.stdout
    interactive = read is input and sys.stdin.isatty()
    save_history = _enable_line_editing() if interactive else (lambda: None)
    color = interactive and out.isatty()
    print(BANNER, file=out)
    print(f"Loaded {live.current.summary()}.", file=out)
    try:
        while True:
            try:
                line = read("factbot> ")
            except EOFError:
                print(file=out)
                return 0
            except KeyboardInterrupt:
                print("\n(Ctrl-D or 'quit' to leave)", file=out)
                continue
            text = line.strip()
            if not text:
                continue
            if text.lower() in _QUIT:
                return 0
            if text.lower() in _RELOAD:
                print(reload_message(live), file=out)
                continue
            try:
                answer = respond(live.current, text, prefix)
            except Exception as exc:  # a bug of ours: say so in one line and keep the console
                print(f"Sorry, that failed inside Factbot ({type(exc).__name__}). {DEBUG_HINT}", file=out)
                if debugging():
                    traceback.print_exc()
                continue
            print(render(answer, color=color), file=out)
            print(file=out)
    finally:
        save_history()


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
