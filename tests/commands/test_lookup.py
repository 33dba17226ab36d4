"""Resolving a query: "did you mean" only for a name the query shares something with."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("command", "query"),
    [
        ("quote", "banana"),  # once "Did you mean Chris Hanrahan?"
        ("quote", "fish"),
        ("quote", "it"),  # once "HR finance ICT"
        ("deal", "the moon"),  # once three names sharing only "the"
        ("deal", "lol"),  # once "Lloyd or Loader"
        ("who", "boyd"),
        ("who", "ll"),
    ],
)
def test_no_did_you_mean_for_a_name_that_shares_nothing(fb: FactBase, command: str, query: str) -> None:
    answer = run_command(fb, command, query)
    assert answer.status is Status.NOT_FOUND
    assert answer.suggestions == ()
    assert "Did you mean" not in answer.body


@pytest.mark.parametrize(
    ("command", "query", "suggested"),
    [
        ("deal", "herefordshire", "Hertfordshire"),  # a real place no article covers
        ("who", "lloid smith", "Lloyd"),  # a typo of one word of it
    ],
)
def test_did_you_mean_for_a_name_the_query_resembles(fb: FactBase, command: str, query: str, suggested: str) -> None:
    answer = run_command(fb, command, query)
    assert suggested in answer.suggestions
    assert f"**{suggested}**" in answer.body
