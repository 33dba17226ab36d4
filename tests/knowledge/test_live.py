"""The served fact base: whole swaps, failed reloads change nothing, the old one freed."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from knowledge import FactBase, FactBaseError, LiveFactBase
from knowledge.freeing import release
from tests.knowledge.factfiles import broken_herts, copy_shipped


def test_reload_swaps_whole_and_frees_the_old(tmp_path: Path) -> None:
    live = LiveFactBase(copy_shipped(tmp_path / "kb"))
    old = weakref.ref(live.current)
    content = weakref.ref(live.current.content)
    fresh = live.reload()
    assert live.current is fresh
    assert old() is None and content() is None


def test_failed_reload_keeps_the_old(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    live = LiveFactBase(folder)
    before = live.current
    (folder / "bad.yaml").write_text("quotes: [\n", encoding="utf-8")
    with pytest.raises(FactBaseError):
        live.reload()
    assert live.current is before
    assert gc.isenabled()


def test_the_question_index_is_built_at_load() -> None:
    live = LiveFactBase()
    assert "questions" in vars(live.current)


def test_an_old_fact_base_still_in_use_is_left_whole(tmp_path: Path) -> None:
    live = LiveFactBase(copy_shipped(tmp_path / "kb"))
    in_use = live.current  # an answer still running on it
    live.reload()
    assert in_use.quotes["loader-masters-of-destiny"].text == "We'd prefer to be the masters of our own destiny."
    assert in_use.names.resolve("herts").found
    assert in_use.questions.items


def test_release_takes_apart_only_what_nothing_else_holds() -> None:
    kept = list(range(1000))
    big = {"a": list(range(10_000)), "b": tuple(range(10_000)), "kept": kept, "set": set(range(500))}
    release([big])
    assert kept == list(range(1000))
    fb = FactBase.load()
    names = fb.names
    release([fb])
    assert names.resolve("herts").found


def test_a_folder_given_as_text(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    assert len(FactBase.load(str(folder)).quotes) == len(FactBase.load().quotes)


def test_a_failed_reload_reports_references_into_the_broken_file_as_unchecked(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    live = LiveFactBase(folder)
    herts = broken_herts(folder)
    with pytest.raises(FactBaseError) as info:
        live.reload()
    report = info.value.report()
    assert report.count(f"names entity 'g4s': not checked: {herts} failed to load") == 2
    assert "unknown" not in report
