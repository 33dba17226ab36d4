"""Reading a question's words before any form pattern (commands/ask/question.py)."""

from __future__ import annotations

import pytest

from commands.ask.question import prepare


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("in plain english, who runs the three-force alliance", "who runs the three force alliance"),
        ("why did the talks end, using really simple terms", "why did the talks end"),
        ("what does the alliance mean for a ten year old", "what does the alliance mean"),
        ("put simply, what is the feasibility study", "what is the feasibility study"),
        ("who is unison in the bbc piece's own language", "who is unison"),
    ],
)
def test_how_the_answer_is_wanted_is_no_part_of_what_is_asked(typed: str, read: str) -> None:
    assert prepare(typed)[0] == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "show me the actual words where the unison man says the decision helps",
            "what did the unison man say the decision helps",
        ),
        ("the exact line loader used about destiny", "what did loader say about destiny"),
        ("find me the passage hanrahan gave", "what did hanrahan say"),
    ],
)
def test_a_request_for_somebodys_words_asks_what_they_said(typed: str, read: str) -> None:
    assert prepare(typed)[0] == read


def test_the_articles_own_words_are_nobody_s_said() -> None:
    assert not prepare("the exact words the article uses for the olympics")[0].startswith("what did")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wat did unison want 2 discuss wiv the chiefs", "what did unison want to discuss with the chiefs"),
        ("cud lloyd still turn 4 help to g4s", "could lloyd still turn for help to g4s"),
    ],
)
def test_text_speak_digits_are_the_words_they_stand_for(typed: str, read: str) -> None:
    assert prepare(typed)[0] == read


@pytest.mark.parametrize(
    "typed",
    ["did 4 forces drop g4s", "were the 2 deals alike", "wat happened to the 2 deals", "was it only 2 forces"],
)
def test_a_digit_that_counts_stays_a_number(typed: str) -> None:
    read = prepare(typed)[0].split()
    assert "4" in read or "2" in read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what did the forces actualy decide", "what did the forces decide"),
        ("did loader realy say that", "did loader say that"),
        ("why was lloyd basicaly ending it", "why was lloyd ending it"),
    ],
)
def test_a_misspelt_hedge_is_still_a_hedge(typed: str, read: str) -> None:
    assert prepare(typed)[0] == read


def test_a_word_the_articles_use_is_never_taken_for_a_hedge() -> None:
    assert "realty" in prepare("what realty deal", known=lambda w: w == "realty")[0]


def test_a_word_made_by_a_letter_before_a_hedge_is_content_not_a_hedge() -> None:
    # "factually" is "actually" with a letter in front: a word of its own.
    assert "factually" in prepare("is what lloyd told the panel factually true")[0].split()


def test_a_persons_job_is_their_role_and_a_deals_job_is_not() -> None:
    assert prepare("remind me, what is her day job")[0] == "what is her role"
    assert "job" in prepare("who won the herts job")[0]
