"""Who said it, and what somebody said, paraphrased as people do."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who said they'd rather be in charge of their own fate", "loader-masters-of-destiny"),
        ("who said every bit of support work is up for outsourcing", "lloyd-support-work"),
        (
            "the G4S bloke said they could free up cash for frontline n keep more bobbies out on the streets, "
            "who was that",
            "shaw-front-line",
        ),
    ],
)
def test_a_paraphrased_quote_is_found(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == quote


def test_what_x_said_about_their_deal_s_outcome(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did unison say about the east mids forces ditching G4S")
    assert answer.ids[0] in ("unison-good-news", "hanrahan-meet-chiefs")


def test_did_x_say_anything(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "does the article have a northamptonshire police spokesman saying anything")
    assert answer.title.startswith("Yes:") and answer.ids == ("northants-no-further-work",)


def test_a_speaker_nobody_quotes_is_said_so(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did the chief police officers say")
    assert answer.title == "The articles don't say" and "quote nobody" in answer.body


def test_a_named_statement_is_searched_for_as_words(fb: FactBase) -> None:
    assert run_command(fb, "ask", "what was the northants police statement").ids == ("northants-no-further-work",)


def test_a_description_that_fits_several_speakers(fb: FactBase) -> None:
    # "The PCCs" fits Lloyd, Loader and the three forces' commissioners alike.
    asked = run_command(fb, "ask", "what did the PCCs say?")
    assert asked.status is Status.AMBIGUOUS and {"David Lloyd", "Sir Clive Loader"} <= set(asked.suggestions)
    # What they said about something picks between them.
    answer = run_command(fb, "ask", "what did the PCCs say about local policing?")
    assert answer.ids[0] == "pccs-local-policing"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # "according to X" names whose words answer, before or after the question.
        ("According to Unison, how was the decision?", "unison-good-news"),
        ("what is the alliance all about, according to the PCCs", "pccs-not-a-merger"),
    ],
)
def test_according_to_somebody_is_answered_from_their_words(fb: FactBase, question: str, quote: str) -> None:
    assert run_command(fb, "ask", question).ids[0] == quote


def test_according_to_somebody_never_quoted_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "according to the home secretary, why was the herts deal dropped?")
    assert answer.status is Status.NOT_FOUND
