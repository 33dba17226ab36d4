"""What happens next: every step a deal's articles give; a company's own steps only."""

from __future__ import annotations

from commands import Status, run_command
from knowledge import FactBase


def test_every_next_step_of_a_deal(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "so what happens next in herts")
    assert set(answer.ids) == {f.id for f in fb.facts_of_deal("herts-back-office", "next")}


def test_what_a_company_will_do_is_what_it_does(fb: FactBase) -> None:
    # The next steps the articles give are the forces', not G4S's.
    assert run_command(fb, "ask", "whats g4s gonna do now then").status is Status.NOT_FOUND
