"""The console: same answers as Discord, reload keeps the last good fact base."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.console import run_console
from bot.terminal import render
from commands import respond
from knowledge import LiveFactBase
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
