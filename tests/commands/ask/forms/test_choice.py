"""Questions that offer their own answers: the option the facts support, the
one they do not (for "which is NOT"), or a decline when none is in the articles."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask.forms.choice import offered
from knowledge import FactBase


@pytest.mark.parametrize(
    ("message", "stem", "options"),
    [
        ("Whose words were 'disappointed'? (a) Lloyd (b) Shaw (c) Hanrahan", "Whose words were 'disappointed'?", 3),
        ("Unison or G4S: who welcomed it?", "who welcomed it?", 2),
        ("the alliance is due by when - 2019, 2020, 2021?", "the alliance is due by when", 3),
        ("A) Leics B) Herts. Which area's commissioner is Sir Clive?", "Which area's commissioner is Sir Clive?", 2),
        ("whose union welcomed it? 1. Unison 2. GMB 3. Unite", "whose union welcomed it?", 3),
        ("who was disappointed: (a) Shaw, (b) Lloyd or (c) Loader", "who was disappointed", 3),
    ],
)
def test_options_are_found_by_how_they_are_set_out(message: str, stem: str, options: int) -> None:
    found = offered(message)
    assert found is not None
    assert found.stem.strip() == stem
    assert len(found.options) == options


@pytest.mark.parametrize(
    "message",
    [
        "has herts given up on privatising or not?",  # a yes/no put with its alternative
        "true or false: unison welcomed the decision",  # true/false is a yes/no
        "who said what about the olympics?",  # no options at all
        "lloyd g4s future - ruled out or nah",
    ],
)
def test_a_yes_no_alternative_offers_no_options(message: str) -> None:
    assert offered(message) is None


def test_the_speaker_is_picked_from_lettered_options(fb: FactBase) -> None:
    answer = run_command(
        fb, "ask", "who said the firm was disappointed no deal was agreed? (a) Unison (b) John Shaw (c) Lloyd"
    )
    assert answer.title.startswith("(b) John Shaw")
    assert answer.ids and all(fb.quotes[i].speaker == "john-shaw" for i in answer.ids if i in fb.quotes)


def test_the_option_not_among_a_deals_forces_is_the_odd_one(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "which of these isn't one of the herts deal's forces: Beds, Cambs, Notts, Herts")
    assert answer.title.startswith("Notts (Nottinghamshire police force): not one of them")
    assert "Hertfordshire, Cambridgeshire and Bedfordshire" in answer.body


def test_a_figure_must_be_the_one_given(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "by what year could the full alliance exist - 2016, 2020 or 2024?")
    assert answer.title == "2020"
    assert "2020" in answer.body


def test_words_are_judged_against_the_records_that_answer(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "what did g4s study for the forces: (a) custody (b) contact management (c) fleet")
    assert answer.title == "(b) contact management"


def test_a_story_is_picked_by_its_parties(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "bedfordshire police - part of the 999 control room one or the herts deal?")
    assert answer.title.startswith("the herts deal")
    assert answer.status is Status.OK


def test_options_the_articles_never_mention_are_declined(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "was the em feasibility study going to cost 2 million or 3 million")
    assert answer.status is Status.NOT_FOUND
    assert "None of" in answer.body


def test_options_that_cannot_be_told_apart_are_read_as_any_question(fb: FactBase) -> None:
    # Both forces are of the same story: nothing picks one, so the question is answered as asked.
    picked = run_command(fb, "ask", "who runs the alliance - Leics or Notts?")
    assert not picked.title.startswith(("Leics", "Notts"))


def test_a_party_to_the_deal_is_not_who_spoke(fb: FactBase) -> None:
    # G4S and Lincolnshire Police are parties to the story; the words were Unison's.
    answer = run_command(fb, "ask", "who called the decision good news for members: G4S or Lincolnshire Police")
    assert answer.title.startswith("Neither: Unison")
    assert answer.ids and all(fb.quotes[i].speaker == "unison-spokesman" for i in answer.ids)


def test_the_doers_of_a_statement_are_who_did_it(fb: FactBase) -> None:
    # The three forces turned the deal down: not G4S, which the deal was with.
    answer = run_command(fb, "ask", "who turned down handing over their 999 control rooms: (a) G4S (b) Unison")
    assert answer.title.startswith("Neither:")
    assert "Leicestershire Police" in answer.title
    assert "G4S" not in answer.title


@pytest.mark.parametrize(
    ("message", "negative"),
    [
        ("who opted not to proceed with the control room deal: Unison or G4S?", False),
        ("which force said it would not carry on - Herts or Beds", False),
        ("which one was not among the forces: Beds, Essex or Cambs", True),
        ("who didn't comment - Lloyd or Shaw", True),
    ],
)
def test_only_a_not_on_the_questions_own_verb_asks_the_odd_one(message: str, negative: bool) -> None:
    found = offered(message)
    assert found is not None
    assert found.negative is negative
    assert ("not" in found.stem.split()) is (not negative and " not " in message)


def test_a_negated_infinitive_keeps_its_not(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who opted not to proceed with the control room deal: Unison or G4S?")
    assert "not one of them" not in answer.title
    assert not answer.title.startswith(("Unison", "G4S"))


def test_a_picked_statement_keeps_its_story_line(fb: FactBase) -> None:
    answer = run_command(fb, "ask", "who confirmed the negotiations had been discontinued - Lloyd or Shaw?")
    assert answer.title.startswith("Lloyd (David Lloyd)")
    assert "*On the Hertfordshire, Cambridgeshire and Bedfordshire back-office deal.*" in answer.body
