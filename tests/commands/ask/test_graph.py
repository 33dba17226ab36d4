"""What the fact graph says outright: parties, roles, people named, evidence."""

from __future__ import annotations

from commands.ask import graph
from knowledge import FactBase


def test_a_deal_s_forces_by_place(fb: FactBase) -> None:
    places = [graph.place_of(e) for e in graph.forces(fb, "herts-back-office")]
    assert places == ["Hertfordshire", "Cambridgeshire", "Bedfordshire"]
    line = graph.deal_line(fb, fb.deals["herts-back-office"])
    assert "Hertfordshire, Cambridgeshire and Bedfordshire police forces" in line and "Lincolnshire Police" in line


def test_people_named_in_each_article(fb: FactBase) -> None:
    east_midlands = fb.deals["east-midlands-control-rooms"].source
    assert [e.name for e in graph.people_named(fb, [east_midlands])] == [
        "Sir Clive Loader",
        "John Shaw",
        "Chris Hanrahan",
    ]
    assert len(graph.people_named(fb, fb.sources)) == 4


def test_evidence_is_a_record_naming_them_all(fb: FactBase) -> None:
    deal = fb.deals["east-midlands-control-rooms"]
    record = graph.evidence(fb.questions, deal.id, list(deal.forces))
    assert record is not None and set(deal.forces) <= fb.questions.items[record].about


def test_a_role_line_names_the_organisation_when_the_role_does_not(fb: FactBase) -> None:
    assert graph.role_line(fb, fb.entities["john-shaw"]) == "**John Shaw**, G4S spokesman"
    assert graph.role_line(fb, fb.entities["unison-spokesman"]).endswith("(not named)")
    assert "(Northamptonshire police force)" in graph.role_line(fb, fb.entities["northamptonshire-police-spokesman"])
