"""How somebody reacted, however it is asked."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_what_somebody_made_of_it_is_their_reaction(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did the company make of the decision?")
    assert answer.title.startswith("Reactions:") and "em-g4s-disappointed" in answer.ids


def test_what_somebody_never_quoted_made_of_it_is_declined(fb: FactBase) -> None:
    # The articles give no reaction from Bedfordshire: not the story's other records.
    answer = run_command(fb, "ask", "what did the Bedfordshire force make of the talks being dropped?")
    assert answer.status is Status.NOT_FOUND


def test_a_description_of_who_reacted_says_whose_reaction_not_its_words(fb: FactBase) -> None:
    # "the security firm" is G4S: its reactions answer, though none says "security".
    answer = run_command(fb, "ask", "how did the security firm react to the forces' decision?")
    assert answer.title.startswith("Reactions:") and {"em-g4s-disappointed", "em-g4s-can-help"} & set(answer.ids)


@pytest.mark.parametrize(
    "question",
    [
        "what did the front line make of the decision",
        "what did the public make of the decision",
        "what did the members make of the decision",
        "what did the taxpayers make of the decision",
        "what did the call handlers make of the decision",
    ],
)
def test_what_nobody_quoted_made_of_it_is_no_search_for_their_words(fb: FactBase, question: str) -> None:
    # "front line", "members", "public" are words of Shaw's and Unison's quotes, not who reacted.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND and "quote nobody as" in answer.body


@pytest.mark.parametrize(
    "question", ["what did they make of it", "what did they make of the decision", "what did people make of it"]
)
def test_what_they_made_of_it_says_not_whose_reaction(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    ["What did the BBC make of it?", "How did the BBC react to the decision?", "What was the BBC's reaction?"],
)
def test_what_the_publisher_made_of_it_is_declined(fb: FactBase, question: str) -> None:
    # The publisher tells the story and reacts to nothing in it; its name,
    # dropped when reading, must not leave every reaction in the story.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND and not answer.citations


def test_how_somebody_feels_about_a_thing_is_their_view_in_their_words(fb: FactBase) -> None:
    # No reaction to an event is asked, but a view of a thing: their words on it.
    answer = run_command(fb, "ask", "how does lloyd feel about the private sector")
    assert answer.status is Status.OK and answer.ids[0] == "lloyd-private-sector"


def test_how_somebody_feels_about_what_they_never_mention_is_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "how did g4s feel about the fine").status is Status.NOT_FOUND
