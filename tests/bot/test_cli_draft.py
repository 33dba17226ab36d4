"""`factbot draft`: the command line around the drafter."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from knowledge import FactBase
from tests.knowledge.draft.helpers import ARTICLES
from tests.knowledge.factfiles import copy_shipped

STORY = """Bus depot to close

Redline Buses confirmed last night it would close the depot in Eastley by 2025.

Depot manager Gail Hart said: "Staff were told on Monday."

"We will find everyone a new job," she added.
"""


@pytest.fixture(autouse=True)
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_draft_to_a_file_then_check_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    kb = copy_shipped(tmp_path / "kb")
    code, out, err = run(capsys, "draft", "depot.txt", "--out", str(kb / "depot.yaml"), "--knowledge", str(kb))
    assert (code, out) == (0, "")
    assert err.startswith(f"Wrote {kb / 'depot.yaml'}: ") and "'# review:' notes to check" in err
    fb = FactBase.load(kb)
    assert fb.quotes["gail-hart-staff-told-monday"].speaker == "gail-hart"
    assert run(capsys, "check", "--knowledge", str(kb))[0] == 0


def test_draft_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    code, out, _ = run(capsys, "draft", "depot.txt", "--no-reuse")
    assert code == 0
    assert out.startswith("# Drafted by `factbot draft` from depot.txt.")
    assert "  - id: gail-hart\n" in out


def test_draft_from_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    code, out, _ = run(capsys, "draft", "-", "--no-reuse")
    assert code == 0 and "read from standard input: add `seed:`" in out


def test_a_web_page_and_its_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = ARTICLES / "library-closures.html"
    code, out, _ = run(capsys, "draft", str(page), "--text", str(tmp_path / "library.txt"), "--no-reuse")
    assert code == 0
    assert "seed: library.txt" in out
    text = (tmp_path / "library.txt").read_text(encoding="utf-8")
    assert text.startswith("Libraries saved from closure\n\n") and "Privacy" not in text


def test_entities_are_reused_from_the_configured_fact_base(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "g4s.txt").write_text('G4S spokesman John Shaw said: "We are proud of our record."\n', encoding="utf-8")
    code, out, _ = run(capsys, "draft", "g4s.txt")
    assert code == 0
    assert "speaker: john-shaw" in out and "- id: john-shaw\n" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["draft", "missing.txt"], "factbot: cannot read missing.txt: No such file or directory\n"),
        (["draft", "empty.txt"], "factbot: empty.txt is empty\n"),
        (["draft", "."], "factbot: . is a folder, not an article\n"),
    ],
)
def test_unreadable_articles_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (1, "", message)


def test_an_existing_draft_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "depot.yaml").write_text("reviewed: true\n", encoding="utf-8")
    code, _, err = run(capsys, "draft", "depot.txt", "--out", "depot.yaml", "--no-reuse")
    assert code == 2 and "depot.yaml exists" in err
    assert (tmp_path / "depot.yaml").read_text(encoding="utf-8") == "reviewed: true\n"
    assert run(capsys, "draft", "depot.txt", "--out", "depot.yaml", "--no-reuse", "--force")[0] == 0


def test_a_broken_fact_base_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "bad.yaml").write_text("entities: [\n", encoding="utf-8")
    code, _, err = run(capsys, "draft", "depot.txt", "--knowledge", "kb")
    assert code == 2 and "cannot read the fact base to reuse its entities" in err and "--no-reuse" in err


def test_no_traceback_from_the_installed_command(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00garbage")
    result = subprocess.run(
        [sys.executable, "-c", "from bot.cli import entry; entry()", "draft", str(tmp_path / "bin.txt")],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "is not UTF-8 text" in result.stderr


def test_drafting_again_over_a_draft_reuses_nothing_of_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    kb = copy_shipped(tmp_path / "kb")
    out = str(kb / "depot.yaml")
    assert run(capsys, "draft", "depot.txt", "--out", out, "--knowledge", str(kb))[0] == 0
    assert run(capsys, "draft", "depot.txt", "--out", out, "--knowledge", str(kb), "--force")[0] == 0
    assert "- id: gail-hart\n" in (kb / "depot.yaml").read_text(encoding="utf-8")
    assert run(capsys, "check", "--knowledge", str(kb))[0] == 0
