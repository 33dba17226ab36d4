"""`who`: role, organisation, deals and what they said."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("query", "entity"),
    [
        ("lloyd", "david-lloyd"),
        ("Councillor Lloyd", "david-lloyd"),
        ("sir clive", "clive-loader"),
        ("jon shaw", "john-shaw"),
        ("chris hanrahan", "chris-hanrahan"),
        ("g4s", "g4s"),
        ("Unison", "unison"),
        ("lincs", "lincolnshire-police"),
        ("framework contract", "g4s-framework-contract"),
        ("branch secretary", "chris-hanrahan"),
    ],
)
def test_finds(fb: FactBase, query: str, entity: str) -> None:
    answer = run_command(fb, "who", query)
    assert answer.status is Status.OK
    assert answer.ids[0] == entity
    assert answer.title == fb.entities[entity].name


def test_person_card(fb: FactBase) -> None:
    answer = run_command(fb, "who", "lloyd")
    fields = {f.name: f.value for f in answer.fields}
    assert answer.body == "Hertfordshire Police and Crime Commissioner"
    assert "Cllr Lloyd" in fields["Also known as"]
    assert "back-office deal" in fields["Involved in"]
    assert "I have always said" in fields["Said"]
    # Six quotes, of which three are pieces of one quotation: four bullets.
    assert fields["Said"].count("• ") == 3
    assert "…1 more" in fields["Said"]
    assert answer.footer


def test_organisation_card_lists_people(fb: FactBase) -> None:
    fields = {f.name: f.value for f in run_command(fb, "who", "unison").fields}
    assert "Chris Hanrahan" in fields["People"]
    assert "Unison spokesman: " in fields["Said"] or "Chris Hanrahan: " in fields["Said"]


def test_who_said_searches_quotes(fb: FactBase) -> None:
    answer = run_command(fb, "who", "said good news")
    assert answer.ids == ("unison-good-news",)


def test_no_query_lists_everyone(fb: FactBase) -> None:
    answer = run_command(fb, "who", "")
    assert len(answer.ids) == len(fb.entities)


def test_miss(fb: FactBase) -> None:
    answer = run_command(fb, "who", "Boris Johnson")
    assert answer.status is Status.NOT_FOUND


def test_a_person_is_in_the_deals_they_speak_on_not_all_of_their_firms(fb: FactBase) -> None:
    fields = {f.name: f.value for f in run_command(fb, "who", "john shaw").fields}
    assert fields["Involved in"] == "• East Midlands 999 control room deal"


def test_a_title_two_people_share_lists_both(fb: FactBase) -> None:
    answer = run_command(fb, "who", "police spokesman")
    assert answer.status is Status.AMBIGUOUS
    assert set(answer.ids) == {"northamptonshire-police-spokesman", "three-forces-spokesman"}
    answer = run_command(fb, "who", "commissioners")
    assert set(answer.ids) == {"east-midlands-pccs", "david-lloyd", "clive-loader"}
