"""Verdicts from a record's own words (commands/ask/verdict.py): a claim and
a record agree when both negate what they share or neither does, wherever
the negator stands; "failed to" negates as "did not" does; the time frame a
claim is put in decides nothing."""

from __future__ import annotations

import pytest

from commands import run_command
from knowledge import FactBase


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
