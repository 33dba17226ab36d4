"""What a command's argument may be completed to, without Discord: the
choices slash autocomplete and the console's Tab both show."""

from __future__ import annotations

import subprocess
import sys

import pytest

from commands.choices import CHOICES, command_choices, name_choices
from knowledge import FactBase


@pytest.mark.parametrize(
    ("command", "typed", "expected"),
    [
        ("deal", "hertz", "Hertfordshire police force"),
        ("deal", "est midlands", "East Midlands 999 control room deal"),
        ("timeline", "nots", "Nottinghamshire police force"),
        ("quote", "unisom", "Unison"),
        ("quote", "sir cleve", "Sir Clive Loader"),
        ("who", "lloid", "David Lloyd"),
        ("who", "G4", "G4S"),
    ],
)
def test_a_typo_finds_its_entry(fb: FactBase, command: str, typed: str, expected: str) -> None:
    assert expected in [c.value for c in name_choices(fb, command, typed)][:3]


def test_the_alias_that_matched_is_shown_and_the_name_is_sent(fb: FactBase) -> None:
    [first, *_] = name_choices(fb, "who", "herts pcc")
    assert (first.name, first.value) == ("David Lloyd (Herts PCC)", "David Lloyd")


def test_deals_come_first_for_deal_commands(fb: FactBase) -> None:
    found = name_choices(fb, "deal", "")
    deals = {d.name for d in fb.deals.values()}
    assert {c.value for c in found[: len(deals)]} == deals
    assert len(found) <= CHOICES


def test_a_command_whose_argument_is_no_name_has_no_choices(fb: FactBase) -> None:
    with pytest.raises(ValueError, match="no choices"):
        name_choices(fb, "ask", "why")


def test_commands_starting_with_the_typed_letters_come_first() -> None:
    assert command_choices("!ti")[0].value == "timeline"


def test_the_console_completes_without_importing_discord() -> None:
    # discord.py takes about a third of a second to import: the console's first Tab must not pay it.
    code = (
        "import sys; from bot.completion import suggestions; from knowledge import FactBase; "
        "fb = FactBase.load(); assert suggestions(fb, '!who lloi'); print('discord' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
