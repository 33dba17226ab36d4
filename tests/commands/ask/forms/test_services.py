"""Which services a deal would have covered, and which are asked of now."""

from __future__ import annotations

from commands import Status, run_command
from knowledge import FactBase


def test_the_services_a_deal_would_have_covered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which functions did the herts forces plan to hand to G4S?")
    assert answer.title.startswith("Services:") and "procurement" in answer.body


def test_services_asked_of_from_now_on_are_what_comes_next(fb: FactBase) -> None:
    # "still", "now": after the deal fell through, not the deal's own list.
    answer = run_command(fb, "ask", "what support work does herts now want to outsource?")
    assert answer.status is Status.OK and answer.ids[0] == "herts-outsourcing-continues"


def test_services_of_the_deal_the_best_record_is_on(fb: FactBase) -> None:
    # No deal named: the record that best fits says which deal; its services are the answer.
    answer = run_command(fb, "ask", "what were the forces looking at handing over to a private firm")
    assert answer.title == "Services: East Midlands 999 control room deal" and "999 control rooms" in answer.body
