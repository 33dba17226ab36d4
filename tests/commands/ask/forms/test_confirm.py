"""Confirm or correct: a claim gets "Yes", or "No"/"Not quite" with the correction from the facts."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask.forms.confirm import _quoting
from commands.ask.pipeline import Ask
from knowledge import FactBase
from knowledge.question_index import Item


def _ask(fb: FactBase, text: str) -> tuple[str, str, tuple[str, ...]]:
    answer = run_command(fb, "ask", text)
    return answer.title, answer.body, tuple(c.source_id for c in answer.citations)


@pytest.mark.parametrize(
    ("claim", "verdict", "correction"),
    [
        # membership: the deal's own forces
        ("the herts deal covered herts, essex and beds yeah?", "Not quite", "Cambridgeshire"),
        ("the east mids forces r leics, notts n derbyshire yeah", "Not quite", "Northamptonshire"),
        ("so the three forces in the herts deal were herts, cambs and beds?", "Yes", "Cambridgeshire"),
        # identity: a person's own role
        ("Sir Clive Loader is the notts PCC?", "No", "Leicestershire Police and Crime Commissioner"),
        ("hanrahan is unison's national general secretary right", "No", "branch secretary"),
        ("john shaw works for unison right?", "No", "G4S spokesman"),
        ("G4S framework contract was through Cambridgeshire police innit", "No", "Lincolnshire Police"),
        # attribution: the quote carrying the words, and its speaker
        ("Chris Hanrahan said the decision was good news for members and the public, right?", "No", "Unison spokesman"),
        # Their words state the opposite: a conflicting value, so no.
        ("G4S said they were 'delighted' with the outcome??", "No", "disappointed"),
        # presence in the stories
        ("unison's in both stories yeah?", "No", "East Midlands"),
        # the record on the claim: its words, its year
        ("so they're merging by 2025?", "No", "2020"),
        ("G4S was one of like 5 bidders for the herts contract right", "Not quite", "only company"),
    ],
)
def test_a_claim_is_confirmed_or_corrected(fb: FactBase, claim: str, verdict: str, correction: str) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":"), title
    assert correction in title + body


def test_a_yes_no_of_the_same_shape_is_checked_the_same_way(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "is David Lloyd the Leicestershire PCC?")
    # Corrected from his own story; who holds the office in the other is not lent to this answer.
    assert title.startswith("No:") and "Hertfordshire" in title + body and "Sir Clive Loader" not in body
    title, body, _ = _ask(fb, "loader is the notts pcc right")
    assert title.startswith("No:") and "Leicestershire" in title + body
    title, body, _ = _ask(fb, "is cambs part of the east midlands alliance?")
    assert title.startswith("No:") and "Cambridgeshire" in body


def test_a_yes_no_is_judged_on_the_story_asked_about(fb: FactBase) -> None:
    # The alliance is the East Midlands forces'; Hertfordshire's story has none.
    title, _, sources = _ask(fb, "did Hertfordshire form a strategic alliance?")
    assert title.startswith("No:")
    assert sources == (fb.deals["herts-back-office"].source,)


def test_a_claim_about_nothing_the_articles_cover_is_declined(fb: FactBase) -> None:
    assert _ask(fb, "the west midlands police dropped g4s too right?")[0] == "The articles don't say"


def test_what_the_other_storys_people_did_here_is_declined_not_denied(fb: FactBase) -> None:
    # The chief constables are Herts people: whether those of Leicestershire
    # approved of anything, the articles never say; "No" would be a guess.
    title, body, _ = _ask(fb, "did the Leicestershire chief constables approve of the alliance?")
    assert title == "The articles don't say"
    assert "only in the other story" in body


def test_what_somebody_is_put_with_the_other_storys_people_is_still_checked(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "was Loader one of the Herts chief constables?")
    assert title.startswith("No:") and "Leicestershire" in body


def test_whether_somebody_unquoted_spoke_on_a_thing_is_declined_with_who_did(fb: FactBase) -> None:
    # "say if ..." puts no words in Bedfordshire's mouth to deny.
    title, body, _ = _ask(fb, "did bedfordshire say if they'd carry on talking to G4S?")
    assert title == "The articles don't say"
    assert "David Lloyd" in body


def test_words_put_in_the_wrong_mouth_are_still_corrected(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "did Loader say he would keep talking to G4S?")
    assert title.startswith("No:") and "David Lloyd" in body


@pytest.mark.parametrize(
    "question",
    ["is David Lloyd known as a councillor?", "is Chris Hanrahan described as a branch secretary?"],
)
def test_a_verb_of_naming_asks_what_somebody_is(fb: FactBase, question: str) -> None:
    # The article's own name for somebody ("Councillor Lloyd") says so too.
    assert _ask(fb, question)[0].startswith("Yes:")


def test_a_name_the_article_uses_does_not_put_them_in_another_place(fb: FactBase) -> None:
    assert _ask(fb, "Lloyd is the Bedfordshire PCC, isn't he")[0].startswith("No:")


def test_a_preposition_with_no_body_after_it_asks_what_somebody_does_not_who_they_are(fb: FactBase) -> None:
    # "in discussion with ..." is what Lloyd is doing; "in Unison" would place Hanrahan.
    title, body, _ = _ask(fb, "is David Lloyd in discussion with other providers?")
    assert title.startswith("Yes:") and "other market providers" in body
    assert _ask(fb, "is Hanrahan in Unison?")[0].startswith("Yes: Chris Hanrahan is")


def test_a_deals_own_force_as_subject_says_which_deal_went_through_a_contract(fb: FactBase) -> None:
    assert _ask(fb, "did bedfordshire go through lincolnshire police?")[0].startswith("Yes:")
    assert _ask(fb, "so Cambs went via Northants police?")[0].startswith("No:")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("was Bedfordshire one of the forces privatising alongside Hertfordshire?", "Yes:"),
        ("Essex was one of the forces going in with Cambs, right?", "No:"),
    ],
)
def test_forces_named_after_the_subject_say_which_deal_it_is_claimed_to_be_in(
    fb: FactBase, claim: str, verdict: str
) -> None:
    assert _ask(fb, claim)[0].startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did Hanrahan say the union would meet police chiefs next month?", "No:"),
        ("Hanrahan said Unison will meet chief officers early next year?", "Yes:"),
    ],
)
def test_a_time_put_in_somebodys_mouth_is_checked_against_their_words(fb: FactBase, claim: str, verdict: str) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith(verdict)
    assert "early next year" in body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("does Hanrahan work for Unison?", "Yes:"),
        ("Hanrahan works for Unison, right?", "Yes:"),
        ("does Loader work for G4S?", "No:"),
        # A body named that is not theirs settles it, whatever the role is called.
        ("John Shaw heads up Unison's regional office, doesn't he?", "No:"),
    ],
)
def test_what_somebody_is_to_a_body_is_read_from_their_role(fb: FactBase, claim: str, verdict: str) -> None:
    assert _ask(fb, claim)[0].startswith(verdict)


def test_a_force_naming_the_deal_after_it_is_no_member_put_to_check(fb: FactBase) -> None:
    # "the Herts back-office deal": Herts says which deal; what is claimed is of G4S.
    title, body, _ = _ask(fb, "was G4S the only company in the running for the Herts back-office deal?")
    assert title.startswith("Yes:") and "only company" in body


def test_a_claimed_reaction_is_checked_against_whoever_reacted(fb: FactBase) -> None:
    # "the decision" says which event; Unison's welcome is not G4S's reaction.
    answer = run_command(fb, "ask", "the G4S bloke was gutted about the decision?")
    assert answer.ids[0] in ("em-g4s-disappointed", "shaw-disappointed")


def test_a_force_after_in_saying_where_somebody_is_is_no_member_put_to_check(fb: FactBase) -> None:
    # "the workers in Beds": where they are; what is claimed of them the articles never say.
    title = _ask(fb, "were the back office workers in Beds going to be seconded across to G4S?")[0]
    assert title == "The articles don't say"
    assert _ask(fb, "was Lincolnshire in the herts deal?")[0].startswith("No:")


@pytest.mark.parametrize(
    "claim",
    [
        "the Bedfordshire and Cambridgeshire contract handled 999 control rooms, correct?",
        "is the Beds one the 999 control room deal?",
    ],
)
def test_forces_that_name_their_own_deal_are_not_put_in_the_other(fb: FactBase, claim: str) -> None:
    # "the Beds one" is the back-office deal, said to be about the other
    # story's control rooms: no, with what that deal was about, from its story alone.
    title, body, sources = _ask(fb, claim)
    assert title.startswith("No")
    assert "HR" in body
    assert set(sources) == {"herts-g4s-article"}


def test_a_force_put_in_the_other_deal_is_still_a_membership_claim(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "was Bedfordshire one of the forces in the 999 deal?")
    assert title.startswith("No")
    assert "Northamptonshire" in title
    assert "other story" in body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("has Hertfordshire cut ties with G4S once and for all?", "No"),
        ("the Herts commissioner is through with G4S permanently, yes?", "No"),
        # The claim itself denies the party was dropped for good.
        ("So Lloyd only dropped this contract, not G4S for good?", "Yes"),
    ],
)
def test_a_party_dropped_for_good_is_judged_on_what_comes_next(fb: FactBase, claim: str, verdict: str) -> None:
    # The deal ended; whether G4S is out for good is told by the story's
    # records on what next, which still name G4S un-negated.
    title, body, sources = _ask(fb, claim)
    assert title.startswith(verdict + ":")
    assert "did not rule out using G4S" in body
    assert set(sources) == {"herts-g4s-article"}


def test_dropping_something_else_for_good_is_no_claim_on_the_party(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "was Lloyd done with privatisation for good?")
    assert title.startswith("No")
    assert "press ahead" in body


def test_words_for_whom_a_record_is_about_need_not_be_in_its_text(fb: FactBase) -> None:
    # "the hertfordshire commissioner" is David Lloyd, whom the record names: it bears the claim out.
    title, body, _ = _ask(
        fb, "the hertfordshire commissioner ended the negotiations over the back office deal, correct?"
    )
    assert title.startswith("Yes:")
    assert "discontinued" in body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The cause the story's reason records give.
        ("Herts binned the G4S deal because the framework contract wasn't suitable for them?", "Yes"),
        # Negated against them.
        ("Herts binned the G4S deal because the framework contract was suitable for them?", "No"),
        # A cause the story never tells of: the reasons it does give fill the slot.
        ("the Herts forces ditched G4S because of a bribery scandal?", "No"),
        # Told in the story, but not as the reason.
        ("Hertfordshire dropped the G4S deal due to the London Olympics?", "Not quite"),
    ],
)
def test_the_cause_of_a_deal_ending_is_the_reason_slot(fb: FactBase, claim: str, verdict: str) -> None:
    title, body, sources = _ask(fb, claim)
    assert title.startswith(verdict + ":")
    assert "did not suit the unique position" in body
    assert set(sources) == {"herts-g4s-article"}


def test_a_cause_from_the_other_story_is_not_denied_by_this_one(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "the Leicestershire lot dumped G4S because of the Olympics?")
    assert answer.status is Status.NOT_FOUND


def test_what_one_storys_forces_weighed_of_the_others_deal_is_declined(fb: FactBase) -> None:
    # No force is claimed to be one of the Herts deal's: what the East
    # Midlands forces thought of its contract, the articles never say.
    q = "did the Leicestershire and Notts forces explore the framework contract Herts was going to use?"
    assert run_command(fb, "ask", q).status is Status.NOT_FOUND
    # Claimed to be among its forces, they are corrected.
    title, body, _ = _ask(fb, "were Leicestershire and Notts among the forces in the Herts deal?")
    assert title.startswith("No")
    assert "Cambridgeshire" in title
    assert "Leicestershire is in the other story" in body


def test_a_force_being_in_its_deal_is_no_yes_to_the_rest_of_the_claim(fb: FactBase) -> None:
    # Beds was in the deal, but the claim is about its services...
    title, body, _ = _ask(fb, "Finance was one of the back-office services in the Beds plan, correct?")
    assert title.startswith("Yes:")
    assert "procurement" in title
    # ...or when the decision was made, which the deal's records correct.
    title, body, _ = _ask(fb, "the Cambs forces chose to privatise their back office this year, didn't they?")
    assert title.startswith("No")
    assert "last year" in body


def test_having_joined_a_deal_is_membership_but_joining_later_is_untold(fb: FactBase) -> None:
    # The asker's own doubt ("or have i got that wrong") decides nothing.
    title, body, _ = _ask(fb, "did Surrey join the Cambs back-office plan or have i got that wrong?")
    assert title.startswith("No")
    assert "Bedfordshire" in title
    assert "Surrey is in neither article" in body
    assert run_command(fb, "ask", "will Staffordshire be joining the strategic alliance?").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("so the Cambs back-office plan is dead now, yeah?", "Yes"),
        ("the east mids 999 deal is still going ahead, right?", "No"),
    ],
)
def test_a_claim_that_a_deal_is_off_is_its_status(fb: FactBase, claim: str, verdict: str) -> None:
    title, _, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":")


def test_going_through_somebody_is_the_way_a_deal_went_not_its_status(fb: FactBase) -> None:
    title, _, _ = _ask(fb, "so the Beds deal was going through Lincolnshire Police, yeah?")
    assert title.startswith("Yes")
    assert "Lincolnshire Police" in title


@pytest.mark.parametrize(
    ("claim", "quoted"),
    [
        # Their words meet the claim's word only through its opposite: no, with those words.
        ("Unison said they were gutted about the decision, right?", "good news"),
        ("G4S told reporters the forces were thrilled with its work, yes?", "disappointed"),
    ],
)
def test_words_put_in_a_mouth_that_said_the_opposite_are_denied(fb: FactBase, claim: str, quoted: str) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith("No:")
    assert quoted in body


def test_words_put_in_a_mouth_are_borne_out_by_synonyms_of_every_word(fb: FactBase) -> None:
    # "free up cash" is "release money": each word of the claim in the quote, in its own or like words.
    title, body, _ = _ask(fb, "did the G4S spokesman say the firm could free up cash for front-line policing?")
    assert title.startswith("Yes:")
    assert "release money" in body


def test_a_clipped_service_name_is_the_service_and_to_be_outsourced_is_the_plan(fb: FactBase) -> None:
    # "comms" clips "communications"; "to be outsourced" is what was planned, not whether it happened;
    # the deal is the one whose services the claim names.
    title, body, sources = _ask(fb, "was corporate comms one of the functions to be outsourced?")
    assert title.startswith("Yes:")
    assert "corporate communications" in title
    assert "back-office functions" in body
    assert set(sources) == {"herts-g4s-article"}


def test_a_cause_put_as_the_reason_for_an_end_is_the_reason_slot(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "was a bribery scandal the real reason behind Herts dumping G4S?")
    assert title.startswith("No:")
    assert "did not suit" in body


def test_a_cause_put_to_both_stories_is_put_to_each_on_its_own_reasons(fb: FactBase) -> None:
    title, body, sources = _ask(fb, "In each case was the Olympics fiasco the reason for ditching G4S?")
    assert title.startswith("No:")
    # Each story's own reasons: the East Midlands commissioner's, and Lloyd's.
    assert "own destiny" in body and "did not suit" in body
    assert set(sources) == {"herts-g4s-article", "east-midlands-g4s-article"}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Their words put it after ("once the evidence was received"): before is the other order, a no.
        ("Lloyd stated that he would reach his decision before the evidence was assessed, yes?", "No"),
        ("Lloyd stated he would reach a decision prior to assessing the evidence?", "No"),
        # "after" is the order "once" gives: borne out; so is the same order turned round.
        ("Lloyd stated that he would reach his decision after the evidence was received and assessed?", "Yes"),
        ("Lloyd stated he would receive and assess the evidence before making a decision?", "Yes"),
        # An order by something his words never put it against: not borne out.
        ("Lloyd stated he would make a decision after the Olympics?", "Not quite"),
    ],
)
def test_an_order_in_time_put_in_a_mouth_must_be_the_one_their_words_give(
    fb: FactBase, claim: str, verdict: str
) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":"), title
    assert "once the evidence was received" in body


@pytest.mark.parametrize(
    "claim",
    [
        "the Bedfordshire deal fell through due to the price tag?",
        "the Northamptonshire plan was scrapped because of how much it would cost, yes?",
    ],
)
def test_an_amount_given_as_a_cause_of_an_end_is_held_to_the_reasons(fb: FactBase, claim: str) -> None:
    # A cost given as the cause ("due to the price") is a cause, not a request for a figure:
    # the story gives other reasons, which the answer names.
    title, body, _ = _ask(fb, claim)
    assert title.startswith("No: the reasons given"), title
    assert "reasons given" in body


@pytest.mark.parametrize(
    ("claim", "verdict", "shown"),
    [
        # Their own welcome ("good news") bears out gladness; their regret denies it.
        ("the union was glad of the outcome, wasn't it?", "Yes", "good news"),
        ("was G4S delighted with how it turned out?", "No", "disappointed"),
        # Regret claimed of a party that welcomed it: no, with their welcome.
        ("Unison were gutted by that outcome, right?", "No", "good news"),
    ],
)
def test_how_a_party_took_the_outcome_is_their_own_reaction(fb: FactBase, claim: str, verdict: str, shown: str) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":"), title
    assert shown in body


def test_a_reaction_is_not_lent_to_the_other_story(fb: FactBase) -> None:
    # The union reacted to the East Midlands decision only; of Bedfordshire's it says nothing.
    title, _, _ = _ask(fb, "the union was glad about the Bedfordshire outcome, wasn't it?")
    assert not title.startswith("Yes")


@pytest.mark.parametrize(
    ("claim", "verdict", "named"),
    [
        # The forces a place is put in a deal with say which deal; whether it is one of its own is the claim.
        ("was Cambridgeshire part of the back-office plan with Bedfordshire?", "Yes", "Hertfordshire"),
        ("Derbyshire was in the control room deal with Leicestershire, yes?", "No", "Northamptonshire"),
        ("was Bedfordshire in the deal with Nottinghamshire?", "No", "other story"),
    ],
)
def test_the_forces_a_place_is_put_in_a_deal_with_name_the_deal(
    fb: FactBase, claim: str, verdict: str, named: str
) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":"), title
    assert named in title + body


@pytest.mark.parametrize(
    ("claim", "outsider"),
    [
        # Whoever an alliance is said to be formed with is claimed to be in it.
        ("Nottinghamshire set up a strategic alliance with G4S, didn't it?", "G4S"),
        ("Leicestershire is creating a strategic alliance with Unison, yes?", "Unison"),
    ],
)
def test_who_a_body_is_formed_with_is_put_in_it(fb: FactBase, claim: str, outsider: str) -> None:
    title, body, _ = _ask(fb, claim)
    assert title.startswith("No:"), title
    assert "Northamptonshire" in title
    assert f"{outsider} is not one of them" in body


def test_a_contract_put_with_the_wrong_forces_is_corrected_with_its_own_deal(fb: FactBase) -> None:
    title, body, _ = _ask(
        fb, "is the framework contract through Lincolnshire Police the one the Northamptonshire force refused?"
    )
    assert title.startswith("No:"), title
    assert "route of the **Hertfordshire, Cambridgeshire and Bedfordshire back-office deal**" in body


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # What went through is named before "through", with no force as its subject.
        ("did the deal g4s offered cambridgeshire go via lincolnshire police?", "Yes"),
        ("the G4S contract beds and cambs were weighing up ran through Essex Police, yeah?", "No"),
    ],
)
def test_a_claim_of_what_something_went_through_is_split_at_through(fb: FactBase, question: str, verdict: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict + ":")
    assert "Lincolnshire Police" in answer.title


def test_a_wrong_time_in_a_yes_no_claim_is_corrected_not_declined(fb: FactBase) -> None:
    # A month the articles never use is the claim's detail, checked against the record's own time.
    answer = run_command(fb, "ask", "did the east mids forces announce the g4s study on 3 october")
    assert answer.title.startswith("No:")
    assert "3 November" in answer.body


def test_a_deal_fact_put_in_a_mouth_is_checked_as_the_fact(fb: FactBase) -> None:
    # What the contract went through is the deal's own slot: another force there is wrong, whoever is said to say it.
    answer = run_command(
        fb, "ask", "Lloyd said the framework contract through Cambridgeshire Police did not suit the three forces"
    )
    assert answer.title.startswith("No:")
    assert "Lincolnshire Police" in answer.title


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # What the articles call somebody is who they say they are: the name after a verb of naming.
        ("does the piece refer to hanrahan as a unison branch secretary?", "Yes"),
        ("does the article call shaw a councillor?", "No"),
    ],
)
def test_what_the_articles_call_somebody_is_checked_as_who_they_are(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A councillor is no commissioner: only Lloyd's own names ("Councillor
        # Lloyd", "Cllr Lloyd") call him one; Loader is never called so.
        ("Does the article call Loader a councillor?", "No"),
        ("Is it right to style Loader as Councillor?", "No"),
        ("Is Loader described as a councillor?", "No"),
        ("Does the article call Lloyd a councillor?", "Yes"),
        ("is lloyd a cllr?", "Yes"),
    ],
)
def test_another_office_is_no_synonym_of_a_title(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Who gave the reason says which story it is asked of.
        ("was the unique position of the three forces the reason lloyd cited for scrapping the deal?", "Yes"),
        # "did not suit the unique position": the verb is negated, not its object.
        ("did herts drop g4s because of the unique position of the three forces?", "Yes"),
    ],
)
def test_a_reason_is_checked_against_the_reasons_given(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The quote is "not to progress any further work"; the fact reporting it says
        # "take no further G4S work forward": either wording bears the claim out, or denies it.
        (
            "the northants police spokesman said g4s won't be taking more work forward across the three forces, yeah?",
            "Yes",
        ),
        ("so the northamptonshire spokesman said they would take G4S work forward across the three forces?", "No"),
    ],
)
def test_a_quote_reported_in_other_words_settles_what_is_put_in_the_mouth(
    fb: FactBase, claim: str, verdict: str
) -> None:
    assert run_command(fb, "ask", claim).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Weighing a deal up frames what it was to cover: its services settle the claim.
        ("were the herts forces considering outsourcing HR to g4s?", "Yes"),
        ("the leicestershire/notts/northants forces were looking at handing HR and finance to G4S, right?", "No"),
    ],
)
def test_services_a_deal_was_weighing_up_are_its_services(fb: FactBase, claim: str, verdict: str) -> None:
    assert run_command(fb, "ask", claim).title.startswith(verdict + ":")


def test_the_articles_own_words_put_in_a_mouth_are_not_theirs(fb: FactBase) -> None:
    # Soldiers brought in for the Olympics is the Herts article's narrative: nobody is quoted saying it.
    answer = run_command(fb, "ask", "unison said soldiers had to be brought in for the olympics, right?")
    # Not a denial: that the articles quote no such words is not that Unison never said them.
    assert answer.title == "Not quite: not in Unison's words"
    assert "not quoting Unison" in answer.body


@pytest.mark.parametrize(
    "claim",
    [
        "the northants spokesman said the three forces decided not to go ahead with a deal, right?",
        "lloyd said g4s failed to deliver, right?",
        "lloyd said the three forces decided to privatise back-office functions together, right?",
    ],
)
def test_words_the_speaker_said_on_the_same_thing_are_shown_not_denied(fb: FactBase, claim: str) -> None:
    # Their own words near the claim ("a decision was made not to progress any
    # further work") may say it in others: shown as theirs, never a "No".
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith("Not quite: what "), answer.title


def test_a_verb_of_calling_puts_words_in_a_mouth(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "shaw described g4s as disappointed that no deal had been agreed, right?")
    assert answer.title.startswith("Yes: what John Shaw said")


@pytest.mark.parametrize(
    "claim",
    [
        "herts called off the g4s deal, right?",
        "g4s was called in to do a feasibility study, right?",
        "herts called off negotiations with g4s?",
        "northants called g4s in for a feasibility study, right?",
    ],
)
def test_a_phrasal_verb_of_calling_puts_no_words_in_a_mouth(fb: FactBase, claim: str) -> None:
    # "called off", "called in": a deed, not a name somebody gave; nobody else "said it".
    answer = run_command(fb, "ask", claim)
    assert "said it" not in answer.title, answer.title
    assert not answer.title.startswith("No:"), answer.title


@pytest.mark.parametrize(
    "claim",
    [
        "is herts still considering handing hr to g4s?",
        "are the herts forces currently looking at outsourcing finance to g4s?",
        "herts is still looking at handing HR to G4S, right?",
        "does herts consider outsourcing hr to g4s now?",
    ],
)
def test_weighing_a_deal_up_now_is_not_what_it_was_to_cover(fb: FactBase, claim: str) -> None:
    # Put in the present, weighing up asks whether it is still under way: the deal was abandoned.
    assert not run_command(fb, "ask", claim).title.startswith("Yes"), claim


@pytest.mark.parametrize(
    "claim",
    [
        "Did Loader say the alliance was not a merger?",
        "Loader said the alliance is not a merger, right?",
        "Did Sir Clive Loader say each force will retain its own identity?",
    ],
)
def test_a_joint_statement_is_each_office_holders_words(fb: FactBase, claim: str) -> None:
    # "A joint statement from the three forces' police and crime
    # commissioners": the Leicestershire PCC is one of them, so it is no
    # "It was the three PCCs, not Loader"; the words stay theirs jointly.
    title, body, _ = _ask(fb, claim)
    assert title.startswith("Yes:") and "police and crime commissioners" in title
    assert body.startswith("Said jointly by")


def test_a_joint_statement_is_not_everyones_words(fb: FactBase) -> None:
    title, _, _ = _ask(fb, "Did Hanrahan say the alliance was not a merger?")
    assert title.startswith("No:")


def test_a_claim_heard_with_the_writer_left_out_is_checked(fb: FactBase) -> None:
    title, _, _ = _ask(fb, "Heard from a neighbour that Unison welcomed the decision. Could you confirm that?")
    assert title.startswith("Yes:")


@pytest.mark.parametrize(
    "claim",
    ["Copy says the herts decision was made last night.", "The herts decision was made last night, right?"],
)
def test_a_time_given_by_a_record_near_the_claim_is_not_denied_by_another(fb: FactBase, claim: str) -> None:
    # Lloyd confirmed the end of the talks last night; that the forces
    # decided to privatise last year does not make "last night" wrong.
    title, body, _ = _ask(fb, claim)
    assert not title.startswith("No:") and "not “last night”" not in body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The forces announced the feasibility study in November, right?", "Yes"),
        ("The feasibility study was announced on 4 November, correct?", "No"),
        ("The forces announced the feasibility study in December, right?", "No"),
    ],
)
def test_a_coarser_time_the_records_falls_within_agrees(fb: FactBase, claim: str, verdict: str) -> None:
    assert _ask(fb, claim)[0].startswith(verdict + ":")


@pytest.mark.parametrize(
    "claim",
    [
        "Lloyd said the Nottinghamshire framework contract was not suitable, right?",
        "Did Lloyd say the Nottinghamshire contract was unsuitable?",
        "Did Shaw say G4S could help forces like Herts keep officers on the beat?",
    ],
)
def test_a_force_of_the_other_story_is_in_none_of_their_words(fb: FactBase, claim: str) -> None:
    # Lloyd's words name Lincolnshire Police; Nottinghamshire is only in the
    # other story, so words naming it are not his: No, not Yes from the rest.
    title, body, _ = _ask(fb, claim)
    assert title.startswith("No:") and "Their words name no" in body


def test_a_force_of_their_own_story_is_still_borne_out(fb: FactBase) -> None:
    assert _ask(fb, "Did Lloyd say the Lincolnshire contract was unsuitable?")[0].startswith("Yes:")


def test_a_claim_a_record_wholly_covers_with_nothing_against_it_is_confirmed(fb: FactBase) -> None:
    # "speaks of" is how the claim frames the statement, not a word the record
    # must repeat: with nothing in the record against the claim, no "Not quite".
    answer = run_command(
        fb, "ask", "our intro says the commissioners' joint statement speaks of maximising efficiencies, ok?"
    )
    assert answer.title.startswith("Yes")
    # A claim the record does deny is still corrected.
    assert run_command(fb, "ask", "the east mids forces said they will outsource later, right?").title.startswith("No")


def test_a_claim_typed_without_apostrophes_is_checked_as_with_them(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "did the three forces say theyd identified an urgent need to explore options")
    assert answer.title.startswith("Yes")


def test_thinking_about_a_thing_is_considering_it_not_words_put_in_a_mouth(fb: FactBase) -> None:
    # Not "No: <the other story's spokesman> said it": nothing was put in anybody's mouth.
    answer = run_command(fb, "ask", "did herts think about doing what leicestershire did?")
    assert not answer.title.startswith("No:")
    assert len(answer.citations) <= 1


def test_an_office_written_with_a_place_abbreviation_is_its_holder(fb: FactBase) -> None:
    # "Herts" for Hertfordshire in the full title: still David Lloyd, not the force.
    answer = run_command(
        fb, "ask", "Did the Herts Police and Crime Commissioner say he was already talking to other providers?"
    )
    assert answer.title.startswith("Yes")


def test_words_that_bear_a_claim_out_come_before_words_that_cover_it_by_an_opposite(fb: FactBase) -> None:
    # "will continue to talk" covers "discontinued" only as its opposite; his
    # confirmation that the negotiations were discontinued bears the claim out.
    answer = run_command(fb, "ask", "did David Lloyd say the G4S talks had been discontinued?")
    assert answer.title.startswith("Yes")


@pytest.mark.parametrize(
    ("claim", "person", "given"),
    [
        ("cambridgeshire commissioner david lloyd pulled the plug on G4S, yeah?", "David Lloyd", "Cambridgeshire"),
        ("so G4S chief David Lloyd called the contract unsuitable?", "David Lloyd", "G4S"),
        ("Sir Clive Loader, the Nottinghamshire PCC, said they'd rather be masters of their own destiny", "Loader", ""),
        ("John Shaw of Unison was disappointed, right?", "John Shaw", "Unison"),
    ],
)
def test_an_office_given_in_passing_is_checked_against_the_graph(
    fb: FactBase, claim: str, person: str, given: str
) -> None:
    title, body = _ask(fb, claim)[:2]
    assert title.startswith(("Not quite:", "No:")) and person in title
    assert given in body


@pytest.mark.parametrize(
    "claim",
    [
        "herts commissioner david lloyd pulled the plug on G4S, yeah?",
        "Leicestershire PCC Sir Clive Loader said they'd rather be masters of their own destiny",
    ],
)
def test_their_own_office_given_in_passing_leaves_the_claim_to_the_records(fb: FactBase, claim: str) -> None:
    title = _ask(fb, claim)[0]
    assert title.startswith("Yes:")
    assert title.count("Loader") <= 1  # one speaker named twice is named once


def test_an_office_given_in_passing_in_a_status_question_is_checked(fb: FactBase) -> None:
    # Asked as "is ... over?", the office still is not what is asked: it is checked first.
    title = _ask(fb, "so Unison boss David Lloyd says the G4S deal is over?")[0]
    assert title.startswith("Not quite:") and "Hertfordshire" in title
    # Asked only who somebody is, the identity check answers: a plain No.
    assert _ask(fb, "is Sir Clive Loader the Northamptonshire PCC?")[0].startswith("No:")


def test_a_fact_with_no_article_sentence_reports_no_quote(fb: FactBase) -> None:
    # An empty basis is inside every quote's words; it must not make a fact "quoting".
    qi = fb.questions
    fact = qi.items["em-unison-welcomes"]
    bare = Item(fact.id, fact.kind, fact.deals, fact.topics, fact.about, fact.when, ("forc", "alli"))
    assert not _quoting(Ask(fb, qi, ""), bare)


def test_what_somebody_is_gonna_do_is_no_claim_on_who_they_are(fb: FactBase) -> None:
    # "Lloyd's still gonna ..." says what he will do; his office is not in question.
    answer = run_command(fb, "ask", "Lloyd's still gonna chat with other market providers, yeah?")
    assert answer.title.startswith("Yes: Hertfordshire")
    assert "market providers" in answer.body


def test_a_service_getting_outsourced_is_one_the_plan_covered(fb: FactBase) -> None:
    # Under way when the articles speak ("getting outsourced"): the plan's services answer, not the outcome.
    answer = run_command(fb, "ask", "so ICT was one of the bits getting outsourced?")
    assert answer.title.startswith("Yes: the Hertfordshire")  # the services check's own title
    assert "ICT" in answer.title


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The article's own words, quoted exactly: asked whether they are the wording, yes.
        ("Shaw said 'we can help police forces unlock resources' - are those his exact words?", "Yes"),
        # The same sense in other words: put in quote marks, not the quotation.
        ("Shaw said 'we can help forces free up cash' - is that the quote?", "Not quite"),
        ("did Sir Clive say 'we would like to be in charge of our own future'?", "Not quite"),
        # A contraction typed either way is the same wording.
        ("did Sir Clive say 'we would prefer to be the masters of our own destiny'?", "Yes"),
    ],
)
def test_words_put_in_quote_marks_are_judged_as_wording(fb: FactBase, message: str, verdict: str) -> None:
    title, body, _ = _ask(fb, message)
    assert title.startswith(verdict + ":"), title
    # The real wording is shown whatever the verdict.
    assert "masters of our own destiny" in body or "unlock resources" in body


def test_quote_marks_hold_words_with_apostrophes() -> None:
    from commands.ask.forms.confirm import _quoted_words

    found = _quoted_words("he said 'we'd go it alone' then left")
    assert found == [("we", "would", "go", "it", "alon")]  # the clitic "d" stands for "would"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # What was only decided is no deed done: the deal collapsed.
        ("ok so corporate communications ended up privatised then?", "Not quite"),
        # A claim of the decision itself is borne out by it.
        ("the herts forces had decided to privatise corporate communications, yeah?", "Yes"),
    ],
)
def test_a_plan_does_not_bear_out_a_deed(fb: FactBase, claim: str, verdict: str) -> None:
    title, _, _ = _ask(fb, claim)
    assert title.startswith(verdict + ":"), title


@pytest.mark.parametrize(
    "claim",
    [
        "Hertfordshire never went ahead with G4S in the end, yeah?",
        "the three east midlands forces decided not to go ahead, correct?",
        "so the east mids lot never went ahead?",
    ],
)
def test_a_negated_going_ahead_is_borne_out_by_the_deal_being_off(fb: FactBase, claim: str) -> None:
    title, _, _ = _ask(fb, claim)
    assert title.startswith("Yes:"), title


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # Checked against the record the claim is about, whatever check answers: its article words.
        ("the commissioners said the alliance means 'each force keeps its own identity', exact?", "Not quite"),
        ("the joint statement said 'each force will retain its own identity' - verbatim?", "Yes"),
    ],
)
def test_a_claim_closing_with_quoted_words_is_held_to_the_article_words(
    fb: FactBase, message: str, verdict: str
) -> None:
    title, body, _ = _ask(fb, message)
    assert title.startswith(verdict + ":"), title
    assert "retain its own identity" in body


def test_whom_a_deal_was_with_is_not_whether_it_came_off(fb: FactBase) -> None:
    # "Outsourcing" only says which deal; the deal ended, but it was with G4S all the same.
    title, body, _ = _ask(fb, "that hertfordshire privatisation scheme - it was with G4S, yes?")
    assert title.startswith("Yes:"), title
    assert "G4S" in body


def test_a_word_of_wording_ends_a_claim_only_after_words_in_quote_marks(fb: FactBase) -> None:
    from commands.ask.forms.confirm import _quotation_claimed
    from knowledge.analysis import words

    def claim_of(message: str) -> list[str]:
        return _quotation_claimed(Ask(fb, fb.questions, message), words(message))[0]

    # With no quotation before it, "accurate" is what is claimed, not a check asked.
    assert claim_of("lloyd said the evidence was accurate")[-1] == "accurate"
    assert claim_of("lloyd said 'we will now move forward' exact") == "lloyd said we will now move forward".split()


def test_to_before_a_name_says_where_not_what_for(fb: FactBase) -> None:
    # "To G4S" names where the work would go (the name is a mention), no purpose
    # given: the claim is checked as a deed, not as a reason.
    title = _ask(fb, "the east mids forces looked at moving 999 call handling to G4S, right?")[0]
    assert title.startswith("Yes: East Midlands") and "reason" not in title


@pytest.mark.parametrize(
    ("question", "title", "line"),
    [
        # "The masters of our own destiny": a dropped "the" leaves the words nearly his own.
        (
            'Loader said "we would prefer to be masters of our own destiny", didn\'t he?',
            "Yes: what Sir Clive Loader said",
            "Nearly word for word",
        ),
        # Any other word changed ("their" for "our") is still not his wording.
        (
            'Loader said "we would prefer to be the masters of their own destiny", didn\'t he?',
            "Not quite: what Sir Clive Loader said",
            "Not in those words",
        ),
    ],
)
def test_an_article_dropped_from_a_quotation_leaves_it_nearly_word_for_word(
    fb: FactBase, question: str, title: str, line: str
) -> None:
    got_title, body, _ = _ask(fb, question)
    assert got_title == title
    assert body.startswith(line)


@pytest.mark.parametrize(
    ("claim", "verdict", "speaker"),
    [
        # A line given to somebody by a copula ("was", "came from") says they said it.
        ("the 'good news for our members' bit came from G4S, yeah?", "No", "Unison"),
        ("was the 'masters of our own destiny' comment by the Northants PCC?", "No", "Sir Clive Loader"),
        ("the remark about being masters of their own destiny is Loader's, correct?", "Yes", "Sir Clive Loader"),
    ],
)
def test_a_line_given_to_somebody_is_checked_as_their_words(
    fb: FactBase, claim: str, verdict: str, speaker: str
) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith(verdict + ":"), answer.title
    assert speaker in answer.body


def test_a_cleft_cause_is_checked_against_the_reasons_given(fb: FactBase) -> None:
    # "it was X that made him..." gives X as the cause of what he did; the story gives another.
    claim = "so the Herts commissioner conceded it was the Olympics that forced him to end the talks?"
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith(("No:", "Not quite:")), answer.title
    assert "unique position" in answer.body


@pytest.mark.parametrize(
    "claim",
    [
        "Hertfordshire is signing with G4S via the Lincolnshire framework after all?",
        "so Hertfordshire agreed the G4S deal through Lincolnshire Police in the end, right?",
    ],
)
def test_the_right_channel_does_not_make_a_deal_that_ended_come_off(fb: FactBase, claim: str) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith("No:"), answer.title
    assert "discontinued" in answer.body


def test_the_channel_of_a_deal_that_was_only_planned_is_still_borne_out(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Herts was going to sign up with G4S via Lincolnshire Police, right?")
    assert answer.title.startswith("Yes:"), answer.title


def test_a_cause_the_articles_never_mention_asked_as_in_them_is_declined(fb: FactBase) -> None:
    # Asked whether the articles tell of it, a cause they never mention is not theirs to deny.
    rumour = "someone reckons Herts dropped G4S because of a pension row - is that in the article?"
    answer = run_command(fb, "ask", rumour)
    assert answer.status is Status.NOT_FOUND
    assert "pension" in answer.body and "unique position" in answer.body


def test_asked_whether_a_deal_is_still_on_its_services_do_not_answer(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "is the idea of G4S handling the East Midlands 999 rooms still alive?")
    assert answer.title.startswith("No:"), answer.title


def test_paraphrases_of_many_quotes_are_each_quotes_own(fb: FactBase) -> None:
    """The facts reporting each of a speaker's quotes, found for all of them
    at once, are those found for each alone, in the same order."""
    from commands.ask.forms.confirm import _paraphrases, _paraphrases_of

    ask = Ask(fb, fb.questions, "")
    quotes = list(fb.questions.items_of(sorted(fb.quotes)).values())
    found = _paraphrases_of(ask, quotes)
    assert found == {q.id: _paraphrases(ask, q) for q in quotes}
    assert any(found.values())


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "are going to" claims the deed, which never came: the deal ended.
        ("Cambs are going to sign up to G4S via the Lincs framework after all?", "No:"),
        # "were going to" claims the plan, which there was (one shared PLANNED reads both).
        ("Cambs were going to sign up to G4S via the Lincs framework?", "Yes:"),
    ],
)
def test_a_deed_to_come_is_a_deed_and_a_past_intention_a_plan(fb: FactBase, claim: str, verdict: str) -> None:
    assert run_command(fb, "ask", claim).title.startswith(verdict)


def test_a_claim_putting_things_in_the_other_order_in_time_is_denied(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "so Lloyd reached his decision before the evidence had been assessed?")
    assert answer.title.startswith("No:")


def test_a_year_put_on_what_the_articles_give_no_time_for_is_not_borne_out(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "so the games staffing shambles happened in 2012, yes?")
    assert answer.status is Status.NOT_FOUND
    assert "no time" in answer.body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Unison is a charity, correct?", "No: Unison is a union"),
        ("is Northamptonshire Police a business?", "No:"),
        ("is G4S a firm?", "Yes: G4S is a security firm"),
        ("is G4S a council or a firm?", "A firm: G4S"),
    ],
)
def test_what_kind_of_thing_a_body_is_comes_from_its_own_record(fb: FactBase, claim: str, verdict: str) -> None:
    assert run_command(fb, "ask", claim).title.startswith(verdict)


def test_a_kind_qualified_beyond_the_record_is_not_borne_out(fb: FactBase) -> None:
    # "American" is more than "security firm" says: neither a yes nor a no.
    assert not run_command(fb, "ask", "is G4S an American firm?").title.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Some of the deal's forces named as all of them: the rest are missing.
        ("was it only Beds and Cambs that were in the G4S back-office deal?", "Not quite: all three"),
        # A count below the deal's: all three did what the deal did.
        ("did just two of the East Midlands forces turn G4S down?", "No: all three"),
        # The whole set, restricted: borne out.
        ("was it only Leicestershire, Nottinghamshire and Northamptonshire that said no to G4S?", "Yes: all three"),
    ],
)
def test_a_claim_restricted_to_some_parties_is_put_against_the_whole_set(
    fb: FactBase, claim: str, verdict: str
) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith(verdict), answer.title


def test_a_restriction_on_what_was_not_the_deals_doing_is_not_a_set_of_its_forces(fb: FactBase) -> None:
    # Officers drafted in for the Olympics were not the deal's doing: no count of its forces answers.
    answer = run_command(fb, "ask", "was it only Herts officers that had to cover the Olympics?")
    assert "all three" not in answer.title


def test_a_persons_past_the_articles_never_give_is_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Sir Clive was a pilot once, right?")
    assert answer.status is Status.NOT_FOUND


def test_who_calls_somebody_a_name_is_no_role_claimed(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "is Lloyd a councillor? our subs keep calling him Cllr")
    assert answer.title.startswith("Yes:"), answer.title


def test_a_service_of_the_other_deal_denies_a_claim_whatever_else_it_lists(fb: FactBase) -> None:
    # "catering" is no word of the articles; HR is the other deal's: no.
    answer = run_command(fb, "ask", "the 999 deal covered HR and catering, yeah?")
    assert answer.title.startswith("No:"), answer.title
    assert "HR is in the other story" in answer.body
