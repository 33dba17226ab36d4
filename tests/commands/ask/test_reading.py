"""Reading a question's body: which of its words a record must have."""

from __future__ import annotations

import pytest

from commands import run_command
from commands.ask.reading import read
from knowledge import FactBase


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("the forces took their final decision", "took"),
        ("the commissioner reached a decision", "reached"),
        ("who issued the statement on the alliance", "issued"),
    ],
)
def test_a_support_verb_of_an_event_noun_is_no_word_to_cover(fb: FactBase, text: str, verb: str) -> None:
    # The noun names the event; the verb only carries it, and no record need have it.
    units = read(fb.questions, text).units
    assert verb not in {u.word for u in units}
    assert any(u.word.startswith(("decision", "statement")) for u in units)


def test_the_same_verb_before_anything_else_is_kept(fb: FactBase) -> None:
    units = read(fb.questions, "did g4s take the contract").units
    assert "take" in {u.word for u in units}


def test_intent_before_a_deed_is_read_as_the_deed(fb: FactBase) -> None:
    words = {u.word for u in read(fb.questions, "the east mids forces hoping to set up").units}
    assert "hoping" not in words


def test_a_decision_taken_is_dated_by_the_decision(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "when did herts, beds and cambs take their decision to privatise")
    assert answer.ids[0] == "herts-decided-to-privatise"


def test_what_somebody_hopes_to_do_is_answered_by_what_they_will_do(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what are the east mids forces hoping to set up")
    # The alliance itself ("the alliance the three forces will form") answers too.
    assert answer.ids[0] in ("em-alliance-by-2020", "em-full-alliance", "em-strategic-alliance", "strategic-alliance")


@pytest.mark.parametrize(
    "text",
    ["em commissioners merger", "g4s statement em", "budget em forces", "herts or em framework"],
)
def test_the_short_form_of_a_place_names_its_deal(fb: FactBase, text: str) -> None:
    # EM is how readers shorten the East Midlands, as Herts is Hertfordshire.
    assert "east-midlands-control-rooms" in read(fb.questions, text).anchor


def test_chat_s_clipped_them_names_nothing(fb: FactBase) -> None:
    reading = read(fb.questions, "lloyd binned em")
    assert reading.anchor == frozenset({"herts-back-office"})
    assert "em" not in {u.word for u in reading.units}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("negotiatons", "negoti"),  # a letter dropped before an ending the stem takes off
        ("discusion", "discussion"),
        ("outsorcing", "outsourc"),  # ends as a word does, and is one letter from a long term
        ("scrutinisd", "scrutinis"),  # a word only the vocabulary has, never the articles
    ],
)
def test_a_misspelt_word_is_read_as_the_word_in_any_form(fb: FactBase, typed: str, meant: str) -> None:
    from commands.ask.reading import misspelt

    assert misspelt(fb.questions, typed) == meant


@pytest.mark.parametrize("typed", ["former", "shares", "fined", "ltalk"])
def test_a_word_that_may_be_a_word_of_its_own_is_no_misspelling(fb: FactBase, typed: str) -> None:
    from commands.ask.reading import misspelt

    assert misspelt(fb.questions, typed) == ""
