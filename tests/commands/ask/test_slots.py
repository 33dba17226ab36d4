"""The kind of answer a question asks for, and whether a record gives it."""

from __future__ import annotations

import pytest

from commands import Status, run_command
from knowledge import FactBase


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("how much of the support work will be outsourced?", "They give no amount or figure for it."),
        ("how many jobs go in the east midlands control rooms?", "They give no number of `jobs`."),
        ("where are the east midlands control rooms?", "They name no place for it."),
        ("what political party is lloyd in?", "They don't say what `political party`."),
        ("how long did the herts negotiations last?", "They don't say `how long`."),
    ],
)
def test_a_record_on_the_topic_without_the_thing_asked_is_no_answer(fb: FactBase, question: str, lacking: str) -> None:
    # Each of these shares its topic with some record ("support work",
    # "control rooms", "Lloyd"), and none gives what is asked.
    answer = run_command(fb, "ask", question)
    assert answer.status is Status.NOT_FOUND
    assert lacking in answer.body


def test_a_count_is_a_number_on_what_is_counted() -> None:
    from commands.ask.slots import counted, gives_count

    nouns, typed = counted("forces were in the herts deal")
    assert typed == "forces"
    assert gives_count("The three East Midlands forces decided", nouns, frozenset())
    assert not gives_count("On 3 November the forces announced a study", nouns, frozenset())
    assert not gives_count("The three forces decided", counted("jobs will go")[0], frozenset())


def test_an_amount_and_a_measure() -> None:
    from commands.ask.slots import gives_amount, gives_measure

    assert gives_amount("a contract worth £20m") and gives_amount("saving 5% a year")
    assert not gives_amount("the three forces decided last year")
    assert gives_measure("talks lasted six months") and not gives_measure("talks ended last night")


def test_a_place_is_given_as_a_location_not_merely_named(fb: FactBase) -> None:
    from commands.ask.slots import located_places

    qi = fb.questions
    assert located_places(qi, qi.forces, "police officers, some from Hertfordshire") == {"hertfordshire-police"}
    assert not located_places(qi, qi.forces, "Leicestershire, Nottinghamshire and Northamptonshire police decided")


def test_a_which_question_is_answered_by_the_kind_it_names(fb: FactBase) -> None:
    # "which company": the record that names the company, not the Games it failed at.
    answer = run_command(fb, "ask", "which firm was behind the olympics fiasco?")
    assert answer.ids[0] in ("herts-olympics-scrutiny", "herts-olympics-failure", "g4s")


def test_words_quoted_as_the_articles_have_them_say_which_record() -> None:
    from commands.ask.slots import holds_quoted, quoted_spans, quoted_words

    # One quoted word picks out a word, not a record's words; stopwords say nothing.
    quoted = quoted_words(quoted_spans("was the 'feasibility study' or the 'report' late, or 'of the'?"))
    assert quoted == ["feasibility study"]
    assert holds_quoted("G4S was asked to carry out a feasibility study.", quoted)
    assert not holds_quoted("A study of feasibility.", quoted)


def test_a_record_holding_the_quoted_words_answers_a_question_framed_around_them(fb: FactBase) -> None:
    # The frame ("ordered", "meant to") leaves the record short of the bar;
    # the words quoted as written say which record is meant.
    answer = run_command(fb, "ask", "what was the 'feasibility study' the forces ordered meant to look at")
    assert answer.status is Status.OK and answer.ids[0] == "em-feasibility-study"
