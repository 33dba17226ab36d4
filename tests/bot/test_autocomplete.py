"""Autocomplete: at most 25 choices, names and values at most 100 characters,
typos find the right entry, and fast."""

from __future__ import annotations

import time
from pathlib import Path

from bot.autocomplete import command_choices, name_choices
from knowledge import FactBase
from tests.knowledge.factfiles import write


def test_choices_name_the_alias_that_matched(fb: FactBase) -> None:
    [choice, *_] = name_choices(fb, "who", "herts pcc")
    assert choice.name == "David Lloyd (Herts PCC)"
    assert choice.value == "David Lloyd"


def test_each_command_offers_only_what_it_can_answer(fb: FactBase) -> None:
    deals = {c.value for c in name_choices(fb, "deal", "")}
    assert "East Midlands 999 control room deal" in deals
    whos = {c.value for c in name_choices(fb, "who", "")}
    assert whos <= {e.name for e in fb.entities.values()}
    assert not any(v.startswith("place:") for v in deals | whos)
    # A real place no article covers is never offered, even typed in full.
    names = {e.name for e in fb.entities.values()}
    assert all(c.value in names for c in name_choices(fb, "who", "herefordshire"))


def test_empty_input_lists_deals_first(fb: FactBase) -> None:
    choices = name_choices(fb, "timeline", "")
    assert {choices[0].value, choices[1].value} == {d.name for d in fb.deals.values()}


def many_names(folder: Path) -> FactBase:
    people = "\n".join(
        f"  - id: person-{i}\n    name: Person {i} {'with a remarkably long name ' * 6}\n"
        f"    kind: person\n    role: Witness number {i}"
        for i in range(60)
    )
    write(folder, "many.yaml", f"source:\n  id: src\n  title: Many\nentities:\n{people}\n")
    return FactBase.load(folder)


def test_at_most_25_choices_of_at_most_100_characters(tmp_path: Path) -> None:
    fb = many_names(tmp_path / "kb")
    for typed in ("", "person", "remarkably long", "Person 4", "x" * 500):
        choices = name_choices(fb, "who", typed)
        assert len(choices) <= 25
        assert all(0 < len(c.name) <= 100 and 0 < len(c.value) <= 100 for c in choices)
    assert len(name_choices(fb, "who", "person")) == 25
    assert name_choices(fb, "who", "Person 42 with")[0].value.startswith("Person 42 with")


def test_well_inside_discords_three_seconds(fb: FactBase) -> None:
    slowest = 0.0
    for typed in ("", "h", "he", "her", "hert", "hertz", "east mid", "unisom", "lloid", "x" * 100):
        for command in ("deal", "quote", "who", "timeline"):
            started = time.perf_counter()
            name_choices(fb, command, typed)
            slowest = max(slowest, time.perf_counter() - started)
    assert slowest < 0.5  # typically well under a millisecond


def test_help_offers_the_commands(fb: FactBase) -> None:
    assert command_choices("ti")[0].value == "timeline"
    assert {c.value for c in command_choices("")} == {
        "deal",
        "quote",
        "who",
        "timeline",
        "sources",
        "ask",
        "verify",
        "help",
    }
