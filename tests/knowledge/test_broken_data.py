"""Broken data, all at once: one folder holding every kind of broken fact file
is refused with every problem, one `file:line: what is wrong` line each, in one
run; and no code in a fact file ever runs.

tests/bot/test_broken_data.py takes the same folder through the bot's startup
and through `!reload`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from knowledge import FactBase, FactBaseError, LiveFactBase
from knowledge.loader import read_records
from tests.knowledge.factfiles import VALID, write

# Set by `plant` if anything ever constructs the `!!python/object/apply` tag below.
PLANTED: list[str] = []


def plant(*args: object) -> str:
    PLANTED.append(repr(args))
    return "planted"


PYTHON_TAGS = """\
source: {{id: j-src, title: J}}
entities:
  - !!python/object/apply:tests.knowledge.test_broken_data.plant [item]
  - id: j-person
    name: J Person
    kind: person
    role: !!python/object/apply:os.mkdir ['{made}']
"""

# file -> what each of its problems says, in line order
EXPECTED: dict[str, list[str]] = {
    "b-syntax.yaml": [r"3: YAML syntax error: while parsing a flow sequence .+"],  # where the list opens
    "c-latin1.yaml": [r"3: not UTF-8 text \(byte 0xe9 at offset 32\)"],
    "d-empty.yaml": [r"1: file is empty"],
    "e-list.yaml": [r"1: the file must be a mapping of sections \(.+\), not a list"],
    "f-types.yaml": [
        r"5: 'name' must be text, not a list",
        r"8: 'aliases' must be a list like \[a, b\], not a single value",
    ],
    "g-duplicate.yaml": [r"3: duplicate id 'acme' \(first defined at .+/a-valid\.yaml:\d+\)"],
    "h-unknown-speaker.yaml": [r"3: 'speaker' of quote 'h-quote' names unknown entity 'nobody-known'"],
    "i-alias.yaml": [
        r"3: name or alias 'ann smith' of 'widget-co' is already used by 'ann-smith' \(.+a-valid\.yaml:\d+\)"
    ],
    "j-python.yaml": [
        r"3: tag !!python/object/apply:tests\.knowledge\.test_broken_data\.plant is not allowed: .+",
        r"7: tag !!python/object/apply:os\.mkdir is not allowed: .+",
    ],
    "k-huge.yaml": [r"1: file is 50\.0 MB; the limit is 8 MB per file \(split it\)"],
}
PROBLEMS = sum(len(v) for v in EXPECTED.values())


def broken_folder(folder: Path) -> Path:
    """A valid file, and beside it one file for each way a fact file can be broken."""
    write(folder, "a-valid.yaml", VALID)
    write(folder, "b-syntax.yaml", "source:\n  id: b-src\n  title: [unclosed\nentities: []\n")
    (folder / "c-latin1.yaml").write_bytes(b"source:\n  id: c-src\n  title: caf\xe9\n")
    write(folder, "d-empty.yaml", "")
    write(folder, "e-list.yaml", "- one\n- two\n")
    write(
        folder,
        "f-types.yaml",
        "source: {id: f-src, title: F}\nentities:\n  - id: bob\n    kind: person\n    name: [not, text]\n"
        "    role: Witness\n    organisation: acme\n    aliases: just one\n",
    )
    write(
        folder,
        "g-duplicate.yaml",
        "source: {id: g-src, title: G}\nentities:\n  - {id: acme, name: Acme Again, kind: company, role: Copy}\n",
    )
    write(
        folder,
        "h-unknown-speaker.yaml",
        "source: {id: h-src, title: H}\nquotes:\n  - {id: h-quote, speaker: nobody-known, kind: direct, text: Hi.}\n",
    )
    write(
        folder,
        "i-alias.yaml",
        "source: {id: i-src, title: I}\nentities:\n"
        "  - {id: widget-co, name: Widget Co, kind: company, role: Maker, aliases: [Ann Smith]}\n",
    )
    write(folder, "j-python.yaml", PYTHON_TAGS.format(made=folder / "made-by-yaml"))
    with (folder / "k-huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    return folder


def check_report(lines: list[str], folder: Path) -> None:
    """Exactly the expected problems, one line each, as `file:line: what`, in file order."""
    patterns = [re.escape(f"{folder}/{name}:") + what for name, whats in EXPECTED.items() for what in whats]
    assert len(lines) == PROBLEMS, "\n".join(lines)
    for line, pattern in zip(lines, patterns, strict=True):
        assert re.fullmatch(pattern, line), f"{line!r} !~ {pattern!r}"


def nothing_ran(folder: Path) -> None:
    assert PLANTED == [], "a fact file's tag was constructed: code ran"
    assert not (folder / "made-by-yaml").exists(), "a fact file's tag was constructed: a folder was made"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    PLANTED.clear()
    return broken_folder(tmp_path / "kb")


def test_every_problem_in_one_run_one_line_each(folder: Path) -> None:
    with pytest.raises(FactBaseError) as info:
        read_records(folder)
    check_report([str(p) for p in info.value.problems], folder)
    check_report(info.value.report().splitlines(), folder)
    nothing_ran(folder)


def test_factbot_check_lists_every_problem(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--knowledge", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    *lines, summary = err.splitlines()
    check_report(lines, folder)
    assert summary == f"{PROBLEMS} problems found."
    nothing_ran(folder)


def test_every_way_of_loading_refuses_it(folder: Path) -> None:
    for load in (lambda: FactBase.load(folder), lambda: LiveFactBase(folder)):
        with pytest.raises(FactBaseError) as info:
            load()
        check_report([str(p) for p in info.value.problems], folder)
    nothing_ran(folder)


def test_a_failed_reload_keeps_the_old_fact_base(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    write(folder, "a-valid.yaml", VALID)
    live = LiveFactBase(folder)
    before = live.current
    broken_folder(folder)
    with pytest.raises(FactBaseError) as info:
        live.reload()
    check_report([str(p) for p in info.value.problems], folder)
    assert live.current is before
    nothing_ran(folder)


def test_the_planted_tags_would_run_if_constructed(folder: Path) -> None:
    """The payload is live: PyYAML's unsafe loader runs both tags. Factbot's loader composes
    nodes and never constructs them, which is why nothing_ran holds everywhere else."""
    yaml.unsafe_load((folder / "j-python.yaml").read_text(encoding="utf-8"))
    assert PLANTED == ["('item',)"]
    assert (folder / "made-by-yaml").is_dir()


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:tests.knowledge.test_broken_data.plant [x]",
        "!!python/object/new:tests.knowledge.test_broken_data.plant [x]",
        "!!python/name:tests.knowledge.test_broken_data.plant",
        "!!python/module:tests.knowledge.test_broken_data",
        "!<tag:yaml.org,2002:python/object/apply:tests.knowledge.test_broken_data.plant> [x]",
        "!custom {a: b}",
        "!!set {a, b}",
        "!!binary aGVsbG8=",
    ],
)
@pytest.mark.parametrize("where", ["file", "section", "item", "field", "list item", "key"])
def test_no_tag_anywhere_is_run_or_accepted(tmp_path: Path, tag: str, where: str) -> None:
    PLANTED.clear()
    documents = {
        "file": f"{tag}\n",
        "section": f"source: {{id: s, title: T}}\nentities: {tag}\n",
        "item": f"source: {{id: s, title: T}}\nentities:\n  - {tag}\n",
        "field": f"source: {{id: s, title: T}}\nentities:\n  - {{id: p, name: P, kind: person, role: {tag}}}\n",
        "list item": f"source: {{id: s, title: T}}\nentities:\n  - {{id: p, name: P, kind: person, role: r, "
        f"aliases: [{tag}]}}\n",
        "key": f"source: {{id: s, title: T}}\nentities:\n  - {{id: p, name: P, kind: person, role: r, {tag}: x}}\n",
    }
    write(tmp_path, "t.yaml", documents[where])
    with pytest.raises(FactBaseError) as info:
        read_records(tmp_path)
    assert any("is not allowed" in str(p) or "YAML" in str(p) for p in info.value.problems), info.value.report()
    assert PLANTED == []
