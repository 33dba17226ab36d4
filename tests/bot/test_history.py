"""The console's history file: where it lives, its cap, its permissions, and
that it never stops the console."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from bot.history import HISTORY_LIMIT, CappedHistory, history_path

posix_only = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG locations are for Linux and BSD")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def loaded(path: Path, limit: int = HISTORY_LIMIT) -> list[str]:
    """What a new console would offer, oldest first."""
    return list(CappedHistory(path, limit).load_history_strings())[::-1]


@posix_only
def test_the_state_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert history_path() == tmp_path / "state" / "factbot" / "history"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert history_path() == tmp_path / ".local" / "state" / "factbot" / "history"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")  # the XDG spec says to ignore a relative path
    assert history_path() == tmp_path / ".local" / "state" / "factbot" / "history"


def test_entries_persist_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "state" / "factbot" / "history"
    history = CappedHistory(path)
    assert list(history.load_history_strings()) == []
    for line in ["!deal herts", "!who lloyd", "pasted\nacross lines"]:
        history.append_string(line)
    assert path.read_text(encoding="utf-8") == "!deal herts\n!who lloyd\npasted across lines\n"
    assert list(CappedHistory(path).load_history_strings()) == ["pasted across lines", "!who lloyd", "!deal herts"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "factbot" / "history"
    CappedHistory(path).append_string("!who lloyd")
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    history = CappedHistory(path, limit=2)
    history.load_history_strings()
    for n in range(3):  # past the cap: the file is rewritten, and stays private
        history.append_string(f"line {n}")
    assert mode(path) == 0o600


def test_capped_keeping_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "history"
    history = CappedHistory(path, limit=5)
    history.load_history_strings()
    for n in range(12):
        history.append_string(f"line {n}")
        assert len(path.read_text(encoding="utf-8").splitlines()) == min(n + 1, 5)
    assert loaded(path) == [f"line {n}" for n in range(7, 12)]
    assert [p.name for p in tmp_path.iterdir()] == ["history"]  # no temporary files left


def test_another_consoles_entries_survive_the_trim(tmp_path: Path) -> None:
    path = tmp_path / "history"
    one, two = CappedHistory(path, limit=4), CappedHistory(path, limit=4)
    one.load_history_strings()
    two.load_history_strings()
    for n in range(3):
        one.append_string(f"one {n}")
    two.append_string("two 0")
    one.append_string("one 3")  # the file holds 4 lines, two's among them: the oldest goes
    assert loaded(path) == ["one 1", "one 2", "two 0", "one 3"]


def test_a_long_existing_file_is_read_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "history"
    path.write_text("".join(f"line {n}\n" for n in range(50_000)), encoding="utf-8")
    assert loaded(path) == [f"line {n}" for n in range(50_000 - HISTORY_LIMIT, 50_000)]
    history = CappedHistory(path)
    history.load_history_strings()
    history.append_string("new")
    assert len(path.read_text(encoding="utf-8").splitlines()) == HISTORY_LIMIT


def test_an_unusable_location_costs_the_history_not_the_console(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    history = CappedHistory(tmp_path / "file" / "factbot" / "history")
    assert list(history.load_history_strings()) == []
    history.append_string("!deal herts")  # no exception
    (tmp_path / "undecodable").write_bytes(b"caf\xe9\n!who\n")
    assert loaded(tmp_path / "undecodable") == ["caf\ufffd", "!who"]
