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


def test_the_kind_asked_of_a_description_frames_it(fb: FactBase) -> None:
    # "what type of body does ... call X": how X is described, not another body of that kind.
    answer = run_command(fb, "ask", "what type of body does the control room article call unison")
    assert answer.ids and answer.ids[0] == "unison"


def test_the_kind_an_article_calls_a_company_is_its_own_description(fb: FactBase) -> None:
    # "what kind of company does ... call G4S": the kind asked frames the question; G4S's record answers it.
    answer = run_command(fb, "ask", "what sort of firm does the hertfordshire report call G4S")
    assert answer.ids and answer.ids[0] == "g4s" and "Security firm" in answer.body
