"""Mechanisms that let the engine answer phrasings it was never tuned to.

Each test states one general mechanism with phrasings of our own, in more
than one register; none is a question from a measured set.
"""

from __future__ import annotations

import pytest

from commands import Status, run_command
from commands.ask.message import read_message
from knowledge import FactBase


def _ask(fb: FactBase, text: str) -> tuple[str, str, Status]:
    answer = run_command(fb, "ask", text)
    return answer.title, answer.body, answer.status


# --- reading the message -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "question", "context"),
    [
        ("herts dropped g4s?? what was the real reason 🤔", "what was the real reason 🤔", "herts dropped g4s??"),
        ("breaking: did herts drop g4s?? 🚨", "did herts drop g4s??", "breaking"),
        ("sir clive loader 🧐 what did he say", "what did he say", "sir clive loader 🧐"),
    ],
)
def test_the_question_is_read_from_where_it_opens(text: str, question: str, context: str) -> None:
    message = read_message(text)
    assert message.questions == (question,) and message.contexts[0] == context


def test_a_sentence_that_only_asks_for_a_check_puts_the_one_before() -> None:
    message = read_message("Lloyd ended the talks with G4S. Am I wrong?")
    assert message.questions == ("Lloyd ended the talks with G4S.",) and message.claim and message.tagged


def test_a_question_pointing_back_is_read_whole() -> None:
    assert read_message("'masters of our own destiny' - who said that?").questions == (
        "'masters of our own destiny' - who said that?",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("herts binned g4s. what was the excuse?", "Why:"),
        ("john shaw?? who's he when he's at home", "John Shaw"),
        ("Sir Clive Loader: what did he say?", "What Sir Clive Loader said"),
    ],
)
def test_a_question_naming_nothing_is_read_with_the_sentence_before(fb: FactBase, text: str, expected: str) -> None:
    assert _ask(fb, text)[0].startswith(expected)


def test_claims_put_as_requests_to_confirm(fb: FactBase) -> None:
    for text in (
        "can you confirm that lloyd did not rule out using g4s again?",
        "does the article say that the alliance is not a merger?",
        "i thought the east mids forces turned g4s down, am i wrong?",
    ):
        assert _ask(fb, text)[0].startswith("Yes"), text


# --- words that decide nothing, and words that do ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What role does Sir Clive Loader hold, according to the BBC piece?",
        "whats sir clive's actual job in the story",
        "In which story does Unison appear?",
    ],
)
def test_frame_and_scope_words_do_not_sink_a_question(fb: FactBase, text: str) -> None:
    assert _ask(fb, text)[2] is not Status.NOT_FOUND


def test_a_number_in_figures_is_the_number_in_words(fb: FactBase) -> None:
    assert _ask(fb, "why did the 3 east mids forces say no")[0].startswith("Why: East Midlands")


def test_chat_drops_the_g(fb: FactBase) -> None:
    assert _ask(fb, "when r unison meetin the chiefs")[0].startswith("When: early next year")


# --- verdicts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Each word held to the question's own negation of it.
        ("did shaw describe g4s as disappointed that no deal had been agreed?", "Yes"),
        # A negator inside a phrase matched ("not include" for "rule out") governs nothing else.
        ("have the east mids forces ruled out outsourcing for now?", "Yes"),
        # The opposite where the rest of the claim is ("... press ahead with privatisation").
        ("has lloyd given up on privatisation?", "No"),
        # A reaction answers only for whoever reacted.
        ("was g4s pleased?", "No"),
        # "Only" denies "anyone else".
        ("was anyone other than g4s seriously considered for the herts work?", "No"),
    ],
)
def test_verdicts_from_the_records_own_words(fb: FactBase, question: str, verdict: str) -> None:
    assert _ask(fb, question)[0].startswith(verdict + ":")


def test_a_yes_no_on_something_never_mentioned_is_declined(fb: FactBase) -> None:
    assert _ask(fb, "did G4S get fined for the olympics?")[2] is Status.NOT_FOUND
    # A purpose after what the claim says happened is not the claim.
    assert _ask(fb, "were herts officers brought in to cover for G4S at the olympics?")[0].startswith("Yes")


def test_a_yes_no_of_both_stories_is_put_to_each(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "did both lots of forces drop g4s in the end?")
    assert title.startswith("Yes: in both stories") and "East Midlands" in body and "Hertfordshire" in body
    assert _ask(fb, "did both sets of forces form a strategic alliance?")[0].startswith("No: only the East Midlands")


def test_a_claimed_time_is_checked(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "lloyd announced it this morning right?")
    assert title.startswith("No") and "last night" in body


def test_an_office_nobody_holds_is_declined(fb: FactBase) -> None:
    for text in ("did bedfordshire's pcc agree with lloyd?", "who is the PCC for Northants?"):
        _title, body, status = _ask(fb, text)
        assert status is Status.NOT_FOUND and "name no one" in body, text
    assert _ask(fb, "what did the herts chief constables recommend?")[2] is not Status.NOT_FOUND


# --- the fact graph -----------------------------------------------------------------------------


def test_which_body_is_read_from_the_graph(fb: FactBase) -> None:
    assert _ask(fb, "through which force was the framework contract set up?")[0] == "Lincolnshire Police"
    assert _ask(fb, "which union does chris hanrahan belong to?")[0] == "Unison"
    _title, _body, status = _ask(fb, "which other companies did lloyd say he was talking to?")
    assert status is Status.NOT_FOUND


def test_services_of_a_named_deal_come_from_the_deal(fb: FactBase) -> None:
    title, body, _ = _ask(fb, "what were the east mids forces thinking of handing to g4s, service-wise?")
    assert title.startswith("Services: East Midlands") and "999 control rooms" in body


def test_counts_across_the_stories_and_a_guess(fb: FactBase) -> None:
    assert _ask(fb, "how many forces altogether in the two stories?")[0].startswith("6 forces")
    assert _ask(fb, "how many forces in the herts deal, four?")[0].startswith("No:")
    assert "only company" in _ask(fb, "how many firms were in the running for the herts work?")[1]


def test_kinds_of_party_across_the_stories(fb: FactBase) -> None:
    _title, body, _ = _ask(fb, "each story has a commissioner in it, who are they?")
    assert "David Lloyd" in body and "Sir Clive Loader" in body
    _title, body, _ = _ask(fb, "list everyone named across both articles")
    assert "John Shaw" in body and "Chris Hanrahan" in body


def test_a_person_at_an_organisation(fb: FactBase) -> None:
    assert _ask(fb, "who's the g4s bloke in the story")[0] == "John Shaw"
    assert _ask(fb, "who is the g4s chief executive")[2] is Status.NOT_FOUND


def test_a_summary_is_asked_by_its_words_wherever_they_stand(fb: FactBase) -> None:
    for text in (
        "could you give me a quick overview of the herts story",
        "in one line, what happened in the east mids?",
    ):
        assert _ask(fb, text)[0].startswith("In short:"), text
