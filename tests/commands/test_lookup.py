"""Resolving a query: "did you mean" only for a name the query shares something with."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands import Status, run_command
from commands.lookup import resolve_names
from knowledge import FactBase
from tests.knowledge.factfiles import VALID, write


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


def _shipped_names() -> list[str]:
    fb = FactBase.load()
    names = [n for e in fb.entities.values() for n in (e.name, *e.aliases)]
    names += [n for d in fb.deals.values() for n in (d.name, *d.aliases)]
    return sorted(set(names + list(fb.vocabulary.places)))


_NAMES = _shipped_names()


def _misspelt(name: str, at: int, letter: str) -> str:
    at %= len(name)
    return name[:at] + letter + name[at + 1 :]


_name_queries = st.one_of(
    st.sampled_from(_NAMES),
    st.builds(_misspelt, st.sampled_from(_NAMES), st.integers(0, 40), st.sampled_from("aeiorstyz ")),
    st.builds(lambda name: name.split()[-1], st.sampled_from(_NAMES)),
)


@settings(max_examples=200, deadline=None)
@given(query=_name_queries)
def test_a_lookup_without_suggestions_finds_what_the_full_one_finds(fb: FactBase, query: str) -> None:
    """What deal, quote and who ask first, before words or suggestions: the
    same targets, exactness, place and names answered elsewhere; as
    suggestions at most the names it found (a place as close as a covered
    name), none looked for."""
    for allow in (lambda t: t in fb.entities, lambda t: t in fb.deals or bool(fb.deals_of_entity.get(t))):
        full = resolve_names(fb, query, allow)
        quick = resolve_names(fb, query, allow, suggest=False)
        assert replace(quick, suggestions=full.suggestions) == full
        assert quick.suggestions in ((), full.suggestions)


def test_an_entity_with_deals_is_known_by_the_groupings_keys_alone(fb: FactBase, tmp_path: Path) -> None:
    """`deal` and `quote` weigh dozens of names a lookup and ask of each whether
    it has deals by the grouping's keys, reading none: no key is stored without one."""
    bystander = "  - id: bea-jones\n    name: Bea Jones\n    kind: person\n    role: Onlooker\n"
    write(tmp_path, "a.yaml", VALID.replace("deals:\n", bystander + "deals:\n"))
    for base in (fb, FactBase.load(tmp_path)):
        held = {e: e in base.deals_of_entity for e in base.entities}
        assert held == {e: bool(base.deals_of_entity.get(e)) for e in base.entities}
    assert held["acme"] and not held["bea-jones"]
