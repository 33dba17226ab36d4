"""The article's own words, asked for: shown as printed, not in ours."""

from __future__ import annotations

from commands import run_command
from knowledge import FactBase


def test_the_words_an_article_uses_for_something(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which phrase did Sir Clive apply to the forces wanting to run things themselves?")
    assert answer.title == "In the article's words"
    assert "masters of our own destiny" in answer.body


def test_a_description_asked_of_what_the_article_names_is_its_description(fb: FactBase) -> None:
    # G4S is named: how the article describes it is who G4S is, not a record of it.
    answer = run_command(fb, "ask", "how does the BBC piece describe Unison?")
    assert answer.title != "In the article's words"
    assert answer.ids and answer.ids[0] == "unison"


def test_the_sentence_a_record_rests_on_is_shown_verbatim(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what wording does the em story use about the full alliance by 2020")
    basis = fb.facts["em-alliance-by-2020"].basis
    assert basis is not None and basis in answer.body
