"""Shared fixtures: the shipped fact base, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import FactBase

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def fb() -> FactBase:
    return FactBase.load()
