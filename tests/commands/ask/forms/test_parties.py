"""Which forces, companies or people a deal involves: from the deal's own fields."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_the_forces_of_one_deal(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who are the forces in the herts deal")
    assert answer.title == "Hertfordshire, Cambridgeshire and Bedfordshire"
    assert "herts-back-office" in answer.ids
    assert [c.source_id for c in answer.citations] == [fb.deals["herts-back-office"].source]


def test_the_forces_in_each_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which forces turned G4S down in each story")
    for deal in fb.deals.values():
        assert deal.id in answer.ids and deal.name in answer.body


def test_a_kind_of_party(fb: FactBase) -> None:
    assert run_command(fb, "ask", "which union's in the east mids story").title == "Unison"


def test_where_the_forces_are(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what region are Leics, Notts and Northants in")
    assert "East Midlands" in answer.title


def test_a_place_no_article_covers(fb: FactBase) -> None:
    assert run_command(fb, "ask", "which forces are in kent").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("Which trade union is mentioned in the 999 story?", "Unison"),
        ("which security firm is named in the Herts piece?", "G4S"),
        ("what union is quoted in the East Midlands article", "Unison"),
    ],
)
def test_a_kind_of_party_qualified_or_placed_in_a_story_is_read_from_the_graph(
    fb: FactBase, question: str, party: str
) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK
    assert party in answer.body


@pytest.mark.parametrize(
    "question",
    ["which police force is the largest of the Herts three?", "which forces are the richest in the herts story?"],
)
def test_a_measure_the_articles_never_give_is_no_cast_list(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "deal"),
    [
        ("which east midlands forces", "east-midlands-control-rooms"),
        ("what herts beds cambs forces", "herts-back-office"),
    ],
)
def test_a_place_before_forces_asks_for_its_deal_s_forces(fb: FactBase, question: str, deal: str) -> None:
    # A search box's terms: the place names the deal whose forces are listed.
    answer = run_command(fb, "ask", question)
    assert deal in answer.ids
    assert all(fb.entities[f].name.split()[0] in answer.title for f in fb.deals[deal].forces)
