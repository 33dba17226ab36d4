"""Counts: from the fact graph where it holds them, else a record's own figure."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_people_named_in_a_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "how many people r actually named in the east mids story")
    assert answer.title.startswith("Three people named")
    for name in ("Sir Clive Loader", "John Shaw", "Chris Hanrahan"):
        assert name in answer.title


def test_a_deal_s_forces_and_services(fb: FactBase) -> None:
    forces = run_command(fb, "ask", "how many forces were in the herts deal?")
    assert forces.title == "Three forces: Hertfordshire, Cambridgeshire and Bedfordshire"
    assert forces.ids[0] == "herts-services"  # the record that says "the three forces"
    services = run_command(fb, "ask", "how many back office functions r actually listed in the herts piece")
    assert services.title.startswith("Five services: HR, finance, ICT")


def test_people_working_somewhere_are_not_people_named(fb: FactBase) -> None:
    assert run_command(fb, "ask", "how many people work in the control rooms?").status is Status.NOT_FOUND


def test_an_amount_however_it_is_asked(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what % of herts police would have been outsourced").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question", ["how many forces nationwide have dropped G4S?", "how many police forces in Europe use G4S?"]
)
def test_a_count_over_what_the_articles_never_speak_of_is_no_count_of_their_forces(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND


def test_words_of_counting_itself_do_not_stop_a_count_of_the_forces(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "how many forces in total turned G4S down, counting both stories?")
    assert answer.title.startswith("Six forces")


@pytest.mark.parametrize(
    ("question", "deal"),
    [("how much of the Leicestershire force was going to G4S?", "east-midlands-control-rooms")],
)
def test_a_share_of_a_force_with_no_figure_is_answered_by_the_parts_named(
    fb: FactBase, question: str, deal: str
) -> None:
    # No share is given as a figure; which parts were to go is.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK
    assert deal in answer.ids and "no share" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "how much of Herts police would G4S have taken on?",
        "how big a share of the Hertfordshire constabulary was up for privatisation",
    ],
)
def test_a_share_the_article_gives_in_words_answers(fb: FactBase, question: str) -> None:
    # The Herts article puts its share in words ("swathes of ... police force").
    answer = run_command(fb, "ask", question)
    assert answer.ids == ("herts-swathes",) and "swathes" in answer.body


def test_a_share_of_what_no_deal_names_is_still_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "how much of the support work will be outsourced?").status is Status.NOT_FOUND


def test_a_measure_of_somebody_in_an_office_is_no_count_of_the_office(fb: FactBase) -> None:
    # "how old": an age, which no article gives; not how many commissioners there are.
    answer = run_command(fb, "ask", "how old is the hertfordshire commissioner")
    assert answer.status is Status.NOT_FOUND
    assert "how old" in answer.body


def test_what_is_counted_ends_where_the_next_phrase_begins(fb: FactBase) -> None:
    # "staff the three forces have": the staff are counted, not the forces the number already counts.
    answer = run_command(fb, "ask", "how many control room staff the three forces have?")
    assert answer.status is Status.NOT_FOUND, answer.title
