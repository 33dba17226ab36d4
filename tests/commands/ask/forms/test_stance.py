"""Who took which side, and the case each side made: read from the fact
graph (who decided, who speaks for whom, what they said), never invented."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask.forms import parse
from commands.ask.question import Form
from knowledge import FactBase


@pytest.mark.parametrize(
    "question",
    [
        "who sided with the security firm over the control rooms",
        "has anybody stood up for the contractor in the 999 piece",
        "set out the pros and cons of the emergency call deal",
        "what is the strongest case against privatising the back office",
        "were there any objections to the leicestershire plan",
        "was Sir Clive wise to turn the company down",
    ],
)
def test_questions_of_sides_are_read_as_stances(question: str) -> None:
    assert parse(question).form is Form.STANCE


def test_each_side_of_the_control_room_deal_rests_on_its_own_records(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "lay out the pros and cons of the 999 control room deal")
    assert answer.status is Status.OK
    pro, _, con = answer.body.partition("*Against")
    # The company speaks for the deal; the forces decided against it; the
    # union welcomed that decision. Each from its own records.
    assert "em-g4s-disappointed" in answer.ids and "John Shaw" in pro
    assert "em-rejected" in answer.ids and "Unison" in con and "masters of our own destiny" in con
    assert {c.source_id for c in answer.citations} == {"east-midlands-g4s-article"}


def test_nobody_praising_a_decision_is_a_decline_with_what_the_story_gives(fb: FactBase) -> None:
    # The Herts story quotes nobody on Lloyd's decision but Lloyd himself.
    answer = run_command(fb, "ask", "has anybody applauded the Hertfordshire commissioner for walking away?")
    assert answer.status is Status.NOT_FOUND
    assert "Nobody in the story" in answer.body and "not suitable" in answer.body


def test_a_decision_welcomed_from_outside_is_praise(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did anybody praise the leicestershire forces' call on the control rooms?")
    assert answer.status is Status.OK and "em-unison-welcomes" in answer.ids


def test_the_case_against_outsourcing_is_the_deciders_reasons(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what's the justification for keeping the emergency call handling in house?")
    assert answer.status is Status.OK
    assert answer.ids[0] == "em-masters-of-destiny" and "masters of our own destiny" in answer.body


def test_a_named_holders_case_is_theirs_alone(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "the herts commissioner's real case for privatisation?")
    assert answer.status is Status.OK and "best delivered by the private sector" in answer.body
    assert all(fb.quotes[q].speaker == "david-lloyd" for i in answer.ids for q in fb_support(fb, i))


def fb_support(fb: FactBase, fact_id: str) -> tuple[str, ...]:
    return fb.questions.support.get(fact_id, ())


def test_a_company_speaking_only_for_itself_is_said_so(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did someone stick up for G4S over the 999 rooms?")
    assert answer.status is Status.OK and "Only G4S itself" in answer.body


def test_nobody_against_is_never_made_up(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "was anybody opposed to the east midlands alliance?")
    assert answer.status is Status.NOT_FOUND and "Nobody in the story" in answer.body


def test_for_and_against_asked_in_one_sentence_is_one_question(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who backed the alliance and who opposed it?")
    assert answer.status is Status.OK
    assert "*For the alliance:*" in answer.body and "*Against the alliance:* nobody" in answer.body


def test_a_judgement_nobody_made_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "was Lloyd sensible to end the talks?")
    assert answer.status is Status.NOT_FOUND


def test_which_story_leans_more_to_the_company_is_weighed_on_each_storys_records(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which of them seemed more favourable to the security firm, Loader or Lloyd?")
    assert answer.title.startswith("More favourable to G4S: the Hertfordshire")
    assert {"herts-g4s-not-ruled-out", "em-no-further-g4s-work"} <= set(answer.ids)


def test_less_keen_on_outsourcing_is_the_story_whose_forces_said_no_to_it(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who is less keen on privatisation, the leicestershire pcc or the herts pcc?")
    assert answer.title.startswith("Less keen to outsourcing: the East Midlands")


def test_a_case_asked_of_somebody_of_the_other_story_is_declined_not_mixed(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what was the union's reasoning against the back-office plan in Hertfordshire?")
    assert answer.status is Status.NOT_FOUND and not answer.citations


def test_whose_case_may_be_said_after_it(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what's the best case for outsourcing, according to the security company?")
    assert answer.status is Status.OK and answer.ids[0] == "em-g4s-can-help"
    assert {c.source_id for c in answer.citations} == {"east-midlands-g4s-article"}


def test_who_speaks_for_a_party_is_its_spokesman_not_a_side() -> None:
    assert parse("who speaks for the union?").form is not Form.STANCE


@pytest.mark.parametrize(
    "question",
    [
        "set out david lloyd's rationale for walking away from the security firm",
        "what's the whole case for scrapping the back office contract",
    ],
)
def test_the_case_for_a_decision_is_the_reasons_its_makers_gave(fb: FactBase, question: str) -> None:
    # Makers take no side when their decision is judged, but its case is theirs.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.OK
    assert {"herts-reason-framework", "herts-reason-evidence"} <= set(answer.ids)
    assert "David Lloyd: “" in answer.body  # direct quotes verbatim, credited


def test_a_makers_case_against_their_own_decision_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "give me the herts pcc's case against pulling out of the g4s talks")
    assert answer.status is Status.NOT_FOUND and "no case against the decision" in answer.body


def test_the_case_for_a_decision_asked_of_its_losing_party_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what was the contractor's case for the forces turning it down")
    assert answer.status is Status.NOT_FOUND


def test_the_case_against_a_decision_is_the_losing_partys_and_for_it_an_outsiders(fb: FactBase) -> None:
    against = run_command(fb, "ask", "what is the company's case against binning the control room deal")
    assert against.status is Status.OK and "em-g4s-disappointed" in against.ids
    welcomed = run_command(fb, "ask", "what's the union's case for the 999 rejection")
    assert welcomed.status is Status.OK and welcomed.ids[0] == "em-unison-welcomes"
