"""A story in short, from the deal's own record."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_a_story_in_one_line(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "tldr the herts story in one line pls")
    deal = fb.deals["herts-back-office"]
    assert answer.ids[0] == deal.id and deal.summary in answer.body and deal.status in answer.body


def test_every_story_when_none_is_named(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "tldr")
    assert answer.status is Status.AMBIGUOUS and set(fb.deals) <= set(answer.ids)


def test_one_part_of_a_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "olympics bit of the herts story in one line pls")
    assert answer.ids[0] in ("herts-olympics-scrutiny", "herts-olympics-failure")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("a three-sentence rundown of the East Mids story?", "In short: East Midlands 999 control room deal"),
        ("give me two lines on each of the G4S articles", "In short: each story"),
    ],
)
def test_a_length_of_any_few_lines_asks_for_a_story_in_short(fb: FactBase, question: str, title: str) -> None:
    assert run_command(fb, "ask", question).title == title


@pytest.mark.parametrize(
    ("question", "deal"),
    [
        # "a sentence or two" is a length, not two stories.
        ("the herts g4s story in a sentence or two", "herts-back-office"),
        ("the gist of the herts story in a sentence or two", "herts-back-office"),
    ],
)
def test_the_story_asked_is_summed_up_alone(fb: FactBase, question: str, deal: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK and answer.ids[0] == deal


def test_names_in_different_stories_ask_for_each(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "tldr the herts and east mids stories")
    assert answer.status is Status.AMBIGUOUS and set(fb.deals) <= set(answer.ids)


@pytest.mark.parametrize(
    "question",
    [
        "give me the herts and g4s stories in one line each",
        "sum up both the herts and g4s deals",
        "give me each of the herts and g4s stories briefly",
    ],
)
def test_several_stories_asked_for_are_not_the_one_they_share(fb: FactBase, question: str) -> None:
    # "stories", "each", "both" ask for several: G4S is in both, so both are summed up.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.AMBIGUOUS and answer.title == "In short: each story"


@pytest.mark.parametrize(
    "question",
    ["sum up the two police outsourcing stories for me", "what's the gist of each of the private sector stories"],
)
def test_words_every_story_is_about_say_which_stories_not_a_part(fb: FactBase, question: str) -> None:
    """ "police", "outsourcing", "private sector" describe both stories: asked
    for several, they pick no one part of one, and each story is summed up."""
    answer = run_command(fb, "ask", question)
    assert set(answer.ids) >= {"east-midlands-control-rooms", "herts-back-office"}


@pytest.mark.parametrize(
    "question",
    [
        "could I have the short version of the cambs g4s saga",
        "a brief summary of the piece about the Leicestershire forces please",
    ],
)
def test_words_that_only_point_at_a_story_ask_for_all_of_it(fb: FactBase, question: str) -> None:
    # "short" belongs to "short version"; "the piece about", "forces" say whose story.
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("In short: ")


def test_a_story_named_by_its_forces_is_the_story_not_their_spokesman(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "would you kindly sum up the news on the East Midlands police forces")
    assert answer.title == "In short: East Midlands 999 control room deal"


def test_who_wants_the_summary_is_not_what_is_summarised(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "my gran would like a short recap on the east midlands control rooms story")
    assert answer.status is Status.OK and answer.ids[0] == "east-midlands-control-rooms"
