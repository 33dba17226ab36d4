"""A blank to fill: the words that complete a quotation, never a yes or no."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_the_words_after_those_before_the_blank(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Lloyd - 'the G4S framework contract through Lincolnshire Police was ___'")
    assert answer.title == "The missing words: “not suitable for the unique position of the three forces”"
    assert answer.ids and answer.ids[0] in fb.quotes


def test_a_quote_recalled_in_another_person_still_fills(fb: FactBase) -> None:
    # "their" for the speaker's "our": the same words otherwise.
    answer = run_command(fb, "ask", "loader said they'd rather be the masters of their own [blank]")
    assert answer.title == "The missing words: “destiny”"


def test_somebodys_own_words_before_the_articles_account(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "the spokesman: 'we can confirm at this early stage that this will ___'")
    assert answer.title == "The missing words: “not include outsourcing”"
    assert answer.ids[0] in fb.quotes


def test_words_no_record_holds_are_read_as_any_message(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "the new alliance's HQ will be in ___")
    assert answer.status is Status.NOT_FOUND
    assert not answer.title.startswith("The missing words")


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("the g4s man: we firmly believe that we can help police forces ___", "unlock resources"),
        ("spokesman for the three forces - 'we are grateful to G4S for ___'", "providing their report"),
    ],
)
def test_a_blank_after_a_quotations_words_is_filled_from_it(fb: FactBase, message: str, words: str) -> None:
    answer = run_command(fb, "ask", message)
    # Words asked for, not a claim: no verdict, the whole quotation shown.
    assert not answer.title.startswith(("Yes", "No", "Not quite")), answer.title
    assert words in answer.body


@pytest.mark.parametrize(
    ("message", "words"),
    [
        # Words typed after the blank end the fill, and are never part of it.
        ("lloyd: all elements of support work will be ___ for outsourcing", "considered"),
        ("i will continue to ___ G4S about how they can assist", "talk with"),
        # Only common words before the blank: the words after it find the quotation.
        ("I am already ___ with other market providers", "in discussion"),
    ],
)
def test_the_words_after_the_blank_end_the_fill(fb: FactBase, message: str, words: str) -> None:
    assert run_command(fb, "ask", message).title == f"The missing words: “{words}”"


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("complete the sentence: the unison man called it good news for our members and ...", "the public"),
        ("gap fill - the alliance, 'which was not a merger', could be in place by _", "2020"),
    ],
)
def test_asked_to_fill_a_gap_an_ellipsis_marks_it(fb: FactBase, message: str, words: str) -> None:
    answer = run_command(fb, "ask", message)
    assert answer.title == f"The missing words: “{words}”"


def test_an_ellipsis_alone_asks_for_nothing_to_fill(fb: FactBase) -> None:
    # A trailing "..." is how a message trails off, unless a gap is asked for.
    answer = run_command(fb, "ask", "so the three forces said they were grateful to g4s...")
    assert not answer.title.startswith("The missing words")


def test_a_facts_own_article_sentence_fills_a_blank(fb: FactBase) -> None:
    # The article's words, not our summary of them, are what a reader recalls.
    answer = run_command(fb, "ask", "the forces decided last year to ______ privatise back-office functions")
    assert answer.title == "The missing words: “collectively”"
    assert "In the article" in answer.body
