"""Shared fixtures: the shipped fact base, loaded once per test session, and
the article texts it is distilled from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge import FactBase

REPO = Path(__file__).resolve().parent.parent
SEEDS_ENV = "FACTBOT_SEEDS"
# The articles sit beside the checkout (../shared/seeds); FACTBOT_SEEDS points elsewhere.
SEEDS = Path(os.environ[SEEDS_ENV]) if os.environ.get(SEEDS_ENV) else REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def fb() -> FactBase:
    return FactBase.load()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The article texts. Missing, the tests that need them fail: a fidelity
    check that silently skips proves nothing."""
    if not any(SEEDS.glob("*.txt")):
        pytest.fail(
            f"the source articles are not at {SEEDS}: put the shared/ folder beside the checkout "
            f"or set {SEEDS_ENV} to the folder of article texts",
            pytrace=False,
        )
    return SEEDS
