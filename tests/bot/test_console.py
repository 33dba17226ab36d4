"""The console: same answers as Discord, reload keeps the last good fact base;
at a terminal, styled and wrapped answers, Tab completion and a kept history."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pexpect
import pyte
import pytest

from bot.console import run_console
from bot.terminal import render
from commands import respond
from knowledge import LiveFactBase
from tests.bot.test_styled import words
from tests.knowledge.factfiles import copy_shipped


def feed(lines: list[str]) -> tuple[Iterator[str], io.StringIO]:
    queue = iter(lines)

    def read(prompt: str) -> str:
        try:
            return next(queue)
        except StopIteration:
            raise EOFError from None

    return read, io.StringIO()  # type: ignore[return-value]


def console(live: LiveFactBase, lines: list[str]) -> tuple[int, str]:
    read, out = feed(lines)
    code = run_console(live, read=read, out=out)  # type: ignore[arg-type]
    return code, out.getvalue()


def test_answers_with_and_without_prefix(tmp_path: Path) -> None:
    live = LiveFactBase()
    code, out = console(live, ["!deal herts", "quote sir clive", "", "exit"])
    assert code == 0
    assert render(respond(live.current, "!deal herts")) in out
    assert "masters of our own destiny" in out


def test_end_of_input_leaves_cleanly() -> None:
    code, out = console(LiveFactBase(), [])
    assert code == 0
    assert "Loaded 2 sources" in out


def test_reload_keeps_the_last_good_fact_base(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    live = LiveFactBase(folder)
    before = live.current
    (folder / "broken.yaml").write_text("quotes: [\n", encoding="utf-8")
    _, out = console(live, ["reload", "!who lloyd"])
    assert "Reload failed; still serving the previous fact base." in out
    assert "broken.yaml:" in out
    assert live.current is before
    assert "Hertfordshire Police and Crime Commissioner" in out
    (folder / "broken.yaml").unlink()
    _, out = console(live, ["!reload"])
    assert "Reloaded: 2 sources" in out
    assert live.current is not before


def test_a_failure_inside_is_one_line_and_the_console_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("bot.console.respond", broken)
    monkeypatch.delenv("FACTBOT_DEBUG", raising=False)
    code, out = console(LiveFactBase(), ["!deal herts", "quit"])
    assert code == 0
    assert "Sorry, that failed inside Factbot (ValueError)." in out
    assert "Traceback" not in out


def test_piped_the_console_writes_the_plain_text(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="!quote sir clive\n!deal herts\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=quiet_env(tmp_path),
        timeout=60,
        check=True,
    )
    live = LiveFactBase()
    for query in ("!quote sir clive", "!deal herts"):
        assert render(respond(live.current, query)) + "\n\n" in proc.stdout
    assert "\x1b" not in proc.stdout
    assert not (tmp_path / "state").exists()  # no history for piped input


# -- through a pseudo-terminal: what a user sees on a screen of a fixed size

COLUMNS, ROWS = 60, 120
PROMPT = "factbot>"
needs_pty = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def quiet_env(tmp_path: Path) -> dict[str, str]:
    """This environment less what would change the console: no token, no
    colour settings, no fixed width; history under tmp_path."""
    unset = {"DISCORD_TOKEN", "COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "FACTBOT_DEBUG", "XDG_STATE_HOME"}
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env |= {
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "TERM": "xterm-256color",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # no cursor-position query to answer
    }
    return env


class Terminal:
    """`factbot console` on a pseudo-terminal, read through a terminal emulator."""

    def __init__(self, tmp_path: Path) -> None:
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "bot", "console"],
            env=quiet_env(tmp_path),
            cwd=str(tmp_path),
            dimensions=(ROWS, COLUMNS),
        )
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def wait_for(self, seen: Callable[[list[str]], bool], timeout: float = 30) -> list[str]:
        deadline = time.monotonic() + timeout
        while not seen(self.lines()):
            if time.monotonic() > deadline:
                raise AssertionError("not on the screen in time:\n" + "\n".join(self.lines()).rstrip())
            with contextlib.suppress(pexpect.TIMEOUT):
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.2))
        return self.lines()

    def prompts(self, count: int) -> list[str]:
        """The screen once `count` prompts are on it."""
        return self.wait_for(lambda lines: sum(line.startswith(PROMPT) for line in lines) >= count)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def close(self) -> None:
        self.child.close(force=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path)
    yield term
    term.close()


def between_prompts(lines: list[str], first: int) -> list[str]:
    """The lines after the `first`-th prompt (counting from 1) up to the next."""
    starts = [n for n, line in enumerate(lines) if line.startswith(PROMPT)]
    return lines[starts[first - 1] + 1 : starts[first]]


@needs_pty
def test_at_a_terminal_answers_are_styled_and_wrapped_at_word_boundaries(terminal: Terminal) -> None:
    terminal.prompts(1)
    terminal.send("!deal herts\r")
    lines = terminal.prompts(2)
    shown = between_prompts(lines, 1)
    plain = render(respond(LiveFactBase().current, "!deal herts"))
    assert words("\n".join(shown)) == words(plain)  # same parts, same order, no word broken
    assert shown[0] == "Hertfordshire, Cambridgeshire and Bedfordshire back-office"
    # A bullet too long for the width goes on under a hanging indent, not under the bullet.
    wrapped = [n for n, line in enumerate(shown[:-1]) if line.startswith("• ") and shown[n + 1].startswith("  ")]
    assert wrapped, "no bullet wrapped at this width"
    assert all(shown[n + 1][2] != " " for n in wrapped)
    assert terminal.screen.buffer[0][0].bold is False
    title = lines.index(shown[0])
    assert terminal.screen.buffer[title][0].bold and terminal.screen.buffer[title][0].underscore


@needs_pty
def test_tab_completes_and_history_persists(tmp_path: Path, terminal: Terminal) -> None:
    terminal.prompts(1)
    terminal.send("!tim\t")
    terminal.wait_for(lambda lines: f"{PROMPT} !timeline" in lines)
    terminal.send("nots\t")  # a typo; the menu lists the names that fit, Discord's way
    lines = terminal.wait_for(lambda lines: any("Nottinghamshire police force (Notts)" in line for line in lines))
    terminal.send("\t\r")  # the first name (deals first, as on Discord), then answer
    terminal.prompts(2)
    lines = terminal.lines()
    assert f"{PROMPT} !timeline East Midlands 999 control room deal" in lines
    assert "Timeline: East Midlands 999 control room deal" in lines
    terminal.send("quit\r")
    terminal.child.expect(pexpect.EOF, timeout=30)
    history = tmp_path / "state" / "factbot" / "history"
    assert history.read_text(encoding="utf-8") == "!timeline East Midlands 999 control room deal\nquit\n"

    again = Terminal(tmp_path)
    try:
        again.prompts(1)
        again.send("\x1b[A\x1b[A")  # Up, Up
        again.wait_for(lambda lines: f"{PROMPT} !timeline East Midlands 999 control room deal" in lines)
    finally:
        again.close()
