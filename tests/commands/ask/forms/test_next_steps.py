"""What happens next: every step a deal's articles give; a company's own steps only."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_every_next_step_of_a_deal(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "so what happens next in herts")
    assert set(answer.ids) == {f.id for f in fb.facts_of_deal("herts-back-office", "next")}


def test_what_a_company_will_do_is_what_it_does(fb: FactBase) -> None:
    # The next steps the articles give are the forces', not G4S's.
    assert run_command(fb, "ask", "whats g4s gonna do now then").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        "leics notts northants in place of g4s what",
        "what have they created rather than the G4S control room contract",
        "what is going on up there as opposed to the 999 deal",
    ],
)
def test_what_is_done_in_place_of_what_was_set_aside_is_what_next(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title == "What next: East Midlands 999 control room deal"
    assert "em-strategic-alliance" in answer.ids


def test_what_was_set_aside_says_which_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what happens now in place of the back-office deal")
    assert answer.title.startswith("What next: Hertfordshire")


def test_a_bare_now_before_a_clause_is_what_is_taken_as_given(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what is the plan for hertfordshire now the talks are off")
    assert answer.title == "What next: Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"
    assert "herts-other-providers" in answer.ids


def test_what_next_for_both_stories_parties_gives_each_story_its_own_steps(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "so what are the herts lot and the leics/notts/northants forces each planning now")
    assert answer.title == "What next in each story"
    em, herts = answer.body.split("\n\n**What next: Hertfordshire")
    assert "strategic alliance" in em and "market providers" not in em
    assert "market providers" in herts and "alliance" not in herts
