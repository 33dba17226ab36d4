"""Which services a deal would have covered, and which are asked of now."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_the_services_a_deal_would_have_covered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which functions did the herts forces plan to hand to G4S?")
    assert answer.title.startswith("Services:") and "procurement" in answer.body


def test_services_asked_of_from_now_on_are_what_comes_next(fb: FactBase) -> None:
    # "still", "now": after the deal fell through, not the deal's own list.
    answer = run_command(fb, "ask", "what support work does herts now want to outsource?")
    assert answer.status is Status.OK and answer.ids[0] == "herts-outsourcing-continues"


def test_services_of_the_deal_the_best_record_is_on(fb: FactBase) -> None:
    # No deal named: the record that best fits says which deal; its services are the answer.
    answer = run_command(fb, "ask", "what were the forces looking at handing over to a private firm")
    assert answer.title == "Services: East Midlands 999 control room deal" and "999 control rooms" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "what services were in the deal, now that it collapsed",
        "which services were to be outsourced, now that the deal is off",
    ],
)
def test_now_that_gives_a_reason_not_a_time_from_now(fb: FactBase, question: str) -> None:
    # "now that it collapsed" says why, not "from now on": no what-next answer.
    assert not run_command(fb, "ask", question).title.startswith("What next")


def test_next_to_is_a_place_not_what_comes_next(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which services were to be handed over next to the control rooms")
    assert answer.title.startswith("Services:")


@pytest.mark.parametrize(
    "question",
    [
        "which services would have been handed over",
        "which services would the three forces have handed over",
        "what were the three forces thinking of handing over",
    ],
)
def test_a_question_fitting_both_deals_lists_both(fb: FactBase, question: str) -> None:
    # Each story has its three forces: one deal's list alone would pick a story the question never chose.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.AMBIGUOUS
    assert {c.source_id for c in answer.citations} == {"east-midlands-g4s-article", "herts-g4s-article"}


@pytest.mark.parametrize(
    "question",
    ["What services will the three forces outsource now?", "What services will the three forces still hand over?"],
)
def test_what_comes_next_answers_services_only_if_it_hands_something_over(fb: FactBase, question: str) -> None:
    # A union's meeting to discuss the alliance is what comes next, but says
    # nothing of which services will be handed over: not the answer.
    answer = run_command(fb, "ask", question)
    assert "em-unison-meeting" not in answer.ids and not answer.title.startswith("What next")


def test_what_comes_next_still_answers_services_asked_of_from_now(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which parts is herts now prepared to outsource")
    assert answer.title.startswith("What next") and "support work" in answer.body


@pytest.mark.parametrize(
    ("question", "deal"),
    [
        ("which parts would g4s have operated for the east midlands forces", "East Midlands"),
        ("what jobs wouldve the firm handled for the beds force", "Hertfordshire, Cambridgeshire and Bedfordshire"),
    ],
)
def test_a_vague_noun_of_what_was_to_be_done_asks_the_services(fb: FactBase, question: str, deal: str) -> None:
    # "parts", "jobs": no more than "what", asked of what the deal would have covered.
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("Services:") and deal in answer.title
