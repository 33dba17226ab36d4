"""Verdicts from a record's own words (commands/ask/verdict.py): a claim and
a record agree when both negate what they share or neither does, wherever
the negator stands; "failed to" negates as "did not" does; the time frame a
claim is put in decides nothing."""

from __future__ import annotations

import pytest

from commands import run_command
from commands.ask.pipeline import Ask
from commands.ask.verdict import answers_for, claim_verdict, firm_against_possible, reactions_of, took
from knowledge import FactBase
from knowledge.analysis import words


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # The negator on the noun in the claim, on the verb in the record: the same claim.
        ("Was it decided that no additional G4S work would go forward across the three areas?", "Yes"),
        ("Was the forces' message that there would be no G4S outsourcing in the options at this early stage?", "Yes"),
    ],
)
def test_a_claim_and_a_record_agree_in_polarity_whatever_the_wording(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "G4S failed to provide enough security staff": it did not provide them.
        ("Did G4S supply enough security staff for the London Olympics?", "No"),
        ("did G4S fail to deliver enough staff at the London Olympics?", "Yes"),
    ],
)
def test_failing_to_do_a_thing_is_not_doing_it(fb: FactBase, question: str, verdict: str) -> None:
    assert run_command(fb, "ask", question).title.startswith(verdict + ":")


def test_the_time_frame_of_a_claim_decides_nothing(fb: FactBase) -> None:
    # "going forward" is when the claim is put; the record on the talks settles it.
    answer = run_command(fb, "ask", "will Lloyd carry on talking with G4S going forward?")
    assert answer.title.startswith("Yes:")
    assert "G4S" in answer.body


@pytest.mark.parametrize(
    "question",
    [
        # "the deal's collapse" names the event; what is claimed of the plans
        # is dropping them, the opposite of the record's pressing ahead.
        "Did the deal's collapse make Lloyd drop his privatisation plans?",
        "is Lloyd dumping the idea of privatisation?",
    ],
)
def test_giving_a_thing_up_is_the_opposite_of_pressing_ahead_with_it(fb: FactBase, question: str) -> None:
    answer = run_command(fb, "ask", question)
    assert answer.title.startswith("No:")
    assert "press ahead" in answer.body


def test_a_claim_of_only_words_the_verdict_keeps_unchecked_is_not_settled(fb: FactBase) -> None:
    # "keep" and "leave" hold a state; alone they claim nothing the record is
    # checked on, so no record's words settle them, whatever it says.
    from commands.ask.reading import Unit
    from commands.ask.verdict import verdict
    from knowledge.analysis import stem

    qi = fb.questions
    held = tuple(Unit(stem(w), {stem(w): 1.0}, 3.0, word=w) for w in ("kept", "left"))
    item = next(i for i in qi.items.values() if i.kind == "fact")
    assert verdict(item, held, ["did", "they", "keep", "leave"]) == ""


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # A light verb's meaning is its object: negated with it.
        ("lloyd did not make a decision", "decision", True),
        ("they did not reach an agreement", "agreement", True),
        ("lloyd did not take the decision", "decision", True),
        # A verb of its own carries the negation; its object is not denied.
        ("the contract did not suit the unique position of the three forces", "unique", False),
        ("the alliance is not a merger", "merger", True),
    ],
)
def test_the_object_of_a_negated_light_verb_is_negated(text: str, word: str, negated: bool) -> None:
    from commands.ask.verdict import _negated
    from knowledge.analysis import stem, words

    said = tuple(stem(w) for w in words(text))
    assert _negated(said, said.index(stem(word))) is negated


def test_a_reaction_is_read_as_welcome_or_regret(fb: FactBase) -> None:
    items = fb.questions.items
    assert took(items["em-unison-welcomes"]) == (True, False)
    assert took(items["em-g4s-disappointed"]) == (False, True)


def test_a_bodys_reactions_are_its_peoples_too_and_kept_to_the_story_asked(fb: FactBase) -> None:
    qi = fb.questions
    # John Shaw speaks for G4S: the firm's reactions are his.
    assert "em-g4s-disappointed" in reactions_of(fb, qi, ["g4s"])
    assert reactions_of(fb, qi, ["unison"], frozenset({"herts-back-office"})) == []


def test_a_reaction_answers_only_for_whoever_reacted(fb: FactBase) -> None:
    unison_welcome = fb.questions.items["em-unison-welcomes"]
    assert answers_for(["unison"], unison_welcome)
    assert not answers_for(["g4s"], unison_welcome)
    assert answers_for([], unison_welcome)  # nobody named: any record may answer


def test_a_claim_is_judged_by_one_record_the_same_way_whatever_form_put_it(fb: FactBase) -> None:
    qi = fb.questions
    claim = "the firm was sorry that no deal had been agreed"
    reading = Ask(fb, qi, claim).read(claim)
    record = qi.items["em-g4s-disappointed"]
    said, predicate = claim_verdict(fb, qi, record, reading.predicate, asked=words(claim), named=[])
    assert said == "yes"
    assert predicate  # what it turned on: the claim's own words, not who it is about
    denied = "the firm was sorry that a deal had been agreed"
    said, _ = claim_verdict(fb, qi, record, Ask(fb, qi, denied).read(denied).predicate, asked=words(denied), named=[])
    assert said == "no"


@pytest.mark.parametrize(
    ("claim", "firm"),
    [
        ("the alliance is up and running by 2020", True),
        ("the alliance is expected to be up and running by 2020", False),  # hedged as the record is
        ("the alliance might be up and running by 2020", False),
    ],
)
def test_a_possibility_never_bears_out_a_firm_claim(fb: FactBase, claim: str, firm: bool) -> None:
    qi = fb.questions
    record = qi.items["em-alliance-by-2020"]  # "... could be in place by 2020"
    units = Ask(fb, qi, claim).read(claim).units
    assert firm_against_possible(claim, record, units) is firm


def test_what_a_possibility_does_not_govern_is_said_outright(fb: FactBase) -> None:
    # "A full alliance, not a merger, could be in place": "not a merger" is no possibility.
    qi = fb.questions
    claim = "the alliance is not a merger"
    units = Ask(fb, qi, claim).read(claim).units
    assert not firm_against_possible(claim, qi.items["em-alliance-by-2020"], units)


def test_what_was_decided_or_looked_at_is_not_done() -> None:
    from commands.ask.verdict import _intended, claims_intent

    decided = tuple("the thre forc had decid to privatis back offic".split())
    assert _intended(decided, decided.index("privatis"))
    refused = tuple("the thre forc decid not to go ahead".split())
    assert not _intended(refused, refused.index("go"))  # a refusal decided is done by deciding it
    planned = tuple("thre forc plan to hand back offic work to g4s".split())
    assert _intended(planned, planned.index("hand"))
    assert claims_intent(["were", "they", "going", "to", "privatise", "hr"])
    assert not claims_intent(["did", "they", "privatise", "hr"])


def test_an_opposite_said_of_something_else_denies_nothing(fb: FactBase) -> None:
    # "keep spectators and athletes safe" is said of them, not of the officers
    # a claim of losing officers is about: no "no" from the opposite of "lose".
    ask = Ask(fb, fb.questions, "")
    reading = ask.read("herts lost officers to the olympics")
    item = fb.questions.items["herts-olympics-scrutiny"]
    said, _ = claim_verdict(fb, fb.questions, item, reading.predicate, asked=words("herts lost officers"), named=())
    assert said != "no"
    # Near the rest of the claim, the opposite still denies it ("retain its own identity").
    answer = run_command(fb, "ask", "are the three East Midlands forces going to lose their separate identities?")
    assert answer.title.startswith("No:"), answer.title
