"""Why something happened, and what a decline shows when no reason is given."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_a_why_with_no_reason_given_declines_showing_what_is_said(fb: FactBase) -> None:
    # The articles say G4S failed to supply enough staff, not why: a decline,
    # which shows (cited) what they do say, so it is never taken for a reason.
    answer = run_command(fb, "ask", "how come G4S couldn't supply enough security staff for the London Olympics?")
    assert answer.status is Status.NOT_FOUND and answer.title == "The articles don't say"
    assert answer.body.startswith("They don't say why.") and "London Olympics" in answer.body
    assert answer.ids[0] == "herts-olympics-scrutiny" and answer.citations


def test_a_why_about_what_the_articles_never_say_shows_nothing(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "why did G4S sack its chief executive?")
    assert answer.status is Status.NOT_FOUND and not answer.ids and not answer.citations


def test_what_a_thing_is_all_about_is_why_it_is_done(fb: FactBase) -> None:
    # "The alliance is about protecting local policing": its purpose, a reason.
    answer = run_command(fb, "ask", "why did the commissioners go for an alliance")
    assert answer.status is Status.OK and answer.ids[0] == "em-alliance-purpose"


@pytest.mark.parametrize(
    "question",
    ["why did it fail", "why did they fail", "why did it collapse", "why did it fall through", "why did they pull out"],
)
def test_a_why_naming_nothing_shows_no_nearest_record(fb: FactBase, question: str) -> None:
    # "it", "they" and a verb say not what failed: a record shown would be a guess (G4S at the Olympics).
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND and not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Why did the east midlands forces commission a feasibility study?",
        "Why did the forces announce a feasibility study?",
        "Why did the east midlands forces ask G4S for a report?",
    ],
)
def test_what_another_thing_is_about_is_no_reason(fb: FactBase, question: str) -> None:
    # "The commissioners said the alliance is about protecting...": a purpose
    # of the alliance, the subject of "is about"; a question sharing only
    # "the" (or who said it) with the record asks the reason for something else.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND and "em-alliance-purpose" not in answer.ids


def test_why_the_thing_whose_purpose_is_stated_is_still_answered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Why did the east midlands forces form an alliance?")
    assert answer.status is Status.OK and answer.ids[0] == "em-alliance-purpose"


@pytest.mark.parametrize(
    "question",
    ["why did cambridgeshire go ahead and sign with G4S?", "how come the east mids forces agreed the deal with g4s"],
)
def test_a_why_question_taking_for_granted_what_never_happened_is_corrected(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("No:") and answer.ids[0] in ("herts-abandoned", "em-rejected")


def test_a_why_question_put_as_a_statement_is_corrected_by_the_one_premise_check(fb: FactBase) -> None:
    # The clause after "what's the reason" opens with no auxiliary; the same
    # check as a when-question's (support's) still reads it as a claim.
    answer = run_command(fb, "ask", "whats the reason leicestershire went ahead with the g4s control room deal")
    assert answer.title.startswith("No:") and answer.ids == ("em-rejected",)
    assert answer.body.count("takes for granted") == 1


def test_a_why_question_naming_only_parties_claims_nothing(fb: FactBase) -> None:
    assert not run_command(fb, "ask", "cambs and g4s - why").title.startswith("No:")


def test_a_why_question_whose_premise_holds_gets_its_reason(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "why did cambridgeshire's deal with g4s get scrapped")
    assert answer.title.startswith("Why") and "framework contract" in answer.body


def test_why_a_deal_ended_shows_every_reason_the_story_gives(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what was the herts commissioner's justification for ditching g4s")
    assert {"herts-reason-framework", "herts-reason-evidence"} <= set(answer.ids)
    assert "**Also:**" not in answer.body  # both are the answer, neither a runner-up
