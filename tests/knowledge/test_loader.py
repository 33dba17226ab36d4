"""Loading and validation: every problem reported as file:line: what."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Literal

import pytest

from knowledge import FactBase, FactBaseError
from knowledge import loader as loader_module
from knowledge.loader import SCHEMA, FileField, read_records, schema_of
from knowledge.model import ENTITY_KINDS, FACT_TOPICS, RECORD_TYPES, RULE, Records, Rule, refers
from tests.knowledge.factfiles import VALID, broken_herts, copy_shipped, line_of, write


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


# --- the schema is the model's ------------------------------------------------


def test_the_schema_is_read_off_the_model() -> None:
    for section, cls in RECORD_TYPES.items():
        written = [f.name for f in dataclasses.fields(cls) if not f.metadata.get(RULE, Rule()).internal]
        assert list(SCHEMA[section]) == written
    quote = SCHEMA["quotes"]
    assert quote["speaker"] == FileField("text", required=True, refers_to="entity")
    assert quote["kind"].shape == "choice" and quote["kind"].choices == ("direct", "reported")
    assert quote["continues"].refers_to == "quote" and not quote["continues"].required
    assert quote["about_times"].shape == "texts"
    assert not quote["source"].required  # the file's `source:` stands in
    assert SCHEMA["entities"]["kind"].choices == ENTITY_KINDS
    assert SCHEMA["facts"]["topic"].choices == FACT_TOPICS
    assert "origin" not in quote and "order" not in SCHEMA["events"]


def test_a_new_model_field_is_a_new_file_field() -> None:
    @dataclasses.dataclass(frozen=True)
    class Thing:
        id: str
        colour: Literal["red", "blue"]
        owner: str | None = dataclasses.field(default=None, metadata=refers("entity"))
        tags: tuple[str, ...] = ()

    assert schema_of(Thing) == {
        "id": FileField("text", required=True),
        "colour": FileField("choice", required=True, choices=("red", "blue")),
        "owner": FileField("text", refers_to="entity"),
        "tags": FileField("texts"),
    }

    @dataclasses.dataclass(frozen=True)
    class Odd:
        size: int

    with pytest.raises(TypeError, match=r"Odd\.size"):
        schema_of(Odd)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kind: person", "kind: persn", "'kind' must be one of: person, spokesperson, group, "),
        ("kind: person", "kind: persn", "got 'persn' (did you mean 'person'?)"),
        ("topic: status", "topic: statu", "'topic' must be one of: status, services, reason"),
        (
            "    when: last week\n",
            "    when: last week\n    said_when: last week\n",
            "unknown field 'said_when' in event",
        ),
        (
            "kind: direct",
            "kind: direct\n    when: last week",
            "unknown field 'when' in quote (did you mean 'said_when'?)",
        ),
    ],
)
def test_kinds_and_fields_are_the_models(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in VALID
    write(tmp_path, "a.yaml", VALID.replace(old, new, 1))
    assert any(message in p for p in problems(tmp_path)), problems(tmp_path)


# --- quotations in pieces --------------------------------------------------------

PIECES = VALID.replace(
    "    text: We love widgets.\n",
    "    text: We love widgets.\n"
    "  - id: ann-more\n    speaker: ann-smith\n    kind: direct\n    continues: ann-widgets\n"
    "    text: They are the best.\n",
)


def test_pieces_of_one_quotation_load(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", PIECES)
    fb = FactBase.load(tmp_path)
    more = fb.quotes["ann-more"]
    assert more.continues == "ann-widgets"
    assert [q.id for q in fb.pieces(more)] == ["ann-widgets", "ann-more"]
    assert [q.id for q in fb.pieces(fb.quotes["ann-widgets"])] == ["ann-widgets", "ann-more"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "continues: ann-widgets",
            "continues: ann-widget",
            "names unknown quote 'ann-widget' (did you mean 'ann-widgets'?)",
        ),
        ("continues: ann-widgets", "continues: ann-smith", "names unknown quote 'ann-smith' (it is a entity)"),
        ("continues: ann-widgets", "continues: ann-more", "continues 'ann-more', which is not before it"),
        (
            "    speaker: ann-smith\n    kind: direct\n    continues",
            "    speaker: acme\n    kind: direct\n    continues",
            "but that is another quotation: it has speaker 'ann-smith', not 'acme'",
        ),
        (
            "    kind: direct\n    continues",
            "    kind: reported\n    continues",
            "but reported speech is no quotation: only direct quotes continue one",
        ),
    ],
)
def test_pieces_must_make_one_chain_by_one_speaker(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in PIECES
    write(tmp_path, "a.yaml", PIECES.replace(old, new, 1))
    assert any(message in p for p in problems(tmp_path)), problems(tmp_path)


def test_a_piece_is_continued_once(tmp_path: Path) -> None:
    twice = PIECES + "  - {id: ann-again, speaker: ann-smith, kind: direct, continues: ann-widgets, text: Again.}\n"
    write(tmp_path, "a.yaml", twice.replace("events:\n", "").replace("  - id: widget-signing", "  - id: x-signing"))
    found = problems(tmp_path)
    assert any("continues 'ann-widgets', which 'ann-more' already continues" in p for p in found), found


# --- a broken file: its fault at its line, references into it unchecked --------


def test_an_unclosed_quote_is_reported_where_it_starts_not_past_the_end(tmp_path: Path) -> None:
    text = VALID.replace("    text: We love widgets.", '    text: "We love widgets.')
    write(tmp_path, "a.yaml", text)
    (found,) = problems(tmp_path)
    lines = text.count("\n")
    line = text.splitlines().index('    text: "We love widgets.') + 1
    assert line < lines
    assert found.startswith(f"{tmp_path}/a.yaml:{line}: YAML syntax error: while scanning a quoted scalar")
    assert found.endswith("(it opens on this line and runs to the end of the file)")


def test_an_unclosed_quote_on_the_last_line_is_reported_on_it(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    path = folder / "herts-g4s-back-office.yaml"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    last = text.splitlines()[-1]
    assert last.startswith("    basis: ")
    path.write_text(text.replace(last, last.replace("basis: ", 'basis: "')) + "\n", encoding="utf-8")
    found = [p for p in problems(folder) if p.startswith(f"{path}:")]
    assert found == [
        f"{path}:{len(text.splitlines())}: YAML syntax error: while scanning a quoted scalar found unexpected end "
        "of stream (it opens on this line and runs to the end of the file)"
    ]


def test_an_unclosed_list_is_reported_where_it_opens(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "source:\n  id: b-src\n  title: [unclosed\nentities: []\n")
    (found,) = problems(tmp_path)
    pattern = (
        r"a\.yaml:3: YAML syntax error: while parsing a flow sequence .+ \(it opens on this line; noticed on line 4\)"
    )
    assert re.fullmatch(re.escape(f"{tmp_path}/") + pattern, found)


def test_references_into_a_file_that_failed_are_not_checked_not_unknown(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    herts = broken_herts(folder)
    em = folder / "east-midlands-g4s-control-rooms.yaml"
    found = problems(folder)
    unchecked = f"names entity 'g4s': not checked: {herts} failed to load"
    assert [p.split(": ", 1)[0] for p in found if p.startswith(f"{herts}:")] == [f"{herts}:{line_of(herts, 'g4s') + 1}"]
    assert [p for p in found if not p.startswith(f"{herts}:")] == [
        f"{em}:{line_of(em, 'john-shaw')}: 'organisation' of entity 'john-shaw' {unchecked}",
        f"{em}:{line_of(em, 'east-midlands-control-rooms')}: 'companies' of deal 'east-midlands-control-rooms' "
        f"{unchecked}",
    ]


def test_references_to_a_record_that_failed_are_not_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", VALID.replace("    role: Widget maker\n", ""))
    acme, deal = line_of(path, "acme"), line_of(path, "widget-deal")
    assert problems(tmp_path) == [
        f"{path}:{acme}: entity is missing required field 'role'",
        f"{path}:{deal}: 'companies' of deal 'widget-deal' names entity 'acme': "
        f"not checked: {path}:{acme} failed to load",
    ]


def test_a_file_whose_source_failed_adds_no_noise(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", VALID.replace("  id: src\n", "  id: Src!\n"))
    found = problems(tmp_path)
    assert found == [f"{tmp_path}/a.yaml:2: id 'Src!' must be lower-case letters, digits and hyphens"]


def test_files_parsed_by_several_processes_give_what_one_process_gives(tmp_path: Path) -> None:
    """Parsing in forked processes puts their findings together in file order:
    the same records, and the same problems in the same order."""
    good = copy_shipped(tmp_path / "good")
    assert read_records(good, workers=2) == read_records(good)
    bad = copy_shipped(tmp_path / "bad")
    broken_herts(bad)
    write(bad, "zz-later.yaml", "quotes:\n  - {id: Bad Id, speaker: nobody}\n")
    with pytest.raises(FactBaseError) as one:
        read_records(bad)
    with pytest.raises(FactBaseError) as several:
        read_records(bad, workers=2)
    assert several.value.problems == one.value.problems
    assert len(one.value.problems) > 1


class _TrackingLoader(loader_module._YamlLoader):
    """The loader as it was: the resolver's own path tracking called for every node."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        del self.descend_resolver, self.ascend_resolver  # the class's methods again


@pytest.mark.parametrize("base", ["shipped", "generated", "broken"])
def test_leaving_out_path_tracking_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, base: str) -> None:
    """The composer's per-node path tracking is done by C no-ops (there are no
    path resolvers): the same records, lines and problems as with it."""
    folder = tmp_path / base
    if base == "generated":
        from benchmarks.generate import generate

        generate(1000, folder, seed=5)
    else:
        copy_shipped(folder)
    if base == "broken":
        broken_herts(folder)
        write(folder, "zz-later.yaml", "quotes:\n  - {id: Bad Id, speaker: nobody}\n  - &a {id: x}\n  - *a\n")

    def outcome() -> object:
        try:
            return read_records(folder)
        except FactBaseError as exc:
            return exc.problems

    fast = outcome()
    assert loader_module._YamlLoader("a: b").descend_resolver is not _TrackingLoader("a: b").descend_resolver
    monkeypatch.setattr(loader_module, "_YamlLoader", _TrackingLoader)
    assert outcome() == fast
    assert isinstance(fast, Records) == (base != "broken")
