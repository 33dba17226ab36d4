"""Yes or no: verdicts from a record's own words on what is asked, or a deal's status."""

from __future__ import annotations

import pytest

from commands import Status, run_command
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
        "herts-press-ahead",
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
    # and "bidder" among its keywords; it does not say there were others: its
    # own word "only" says there were none.
    only = qi.items["herts-only-bidder"]
    assert verdict(only, read(qi, "other bidders").predicate) == "no"
    answer = run_command(fb, "ask", "were there any other bidders for the herts work?")
    assert answer.ids[0] == "herts-only-bidder" and answer.title.startswith("No")
    # The article sentence a fact rests on does count: "was not suitable".
    assert verdict(qi.items["herts-reason-framework"], read(qi, "suitable").predicate) == "no"


def test_a_question_s_own_negation_turns_the_verdict_round(fb: FactBase) -> None:
    assert run_command(fb, "ask", "is the alliance a merger?").title.startswith("No:")
    assert run_command(fb, "ask", "did the forces say the alliance isn't a merger").title.startswith("Yes:")
    # A negator opening the question asks the same as without it.
    assert run_command(fb, "ask", "didn't lloyd rule out g4s?").title.startswith("No:")


def test_whether_a_deal_ran_through_a_contract(fb: FactBase) -> None:
    assert run_command(fb, "ask", "was the herts deal through lincolnshire police").title.startswith("Yes:")
    assert run_command(fb, "ask", "was the herts deal run through cambridgeshire").title.startswith("No:")


def test_whether_a_deal_came_off(fb: FactBase) -> None:
    assert run_command(fb, "ask", "did g4s get the east mids contract in the end lol").title.startswith("No:")
    assert run_command(fb, "ask", "so did the east mids lot basically tell G4S to do one? 😂").title.startswith("Yes:")


def test_a_record_saying_the_opposite_answers(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "was g4s happy about it")
    assert answer.title.startswith("No:") and answer.ids[0] in ("em-g4s-disappointed", "shaw-disappointed")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "only" denies any quantity of others: several, multiple, more than one.
        ("were multiple firms seriously considered for the Herts work?", "No"),
        ("was more than one company seriously considered by Herts?", "No"),
        # Everyday words for the articles' own: jointly (collectively).
        ("did Herts, Beds and Cambs decide to privatise jointly?", "Yes"),
    ],
)
def test_everyday_words_for_what_the_records_say(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


def test_the_spotlight_is_scrutiny(fb: FactBase) -> None:
    assert "herts-olympics-scrutiny" in run_command(fb, "ask", "why was the Herts deal in the spotlight?").ids


def test_still_in_the_running_is_answered_by_not_being_ruled_out(fb: FactBase) -> None:
    # "in the running" and "ruled out" exclude each other: the record that
    # G4S was not ruled out for future deals is the one on the question.
    answer = run_command(fb, "ask", "is G4S still in the running for future deals with Herts?")
    assert answer.ids[0] in ("lloyd-not-ruled-out", "herts-g4s-not-ruled-out")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A cause somebody gave is held to the reasons the articles give as theirs.
        ("did Lloyd blame it on the Olympics fiasco?", "No:"),
        ("has Lloyd put the decision down to the framework contract?", "Yes:"),
        ("did Loader attribute it to wanting to be masters of their own destiny?", "Yes:"),
    ],
)
def test_a_cause_somebody_gave_is_read_from_their_reasons(fb: FactBase, question: str, verdict: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict)
    assert "reason" in answer.title


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Asked how sure something is: a record that says it only could be is a no.
        ("is a full alliance guaranteed by 2020?", "No:"),
        ("will the full alliance be in place by 2020 for sure, or is that just a target?", "No:"),
        # A record that says it is so, without a "could", is a yes.
        ("is it certain that the three East Midlands forces will form an alliance?", "Yes:"),
    ],
)
def test_how_sure_a_thing_is_is_read_from_the_records_modal(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # What a deal was about is read from its own name, services and summary.
        ("were both deals about handing over HR?", "No: only the Hertfordshire"),
        ("were both plans about outsourcing police work in some form?", "Yes: in both stories"),
        ("were both deals about operating 999 control rooms?", "No: only the East Midlands"),
    ],
)
def test_what_each_deal_was_about_is_read_from_the_deal(fb: FactBase, question: str, title: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(title)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "did not rule out" states its opposite: the door was left open.
        ("did Lloyd leave the door open to using G4S again?", "Yes:"),
        ("did the Herts commissioner leave the door open to G4S?", "Yes:"),
    ],
)
def test_a_negated_opposite_states_the_word_itself(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "record"),
    [
        # A party's wish is read from its own reaction to the deal not coming
        # off (regret: yes; welcome: no), never from the deal's status.
        ("did G4S want the contract?", "Yes:", "em-g4s-disappointed"),
        ("did Unison want the deal?", "No:", "em-unison-welcomes"),
    ],
)
def test_what_a_party_wanted_is_read_from_its_own_reaction(
    fb: FactBase, question: str, verdict: str, record: str
) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict)
    assert answer.ids[0] == record


def test_whether_a_thing_happened_is_not_told_by_a_record_that_it_could(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "has the full alliance been set up by 2020?")
    assert answer.status is Status.NOT_FOUND
    assert "could be in place by 2020" in answer.body


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("did each deal involve 3 forces?", "Yes: in both stories"),
        ("did both deals have four forces?", "No: in neither"),
    ],
)
def test_a_number_of_forces_claimed_of_each_deal_is_checked_against_its_forces(
    fb: FactBase, question: str, title: str
) -> None:
    assert run_command(fb, "ask", question).title.startswith(title)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Whom a cleft puts in the clause is checked against the record that answers the clause.
        ("was it Capita that the East Mids forces asked to do a feasibility study?", "No:"),
        ("was it the Unison spokesman who called it good news?", "Yes:"),
        ("is it certain that the three East Midlands forces will form an alliance?", "Yes:"),
    ],
)
def test_a_cleft_is_checked_against_who_the_records_say(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict)


def test_a_time_noun_a_year_qualifies_names_the_time_of_what_follows(fb: FactBase) -> None:
    # "the 2020 deadline for the alliance" is the alliance by 2020, which only could be.
    answer = run_command(fb, "ask", "is the 2020 deadline for the full alliance set in stone?")
    assert answer.title.startswith("No:") and "could be in place by 2020" in answer.body


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "separate/individual identity" is the forces' "own identity".
        ("do the forces lose their distinct identity in the alliance?", "No:"),
        ("do the three forces each retain a separate identity?", "Yes:"),
    ],
)
def test_an_identity_by_any_qualifier_is_the_forces_own(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        # A place the articles never name, put beside the forces that did it.
        "Did Staffordshire police consider a G4S control room deal as well?",
        # One force's chief constable, where the articles speak of the chief constables together.
        "Did the Cambridgeshire chief constable advise against the deal?",
    ],
)
def test_an_unsettled_claim_on_somebody_the_record_is_not_about_is_declined(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Was the East Mids scheme about outsourcing the 999 control rooms?", "Yes"),
        ("was the east mids scheme about finance?", "No"),
    ],
)
def test_what_a_deal_was_about_is_not_whether_it_came_off(fb: FactBase, question: str, verdict: str) -> None:
    # The deal fell through, but what it was about is its own name and services.
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict + ":")
    assert "999" in answer.title


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "the herts plan was about back office work and the east mids plan was about 999 control rooms, correct?",
            "Yes",
        ),
        ("the herts deal was about 999 control rooms and the east mids one about HR, right?", "No"),
    ],
)
def test_a_claim_of_two_parts_puts_each_to_its_own_story(fb: FactBase, claim: str, verdict: str) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith(verdict + ":")
    # Each part answered from its own story: both are cited, each under its own verdict.
    assert {c.source_id for c in answer.citations} == {"herts-g4s-article", "east-midlands-g4s-article"}
    assert answer.body.count(f"**{verdict}**") == 2


def test_a_list_of_names_is_not_two_claims(fb: FactBase) -> None:
    answer = run_command(
        fb, "ask", "was the Lincolnshire framework contract what Leicestershire, Notts and Northants rejected?"
    )
    assert "both stories" not in answer.title
    assert "**No**" not in answer.body and "**Yes**" not in answer.body


def test_a_request_to_check_puts_the_statement_before_it_as_the_claim(fb: FactBase) -> None:
    # "is that correct?" asks of the sentence before it, here a claim of two parts.
    answer = run_command(
        fb, "ask", "the Beds one was about HR and the Leics one was about 999 control rooms - is that correct?"
    )
    assert answer.title.startswith("Yes:")
    assert {c.source_id for c in answer.citations} == {"herts-g4s-article", "east-midlands-g4s-article"}


def test_a_record_bearing_out_every_word_in_other_words_is_a_yes(fb: FactBase) -> None:
    # "rule out" is "will not include", "at this stage" is "at this early stage":
    # each word borne out, though the record's own words score below the bar.
    answer = run_command(fb, "ask", "did the 3 forces rule outsourcing out at this stage?")
    assert answer.title.startswith("Yes:")
    assert "not include outsourcing" in answer.body


@pytest.mark.parametrize(
    "claim",
    [
        # A shortfall claimed is "not enough" of it: the record of a failure to provide enough bears it out.
        "did G4S supply too few guards for the Games?",
        "G4S put in insufficient security staff at London 2012, right?",
    ],
)
def test_too_few_is_not_enough(fb: FactBase, claim: str) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith("Yes:"), answer.title
    assert "enough security staff" in answer.body


@pytest.mark.parametrize(
    "claim",
    [
        # "said no" is a refusal in so many words: its "no" negates nothing after it.
        "the Leicestershire force said no to G4S taking over its control rooms, right?",
        "did Northants say no to G4S handling its emergency calls?",
    ],
)
def test_saying_no_to_a_thing_refuses_it_and_negates_nothing_after(fb: FactBase, claim: str) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title.startswith("Yes:"), answer.title
    assert "not to go ahead" in answer.body


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The number says who is meant, checked against each deal's forces; what they did is the claim.
        ("did three forces walk away from G4S in each of the stories?", "Yes: in both stories"),
        ("did five forces walk away from G4S in each of the stories?", "No: in neither story"),
    ],
)
def test_a_number_of_forces_says_who_not_what_happened(fb: FactBase, claim: str, verdict: str) -> None:
    answer = run_command(fb, "ask", claim)
    assert answer.title == verdict
    # Each story is named with its parties, the deal the claim was put to.
    assert answer.body.count("police forces with G4S") == 2


def test_a_verb_of_judging_reports_a_verdict_it_does_not_add_to_it(fb: FactBase) -> None:
    # "deemed unsuitable" is "unsuitable" in somebody's judgement: the record of that judgement settles it.
    answer = run_command(fb, "ask", "was the Lincolnshire framework deemed unsuitable for Beds?")
    assert answer.title.startswith("Yes:"), answer.title
    assert "did not suit" in answer.body


def test_keeping_a_state_asserts_the_state(fb: FactBase) -> None:
    # "kept G4S in the frame" claims G4S is still in the frame: his not ruling out future deals bears it out.
    answer = run_command(fb, "ask", "has Lloyd kept G4S in the frame for later deals?")
    assert answer.title.startswith("Yes:"), answer.title
    assert "future deals" in answer.body


def test_a_claim_the_best_record_leaves_open_is_settled_by_a_close_one_of_its_story(fb: FactBase) -> None:
    # "keep talking to G4S" leaves continuing to privatise open; "press ahead with privatisation plans" settles it.
    answer = run_command(fb, "ask", "does the Hertfordshire commissioner intend to continue privatising?")
    assert answer.title.startswith("Yes:"), answer.title
    assert "press ahead with privatisation plans" in answer.body
    assert [c.source_id for c in answer.citations] == [fb.deals["herts-back-office"].source]


def test_a_claim_put_to_each_story_is_settled_in_each_as_a_yes_no_is(fb: FactBase) -> None:
    # Put to one story, the claim is settled as the yes/no itself would be: by a close record whose words settle it.
    # The other story's record on it settles nothing: yes in the one, the other left open.
    answer = run_command(fb, "ask", "does the commissioner intend to continue privatising in both stories?")
    assert answer.title.startswith("Not quite: yes in the Hertfordshire"), answer.title
    assert "press ahead with privatisation plans" in answer.body


def test_a_synonym_found_inside_a_phrase_of_another_meaning_bears_nothing_out(fb: FactBase) -> None:
    # "keen on" is "looking to"; "looked at handing over" is considering, which said nothing of keenness now.
    answer = run_command(fb, "ask", "are the Leicestershire police still keen on outsourcing?")
    assert not answer.title.startswith("Yes"), answer.title
    answer = run_command(fb, "ask", "which of the two groups of forces is still keen on privatising?")
    assert answer.title == "Only one story: the Hertfordshire, Cambridgeshire and Bedfordshire back-office deal"


@pytest.mark.parametrize(
    "question",
    [
        "did unison call it good news or am i dreaming",
        "did unison welcome the decision, or have i lost the plot?",
    ],
)
def test_the_askers_doubt_about_themselves_decides_nothing(fb: FactBase, question: str) -> None:
    # "or am I dreaming": an alternative about the asker, which no article settles.
    assert run_command(fb, "ask", question).title.startswith("Yes:")


def test_a_claim_whose_core_is_denied_is_denied_whatever_its_unknown_qualifier(fb: FactBase) -> None:
    # "superforce" is a word no article uses; the merger it qualifies is denied.
    answer = run_command(fb, "ask", "is the alliance a merger into one superforce?")
    assert answer.title.startswith("No:")
    assert "not a merger" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        "did capita bid for the herts contract?",  # the unknown is who: the subject
        "did the herts deal involve the prison service?",  # the unknown is what: the deal's nouns only say which
    ],
)
def test_an_unknown_subject_or_object_still_declines(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "will form an alliance": ahead of when the article was written, so not yet so.
        ("is the alliance already formed?", "No"),
        # The future is what was said, and the saying happened.
        ("has lloyd already said he will keep talking to g4s?", "Yes"),
    ],
)
def test_a_claim_that_a_thing_is_so_already_is_denied_by_a_record_that_puts_it_ahead(
    fb: FactBase, question: str, verdict: str
) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Names of the two stories side by side: the claim is put to each, neither to the other's.
        ("did herts and the east mids forces both drop g4s?", "Yes: in both stories"),
        ("herts and the east midlands both turned g4s down, yeah?", "Yes: in both stories"),
        # Leics "will form" an alliance: not done, so that part, and the whole, is unsettled.
        ("did herts and leics both form an alliance?", "The articles don't say"),
    ],
)
def test_subjects_of_two_stories_listed_together_are_each_put_the_claim(
    fb: FactBase, question: str, verdict: str
) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # The claim negates the deed: it holds where the deal did not come off.
        ("did the east mids forces not go with g4s?", "Yes"),
        ("didn't the east mids forces go with g4s?", "No"),  # an opening negator asks the same as without
    ],
)
def test_whether_a_deal_came_off_follows_the_claims_own_negation(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    "question", ["did each of the two deals include three police forces?", "were each of the two plans dropped?"]
)
def test_each_of_the_two_deals_is_asked_of_every_story(fb: FactBase, question: str) -> None:
    # "each of the two deals": the noun for the stories comes a few words after "each".
    assert run_command(fb, "ask", question).title.startswith("Yes: in both stories")


def test_one_and_the_other_are_each_the_deal_their_own_words_name(fb: FactBase) -> None:
    # "one ... the other ...": the parts are of different deals, each named by what it says.
    answer = run_command(fb, "ask", "was one plan about back office services and the other about 999 calls?")
    assert answer.title.startswith("Yes:")


@pytest.mark.parametrize(
    "question",
    [
        "was the study announced before 10 november?",
        "was the study announced after 1 october?",
        "could the alliance be in place by 2025?",
        "could the alliance be in place by 2021?",
        "could the alliance be in place by 2030?",
        "was the g4s feasibility study announced by 30 november?",
        "was the study announced in early october?",
    ],
)
def test_a_time_put_as_a_bound_is_not_denied_by_another_date(fb: FactBase, question: str) -> None:
    # "before 10 November" holds of 3 November: a bound or a stretch is no point a date denies.
    answer = run_command(fb, "ask", question)
    assert not answer.title.startswith(("No", "Yes")), answer.title


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "one ... the other ...": either order, with or without the noun; each part put to each deal.
        ("was one deal about HR and the other about 999 calls?", "Yes"),
        ("was one deal about 999 calls and the other about HR?", "Yes"),
        ("was one about back office and the other about control rooms?", "Yes"),
        ("one deal was about 999 calls and the other one about finance, yeah?", "Yes"),
        # Both parts true of one deal only: neither pairing holds.
        ("was one about HR and the other about finance?", "No"),
    ],
)
def test_one_and_the_other_are_tried_both_ways_round(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    "question",
    [
        "one deal was in herts and the other in the east midlands, right?",
        "one contract was about prisons and the other about HR, right?",
    ],
)
def test_one_and_the_other_unsettled_is_declined(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert not answer.title.startswith(("Yes", "No")), answer.title


@pytest.mark.parametrize("question", ["did each of the two deals involve g4s?", "did both deals involve g4s?"])
def test_a_story_that_leaves_it_open_is_no_denial_of_every_story(fb: FactBase, question: str) -> None:
    # Yes in one story, not settled in the other: said as such, not "No: only the ...".
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("Not quite: yes in the Hertfordshire"), answer.title


@pytest.mark.parametrize(
    "question",
    [
        "herts and the east mids both, yeah?",
        "did herts and the east mids both?",
        "herts and the east midlands lot, both of them?",
    ],
)
def test_names_of_the_stories_alone_claim_nothing(fb: FactBase, question: str) -> None:
    # Nothing is said of them: declined, not "No: in neither story".
    assert run_command(fb, "ask", question).status is Status.NOT_FOUND


def test_who_is_in_each_story_is_still_a_claim_of_each(fb: FactBase) -> None:
    # G4S is in both stories: naming it is a claim on each, not names alone.
    assert run_command(fb, "ask", "were both deals with g4s?").title.startswith("Yes: in both stories")


def test_a_day_the_articles_never_give_is_checked_against_their_date(fb: FactBase) -> None:
    # "4" is a word no record uses: the date is still the claim's time, denied by "3 November".
    answer = run_command(fb, "ask", "was the study announced on 4 november?")
    assert answer.title.startswith("No:")
    assert "3 November" in answer.body


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A weekday is no calendar date: "3 November" neither matches nor denies it.
        ("was the decision announced on monday?", ""),
        # "by 2020" is a bound: 2021 or 2019 is neither said nor ruled out.
        ("could the alliance be in place in 2021?", "Not quite"),
        ("was the alliance going to be in place in 2019?", "Not quite"),
    ],
)
def test_a_time_no_record_can_compare_is_not_denied(fb: FactBase, question: str, verdict: str) -> None:
    title = run_command(fb, "ask", question).title
    assert not title.startswith(("No:", "Yes")), title
    assert title.startswith(verdict)


@pytest.mark.parametrize(
    "question", ["Has the alliance been binned?", "Was the alliance scrapped?", "Did the forces ditch the alliance?"]
)
def test_the_deals_end_is_not_the_end_of_what_was_formed_instead(fb: FactBase, question: str) -> None:
    # The control room deal was rejected; the alliance is what the forces
    # will form instead: the deal's end says nothing of it ending.
    assert not run_command(fb, "ask", question).title.startswith("Yes")


def test_the_deals_end_still_answers_whether_the_deal_was_scrapped(fb: FactBase) -> None:
    assert run_command(fb, "ask", "Was the herts deal scrapped?").title.startswith("Yes:")


def test_what_only_could_come_does_not_answer_whether_it_was_so(fb: FactBase) -> None:
    # "could be in place by 2020" says nothing of whether it was in place.
    assert run_command(fb, "ask", "was the three-force alliance up and running by 2020?").status is Status.NOT_FOUND
    # Asked of what was ahead, the record's own words answer.
    assert run_command(fb, "ask", "was the alliance going to be in place by 2020?").title.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["were the herts talks discontinued?", "did lloyd confirm the talks had ended?"],
)
def test_talks_are_the_negotiations_the_article_speaks_of(fb: FactBase, question: str) -> None:
    assert run_command(fb, "ask", question).title.startswith("Yes")


def test_troops_are_the_soldiers_the_article_speaks_of(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "were troops brought in to cover the olympics?")
    assert answer.title.startswith("Yes")


def test_is_somebody_doing_a_thing_asks_what_they_do_not_who_they_are(fb: FactBase) -> None:
    # Not "No: David Lloyd is the Hertfordshire PCC": what he does is asked.
    assert run_command(fb, "ask", "is David Lloyd still talking with G4S?").title.startswith("Yes")
    # "speaking for" says whose spokesman: who he is.
    assert run_command(fb, "ask", "was shaw speaking for the union?").title.startswith("No: John Shaw")


def test_a_thing_given_up_altogether_is_judged_on_what_comes_next_not_the_deals_end(fb: FactBase) -> None:
    # The deal ended; the plans to outsource did not: he presses ahead with them.
    answer = run_command(fb, "ask", "Did Lloyd abandon outsourcing altogether after G4S?")
    assert answer.title.startswith("No:")
    assert "press ahead" in answer.body


def test_what_would_have_happened_bears_no_claim_out(fb: FactBase) -> None:
    # "a deal which would have seen G4S take over services" (taking over is
    # privatising) says nothing of privatising: it did not happen.
    answer = run_command(fb, "ask", "Has Lloyd abandoned the idea of privatising?")
    assert not answer.title.startswith("Yes")


def test_a_claim_of_both_stories_one_denies_is_no_though_the_other_is_silent(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "Have the forces in both stories abandoned privatisation for good?")
    assert answer.title.startswith("No: not in the Hertfordshire")


@pytest.mark.parametrize(
    "question",
    ["Will the three-force alliance be in place by 2020?", "so the three-force alliance is up and running by 2020?"],
)
def test_what_could_be_by_a_date_is_not_quite_what_will_be(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("Not quite:")
    assert "could be in place by 2020" in answer.body


def test_whether_a_thing_came_about_is_not_told_by_a_record_that_puts_it_ahead(fb: FactBase) -> None:
    # "the union will be looking to meet chief police officers early next year".
    assert run_command(fb, "ask", "Did Hanrahan meet the chief police officers?").status is Status.NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        # "Will instead form", "could be in place by 2020": what will or could
        # be is no deed done; a claim that it was done is not borne out.
        "did the three east midlands forces create their strategic alliance?",
        "Did the East Midlands forces form an alliance?",
    ],
)
def test_what_only_will_be_does_not_bear_out_a_claim_it_was_done(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert not answer.title.startswith("Yes")
    assert "will form a strategic alliance" in answer.body


def test_a_claim_of_what_will_be_is_borne_out_by_the_records_future(fb: FactBase) -> None:
    # The same record bears out the future it states.
    assert run_command(fb, "ask", "are the three forces going to form an alliance?").title.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "chosen"),
    [
        # Each choice a thing of its own: nothing after the second is shared with the first.
        ("was Bedfordshire part of the strategic alliance or the Herts back-office plan?", "Herts back-office plan"),
        ("is Leicestershire in the G4S back-office deal or the East Midlands alliance?", "East Midlands alliance"),
    ],
)
def test_a_choice_between_two_things_of_their_own_puts_each_whole(fb: FactBase, question: str, chosen: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.lower().replace("-", " ").startswith(chosen.lower().replace("-", " ") + ":"), answer.title


def test_a_policy_off_the_table_is_one_ruled_out(fb: FactBase) -> None:
    # Of outsourcing, not of the deal: "will not include outsourcing" bears it out.
    answer = run_command(fb, "ask", "is outsourcing off the table for the three East Midlands forces?")
    assert answer.title.startswith("Yes:"), answer.title
    assert "will not include outsourcing" in answer.body


def test_a_noun_for_a_company_is_no_question_of_certainty(fb: FactBase) -> None:
    # "a firm" names a kind of body; "is the date firm?" asks how sure it is.
    assert run_command(fb, "ask", "is G4S a firm?").title.startswith("Yes:")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Only the Herts deal ran through the framework; the other story names no contract at all.
        ("did both sets of forces mean to use the Lincs framework contract?", "No: only the Hertfordshire"),
        # A deed, not the plan: the Herts deal ended, so not even there.
        ("are both sets of forces signing up through the lincs framework?", "No: not in the Hertfordshire"),
    ],
)
def test_a_contract_put_to_both_stories_is_each_deals_own_channel(fb: FactBase, question: str, verdict: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith(verdict), answer.title


@pytest.mark.parametrize(
    ("question", "sure"),
    [
        ("is G4S the firm behind the Olympics mess?", False),
        ("is G4S a firm or a charity?", False),
        ("is 2020 a firm target for the alliance?", True),
    ],
)
def test_firm_asks_how_sure_only_as_a_describing_word(question: str, sure: bool) -> None:
    from commands.ask.forms import parse
    from commands.ask.forms.yes_no import _SURE

    assert (parse(question).cues == _SURE) is sure
