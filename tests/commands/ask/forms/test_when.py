"""When: a time the records give; a year or a date only when they give one."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_a_year_the_articles_do_not_give(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what year was the 3 november announcement about the feasibility study")
    assert answer.status is Status.NOT_FOUND and "no year" in answer.body and "3 November" in answer.body


def test_a_date_the_articles_do_not_give(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "whats the exact date of the unison meeting w the chief officers")
    assert answer.status is Status.NOT_FOUND and "early next year" in answer.body


def test_a_time_they_do_give(fb: FactBase) -> None:
    assert "3 November" in run_command(fb, "ask", "when did they announce the G4S feasibility study").title


def test_when_words_were_said_is_not_the_time_they_speak_of(fb: FactBase) -> None:
    # Hanrahan spoke of meeting "early next year"; the article never says when he spoke.
    answer = run_command(fb, "ask", "when did Chris Hanrahan say that?")
    assert answer.status is Status.NOT_FOUND and not answer.title.startswith("When")
    # Lloyd "confirmed last night": the time of the saying itself.
    assert run_command(fb, "ask", "when did lloyd confirm the talks were off?").title == "When: last night"
    assert run_command(fb, "ask", "when will the union meet chief officers?").title == "When: early next year"


def test_the_expected_year_of_something_asks_when(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what's the expected year for the alliance to be up and running?")
    assert answer.title == "When: by 2020"


def test_the_verb_framing_a_deed_need_not_be_the_records_own(fb: FactBase) -> None:
    # The record says the forces "decided to privatise": choosing or agreeing to is the same deed.
    for question in (
        "when did the three forces choose to privatise together?",
        "when did the three forces agree to privatise jointly?",
    ):
        answer = run_command(fb, "ask", question)
        assert answer.title == "When: last year" and answer.ids == ("herts-decided-to-privatise",)


def test_a_framed_deed_the_articles_never_mention_is_still_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "when did the forces agree to sue G4S?").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        "when did the three forces refuse to privatise?",
        "when did the three forces fail to privatise?",
        "when did the three forces decline to privatise together?",
        "when did the forces refuse to privatise back-office functions?",
    ],
)
def test_a_verb_saying_the_opposite_does_not_frame_the_deed(fb: FactBase, question: str) -> None:
    # They "decided to privatise": refusing or failing to is no such deed, and nothing says when it was.
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    ["when's the full alliance due", "when is the alliance scheduled for", "when is the full alliance expected"],
)
def test_words_of_being_timed_ask_only_when(fb: FactBase, question: str) -> None:
    """ "due", "scheduled for", "expected": the articles never use them, but
    they only ask when, and the alliance's time answers."""
    assert run_command(fb, "ask", question).ids[0] == "em-alliance-by-2020"


def test_a_decision_taken_is_a_decision_made(fb: FactBase) -> None:
    # "taken" is the noun's light verb, not G4S taking over services.
    answer = run_command(fb, "ask", "when was the decision on privatising taken?")
    assert answer.ids[0] == "herts-decided-to-privatise"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # The asker offers a time last: checked against the record's.
        ("when was the decision to collectively privatise made, was it this year?", "No: last year"),
        ("when did Lloyd confirm the negotiations were discontinued - last night?", "Yes: last night"),
    ],
)
def test_a_time_offered_with_a_when_question_is_checked(fb: FactBase, question: str, verdict: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict), answer.title


def test_a_time_inside_what_is_asked_is_not_offered(fb: FactBase) -> None:
    assert run_command(fb, "ask", "when could the full alliance be in place?").title.startswith("When")


@pytest.mark.parametrize(
    "question",
    [
        "when did the commissioner confirm negotiations had been discontinued, last month?",
        "when did Lloyd confirm the herts negotiations were discontinued, on monday?",
    ],
)
def test_a_time_offered_in_words_no_record_uses_is_still_checked(fb: FactBase, question: str) -> None:
    # "month" and "monday" are in no record: the record is found without
    # them, and the time offered is then judged against the record's.
    answer = run_command(fb, "ask", question)
    assert answer.title == "No: last night" and "“last night”" in answer.body
