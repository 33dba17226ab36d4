"""Yes or no: verdicts from a record's own words on what is asked, or a deal's status."""

from __future__ import annotations

import pytest

from commands import run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the alliance a merger?", "No"),
        ("did herts scrap the g4s plan?", "Yes"),
        ("was g4s disappointed?", "Yes"),
        ("will the east midlands forces include outsourcing?", "No"),
        ("was the framework contract suitable?", "No"),
        ("did lloyd rule out g4s?", "No"),
        ("didn't lloyd rule out g4s?", "No"),
    ],
)
def test_yes_no_verdicts(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


def test_no_verdict_when_the_negation_governs_another_word(fb: FactBase) -> None:
    # "did not rule out using G4S": "using" is not negated, so no "No".
    answer = run_command(fb, "ask", "could hertfordshire still use g4s in the future?")
    assert answer.ids[0] == "herts-g4s-not-ruled-out"
    assert not answer.title.startswith("No")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is lloyd still going ahead with privatisation?", "Yes"),
        ("is privatisation off in herts?", "No"),
        ("is the herts commissioner still pressing ahead with outsourcing?", "Yes"),
    ],
)
def test_a_deals_status_settles_nothing_about_privatisation_plans(fb: FactBase, question: str, verdict: str) -> None:
    # The G4S deal was abandoned; Lloyd's privatisation plans go on. The
    # verdict comes from what the plans' own record says, never from the
    # deal's status (which would give "No" and "Yes, it is off").
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] in (
        "herts-other-providers",
        "herts-outsourcing-continues",
        "lloyd-not-ruled-out",
        "lloyd-other-providers",
        "lloyd-support-work",
        "lloyd-private-sector",
    )
    assert answer.title.startswith(verdict + ":")


def test_a_deal_named_outright_still_gets_its_status(fb: FactBase) -> None:
    assert run_command(fb, "ask", "is the herts contract still going ahead?").title.startswith("No:")
    assert run_command(fb, "ask", "is the back office privatisation dead?").title.startswith("Yes:")


def test_keywords_are_no_claims(fb: FactBase) -> None:
    from commands.ask.reading import read
    from commands.ask.verdict import verdict

    qi = fb.questions
    # "G4S was the only company seriously considered" lists "other companies"
    # and "bidder" among its keywords; it does not say there were others.
    only = qi.items["herts-only-bidder"]
    assert verdict(only, read(qi, "other bidders").predicate) == ""
    answer = run_command(fb, "ask", "were there any other bidders for the herts work?")
    assert answer.ids[0] == "herts-only-bidder" and not answer.title.startswith("Yes")
    # The article sentence a fact rests on does count: "was not suitable".
    assert verdict(qi.items["herts-reason-framework"], read(qi, "suitable").predicate) == "no"
