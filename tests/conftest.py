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


@pytest.fixture
def fb_bears_of_two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FactBase:
    """The shipped fact base built, and asked, with every name of two deals
    or more in the search index's `bears` field: none of its names bears on
    the BEARS_MIN_DEALS a generated fact base's unions and forces do."""
    import knowledge.question_index

    monkeypatch.setattr(knowledge.question_index, "BEARS_MIN_DEALS", 2)
    return FactBase.load(cache=tmp_path)
