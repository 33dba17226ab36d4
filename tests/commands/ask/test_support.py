"""Whether an answer holds what its question asks for (commands/ask/support.py),
whatever form answered it: an outcome after the articles is not a plan they
report, a document's contents are not the news that it was made, a name is
not a description, and a place no article covers is no covered place."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask import support
from knowledge import FactBase


@pytest.mark.parametrize(
    "question",
    [
        "so which firm got the Hertfordshire support work once it was all over? in the end, I mean",
        "Did the three Hertfordshire-area forces go on to sign up with some other contractor?",
        "was the East Midlands alliance eventually formed?",
    ],
)
def test_an_outcome_after_the_articles_is_not_answered_by_a_plan(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_what_the_articles_report_of_a_plan_still_answers(fb: FactBase) -> None:
    # Asked what was said, a plan is the answer, whatever time words the question has.
    answer = run_command(fb, "ask", "did Lloyd say he'd keep talking to G4S afterwards?")
    assert answer.status is Status.OK


@pytest.mark.parametrize(
    "question",
    [
        "What did the contact-management study G4S carried out conclude?",
        "what was in the report g4s gave leics, notts and northants?",
        "So what advice did the chief constables give Lloyd - what did they recommend?",
    ],
)
def test_the_contents_of_a_document_or_advice_need_a_record_that_gives_them(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_that_a_document_was_made_still_answers_whether_it_was(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did G4S give the East Midlands forces a report?")
    assert answer.status is Status.OK
    assert answer.title.startswith("Yes")


def test_a_name_asked_for_needs_a_named_person(fb: FactBase) -> None:
    assert run_command(fb, "ask", "the man who spoke for Northants police - got a name for him?").status is (
        Status.NOT_FOUND
    )
    named = run_command(fb, "ask", "name of the G4S spokesman?")
    assert named.status is Status.OK
    assert "John Shaw" in named.title + named.body


def test_a_place_no_article_covers_is_declined_by_every_form(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Which forces in the West Midlands turned G4S down?")
    assert answer.status is Status.NOT_FOUND
    assert "West Midlands" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "what was Unison organiser Jane Doe's view?",
        "did peter brown from unison welcome the decision?",
        "Has G4S chief executive Ashley Almanza commented?",
    ],
)
def test_a_person_the_articles_never_name_is_not_whoever_of_that_body_they_do(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_words_before_a_name_the_articles_use_are_no_other_person(fb: FactBase) -> None:
    # Words the asker puts before a name it gives are a description of them, not somebody else.
    answer = run_command(
        fb, "ask", "did the quoted figure Sir Clive Loader say they'd prefer to be masters of their own destiny?"
    )
    assert answer.title.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Heard the contact-management study put a savings figure on it. What was it?",
        "what price tag did the back-office contract carry?",
    ],
)
def test_an_amount_asked_for_needs_an_answer_that_gives_one(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_cost_put_as_a_cause_is_no_amount_asked(fb: FactBase) -> None:
    # "cost" here is a cause the asker offers, not a figure they want.
    answer = run_command(
        fb, "ask", "Was it the cost or something else - what reason did Lloyd give for ending the talks?"
    )
    assert answer.status is Status.OK


def test_an_answer_must_come_from_the_story_of_every_name_the_question_gives(fb: FactBase) -> None:
    # Unison is only in the East Midlands story: its words there say nothing of a Herts branch.
    answer = run_command(fb, "ask", "what did herts unison say?")
    assert answer.status is Status.NOT_FOUND
    # Names put side by side are asked of each story.
    assert run_command(fb, "ask", "what did lloyd and loader say?").status is not Status.NOT_FOUND


def test_a_yes_never_comes_from_the_other_story_than_a_name_asked_about(fb: FactBase) -> None:
    # Unison reacts only in the East Midlands story; its welcome there is no
    # yes to a claim about the Hertfordshire outcome.
    answer = run_command(fb, "ask", "Did Unison welcome the Hertfordshire decision?")
    assert answer.status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "claim",
    [
        "value of the herts g4s deal?",  # read as a claim put for checking
        "the value of the g4s contract for the herts forces, yeah?",
    ],
)
def test_a_claim_on_an_amount_is_declined_when_the_articles_give_none(fb: FactBase, claim: str) -> None:
    assert run_command(fb, "ask", claim).status is Status.NOT_FOUND


def test_a_claim_checked_for_a_place_keeps_its_correction(fb: FactBase) -> None:
    # A place no article covers, put among a deal's forces, is corrected by the confirm form itself.
    answer = run_command(fb, "ask", "Staffordshire was among the forces that told G4S no to the control rooms, yeah?")
    assert answer.title.startswith("No")
    assert "Northamptonshire" in answer.body


def test_an_answer_naming_a_person_by_another_of_their_names_names_them(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Herts commissioner's name pls?")
    assert answer.status is Status.OK
    assert "Lloyd" in f"{answer.title} {answer.body}"


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("On which exact date did the Herts forces agree to privatise their back offices?", False),  # "last year"
        ("which year does the east midlands article give for the full alliance?", True),  # "by 2020"
    ],
)
def test_a_date_or_year_asked_for_needs_an_answer_that_gives_one(fb: FactBase, question: str, given: bool) -> None:
    assert (run_command(fb, "ask", question).status is Status.OK) is given


def test_words_quoted_back_are_not_explained_by_the_record_that_only_uses_them(fb: FactBase) -> None:
    # "not suitable for the unique position of the three forces": what it is, they never say.
    answer = run_command(fb, "ask", "What precisely is the 'unique position' the Herts commissioner meant?")
    assert answer.status is Status.NOT_FOUND


def test_words_quoted_back_that_their_record_goes_on_to_explain_are_answered(fb: FactBase) -> None:
    # "My clear position is that all elements of support work will be considered for outsourcing".
    answer = run_command(fb, "ask", "What exactly was Lloyd's 'clear position' on outsourcing?")
    assert answer.status is Status.OK
    assert "all elements of support work" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        # The party already known is no other; "other market providers" names none.
        "what other suppliers has the commissioner lined up instead, do we know which?",
        "what companies other than g4s is the herts commissioner speaking to?",
    ],
)
def test_others_of_a_kind_need_a_record_naming_one(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "name no other" in answer.body


def test_others_than_a_named_party_are_the_rest_of_its_deal(fb: FactBase) -> None:
    # Only the parties a question names are known: the forces beside
    # Nottinghamshire in its deal are others than it, though a deal has them.
    answer = run_command(fb, "ask", "what other police forces were involved besides notts?")
    assert answer.status is Status.OK
    assert "Northamptonshire" in answer.title and "Leicestershire" in answer.title


def test_a_kind_asked_for_without_others_is_still_answered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which company did the east midlands forces ask for a study?")
    assert answer.status is Status.OK and "G4S" in answer.title + answer.body


@pytest.mark.parametrize(
    "question",
    [
        # A record on the talks' end says when, not for how long.
        "For how many weeks had the Herts forces been talking to G4S before the deal was dropped?",
    ],
)
def test_how_long_needs_a_length_of_time(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_how_long_is_answered_by_a_year_a_thing_is_due_by(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "how long until the East Midlands alliance could be fully up and running?")
    assert answer.status is Status.OK and "2020" in answer.title + answer.body


@pytest.mark.parametrize(
    "question",
    [
        "police federation stance on the east midlands g4s decision",
        "police federation thoughts herts g4s deal",
        "what was the inspectorate's reaction to Lloyd dropping G4S?",
    ],
)
def test_whose_view_is_asked_must_be_somebody_the_articles_mention(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_a_known_bodys_view_is_still_answered(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "unison's view of the east midlands decision")
    assert answer.status is Status.OK and "good news" in answer.body


@pytest.mark.parametrize("question", ['Loader told the papers "<@!42>", yeah?', "was '@here' what unison said?"])
def test_quote_marks_round_no_words_put_nothing_in_a_mouth(fb: FactBase, question: str) -> None:
    # A mention is read out of a message: what is left in the quote marks is no claim, never a "yes".
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "saying that" in answer.body and "@" not in answer.body


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # The premise of a why- or when-question is the deal coming off, which it did not.
        ("why did Cambridgeshire go ahead with G4S after all?", "discontinued"),
        ("when did Northamptonshire sign the G4S control room contract?", "decided not to go ahead"),
    ],
)
def test_a_premise_the_articles_deny_is_corrected(fb: FactBase, question: str, shown: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("No:"), answer.title
    assert shown in answer.body


def test_a_premise_the_articles_are_silent_on_stays_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "why did Lloyd resign as commissioner?").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        # A year asked of a day and month the articles give without one.
        "the study announcement on 3 November - but which year?",
        # A name the alliance is yet to have.
        "what is the three-force alliance going to be named?",
        "what would the new alliance be known as",
        # "Name the other providers": others than G4S, which the articles never name.
        "list the other market providers Lloyd is talking to",
        # A length of time, where "last year" is only when.
        "was the back-office deal set to last 3 years?",
    ],
)
def test_what_the_articles_do_not_give_is_declined(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        # Put negatively, the premise is what the articles say: the reason is asked.
        "why did the East Midlands forces not hand their control rooms to G4S?",
        # A plan there was, whatever became of it.
        "when were Herts, Beds and Cambs meaning to privatise their back office?",
    ],
)
def test_a_premise_the_articles_bear_out_is_not_corrected(fb: FactBase, question: str) -> None:
    assert not run_command(fb, "ask", question).title.startswith("No:")


@pytest.mark.parametrize(
    "question",
    [
        "Lloyd said he had other firms lined up. So did Hertfordshire eventually go with another contractor?",
        "in the end which company did Herts pick instead?",
    ],
)
def test_what_became_of_a_deal_with_somebody_else_is_after_the_articles(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_a_length_of_time_is_read_as_a_number_whether_in_words_or_digits() -> None:
    # "three years" and "3 years" are one length; "13 years" and "3 months" are others.
    assert support._lengths("a contract of three years") == support._lengths("running for 3 years") == {(3, "year")}
    assert not support._lengths("it ran 13 years") & support._lengths("3 years")
    assert not support._lengths("3 months") & support._lengths("3 years")


def test_whether_a_deed_should_have_been_done_is_no_fact_of_the_articles(fb: FactBase) -> None:
    # What was done, and the reasons given, are theirs; whether it was right is not.
    answer = run_command(fb, "ask", "should the East Midlands forces have gone with G4S?")
    assert answer.status is Status.NOT_FOUND
    assert "not whether it was right" in answer.body


def test_whether_a_deed_was_right_is_the_stance_forms_to_answer(fb: FactBase) -> None:
    # "was X right / wise to": what those outside the decision said of it, or,
    # where nobody outside it spoke, a decline giving the makers' reasons.
    outsiders = run_command(fb, "ask", "were the Leicestershire, Notts and Northants forces wise to say no?")
    assert outsiders.title.startswith("What people in the story said of it")
    assert "Unison" in outsiders.body
    nobody = run_command(fb, "ask", "was scrapping the herts deal the right call?")
    assert nobody.status is Status.NOT_FOUND
    assert "nobody's judgement of the decision" in nobody.body


def test_a_judgement_somebody_is_asked_to_have_given_is_not_the_askers() -> None:
    assert support._judged(["was", "it", "a", "mistake", "to", "go", "with", "g4s"])
    assert not support._judged(["did", "unison", "say", "it", "was", "the", "right", "call"])


@pytest.mark.parametrize(
    "question",
    ["did the East Midlands forces sign with G4S later on?", "did the Bedfordshire force later use G4S too?"],
)
def test_a_deed_put_after_the_story_is_not_settled_by_it(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert "end before that" in answer.body


@pytest.mark.parametrize(
    "question",
    ["who at G4S negotiated with Lloyd's office?", "who from Northamptonshire Police talked to the union?"],
)
def test_a_person_asked_for_as_one_of_a_body_is_none_of_another(fb: FactBase, question: str) -> None:
    # The articles name nobody of that body who did it: another body's person is no answer.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND, answer.title


def test_a_bodys_own_person_still_answers(fb: FactBase) -> None:
    assert run_command(fb, "ask", "who at G4S said the firm was disappointed?").title == "John Shaw"


@pytest.mark.parametrize(
    "question",
    ["Shaw's career before G4S?", "ok and Loader, what was his job before he took the commissioner post"],
)
def test_a_persons_past_is_not_their_part_in_the_story(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND, answer.title


def test_what_a_body_itself_did_is_not_a_record_naming_it_as_anothers_route(fb: FactBase) -> None:
    # Lincolnshire Police is named only as the route of the Herts deal's contract.
    answer = run_command(fb, "ask", "what did lincolnshire police itself contract out to g4s?")
    assert answer.status is Status.NOT_FOUND, answer.title
    assert "only as" in answer.body
    # A party of the deal the record is on still answers for itself.
    assert run_command(fb, "ask", "did G4S itself react to the East Mids decision?").status is Status.OK
