"""The `factbot` command line: exit codes, JSON, check, bad folders, config."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from bot.cli import entry, main, version
from tests.knowledge.factfiles import VALID, copy_shipped, write


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder with no token, as on a fresh machine."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)


def test_ask_answers_like_the_console(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "!deal", "herts")
    assert code == 0
    assert out.startswith("Hertfordshire, Cambridgeshire and Bedfordshire back-office deal\n")
    assert "Source: Hertfordshire G4S back-office deal abandoned (untitled article)" in out


def test_ask_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "ask", "!deal atlantis")[0] == 1
    assert run(capsys, "ask", "!dael herts")[0] == 2
    assert run(capsys, "ask", "!ask")[0] == 2
    assert run(capsys, "ask", "")[0] == 2
    assert run(capsys, "ask", "!deal " + "x" * 10_000)[0] == 2


def test_ask_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "--json", "!quote sir clive")
    data = json.loads(out)
    assert code == 0
    assert data["status"] == "ok" and data["matched"] is True
    assert data["ids"] == ["loader-masters-of-destiny"]
    assert data["citations"][0]["source_id"] == "east-midlands-g4s-article"


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.startswith("OK: 2 sources,")


def test_check_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "kb", "a.yaml", VALID.replace("speaker: ann-smith", "speaker: nobody"))
    write(tmp_path / "kb", "b.yaml", "oops: [")
    code, out, err = run(capsys, "check", "--knowledge", str(tmp_path / "kb"))
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[-1] == "2 problems found."
    assert lines[0].startswith(f"{tmp_path}/kb/a.yaml:")


def test_broken_or_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ask", "--knowledge", str(tmp_path / "missing"), "!deal herts")
    assert code == 2
    assert err == f"factbot: cannot load the fact base: {tmp_path}/missing:0: no such folder of fact files\n"
    folder = copy_shipped(tmp_path / "kb")
    (folder / "extra.yaml").write_text("- not a mapping\n", encoding="utf-8")
    code, _, err = run(capsys, "ask", "--knowledge", str(folder), "!deal herts")
    assert code == 2
    assert err.count("\n") == 1 and "extra.yaml:1:" in err


def test_an_index_folder_that_cannot_be_made_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    monkeypatch.setenv("FACTBOT_INDEX", str(tmp_path / "a-file" / "index"))
    folder = copy_shipped(tmp_path / "kb")
    code, _, err = run(capsys, "ask", "--knowledge", str(folder), "!deal herts")
    assert code == 2
    assert err.startswith(f"factbot: cannot load the fact base: {folder}:0: nowhere to keep its index: ")
    assert err.count("\n") == 1


def test_other_folder_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "kb", "a.yaml", VALID)
    code, out, _ = run(capsys, "ask", "--knowledge", str(tmp_path / "kb"), "!who smithy")
    assert code == 0
    assert out.startswith("Ann Smith\n")


def test_bad_config_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "config.yaml").write_text("prefix: [1\n", encoding="utf-8")
    code, _, err = run(capsys, "ask", "!help")
    assert code == 2
    assert err.startswith("factbot: config.yaml:")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_no_token_starts_the_console(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("!deal notts\nquit\n"))
    code, out, _ = run(capsys)
    assert code == 0
    assert "No Discord token configured" in out
    assert "East Midlands 999 control room deal" in out


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    script = "import sys; from bot.cli import entry; sys.argv = ['factbot', 'ask', '!who']; entry()"
    proc = subprocess.run(
        f'{sys.executable} -c "{script}" | true',  # the reader is gone before the answer
        shell=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert "Traceback" not in proc.stderr


def test_a_failure_inside_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("bot.cli.respond", broken)
    monkeypatch.delenv("FACTBOT_DEBUG", raising=False)
    monkeypatch.setattr("sys.argv", ["factbot", "ask", "!deal herts"])
    with pytest.raises(SystemExit) as info:
        entry()
    assert info.value.code == 70
    err = capsys.readouterr().err
    assert err.startswith("factbot: failed inside Factbot (ValueError).")
    assert "Traceback" not in err


def test_version_is_the_installed_packages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"factbot {metadata.version('factbot')}\n"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert proc.stdout == f"factbot {metadata.version('factbot')}\n"


def test_version_without_an_installed_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert version() == "unknown (not installed)"
