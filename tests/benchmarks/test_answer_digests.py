"""Answer digests tell a changed answer from an unchanged one, group by group, naming no question."""

from __future__ import annotations

from pathlib import Path

from benchmarks.answer_digests import PROBE_COMMANDS, PROBE_WORDS, compare, digest, probe_digests, set_digests
from commands import respond
from knowledge import FactBase


def test_a_set_is_digested_as_ask_and_bare(tmp_path: Path) -> None:
    fb = FactBase.load()
    path = tmp_path / "questions_x.yaml"
    path.write_text("- {q: 'who is john shaw?', answerable: true}\n- {q: 'xyzzy?', answerable: false}\n")
    digests = set_digests(fb, path)
    assert digests == [
        digest(respond(fb, "!ask who is john shaw?")),
        digest(respond(fb, "!ask xyzzy?")),
        digest(respond(fb, "who is john shaw?")),
        digest(respond(fb, "xyzzy?")),
    ]
    assert digests[0] != digests[1]


def test_probes_cover_every_command_and_word() -> None:
    probes = probe_digests(FactBase.load())
    assert len(probes) == len(PROBE_COMMANDS) * len(PROBE_WORDS)
    assert len(set(probes)) > len(PROBE_WORDS)  # commands answer differently, not one echo


def test_compare_counts_changes_and_missing_groups() -> None:
    before = {"a": ["1", "2"], "b": ["3"]}
    assert compare({"a": ["1", "2"], "b": ["3"]}, before) == ["a: IDENTICAL", "b: IDENTICAL", "ALL IDENTICAL"]
    lines = compare({"a": ["1", "x"], "c": ["4"]}, before)
    assert lines == ["a: 1 of 2 differ", "c: not comparable (absent or another length before)", "2 DIFFER"]
