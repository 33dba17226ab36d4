"""Smoke test for the issue 5 benchmark: it runs and its output is well formed.

No timing assertions: CI machines differ; the numbers are for people.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import generate, run
from knowledge import FactBase

_LINE = re.compile(
    r"^scale=300 p99_ms=[\d.]+ speedup_vs_scan=[\d.]+ agreement=[\d.]+ startup_ratio=[\d.]+ "
    r"rss_mb=-?[\d.]+ reload_stall_ms=[\d.]+",
    re.MULTILINE,
)


def test_generated_fact_base_loads(tmp_path: Path) -> None:
    manifest = generate.generate(300, tmp_path / "fb", seed=3)
    fb = FactBase.load(tmp_path / "fb")
    assert len(fb.quotes) == manifest.quotes == 300
    assert len(fb.deals) == manifest.deals == 3
    assert len(fb.sources) == manifest.articles == 3
    people = [e for e in fb.entities.values() if e.kind == "person"]
    assert len(people) == manifest.people == 30
    assert all(len(p.name.split()) >= 2 for p in people)
    assert any(len(p.name.split()) == 3 for p in people)
    assert all(10 <= len(q.text.split()) <= 61 for q in fb.quotes.values())
    assert any(e.aliases for e in fb.entities.values() if e.kind == "police force")


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate.generate(300, tmp_path / "a", seed=5)
    generate.generate(300, tmp_path / "b", seed=5)
    names = sorted(p.name for p in (tmp_path / "a").glob("*.yaml"))
    assert names == sorted(p.name for p in (tmp_path / "b").glob("*.yaml"))
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_run_prints_the_machine_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run.main(
        [
            "--scales",
            "300",
            "--queries",
            "50",
            "--cache-dir",
            str(tmp_path),
            "--scan-budget",
            "2",
            "--no-sizes",
            "--repeats",
            "1",
            "--burst",
            "5",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Query latency" in out
    assert "ENGINE ERROR" not in out
    assert _LINE.search(out), out
