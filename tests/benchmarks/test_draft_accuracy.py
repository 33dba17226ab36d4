"""The draft benchmark runs, prints its table, and meets its targets on the seeds."""

from __future__ import annotations

import pytest

from benchmarks import draft_accuracy
from tests.conftest import SEEDS


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"source articles not found at {SEEDS}")
def test_targets_met_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code = draft_accuracy.main([])
    out = capsys.readouterr().out
    assert "Seed articles (targets)" in out and "Made-up articles" in out
    assert "invented 0" in out
    assert code == 0, out
