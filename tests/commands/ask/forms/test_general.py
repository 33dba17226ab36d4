"""Questions of no particular form: the best-covering record."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("tell me about the forces that looked at G4S?", "em-rejected"),
        ("tell me about herts pulling out of the deal?", "herts-abandoned"),
    ],
)
def test_a_request_with_a_question_mark_is_answered_not_checked(fb: FactBase, question: str, record: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and not answer.title.startswith("Yes") and answer.ids[0] == record


def test_common_words_quoted_as_written_find_their_record(fb: FactBase) -> None:
    # Every word here is common in the articles; together, as written, they are one quote's.
    answer = run_command(fb, "ask", "tell me about 'through this contract I am'")
    assert answer.ids[0] == "lloyd-other-providers"


@pytest.mark.parametrize(
    "question",
    [
        "tell me about the cost of the deal",
        "what about the price of the deal",
        "what about the schedule of the deal",
        "tell me about the fee of the deal",
        "the firm was delighted that",
        "the five forces",
        "had been asked to stop",
    ],
)
def test_a_word_the_articles_never_use_is_no_wildcard(fb: FactBase, question: str) -> None:
    # "cost" is no typo of "collapse", nor "delighted" of "disappointed": an
    # unknown word stands for its likely spellings alone, at either end too.
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_how_something_still_to_come_went_is_declined(fb: FactBase) -> None:
    # Unison's meeting with the chiefs is only planned ("early next year"): nothing came of it yet.
    answer = run_command(fb, "ask", "how did the meeting with the chief police officers turn out?")
    assert answer.status is Status.NOT_FOUND and "to come" in answer.body


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what was lloyd's reasoning", "Why:"),
        ("what were loader's motives", "Why:"),
        ("how was g4s responding", "Reactions:"),
    ],
)
def test_any_form_of_a_topic_word_names_the_topic(fb: FactBase, question: str, title: str) -> None:
    """ "reasoning", "motives", "responding": other forms of the words that
    name a reason or a reaction name it too."""
    assert run_command(fb, "ask", question).title.startswith(title)


def test_what_somebody_pledged_to_do_asks_the_deed(fb: FactBase) -> None:
    # "pledged" is no word of the articles: the deed pledged is what a record must say.
    answer = run_command(fb, "ask", "what did lloyd pledge to pursue")
    assert answer.status is Status.OK and answer.ids[0] == "herts-private-sector"


def test_counties_asked_for_are_the_deal_s_forces(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which three shires were the control-room forces in")
    assert answer.title == "Leicestershire, Nottinghamshire and Northamptonshire"


def test_which_contract_asks_for_the_one_contract_the_story_names(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what contract was the hertfordshire deal meant to go through")
    assert "framework contract through Lincolnshire Police" in answer.title + answer.body
    # The other story names no contract: nothing is lent from this one.
    assert run_command(fb, "ask", "which contract was the control-room plan using").status is Status.NOT_FOUND
