"""The two stories side by side, each answered from its own records only."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


def test_the_same_commissioner_in_both(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "is it the same PCC in both stories lol")
    assert answer.title.startswith("No:")
    assert "David Lloyd" in answer.body and "Sir Clive Loader" in answer.body


def test_each_story_answers_for_itself(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did both sets of forces pull out for the same reason or diff reasons")
    # Each story's reason, as a fact or as the quote that states it.
    reasons = [fb.facts[i] for i in answer.ids if i in fb.facts]
    quotes = [fb.quotes[i] for i in answer.ids if i in fb.quotes]
    assert {f.deal for f in reasons} | {q.deal for q in quotes} == set(fb.deals)
    assert all(f.topic == "reason" for f in reasons)


def test_which_story_speaks_of_something(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which of the two stories brings up the olympics")
    assert answer.title.startswith("Only one story")
    assert [c.source_id for c in answer.citations] == [fb.deals["herts-back-office"].source]
    assert "Lincolnshire Police" in run_command(fb, "ask", "which story mentions lincolnshire police n why").body


@pytest.mark.parametrize(
    "question",
    ["in which story does G4S react to the outcome?", "where does G4S get a reaction in, herts or east mids story?"],
)
def test_which_story_has_somebody_doing_something_needs_a_record_of_the_doing(fb: FactBase, question: str) -> None:
    # G4S is named in both stories; it reacts only in the East Midlands one.
    answer = run_command(fb, "ask", question)
    assert answer.title == "Only one story: the East Midlands 999 control room deal"


@pytest.mark.parametrize(
    "question",
    ["how did the justifications in the two stories differ?", "compare the grounds Lloyd and Loader gave"],
)
def test_any_word_for_reasons_compares_each_deals_reason(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title == "Different reasons in each story"
    assert {"em-masters-of-destiny", "herts-reason-framework"} <= set(answer.ids)


@pytest.mark.parametrize(
    ("question", "deal"),
    [
        ("which of the two deals was about contact management?", "East Midlands"),
        ("which of the 2 stories was about procurement and finance?", "Hertfordshire"),
    ],
)
def test_which_deal_was_about_something_is_read_from_each_deal(fb: FactBase, question: str, deal: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(f"Only one story: the {deal}")
    assert len(answer.citations) == 1


def test_which_is_which_puts_each_thing_in_the_story_that_has_it(fb: FactBase) -> None:
    answer = run_command(
        fb, "ask", "one article has a strategic alliance and the other back office functions. which is which?"
    )
    assert answer.title == "Each in its own story"
    alliance, services = answer.body.split("\n\n")
    assert "East Midlands" in alliance and "Hertfordshire" in services


def test_which_is_which_of_something_neither_story_has_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "one story has a prison contract and the other a hospital deal - which is which?")
    assert answer.status is Status.NOT_FOUND


def test_compared_with_one_story_sets_the_stories_side_by_side(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "compared to the Herts lot, were the East Mids forces keener on outsourcing?")
    assert answer.title.startswith(("Each story", "Compared"))
    assert len(answer.citations) == 2


@pytest.mark.parametrize(
    ("question", "story", "said"),
    [
        ("which of the two areas kept the door open to G4S later on?", "herts-g4s-article", "did not rule out"),
        (
            "which of the two sides ruled out outsourcing at this early stage?",
            "east-midlands-g4s-article",
            "not include",
        ),
        ("who is more willing to use G4S again, Herts or the East Midlands?", "herts-g4s-article", "did not rule out"),
    ],
)
def test_which_story_a_claim_holds_of_is_found_by_putting_it_to_each(
    fb: FactBase, question: str, story: str, said: str
) -> None:
    # Each story answers on its own records; the one saying yes is cited alone.
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("Only one story")
    assert said in answer.body
    assert {c.source_id for c in answer.citations} == {story}


def test_a_claim_neither_story_holds_is_declined(fb: FactBase) -> None:
    assert run_command(fb, "ask", "which of the two areas signed a lasagne contract?").status is Status.NOT_FOUND


def test_which_is_which_reads_the_two_things_from_the_sentence_before(fb: FactBase) -> None:
    answer = run_command(
        fb, "ask", "one article mentions a feasibility study, the other a framework contract. which is which?"
    )
    assert answer.title == "Each in its own story"
    first, second = answer.body.split("\n\n")
    # Each thing with its own story, that story's forces named.
    assert "feasibility study" in first and "Leicestershire" in first
    assert "framework contract" in second and "Hertfordshire" in second


@pytest.mark.parametrize(
    "question",
    ["The Herts story mentions the Olympics - what's the connection?", "what's the link between g4s and the olympics"],
)
def test_a_link_between_things_of_one_story_is_what_it_says_of_both(fb: FactBase, question: str) -> None:
    """G4S and the Olympics are both in the Herts story: the link asked for
    is what that story says of them, not the two stories side by side."""
    answer = run_command(fb, "ask", question)
    assert answer.ids[0] == "herts-olympics-scrutiny"


def test_services_asked_of_both_stories_side_by_side_gives_each(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "back office deal versus 999 deal: which services?")
    assert answer.title == "Services in each story"
    assert "procurement" in answer.body and "contact management" in answer.body


def test_two_people_in_the_same_post_of_different_forces(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Loader and Lloyd - do they have the same sort of role?")
    assert answer.title == "Yes: both are Police and Crime Commissioners, of different forces"
    assert set(answer.ids) == {"david-lloyd", "clive-loader"}


def test_two_people_in_different_posts(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "hanrahan and john shaw: same job?")
    assert answer.title == "No: different posts"


def test_plans_compared_lead_with_each_storys_own_plans(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "how do the two sets of forces differ on their plans from here?")
    assert "em-strategic-alliance" in answer.ids and "herts-other-providers" in answer.ids


def test_choices_named_last_are_each_their_own_story(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which commissioner is still keen to outsource, loader or lloyd?")
    assert answer.title == "Only one story: the Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"


def test_choices_held_of_neither_story_are_read_as_before(fb: FactBase) -> None:
    # Not a claim put to each story: what the question asks of its choices.
    answer = run_command(fb, "ask", "which force ran the framework contract, herts or lincs?")
    assert answer.status is Status.OK
    assert "Lincolnshire Police" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "was the Olympics mentioned in the 999 story as well, or only in the other one?",
        "in which of the two articles does the alliance appear?",
    ],
)
def test_which_story_asked_with_the_other_as_its_alternative(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("Only one story")


def test_what_one_side_and_the_other_wanted_is_each_storys_own(fb: FactBase) -> None:
    answer = run_command(
        fb, "ask", "difference between what Beds wanted from G4S and what the other forces wanted from it"
    )
    assert answer.title == "Services in each story"


@pytest.mark.parametrize("question", ["versus??", "Notts versus", "versus Unison", "... vs ..."])
def test_versus_without_a_readable_side_each_way_compares_nothing(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert not answer.title.startswith("Compared")


def test_a_question_after_a_pair_of_people_is_asked_of_each(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Loader versus Lloyd - what are their job titles?")
    assert set(answer.ids[:2]) == {"clive-loader", "david-lloyd"}
    assert "Leicestershire Police and Crime Commissioner" in answer.body
    assert "Hertfordshire Police and Crime Commissioner" in answer.body


def test_an_office_asked_of_two_places_in_a_pair_names_each_holder(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Herts versus Leics: who is the PCC?")
    assert {"clive-loader", "david-lloyd"} <= set(answer.ids)
