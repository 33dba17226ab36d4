"""How somebody reacted, however it is asked."""

from __future__ import annotations

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
