"""Loading and validation: every problem reported as file:line: what."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import FactBase, FactBaseError
from knowledge import loader as loader_module
from knowledge.loader import read_records
from tests.knowledge.factfiles import VALID, copy_shipped, write


def problems(folder: Path) -> list[str]:
    with pytest.raises(FactBaseError) as info:
        read_records(folder)
    return [str(p) for p in info.value.problems]


def test_valid_folder_loads(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID)
    records = read_records(tmp_path)
    assert [q.id for q in records.quotes] == ["ann-widgets"]
    assert records.quotes[0].source == "src"
    assert records.quotes[0].origin.line > 1
    assert records.entities[0].aliases == ("Smithy",)


def test_shipped_fact_base_is_valid() -> None:
    fb = FactBase.load()
    assert len(fb.sources) == 2
    assert len(fb.deals) == 2
    assert fb.summary().startswith("2 sources")


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "bad.yaml", "source:\n  id: x\n  title: [unclosed\nentities: []\n")
    (found,) = problems(tmp_path)
    assert found.startswith(f"{tmp_path}/bad.yaml:")
    assert "YAML syntax error" in found


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin.yaml").write_bytes(b"source:\n  id: x\n  title: caf\xe9\n")
    (found,) = problems(tmp_path)
    assert found == f"{tmp_path}/latin.yaml:3: not UTF-8 text (byte 0xe9 at offset 28)"


def test_empty_and_comment_only_files(tmp_path: Path) -> None:
    write(tmp_path, "empty.yaml", "")
    write(tmp_path, "comments.yaml", "# nothing yet\n")
    assert problems(tmp_path) == [
        f"{tmp_path}/comments.yaml:1: file holds no data (only comments?)",
        f"{tmp_path}/empty.yaml:1: file is empty",
    ]


def test_list_instead_of_mapping(tmp_path: Path) -> None:
    write(tmp_path, "list.yaml", "- a\n- b\n")
    (found,) = problems(tmp_path)
    assert "list.yaml:1: the file must be a mapping of sections" in found


def test_unknown_and_missing_fields(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        """\
        source: {id: s, title: T}
        entities:
          - id: bob
            name: Bob
            kind: person
            rol: typo here
        """,
    )
    found = problems(tmp_path)
    assert any(":6: unknown field 'rol' in entity (did you mean 'role'?)" in p for p in found)
    assert any(":3: entity is missing required field 'role'" in p for p in found)


def test_wrong_types(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        """\
        source: {id: s, title: T}
        entities:
          - id: bob
            name: [not, text]
            kind: person
            role: x
            aliases: just one
        """,
    )
    found = problems(tmp_path)
    assert any(":4: 'name' must be text, not a list" in p for p in found)
    assert any(":7: 'aliases' must be a list like [a, b], not a single value" in p for p in found)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID)
    write(tmp_path, "b.yaml", VALID.replace("id: src", "id: src2"))
    found = problems(tmp_path)
    assert f"{tmp_path}/b.yaml:6: duplicate id 'ann-smith' (first defined at {tmp_path}/a.yaml:6)" in found


def test_unknown_reference(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("speaker: ann-smith", "speaker: ann-smiht"))
    (found,) = problems(tmp_path)
    assert "'speaker' of quote 'ann-widgets' names unknown entity 'ann-smiht'" in found
    assert "did you mean 'ann-smith'" in found


def test_reference_to_wrong_kind(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("speaker: ann-smith", "speaker: widget-deal"))
    (found,) = problems(tmp_path)
    assert "names unknown entity 'widget-deal' (it is a deal)" in found


def test_empty_quote(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("text: We love widgets.", 'text: ""'))
    found = problems(tmp_path)
    assert any("'text' of quote is empty" in p for p in found)


def test_bad_choice(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("kind: direct", "kind: rumour"))
    (found,) = problems(tmp_path)
    assert "'kind' must be one of: direct, reported; got 'rumour'" in found


def test_alias_collision(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("aliases: [Smithy]", "aliases: [Smithy, Acme]"))
    (found,) = problems(tmp_path)
    assert "name or alias 'acme'" in found
    assert "already used by" in found


def test_python_tags_are_refused_not_run(tmp_path: Path) -> None:
    write(
        tmp_path,
        "evil.yaml",
        """\
        source: {id: s, title: T}
        entities:
          - !!python/object/apply:os.system ["touch pwned"]
        """,
    )
    found = problems(tmp_path)
    assert any("evil.yaml:3: tag !!python/object/apply:os.system is not allowed" in p for p in found)
    assert not (Path.cwd() / "pwned").exists()


def test_anchors_are_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        """\
        source: {id: s, title: T}
        places: &p [A, B]
        synonyms: [*p]
        """,
    )
    found = problems(tmp_path)
    assert any("anchors and aliases" in p for p in found)


def test_oversized_file_is_refused_unread(tmp_path: Path) -> None:
    with (tmp_path / "huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    (found,) = problems(tmp_path)
    assert found == f"{tmp_path}/huge.yaml:1: file is 50.0 MB; the limit is 8 MB per file (split it)"


def test_size_limit_applies_to_bytes_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader_module, "MAX_FILE_BYTES", 1024)
    write(tmp_path, "big.yaml", "# " + "x" * 2048 + "\n")
    assert loader_module._too_big("big.yaml", 2051) is not None
    (found,) = problems(tmp_path)
    assert "big.yaml:1: file is 0.0 MB" in found


def test_all_problems_in_one_run(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("rol", "rool").replace("speaker: ann-smith", "speaker: nobody"))
    write(tmp_path, "b.yaml", "key: [")
    found = problems(tmp_path)
    assert len(found) >= 3
    assert {p.split(":")[0] for p in found} == {f"{tmp_path}/a.yaml", f"{tmp_path}/b.yaml"}


def test_missing_folder(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope") == [f"{tmp_path}/nope:0: no such folder of fact files"]


def test_folder_without_fact_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hi")
    assert problems(tmp_path) == [f"{tmp_path}:0: no .yaml fact files in this folder"]


def test_item_without_any_source(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "entities:\n  - {id: x, name: X, kind: person, role: r}\n")
    (found,) = problems(tmp_path)
    assert "entity 'x' has no source" in found


def test_shipped_copy_loads_and_a_broken_copy_does_not(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    assert len(FactBase.load(folder).quotes) == len(FactBase.load().quotes)
    path = folder / "herts-g4s-back-office.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("speaker: david-lloyd", "speaker: dave"), encoding="utf-8")
    assert all("unknown entity 'dave'" in p for p in problems(folder))
