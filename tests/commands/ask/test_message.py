"""Finding the question in a message as people type it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.ask.message import SHORT, read_message


@pytest.mark.parametrize(
    "text",
    [
        "the herts deal covered herts, essex and beds yeah?",
        "G4S framework contract was through Cambridgeshire police innit",
        "Sir Clive Loader is the notts PCC?",
        "so they're merging by 2025?",
        "G4S said they were 'delighted' with the outcome?? 😂",
        "i read somewhere that g4s were the only company in the running, is that right",
    ],
)
def test_a_statement_put_for_checking_is_a_claim(text: str) -> None:
    assert read_message(text).claim


@pytest.mark.parametrize(
    "text",
    [
        "olympics?",
        "whos jon shaw 🤔",
        "did lloyd say no?",
        "reason for east midlands forces not outsourcing 999?",
        "the G4S bloke said they could free up cash, who was that",
        "is the alliance a merger?",
    ],
)
def test_a_question_is_not_a_claim(text: str) -> None:
    assert not read_message(text).claim


@pytest.mark.parametrize(
    "text",
    ["tell me about the forces that looked at G4S?", "explain how Herts ended the talks with the company?"],
)
def test_a_request_put_with_a_question_mark_is_neither_claim_nor_statement(text: str) -> None:
    message = read_message(text)
    assert not message.claim and not message.statement


def test_a_tagged_request_is_still_put_for_checking() -> None:
    assert read_message("tell me the forces signed with G4S, right?").claim


def test_a_tag_is_taken_off_the_claim() -> None:
    message = read_message("the herts deal covered herts, essex and beds yeah?")
    assert message.questions == ("the herts deal covered herts, essex and beds?",) and message.tagged


def test_the_question_in_a_rambling_message_is_found() -> None:
    text = (
        "ok this is prob a dumb one but bear with me. my mum's neighbour works in a control room and keeps "
        "asking about it. she's been stressing about it for weeks and i just want the facts, not rumours from "
        "facebook. what was the G4S study about and when was it announced? cheers in advance"
    )
    assert len(text) > SHORT
    assert read_message(text).questions == ("what was the G4S study about", "when was it announced?")


def test_two_questions_in_one_sentence_are_answered_in_turn() -> None:
    assert read_message("is this alliance a merger, and when is it meant to be in place?").questions == (
        "is this alliance a merger",
        "when is it meant to be in place?",
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_reading_a_message_never_fails(text: str) -> None:
    message = read_message(text)
    assert message.questions and all(isinstance(q, str) for q in message.questions)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "long day here. the news was everywhere?? anyway my real question is: who is John Shaw",
            "who is John Shaw",
        ),
        (
            "been reading about this all week. is it over?? what I really need to know is did Loader say anything",
            "did Loader say anything",
        ),
    ],
)
def test_the_question_the_writer_announces_is_the_one_read(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_a_dash_then_a_question_word_opens_a_second_question() -> None:
    assert read_message("Who is John Shaw - what did he say?").questions == ("Who is John Shaw", "what did he say?")
    # A description before the dash is the context of the one question after it.
    assert read_message("Lincolnshire's PCC - what was their view?").questions == ("what was their view?",)


def test_a_comma_then_a_question_word_opens_a_second_question_after_a_question() -> None:
    assert read_message("who is Hanrahan, what did he say?").questions == ("who is Hanrahan", "what did he say?")
    # A name before the comma is the topic of the one question after it.
    assert read_message("hanrahan, what did he say?").questions == ("what did he say?",)


def test_an_apology_is_no_sentence_of_the_question() -> None:
    message = read_message("Apologies for the long message. Unison, it was pleased?")
    assert all("pologies" not in q for q in message.questions)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("in the east mids story, who spoke for unison?", "who spoke for unison in the east mids story?"),
        ("across both articles: did G4S lose out", "did G4S lose out across both articles"),
    ],
)
def test_a_phrase_setting_the_scope_before_a_question_stays_part_of_it(text: str, question: str) -> None:
    assert read_message(text).questions == (question,)


def test_a_sentence_before_a_question_is_still_its_context() -> None:
    message = read_message("lloyd binned them, why was that?")
    assert message.questions == ("why was that?",) and message.contexts == ("lloyd binned them",)


def test_a_long_messages_question_is_read_with_the_opening_of_its_own_sentence() -> None:
    text = (
        "bit of background first, sorry, it has been a long week for everyone in the branch and I am behind on it. "
        "on the east mids side the thing nobody could agree on was the union's reaction - what did they actually say?"
    )
    message = read_message(text)
    assert message.questions == ("what did they actually say?",)
    assert message.contexts[0] == "on the east mids side the thing nobody could agree on was the union's reaction"
    assert message.own_context
